package io.solvereign.engine.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.model.BlockType;
import io.solvereign.engine.block.TourBlock;
import io.solvereign.engine.internal.WeekTours;
import org.junit.jupiter.api.Test;

/** A move that gained nothing is remembered for exactly the plan it was tried on. */
class SettledMovesTest {
    private static TourBlock single(int day, int tour) {
        return new TourBlock(day, BlockType.SINGLE, new int[] {tour}, 360, 600, 240);
    }

    @Test
    void aMoveIsSettledOnlyOnThePlanItGainedNothingOn() {
        TourBlock[][] plan = new TourBlock[2][WeekTours.DAYS];
        plan[0][0] = single(0, 0);
        plan[1][0] = single(0, 1);
        SettledMoves settled = new SettledMoves();
        assertEquals(-1, settled.lookUp(plan, 7));
        settled.noGain(7, 42);
        assertEquals(42, settled.lookUp(plan, 7));
        assertEquals(-1, settled.lookUp(plan, 8), "another move");
        // A row array replaced by an equal copy is the same plan.
        plan[1] = plan[1].clone();
        assertEquals(42, settled.lookUp(plan, 7));
        // Any block changed, even to an equal-looking one, is another plan; so is a changed driver count.
        TourBlock old = plan[0][0];
        plan[0][0] = single(0, 0);
        assertEquals(-1, settled.lookUp(plan, 7));
        settled.noGain(7, 5);
        assertEquals(5, settled.lookUp(plan, 7));
        plan[0][0] = old;
        assertEquals(-1, settled.lookUp(plan, 7));
        TourBlock[][] more = {plan[0], plan[1], new TourBlock[WeekTours.DAYS]};
        assertEquals(-1, settled.lookUp(more, 7));
    }
}

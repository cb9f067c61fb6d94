package io.solvereign.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.SolveListener;
import io.solvereign.api.cost.LexCost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A progress listener hears the best so far, never a later attempt's worse candidate. */
class BestSoFarListenerTest {
    private final List<String> heard = new ArrayList<>();
    private final BestSoFarListener listener = new BestSoFarListener(new SolveListener() {
        @Override
        public void phaseStarted(String phase) {
            heard.add(phase);
        }

        @Override
        public void betterPlanFound(LexCost cost) {
            heard.add(cost.toString());
        }

        @Override
        public void boundImproved(int drivers) {
            heard.add("bound " + drivers);
        }
    });

    @Test
    void aSecondAttemptsWorseCandidatesAreNotReportedAsBest() {
        // The shape of a short-week solve (holiday-mo-240 before the fix): a first selection and
        // assignment, then a second selection with the block levels swapped whose plans are worse.
        listener.boundImproved(197);
        listener.phaseStarted("select");
        listener.betterPlanFound(LexCost.of(198, 0, 40, 420));
        listener.betterPlanFound(LexCost.of(197, 0, 32, 411));
        listener.phaseStarted("assign");
        listener.betterPlanFound(LexCost.of(197, 131, 32, 411));
        listener.betterPlanFound(LexCost.of(197, 130, 32, 411));
        listener.phaseStarted("select");
        listener.betterPlanFound(LexCost.of(197, 0, 388, 35));
        listener.phaseStarted("assign");
        listener.betterPlanFound(LexCost.of(197, 187, 391, 28));
        listener.betterPlanFound(LexCost.of(197, 139, 391, 28));
        listener.betterPlanFound(LexCost.of(197, 130, 30, 400));
        listener.phaseStarted("verify");
        listener.finalPlan(LexCost.of(197, 130, 142, 250));
        assertEquals(List.of("bound 197", "select", LexCost.of(198, 0, 40, 420).toString(),
                LexCost.of(197, 0, 32, 411).toString(), "assign", LexCost.of(197, 131, 32, 411).toString(),
                LexCost.of(197, 130, 32, 411).toString(), "select", "assign", LexCost.of(197, 130, 30, 400).toString(),
                "verify", LexCost.of(197, 130, 142, 250).toString()), heard);
    }

    @Test
    void withinOneSelectionOnlyImprovementsPass() {
        listener.phaseStarted("select");
        listener.betterPlanFound(LexCost.of(150, 0, 20, 400));
        listener.betterPlanFound(LexCost.of(150, 0, 21, 300));
        listener.betterPlanFound(LexCost.of(149, 0, 30, 500));
        assertEquals(List.of("select", LexCost.of(150, 0, 20, 400).toString(), LexCost.of(149, 0, 30, 500).toString()),
                heard);
    }
}

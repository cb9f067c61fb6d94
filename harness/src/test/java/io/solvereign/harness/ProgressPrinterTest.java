package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.ObjectiveLevel;
import io.solvereign.api.model.RuleSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10: progress lines name their levels and show part-time only once it is searched. */
class ProgressPrinterTest {
    private static ProgressPrinter printer(RuleSet rules) {
        return new ProgressPrinter(new PrintWriter(new StringWriter()), true, rules);
    }

    @Test
    void levelsAreLabelledInTheRuleSetsOrder() {
        ProgressPrinter p = printer(RuleSet.defaults());
        p.phaseStarted("assign");
        assertEquals("drivers 142 pt 0 splits 11 singles 356", p.labelled(LexCost.of(142, 0, 11, 356)));
        ProgressPrinter q = printer(RuleSet.defaults().toBuilder().objectiveOrder(
                List.of(ObjectiveLevel.PART_TIME, ObjectiveLevel.SINGLES, ObjectiveLevel.SPLITS)).build());
        q.phaseStarted("assign");
        assertEquals("drivers 142 pt 3 singles 356 splits 11", q.labelled(LexCost.of(142, 3, 356, 11)));
    }

    @Test
    void partTimeReadsADashWhileBlocksAreSelected() {
        ProgressPrinter p = printer(RuleSet.defaults());
        p.phaseStarted("select");
        assertEquals("drivers 150 pt - splits 20 singles 400", p.labelled(LexCost.of(150, 0, 20, 400)));
    }

    @Test
    void provenLevelNamesAreShort() {
        assertEquals("drivers, pt", ProgressPrinter.names(List.of(ObjectiveLevel.DRIVERS, ObjectiveLevel.PART_TIME)));
        assertEquals("none", ProgressPrinter.names(List.of()));
    }
}

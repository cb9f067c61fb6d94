package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.cost.LexCost;
import io.solvereign.api.model.RuleSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Progress lines: shown for a step past a second, labelled; silent when quiet or for JSON to a pipe. */
class ProgressTest {
    @Test
    void aStepPastASecondIsShownWithItsNumberAndElapsedTime() throws Exception {
        StringWriter text = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(text, true), true, "audit P0001", 3, false)) {
            p.step("load plan and forecast");
            p.step("re-solve (REPRODUCIBILITY)");
            Thread.sleep(3500);
        }
        String first = text.toString().lines().findFirst().orElse("");
        assertTrue(first.matches("\\[ +[0-9]+\\.[0-9]s\\] audit P0001: step 2/3 re-solve \\(REPRODUCIBILITY\\)"), text.toString());
        String after = text.toString();
        Thread.sleep(2500);
        assertEquals(after, text.toString(), "nothing after close");
    }

    @Test
    void quietPrintsNothing() throws Exception {
        StringWriter text = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(text, true), false, "golden", 1, true)) {
            p.step("case x");
            Thread.sleep(1500);
        }
        assertEquals("", text.toString());
    }

    @Test
    void jsonToAPipeAndQuietSwitchProgressOff() {
        OutputOptions plain = new OutputOptions();
        new CommandLine(plain).parseArgs();
        assertTrue(plain.progress() || System.console() != null);
        OutputOptions json = new OutputOptions();
        new CommandLine(json).parseArgs("--json");
        assertFalse(json.progress() && System.console() == null);
        OutputOptions quiet = new OutputOptions();
        new CommandLine(quiet).parseArgs("-q");
        assertFalse(quiet.progress());
    }

    @Test
    void costLevelsAreNamedInTheRuleSetsOrder() {
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(new StringWriter()), true, RuleSet.defaults());
        assertEquals("drivers 142, part-time 0, splits 11, singles 356", p.labelled(LexCost.of(142, 0, 11, 356)));
    }
}

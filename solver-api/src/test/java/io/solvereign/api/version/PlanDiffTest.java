package io.solvereign.api.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.solvereign.api.internal.io.CanonicalJson;
import io.solvereign.api.internal.io.VersionJson;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.repair.ChurnReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Churn between two plan versions: unchanged, changed, added, removed, drivers affected, stability. */
class PlanDiffTest {
    /** A plan from {@code "driver:instance"} pairs. */
    private static Plan plan(String... pairs) {
        List<Assignment> as = new ArrayList<>();
        for (String p : pairs) {
            String[] dv = p.split(":");
            as.add(new Assignment(dv[0], dv[1], Weekday.MO, dv[0] + "-Mo", BlockType.SINGLE, 360, 630, false));
        }
        as.sort(null);
        return new Plan("in", "cfg", "out", 1, 1L, "v", Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE,
                RuleSet.defaults(), as, new Kpis(1, 0, 1, 1, 1, 0, 0, 0, 270, 270, 270, 0), LowerBoundCertificate.none());
    }

    @Test
    void countsEveryKindOfChange() {
        Plan old = plan("D1:a", "D1:b", "D2:c", "D3:d");
        Plan now = plan("D1:a", "D2:b", "D2:c", "D4:e");
        PlanDiff d = PlanDiff.of(old, now);
        assertEquals(2, d.unchanged());
        assertEquals(List.of(new PlanDiff.Change("b", "D1", "D2")), d.changed());
        assertEquals(List.of("e"), d.addedInstanceIds());
        assertEquals(List.of("d"), d.removedInstanceIds());
        assertEquals(List.of("D1", "D2", "D3", "D4"), d.affectedDrivers());
        assertEquals("50.00", d.churnPercent());
        assertEquals("50.00", d.stabilityPercent());
        ChurnReport churn = d.churn();
        assertEquals(2, churn.changedAssignments());
        assertEquals(List.of("b", "e"), churn.movedInstanceIds());
        assertEquals(churn.percent(), d.churnPercent(), "a repair's churn and the plan diff agree");
    }

    @Test
    void aPlanAgainstItselfIsFullyStable() {
        Plan p = plan("D1:a", "D2:b", "D2:c");
        PlanDiff d = PlanDiff.of(p, p);
        assertEquals(3, d.unchanged());
        assertEquals("100.00", d.stabilityPercent());
        assertEquals("0.00", d.churnPercent());
        assertEquals(List.of(), d.affectedDrivers());
    }

    @Test
    void theJsonIsDeterministicAndNamesEachMove() {
        PlanDiff d = PlanDiff.of(plan("D1:a", "D1:b"), plan("D2:a", "D1:b"));
        assertEquals("{\"added\":0,\"added_instances\":[],\"affected_drivers\":[\"D1\",\"D2\"],\"changed\":1,"
                + "\"changed_assignments\":[{\"new_driver_id\":\"D2\",\"old_driver_id\":\"D1\",\"tour_instance_id\":\"a\"}],"
                + "\"churn_percent\":\"50.00\",\"drivers_affected\":2,\"new_assignments\":2,\"new_plan\":\"P0002\","
                + "\"old_assignments\":2,\"old_plan\":\"P0001\",\"removed\":0,\"removed_instances\":[],"
                + "\"stability_percent\":\"50.00\",\"unchanged\":1}",
                CanonicalJson.canonicalize(VersionJson.planDiff(d, "P0001", "P0002")));
    }

    @Test
    void anInstanceAssignedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanDiff.of(plan("D1:a", "D2:a"), plan("D1:a")));
    }
}

package io.solvereign.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.solvereign.api.SolveRequest;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.scenario.Churn;
import io.solvereign.engine.Solvers;
import io.solvereign.engine.Weeks;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DriverRelabellingTest {
    private static Plan plan;

    @BeforeAll
    static void solve() {
        Forecast week = Weeks.random(3, 120, new int[] {240, 300}, Forecast.DEFAULT_WEEK_ANCHOR);
        plan = Solvers.create().solve(SolveRequest.newBuilder(week).seed(1).build()).plan();
    }

    private static Plan withAssignments(List<Assignment> assignments) {
        return new Plan(plan.inputHash(), plan.solverConfigHash(), plan.outputHash(), plan.seed(), plan.workBudget(),
                plan.solverVersion(), plan.weekAnchor(), plan.zone(), plan.ruleSet(), assignments, plan.kpis(),
                plan.lowerBoundCertificate());
    }

    private static Assignment driver(Assignment a, String driverId) {
        return new Assignment(driverId, a.tourInstanceId(), a.day(), a.blockId(), a.blockType(), a.startMinute(),
                a.endMinute(), a.crossesMidnight());
    }

    @Test
    void samePlanHasNoChurn() {
        assertEquals(Churn.of(0, plan.assignments().size()), DriverRelabelling.churn(plan, plan));
    }

    @Test
    void renumberingDriversIsNoChurn() {
        // Reverse the driver numbering: every assignment has another driver id, yet nothing moved.
        List<String> ids = plan.assignments().stream().map(Assignment::driverId).distinct().sorted().toList();
        TreeMap<String, String> reversed = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            reversed.put(ids.get(i), ids.get(ids.size() - 1 - i));
        }
        List<Assignment> renumbered = plan.assignments().stream().map(a -> driver(a, reversed.get(a.driverId()))).toList();
        assertNotEquals(plan.assignments(), renumbered);
        assertEquals(0, DriverRelabelling.churn(plan, withAssignments(renumbered)).changedAssignments());
    }

    @Test
    void swappingTwoIdenticalToursBetweenDriversIsNoChurn() {
        List<Assignment> next = new ArrayList<>(plan.assignments());
        int first = -1;
        int second = -1;
        for (int i = 0; i < next.size() && second < 0; i++) {
            for (int j = i + 1; j < next.size(); j++) {
                Assignment a = next.get(i);
                Assignment b = next.get(j);
                if (DriverRelabelling.lineOf(a.tourInstanceId()).equals(DriverRelabelling.lineOf(b.tourInstanceId()))
                        && !a.driverId().equals(b.driverId())) {
                    first = i;
                    second = j;
                    break;
                }
            }
        }
        Assignment a = next.get(first);
        Assignment b = next.get(second);
        next.set(first, driver(a, b.driverId()));
        next.set(second, driver(b, a.driverId()));
        assertEquals(0, DriverRelabelling.churn(plan, withAssignments(next)).changedAssignments(),
                a.tourInstanceId() + " and " + b.tourInstanceId() + " are the same tour line");
    }

    @Test
    void theLineOfAnInstanceDropsOnlyItsSequenceNumber() {
        assertEquals("Mo-0600-1000", DriverRelabelling.lineOf("Mo-0600-1000-07"));
        assertEquals("Di-0600-1000+1500-1900#a", DriverRelabelling.lineOf("Di-0600-1000+1500-1900-03a"));
        assertEquals("Fr-2200-0600-Nord", DriverRelabelling.lineOf("Fr-2200-0600-Nord-12"));
    }

    @Test
    void oneMovedOneAddedAndOneRemovedTourCountThree() {
        List<Assignment> next = new ArrayList<>(plan.assignments());
        Assignment first = next.get(0);
        String other = next.stream().map(Assignment::driverId).filter(d -> !d.equals(first.driverId()))
                .findFirst().orElseThrow();
        next.set(0, driver(first, other));
        Assignment removed = next.remove(next.size() - 1);
        next.add(new Assignment("D999", "NEW-01", removed.day(), "D999-x", removed.blockType(), 0, 60, false));
        Churn churn = DriverRelabelling.churn(plan, withAssignments(next));
        // Union: all old instances plus the new one; changed: the moved, the removed and the added one.
        assertEquals(Churn.of(3, plan.assignments().size() + 1), churn);
    }
}

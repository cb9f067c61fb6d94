package io.solvereign.engine.scenario;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import io.solvereign.api.scenario.Churn;
import io.solvereign.engine.assign.Hungarian;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Churn between two plans after the best driver relabelling: old and new drivers are matched one to
 * one so that the number of instances kept by their matched driver is as large as possible (a
 * maximum-weight bipartite matching, solved as a min-cost assignment by the Hungarian method in
 * O(n^3) for n drivers). Every instance not kept that way is churn, so renumbering drivers costs
 * nothing. Churn = union of instances minus the matching's weight.
 */
public final class DriverRelabelling {
    private DriverRelabelling() {
    }

    /**
     * Churn of {@code next} against {@code baseline} (see {@link Churn} for what counts).
     *
     * @param baseline the plan compared with
     * @param next     the new plan
     */
    public static Churn churn(Plan baseline, Plan next) {
        TreeMap<String, String> oldDriver = driverByInstance(baseline.assignments());
        TreeMap<String, String> newDriver = driverByInstance(next.assignments());
        List<String> oldIds = oldDriver.values().stream().distinct().sorted().toList();
        List<String> newIds = newDriver.values().stream().distinct().sorted().toList();
        int n = Math.max(oldIds.size(), newIds.size());
        long[][] cost = new long[n][n];
        Set<String> union = new HashSet<>(oldDriver.keySet());
        union.addAll(newDriver.keySet());
        oldDriver.forEach((instance, driver) -> {
            String other = newDriver.get(instance);
            if (other != null) {
                // Minimising -shared maximises the instances kept by their matched driver.
                cost[indexOf(oldIds, driver)][indexOf(newIds, other)]--;
            }
        });
        long kept = 0;
        if (n > 0) {
            int[] match = Hungarian.solve(cost);
            for (int row = 0; row < n; row++) {
                kept -= cost[row][match[row]];
            }
        }
        return Churn.of(Math.toIntExact(union.size() - kept), union.size());
    }

    private static TreeMap<String, String> driverByInstance(List<Assignment> assignments) {
        TreeMap<String, String> map = new TreeMap<>();
        for (Assignment a : assignments) {
            map.put(a.tourInstanceId(), a.driverId());
        }
        return map;
    }

    private static int indexOf(List<String> sortedIds, String id) {
        return Collections.binarySearch(sortedIds, id);
    }
}

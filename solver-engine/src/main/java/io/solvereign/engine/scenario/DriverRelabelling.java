package io.solvereign.engine.scenario;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import io.solvereign.api.scenario.Churn;
import io.solvereign.engine.assign.Hungarian;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Churn between two plans after the best driver relabelling. Renumbering is never churn, neither of
 * drivers nor of identical tours: instances of one tour line ({@code Mo-0600-1000-01},
 * {@code Mo-0600-1000-02}, ...) are interchangeable, so a driver keeps his work when he keeps a tour of
 * the same line (and, for a split, the same part). Old and new drivers are matched one to one so that
 * the work kept is as large as possible (a maximum-weight bipartite matching, solved as a min-cost
 * assignment by the Hungarian method in O(n^3) for n drivers); the weight of a pair is, summed over
 * tour lines, the smaller of their two counts on that line. Churn = tours of either plan (per line the
 * larger count) minus the matching's weight.
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
        TreeMap<String, TreeMap<String, Integer>> oldWork = workByDriver(baseline.assignments());
        TreeMap<String, TreeMap<String, Integer>> newWork = workByDriver(next.assignments());
        List<String> oldIds = new ArrayList<>(oldWork.keySet());
        List<String> newIds = new ArrayList<>(newWork.keySet());
        int n = Math.max(oldIds.size(), newIds.size());
        // Per line: which old and new drivers hold how many of its tours.
        TreeMap<String, TreeMap<Integer, Integer>> oldByLine = byLine(oldWork, oldIds);
        TreeMap<String, TreeMap<Integer, Integer>> newByLine = byLine(newWork, newIds);
        long[][] cost = new long[n][n];
        long total = 0;
        for (Map.Entry<String, TreeMap<Integer, Integer>> line : oldByLine.entrySet()) {
            TreeMap<Integer, Integer> holders = newByLine.getOrDefault(line.getKey(), new TreeMap<>());
            for (Map.Entry<Integer, Integer> o : line.getValue().entrySet()) {
                for (Map.Entry<Integer, Integer> h : holders.entrySet()) {
                    // Minimising -shared maximises the work kept by matched drivers.
                    cost[o.getKey()][h.getKey()] -= Math.min(o.getValue(), h.getValue());
                }
            }
        }
        for (String line : union(oldByLine, newByLine)) {
            total += Math.max(sum(oldByLine.get(line)), sum(newByLine.get(line)));
        }
        long kept = 0;
        if (n > 0) {
            int[] match = Hungarian.solve(cost);
            for (int row = 0; row < n; row++) {
                kept -= cost[row][match[row]];
            }
        }
        return Churn.of(Math.toIntExact(total - kept), Math.toIntExact(total));
    }

    /**
     * The tour line of an instance id: the id without its sequence number, keeping a split's part
     * letter ({@code Di-0600-1000+1500-1900-03a} is line {@code Di-0600-1000+1500-1900} part a).
     */
    static String lineOf(String instanceId) {
        int dash = instanceId.lastIndexOf('-');
        if (dash < 0) {
            return instanceId;
        }
        char last = instanceId.charAt(instanceId.length() - 1);
        return instanceId.substring(0, dash) + (Character.isLetter(last) ? "#" + last : "");
    }

    private static TreeMap<String, TreeMap<String, Integer>> workByDriver(List<Assignment> assignments) {
        TreeMap<String, TreeMap<String, Integer>> work = new TreeMap<>();
        for (Assignment a : assignments) {
            work.computeIfAbsent(a.driverId(), d -> new TreeMap<>()).merge(lineOf(a.tourInstanceId()), 1, Integer::sum);
        }
        return work;
    }

    private static TreeMap<String, TreeMap<Integer, Integer>> byLine(TreeMap<String, TreeMap<String, Integer>> work,
                                                                     List<String> driverIds) {
        TreeMap<String, TreeMap<Integer, Integer>> out = new TreeMap<>();
        work.forEach((driver, lines) -> {
            int index = Collections.binarySearch(driverIds, driver);
            lines.forEach((line, count) -> out.computeIfAbsent(line, l -> new TreeMap<>()).put(index, count));
        });
        return out;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return new ArrayList<>(all.keySet());
    }

    private static long sum(Map<Integer, Integer> counts) {
        return counts == null ? 0 : counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}

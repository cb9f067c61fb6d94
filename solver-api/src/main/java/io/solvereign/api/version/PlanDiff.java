package io.solvereign.api.version;

import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.Plan;
import io.solvereign.api.repair.ChurnReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The churn between two plan versions (DOMAIN §12), by tour instance id: an instance in both with
 * the same driver is unchanged, with another driver changed; an instance only in the new plan is
 * added, only in the old one removed. Drivers affected are those who gained or lost an instance.
 * Rates are exact integers (basis points): churn = (changed + added) / assignments of the new
 * plan, which is the churn of a repair (DOMAIN §11), and stability = unchanged / assignments of
 * the new plan.
 *
 * @param oldAssignments     assignments of the old plan
 * @param newAssignments     assignments of the new plan
 * @param unchanged          instances with the same driver in both
 * @param changed            instances with another driver, sorted by instance id
 * @param addedInstanceIds   instances only the new plan assigns, sorted
 * @param removedInstanceIds instances only the old plan assigns, sorted
 * @param affectedDrivers    drivers who gained or lost an instance, sorted
 */
public record PlanDiff(int oldAssignments, int newAssignments, int unchanged, List<Change> changed,
                       List<String> addedInstanceIds, List<String> removedInstanceIds, List<String> affectedDrivers) {

    /** One instance that moved to another driver. */
    public record Change(String instanceId, String oldDriverId, String newDriverId) {
        /**
         * Creates the record, checking its components.
         *
         * @param instanceId  the instance that moved
         * @param oldDriverId its driver in the old plan
         * @param newDriverId its driver in the new plan
         */
        public Change {
            Objects.requireNonNull(instanceId, "instanceId");
            Objects.requireNonNull(oldDriverId, "oldDriverId");
            Objects.requireNonNull(newDriverId, "newDriverId");
        }
    }

    /**
     * Creates the record, checking its components.
     *
     * @param oldAssignments assignments of the old plan
     * @param newAssignments assignments of the new plan
     * @param unchanged instances with the same driver in both
     * @param changed instances with another driver, sorted by instance id
     * @param addedInstanceIds instances only the new plan assigns, sorted
     * @param removedInstanceIds instances only the old plan assigns, sorted
     * @param affectedDrivers drivers who gained or lost an instance, sorted
     */
    public PlanDiff {
        changed = List.copyOf(changed);
        addedInstanceIds = List.copyOf(addedInstanceIds);
        removedInstanceIds = List.copyOf(removedInstanceIds);
        affectedDrivers = List.copyOf(affectedDrivers);
        if (unchanged + changed.size() + addedInstanceIds.size() != newAssignments
                || unchanged + changed.size() + removedInstanceIds.size() != oldAssignments) {
            throw new IllegalArgumentException("counts do not add up: old " + oldAssignments + ", new " + newAssignments
                    + ", unchanged " + unchanged + ", changed " + changed.size() + ", added " + addedInstanceIds.size()
                    + ", removed " + removedInstanceIds.size());
        }
    }

    /**
     * {@return the diff from {@code oldPlan} to {@code newPlan}}
     *
     * @param oldPlan the earlier plan
     * @param newPlan the later plan
     */
    public static PlanDiff of(Plan oldPlan, Plan newPlan) {
        Objects.requireNonNull(oldPlan, "oldPlan");
        Objects.requireNonNull(newPlan, "newPlan");
        TreeMap<String, String> before = drivers(oldPlan);
        TreeMap<String, String> after = drivers(newPlan);
        int unchanged = 0;
        List<Change> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        TreeSet<String> affected = new TreeSet<>();
        for (var a : after.entrySet()) {
            String was = before.get(a.getKey());
            if (was == null) {
                added.add(a.getKey());
                affected.add(a.getValue());
            } else if (was.equals(a.getValue())) {
                unchanged++;
            } else {
                changed.add(new Change(a.getKey(), was, a.getValue()));
                affected.add(was);
                affected.add(a.getValue());
            }
        }
        List<String> removed = new ArrayList<>();
        before.forEach((id, driver) -> {
            if (!after.containsKey(id)) {
                removed.add(id);
                affected.add(driver);
            }
        });
        return new PlanDiff(before.size(), after.size(), unchanged, changed, added, removed, List.copyOf(affected));
    }

    private static TreeMap<String, String> drivers(Plan plan) {
        TreeMap<String, String> out = new TreeMap<>();
        for (Assignment a : plan.assignments()) {
            if (out.put(a.tourInstanceId(), a.driverId()) != null) {
                throw new IllegalArgumentException("instance " + a.tourInstanceId() + " is assigned twice in the plan");
            }
        }
        return out;
    }

    /** {@return churn in basis points: (changed + added) / new assignments, rounded half up; 0 for an empty plan} */
    public int churnBasisPoints() {
        return basisPoints(changed.size() + addedInstanceIds.size(), newAssignments);
    }

    /** {@return stability in basis points: unchanged / new assignments, rounded half up; 10000 for two empty plans} */
    public int stabilityBasisPoints() {
        return newAssignments == 0 ? 10_000 : basisPoints(unchanged, newAssignments);
    }

    /** {@return churn as a percentage with two decimals, e.g. {@code 2.38}} */
    public String churnPercent() {
        return percent(churnBasisPoints());
    }

    /** {@return stability as a percentage with two decimals, e.g. {@code 97.62}} */
    public String stabilityPercent() {
        return percent(stabilityBasisPoints());
    }

    /** {@return the same figures as a repair's churn report (DOMAIN §11)} */
    public ChurnReport churn() {
        TreeSet<String> moved = new TreeSet<>(addedInstanceIds);
        changed.forEach(c -> moved.add(c.instanceId()));
        return new ChurnReport(moved.size(), newAssignments, affectedDrivers, List.copyOf(moved), removedInstanceIds);
    }

    private static int basisPoints(long part, long whole) {
        return whole == 0 ? 0 : (int) ((part * 20_000L + whole) / (2L * whole));
    }

    private static String percent(int bp) {
        return String.format(Locale.ROOT, "%d.%02d", bp / 100, bp % 100);
    }
}

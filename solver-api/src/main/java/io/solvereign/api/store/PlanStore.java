package io.solvereign.api.store;

import io.solvereign.api.internal.store.InMemoryPlanStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Persistence port for forecast versions, plan versions, approvals, KPI baselines, the audit trail and the
 * kill switch. An
 * embedding service implements it on its database; {@link #inMemory()} serves tests and embedding.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>ids are sequence numbers assigned on insert: {@link #forecastId(long)} and {@link #planId(long)}
 *       of 1, 2, 3 ... in insertion order, never reused;</li>
 *   <li>stored bytes come back byte for byte;</li>
 *   <li>{@link #updatePlan} calls {@link PlanVersion#requireLegalUpdate} against the stored version
 *       before writing, so no caller can change a locked plan;</li>
 *   <li>the trail is append-only: entries are never changed or removed;</li>
 *   <li>lists come back in id (sequence) order;</li>
 *   <li>a store that finds its stored data changed behind its back throws
 *       {@code SolvereignException(PLAN_TAMPERED)} naming what changed.</li>
 * </ul>
 * The store holds no rules beyond these; {@link PlanLifecycle} applies the lifecycle rules and takes
 * every time stamp from its clock.
 */
public interface PlanStore {

    /** Stores a new forecast version with its meta (kind, week, parent, attributes) and returns it with its new id. */
    ForecastVersion addForecast(String inputHash, byte[] originalBytes, String canonicalText, ForecastMeta meta,
                                Instant createdAt);

    /** Stores a new plain forecast version ({@link ForecastMeta#none()}) and returns it with its new id. */
    default ForecastVersion addForecast(String inputHash, byte[] originalBytes, String canonicalText, Instant createdAt) {
        return addForecast(inputHash, originalBytes, canonicalText, ForecastMeta.none(), createdAt);
    }

    /** The forecast version with this id, if stored. */
    Optional<ForecastVersion> findForecast(String forecastVersionId);

    /** Every forecast version in id order. */
    List<ForecastVersion> forecasts();

    /** Stores a new plan version as DRAFT and returns it with its new id. */
    PlanVersion addPlan(NewPlan plan, Instant createdAt);

    /** The plan version with this id, if stored. */
    Optional<PlanVersion> findPlan(String planId);

    /** Every plan version in id order. */
    List<PlanVersion> plans();

    /**
     * Overwrites a stored plan version after checking {@link PlanVersion#requireLegalUpdate}.
     *
     * @return the stored version
     * @throws io.solvereign.api.SolvereignException {@code NOT_FOUND} for an unknown id, or whatever
     *                                               {@code requireLegalUpdate} refuses
     */
    PlanVersion updatePlan(PlanVersion next);

    /** Appends one entry to the trail with the next sequence number and returns it. */
    TrailEntry appendTrail(Instant at, String actor, TrailAction action, String subjectId, String reason,
                           Map<String, String> details);

    /** The whole trail in sequence order. */
    List<TrailEntry> trail();

    /** Records an approval of a plan with the next approval sequence number and returns it. */
    Approval addApproval(String planId, String actor, String reason, Map<String, Boolean> conditionsMet, Instant at);

    /** Every approval in sequence order. */
    List<Approval> approvals();

    /** Records a KPI drift baseline with the next baseline sequence number and returns it. */
    KpiBaseline addKpiBaseline(String site, String approver, String reason, List<String> planIds, String samplesJson,
                               Instant at);

    /** Every KPI baseline in sequence order. */
    List<KpiBaseline> kpiBaselines();

    /** The kill switch's current state ({@link KillSwitch#initial()} in a new store). */
    KillSwitch killSwitch();

    /** Replaces the kill switch's state. */
    void setKillSwitch(KillSwitch state);

    /** A new, empty, thread-safe store held in memory. */
    static PlanStore inMemory() {
        return new InMemoryPlanStore();
    }

    /** The id of the n-th forecast version: {@code F0001} for 1 (more digits past 9999). */
    static String forecastId(long sequence) {
        return formatId('F', sequence);
    }

    /** The id of the n-th plan version: {@code P0001} for 1 (more digits past 9999). */
    static String planId(long sequence) {
        return formatId('P', sequence);
    }

    private static String formatId(char prefix, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
        }
        return prefix + String.format(Locale.ROOT, "%04d", sequence);
    }
}

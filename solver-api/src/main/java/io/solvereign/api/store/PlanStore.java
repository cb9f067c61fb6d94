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

    /**
     * Stores a new forecast version with its meta (kind, week, parent, attributes) and returns it with its new id.
     *
     * @param inputHash SHA-256 of {@code canonicalText}
     * @param originalBytes the forecast file exactly as received
     * @param canonicalText the canonical forecast lines (DOMAIN §3)
     * @param meta kind, week, parent and attributes of the version
     * @param createdAt when, from the lifecycle's clock
     * @return the new or the identical stored version
     */
    ForecastVersion addForecast(String inputHash, byte[] originalBytes, String canonicalText, ForecastMeta meta,
                                Instant createdAt);

    /**
     * Stores a new plain forecast version ({@link ForecastMeta#none()}) and returns it with its new id.
     *
     * @param inputHash SHA-256 of {@code canonicalText}
     * @param originalBytes the forecast file exactly as received
     * @param canonicalText the canonical forecast lines (DOMAIN §3)
     * @param createdAt when, from the lifecycle's clock
     * @return the new or the identical stored version
     */
    default ForecastVersion addForecast(String inputHash, byte[] originalBytes, String canonicalText, Instant createdAt) {
        return addForecast(inputHash, originalBytes, canonicalText, ForecastMeta.none(), createdAt);
    }

    /**
     * {@return the forecast version with this id, if stored}
     *
     * @param forecastVersionId the forecast version id, e.g. {@code F0001}
     */
    Optional<ForecastVersion> findForecast(String forecastVersionId);

    /** {@return every forecast version in id order} */
    List<ForecastVersion> forecasts();

    /**
     * Stores a new plan version as DRAFT and returns it with its new id.
     *
     * @param plan the plan with its forecast version, baseline and bytes
     * @param createdAt when, from the lifecycle's clock
     * @return the stored draft with its new id
     */
    PlanVersion addPlan(NewPlan plan, Instant createdAt);

    /**
     * {@return the plan version with this id, if stored}
     *
     * @param planId the plan version id, e.g. {@code P0001}
     */
    Optional<PlanVersion> findPlan(String planId);

    /** {@return every plan version in id order} */
    List<PlanVersion> plans();

    /**
     * Overwrites a stored plan version after checking {@link PlanVersion#requireLegalUpdate}.
     *
     * @param next the new state of the version
     * @return the stored version
     * @throws io.solvereign.api.SolvereignException {@code NOT_FOUND} for an unknown id, or whatever
     *                                               {@code requireLegalUpdate} refuses
     */
    PlanVersion updatePlan(PlanVersion next);

    /**
     * Appends one entry to the trail with the next sequence number and returns it.
     *
     * @param at when, from the lifecycle's clock
     * @param actor who acts, recorded in the trail (not blank)
     * @param action what happened
     * @param subjectId the plan or forecast version id the entry is about
     * @param reason why, recorded in the trail (not blank)
     * @param details further key/value facts of the event
     * @return the entry with its sequence number
     */
    TrailEntry appendTrail(Instant at, String actor, TrailAction action, String subjectId, String reason,
                           Map<String, String> details);

    /** {@return the whole trail in sequence order} */
    List<TrailEntry> trail();

    /**
     * Records an approval of a plan with the next approval sequence number and returns it.
     *
     * @param planId the plan version id, e.g. {@code P0001}
     * @param actor who acts, recorded in the trail (not blank)
     * @param reason why, recorded in the trail (not blank)
     * @param conditionsMet the approval conditions and whether each held
     * @param at when, from the lifecycle's clock
     * @return the approval with its sequence number
     */
    Approval addApproval(String planId, String actor, String reason, Map<String, Boolean> conditionsMet, Instant at);

    /** {@return every approval in sequence order} */
    List<Approval> approvals();

    /**
     * Records a KPI drift baseline with the next baseline sequence number and returns it.
     *
     * @param site the site the baseline is for
     * @param approver who approves the baseline (not blank)
     * @param reason why, recorded in the trail (not blank)
     * @param planIds the plans the samples come from (each must exist)
     * @param samplesJson the KPI samples as JSON
     * @param at when, from the lifecycle's clock
     * @return the baseline with its sequence number
     */
    KpiBaseline addKpiBaseline(String site, String approver, String reason, List<String> planIds, String samplesJson,
                               Instant at);

    /** {@return every KPI baseline in sequence order} */
    List<KpiBaseline> kpiBaselines();

    /** {@return the kill switch's current state ({@link KillSwitch#initial()} in a new store)} */
    KillSwitch killSwitch();

    /**
     * Replaces the kill switch's state.
     *
     * @param state the new state
     */
    void setKillSwitch(KillSwitch state);

    /** {@return a new, empty, thread-safe store held in memory} */
    static PlanStore inMemory() {
        return new InMemoryPlanStore();
    }

    /**
     * {@return the id of the n-th forecast version: {@code F0001} for 1 (more digits past 9999)}
     *
     * @param sequence the version's sequence number, from 1
     */
    static String forecastId(long sequence) {
        return formatId('F', sequence);
    }

    /**
     * {@return the id of the n-th plan version: {@code P0001} for 1 (more digits past 9999)}
     *
     * @param sequence the version's sequence number, from 1
     */
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

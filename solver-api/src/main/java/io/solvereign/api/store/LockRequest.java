package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link PlanLifecycle#lock(LockRequest)} needs to decide a lock.
 *
 * @param planId           the draft to lock
 * @param actor            who locks
 * @param reason           why
 * @param verdict          the release gate's verdict, computed by the caller
 * @param approvalRequired true when a recorded approval of the plan is required ({@code NOT_APPROVED} otherwise);
 *                         drills and tests may switch it off
 * @param partialOverride  the decision to release a week whose forecast is not COMPLETE, when taken
 */
public record LockRequest(String planId, String actor, String reason, GateVerdict verdict, boolean approvalRequired,
                          Optional<ReleaseOverride> partialOverride) {

    public LockRequest {
        Checks.requireText("planId", planId);
        Checks.requireText("actor", actor);
        Checks.requireText("reason", reason);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(partialOverride, "partialOverride");
    }

    /** A lock that requires an approval and carries no partial-release override. */
    public static LockRequest approved(String planId, String actor, String reason, GateVerdict verdict) {
        return new LockRequest(planId, actor, reason, verdict, true, Optional.empty());
    }

    /** A copy carrying a partial-release override. */
    public LockRequest withPartialOverride(ReleaseOverride override) {
        return new LockRequest(planId, actor, reason, verdict, approvalRequired, Optional.of(override));
    }

    /** A copy with the approval requirement switched on or off. */
    public LockRequest withApprovalRequired(boolean required) {
        return new LockRequest(planId, actor, reason, verdict, required, partialOverride);
    }
}

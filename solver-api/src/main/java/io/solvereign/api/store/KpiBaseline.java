package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A KPI drift baseline of one site (DOMAIN §13): KPI samples of approved (LOCKED) plans, written only by a
 * named approver with a reason.
 *
 * @param sequence    the store's sequence number, 1, 2, 3 ... in insertion order
 * @param site        the site the baseline is for
 * @param approver    who wrote it
 * @param reason      why
 * @param planIds     the plan versions whose KPIs form the samples, in sample order
 * @param samplesJson the samples as canonical JSON, stored verbatim (the drift code owns its shape)
 * @param at          when, from the lifecycle's clock
 */
public record KpiBaseline(long sequence, String site, String approver, String reason, List<String> planIds,
                          String samplesJson, Instant at) {

    public KpiBaseline {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
        }
        Checks.requireText("site", site);
        Checks.requireText("approver", approver);
        Checks.requireText("reason", reason);
        planIds = List.copyOf(Objects.requireNonNull(planIds, "planIds"));
        Objects.requireNonNull(samplesJson, "samplesJson");
        Objects.requireNonNull(at, "at");
    }
}

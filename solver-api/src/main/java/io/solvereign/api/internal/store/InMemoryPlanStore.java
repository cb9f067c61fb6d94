package io.solvereign.api.internal.store;

import io.solvereign.api.store.Approval;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.KillSwitch;
import io.solvereign.api.store.KpiBaseline;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanStore;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailAction;
import io.solvereign.api.store.TrailEntry;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link PlanStore} held in memory; lists indexed by sequence, so ids and order are deterministic.
 * Every method is synchronized: a store is small and its calls are rare.
 */
public final class InMemoryPlanStore implements PlanStore {
    private final List<ForecastVersion> forecasts = new ArrayList<>();
    private final List<PlanVersion> plans = new ArrayList<>();
    private final List<TrailEntry> trail = new ArrayList<>();
    private final List<Approval> approvals = new ArrayList<>();
    private final List<KpiBaseline> baselines = new ArrayList<>();
    private KillSwitch killSwitch = KillSwitch.initial();

    public InMemoryPlanStore() {
    }

    @Override
    public synchronized ForecastVersion addForecast(String inputHash, byte[] originalBytes, String canonicalText,
                                                    ForecastMeta meta, Instant createdAt) {
        ForecastVersion f = new ForecastVersion(PlanStore.forecastId(forecasts.size() + 1L), inputHash,
                originalBytes, canonicalText, createdAt, meta);
        forecasts.add(f);
        return f;
    }

    @Override
    public synchronized Optional<ForecastVersion> findForecast(String forecastVersionId) {
        Objects.requireNonNull(forecastVersionId, "forecastVersionId");
        return forecasts.stream().filter(f -> f.id().equals(forecastVersionId)).findFirst();
    }

    @Override
    public synchronized List<ForecastVersion> forecasts() {
        return List.copyOf(forecasts);
    }

    @Override
    public synchronized PlanVersion addPlan(NewPlan plan, Instant createdAt) {
        Objects.requireNonNull(plan, "plan");
        PlanVersion p = PlanVersion.draft(PlanStore.planId(plans.size() + 1L), plan, createdAt);
        plans.add(p);
        return p;
    }

    @Override
    public synchronized Optional<PlanVersion> findPlan(String planId) {
        Objects.requireNonNull(planId, "planId");
        return plans.stream().filter(p -> p.id().equals(planId)).findFirst();
    }

    @Override
    public synchronized List<PlanVersion> plans() {
        return List.copyOf(plans);
    }

    @Override
    public synchronized PlanVersion updatePlan(PlanVersion next) {
        Objects.requireNonNull(next, "next");
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).id().equals(next.id())) {
                PlanVersion.requireLegalUpdate(plans.get(i), next);
                plans.set(i, next);
                return next;
            }
        }
        throw new SolvereignException(ErrorCode.NOT_FOUND, "no plan version '" + next.id() + "' in the store");
    }

    @Override
    public synchronized TrailEntry appendTrail(Instant at, String actor, TrailAction action, String subjectId,
                                               String reason, Map<String, String> details) {
        TrailEntry e = TrailEntry.of(trail.size() + 1L, at, actor, action, subjectId, reason, details);
        trail.add(e);
        return e;
    }

    @Override
    public synchronized List<TrailEntry> trail() {
        return List.copyOf(trail);
    }

    @Override
    public synchronized Approval addApproval(String planId, String actor, String reason,
                                             Map<String, Boolean> conditionsMet, Instant at) {
        Approval a = new Approval(approvals.size() + 1L, planId, actor, reason, new TreeMap<>(conditionsMet), at);
        approvals.add(a);
        return a;
    }

    @Override
    public synchronized List<Approval> approvals() {
        return List.copyOf(approvals);
    }

    @Override
    public synchronized KpiBaseline addKpiBaseline(String site, String approver, String reason, List<String> planIds,
                                                   String samplesJson, Instant at) {
        KpiBaseline b = new KpiBaseline(baselines.size() + 1L, site, approver, reason, planIds, samplesJson, at);
        baselines.add(b);
        return b;
    }

    @Override
    public synchronized List<KpiBaseline> kpiBaselines() {
        return List.copyOf(baselines);
    }

    @Override
    public synchronized KillSwitch killSwitch() {
        return killSwitch;
    }

    @Override
    public synchronized void setKillSwitch(KillSwitch state) {
        killSwitch = Objects.requireNonNull(state, "state");
    }
}

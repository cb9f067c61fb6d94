package io.solvereign.harness.runbook;

import io.solvereign.api.drift.KpiSample;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.store.PlanStatus;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.audit.Auditors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's LOCKED plans as the what-if commands use them: the latest one of a week (the default
 * baseline of {@code scenarios}) and the latest ones of a site (the samples of a drift baseline).
 * A plan's site is its forecast's {@code site_code} attribute; a forecast without one belongs to
 * every site (a workspace usually serves one).
 */
public final class LockedPlans {
    /** Forecast attribute naming the site. */
    public static final String SITE_ATTRIBUTE = "site_code";

    private LockedPlans() {
    }

    /** The LOCKED plan with the highest id whose week starts on {@code weekAnchor}. */
    public static Optional<PlanVersion> latestOfWeek(Runbook runbook, LocalDate weekAnchor) {
        List<PlanVersion> plans = runbook.lifecycle().store().plans();
        for (int i = plans.size() - 1; i >= 0; i--) {
            PlanVersion v = plans.get(i);
            if (v.status() == PlanStatus.LOCKED && Runbook.plan(v).weekAnchor().equals(weekAnchor)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The site of a plan: its forecast's {@value #SITE_ATTRIBUTE}, empty when the forecast names none. */
    public static String siteOf(Runbook runbook, PlanVersion version) {
        return runbook.lifecycle().forecast(version.forecastVersionId()).meta().attribute(SITE_ATTRIBUTE);
    }

    /** The latest {@code window} LOCKED plans of the site, in id order. */
    public static List<PlanVersion> latestOfSite(Runbook runbook, String site, int window) {
        List<PlanVersion> locked = new ArrayList<>();
        for (PlanVersion v : runbook.lifecycle().store().plans()) {
            String s = siteOf(runbook, v);
            if (v.status() == PlanStatus.LOCKED && (s.isEmpty() || s.equals(site))) {
                locked.add(v);
            }
        }
        return List.copyOf(locked.subList(Math.max(0, locked.size() - window), locked.size()));
    }

    /**
     * The drift sample of a stored plan: its KPIs, coverage of its forecast, and its audit under the
     * site's rules (no re-solve).
     */
    public static KpiSample sample(Runbook runbook, PlanVersion version, RuleSet policy) {
        Plan plan = Runbook.plan(version);
        Forecast forecast = runbook.forecastOf(version, plan);
        return KpiSample.of(version.id(), forecast, plan, Auditors.standard().audit(forecast, plan, policy));
    }
}

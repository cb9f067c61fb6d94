package io.solvereign.harness.runbook;

import io.solvereign.api.SolvereignException;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import io.solvereign.api.repair.RepairResult;
import io.solvereign.api.store.LockRequest;
import io.solvereign.api.store.PlanVersion;
import java.util.Optional;
import io.solvereign.api.store.TrailAction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A rehearsal of DOMAIN §9 and §11 on a fresh workspace: the dry run makes and locks the baseline
 * (P0001), then a sick call (or a freeze-window re-plan with an override) is repaired, audited,
 * locked, and checked against the drill's pass criteria ({@link DrillChecks}). The report is
 * {@code reports/drill-<kind>.md}.
 */
public final class Drill {
    /** The baseline every drill starts from: the dry run's locked plan. */
    static final String BASELINE = "P0001";

    /** The two drills. */
    public enum Kind {
        /** Absent drivers, call early in the week (default Tuesday 05:00). */
        SICK_CALL("sick-call", 1, LocalTime.of(5, 0), 3),
        /** A re-plan at Wednesday 08:00 with absent drivers and one frozen tour overridden. */
        FREEZE_WINDOW("freeze-window", 2, LocalTime.of(8, 0), 2);

        private final String label;
        private final int dayOffset;
        private final LocalTime time;
        private final int absent;

        Kind(String label, int dayOffset, LocalTime time, int absent) {
            this.label = label;
            this.dayOffset = dayOffset;
            this.time = time;
            this.absent = absent;
        }

        /** The command-line name, e.g. {@code sick-call}. */
        public String label() {
            return label;
        }

        /** How many drivers call in sick unless told otherwise. */
        public int defaultAbsent() {
            return absent;
        }
    }

    /**
     * What to drill.
     *
     * @param baseline    the dry run that makes the baseline
     * @param now         the moment of the call; null for the kind's default in the plan's week
     * @param absent      explicit absent drivers; empty to pick the busiest {@code absentCount}
     * @param absentCount how many to pick when {@code absent} is empty
     * @param user        who decides (and overrides)
     * @param reason      why the override is made (freeze-window)
     */
    public record Options(DryRun.Options baseline, Instant now, List<String> absent, int absentCount, String user,
                          String reason) {
        /** Copies the list. */
        public Options {
            absent = List.copyOf(absent);
        }
    }

    /** The drill's outcome: the baseline dry run, the drill steps, the pass criteria and the report. */
    public record Outcome(DryRun.Outcome baseline, List<StepResult> steps, List<DrillChecks.Check> checks, Path report) {
        /** True when the baseline, every step and every check passed. */
        public boolean passed() {
            return baseline.passed() && steps.stream().allMatch(StepResult::passed)
                    && !checks.isEmpty() && checks.stream().allMatch(DrillChecks.Check::passed);
        }
    }

    private final Kind kind;
    private final Options options;
    private final Consumer<String> progress;
    private final List<StepResult> steps = new ArrayList<>();
    private Runbook runbook;
    private Forecast forecast;
    private Plan basePlan;
    private PlanRepair.Stored repaired;
    private ReleaseGate.Outcome audit;

    private Drill(Kind kind, Options options, Consumer<String> progress) {
        this.kind = kind;
        this.options = options;
        this.progress = progress;
    }

    /** Runs the drill into {@code artifacts} (its runbook sub-folders are replaced). */
    public static Outcome run(Kind kind, Path artifacts, Clock clock, Options o, Consumer<String> progress) {
        return run(kind, artifacts, null, clock, o, progress);
    }

    /**
     * As {@link #run(Kind, Path, Clock, Options, Consumer)} with the workspace in {@code workspace} (absent
     * or empty) when not null; {@code progress} receives each step's name as it starts.
     */
    public static Outcome run(Kind kind, Path artifacts, Path workspace, Clock clock, Options o,
                              Consumer<String> progress) {
        DryRun.Outcome base = DryRun.run(artifacts, workspace, clock, o.baseline(), progress);
        DryRunFiles files = DryRunFiles.existing(artifacts, workspace);
        Drill d = new Drill(kind, o, progress);
        List<DrillChecks.Check> checks = base.passed() ? d.drill(files, clock) : List.of();
        Path report = files.writeDrillReport(kind.label(), base, d.steps, checks);
        return new Outcome(base, List.copyOf(d.steps), List.copyOf(checks), report);
    }

    private List<DrillChecks.Check> drill(DryRunFiles files, Clock clock) {
        Runbook first = Runbook.open(files.workspace(), clock);
        PlanVersion baseVersion = first.planVersion(BASELINE);
        basePlan = Runbook.plan(baseVersion);
        forecast = first.forecastOf(baseVersion, basePlan);
        Instant now = options.now() != null ? options.now() : DrillScenario.at(basePlan, kind.dayOffset, kind.time);
        // The call comes in at `now`: the lifecycle's clock and the freeze window agree.
        runbook = Runbook.open(files.workspace(), Clock.fixed(now, ZoneOffset.UTC));
        List<String> absent = options.absent().isEmpty()
                ? DrillScenario.busiestOpenDrivers(forecast, basePlan, now, options.absentCount()) : options.absent();
        List<FreezeOverride> overrides = new ArrayList<>();
        if (kind == Kind.FREEZE_WINDOW) {
            DrillScenario.standbyOverride(forecast, basePlan, now, new TreeSet<>(absent), options.user(),
                    options.reason()).ifPresent(overrides::add);
        }
        if (!repairStep(now, absent, overrides)) {
            return List.of();
        }
        files.writeReportFile("audit_results-" + repaired.version().id() + ".json", auditStep().json());
        lockStep();
        List<DrillChecks.Check> checks = DrillChecks.evaluate(kind, runbook, forecast, basePlan, repaired, audit,
                overrides);
        boolean ok = checks.stream().allMatch(DrillChecks.Check::passed);
        runbook.lifecycle().recordEvent(options.user(), TrailAction.DRILL, repaired.version().id(),
                kind.label() + " drill " + (ok ? "PASS" : "FAIL"), Map.of("kind", kind.label(),
                        "churn_percent", repaired.result().churn().percent(), "absent", String.join(",", absent),
                        "checks", checks.stream().map(c -> c.name() + "=" + (c.passed() ? "PASS" : "FAIL")).toList()
                                .toString()));
        return checks;
    }

    private boolean repairStep(Instant now, List<String> absent, List<FreezeOverride> overrides) {
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("now", now + " (" + now.atZone(basePlan.zone()).toLocalDateTime() + " " + basePlan.zone() + ")");
        fig.put("absent", absent.isEmpty() ? "nobody" : String.join(", ", absent) + " (whole week)");
        overrides.forEach(x -> fig.put("override", x.instanceId() + " -> " + x.newDriverId() + " by " + x.user()
                + ": " + x.reason()));
        TreeMap<String, Set<Weekday>> absences = new TreeMap<>();
        absent.forEach(d -> absences.put(d, Set.of()));
        progress.accept("REPAIR");
        long t0 = System.nanoTime();
        try {
            repaired = PlanRepair.repairAndStore(runbook, BASELINE, absences, overrides, options.user(), kind.label()
                    + " drill: " + (absent.isEmpty() ? "re-plan" : "sick call of " + String.join(", ", absent)));
        } catch (SolvereignException e) {
            add("REPAIR", t0, fig, e.getMessage());
            return false;
        }
        RepairResult r = repaired.result();
        fig.put("plan", repaired.version().id() + " (DRAFT, baseline " + BASELINE + ")");
        fig.put("churn", r.churn().changedAssignments() + " of " + r.churn().totalAssignments() + " ("
                + r.churn().percent() + " %), affected drivers " + r.churn().affectedDrivers().size());
        fig.put("moves", Integer.toString(r.moves().size()));
        fig.put("added drivers", r.addedDrivers().isEmpty() ? "none" : String.join(", ", r.addedDrivers()));
        fig.put("frozen held", r.freeze().frozenInstances() + " (kept at absent drivers: "
                + r.freeze().keptAtAbsentDrivers().size() + ")");
        r.moves().stream().limit(3).forEach(m -> fig.put("move " + m.instanceId(), m.fromDriverId() + " -> "
                + m.toDriverId() + " (" + m.reason() + "); top candidates " + m.candidates().stream()
                .map(c -> c.rank() + ". " + c.driverId()).toList()));
        add("REPAIR", t0, fig, "");
        return true;
    }

    private ReleaseGate.Outcome auditStep() {
        progress.accept("AUDIT REPAIRED");
        long t0 = System.nanoTime();
        audit = ReleaseGate.auditAndRecord(runbook, repaired.version().id(), DryRun.ACTOR);
        add("AUDIT REPAIRED", t0, Map.of("gate", audit.verdict().summary()),
                audit.verdict().passed() ? "" : "release gate closed: " + audit.verdict().summary());
        return audit;
    }

    private void lockStep() {
        String id = repaired.version().id();
        progress.accept("LOCK REPAIRED");
        long t0 = System.nanoTime();
        try {
            // A drill has no reviewer: the approval requirement is switched off for it (DOMAIN §10).
            runbook.lifecycle().lock(new LockRequest(id, options.user(), kind.label() + " drill repair",
                    ReleaseGate.recorded(runbook, id), false, Optional.empty()));
            runbook.lifecycle().supersede(BASELINE, id, options.user(), "replaced by " + id + " in the "
                    + kind.label() + " drill");
            add("LOCK REPAIRED", t0, Map.of("plans", id + " LOCKED, " + BASELINE + " SUPERSEDED"), "");
        } catch (SolvereignException e) {
            add("LOCK REPAIRED", t0, Map.of(), e.getMessage());
        }
    }

    private void add(String name, long t0, Map<String, String> figures, String problem) {
        StepResult r = new StepResult(name, problem.isEmpty() ? StepResult.Status.PASS : StepResult.Status.FAIL,
                (System.nanoTime() - t0) / 1_000_000, figures, problem);
        steps.add(r);
    }
}

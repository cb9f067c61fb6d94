package io.solvereign.harness;

import io.solvereign.api.model.FreezeOverride;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import io.solvereign.harness.runbook.PlanRepair;
import io.solvereign.harness.runbook.Runbook;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code repair --plan ID --absent D001,D002 [--days Mo,Di] [--now ISO]}: a sick call against the
 * LOCKED plan in force. Only what must move moves, frozen work stays (time window at {@code --now}
 * plus days frozen by hand), every tour is covered; the new DRAFT names its baseline, and churn, moves
 * and the top 3 candidates per moved tour are printed. {@code --override INSTANCE=DRIVER} hands a
 * frozen tour to another driver (recorded with {@code --by} and {@code --reason}). An absent driver who
 * would keep frozen work is refused ({@code ABSENT_DRIVER_FROZEN}, naming the instances) rather than
 * left on his tours. Exit 0 when every tour is covered, 3 when some tour cannot be, 2 for a refusal.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Repair the LOCKED plan after sick calls, moving only what must move and keeping frozen work.",
            "",
            "Stores a DRAFT naming its baseline and prints churn, moves and the top 3 candidates per moved tour.",
            "The clock is --now, else env " + WorkspaceOptions.NOW_ENV + ", else the system clock: every tour starting "
                + "within 12 h of it (default freeze window) is frozen and stays on its driver.",
            "An absent driver who would keep frozen work is refused with ABSENT_DRIVER_FROZEN (exit 2) naming the "
                + "instances; give --now before those tours, or --override INSTANCE=DRIVER --reason TEXT.",
            "Exit 0 when every tour is covered, 3 when some tour cannot be, 2 for a refusal."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign repair --plan P0001 --absent D001,D002 --now 2026-01-03T12:00",
            "  solvereign repair --plan P0001 --absent D001 --days Di -w ws",
            "  solvereign repair --plan P0001 --override Di-0007=D042 --reason standby"})
final class RepairCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "The LOCKED plan to repair.")
    String planId;

    @Option(names = "--absent", split = ",", paramLabel = "DRIVER", description = "Absent drivers, e.g. D001,D002.")
    List<String> absent = new ArrayList<>();

    @Option(names = "--days", split = ",", paramLabel = "DAY",
            description = "Days the drivers are absent, e.g. Mo,Di (default: the whole week).")
    List<String> days = new ArrayList<>();

    @Option(names = "--override", paramLabel = "INSTANCE=DRIVER",
            description = "Give a (frozen) tour instance to another driver; needs --reason. Repeatable.")
    Map<String, String> overrides = new TreeMap<>();

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who repairs (and decides overrides); default: the OS user.")
    String by;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (default: sick call of the absent drivers).")
    String reason;

    @Mixin
    OutputOptions output;

    @Mixin
    RulesOptions rules;

    @Override
    public Integer call() {
        if (absent.isEmpty() && overrides.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --absent DRIVER[,DRIVER...] or --override");
        }
        if (!overrides.isEmpty() && reason == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "an --override needs a --reason");
        }
        EnumSet<Weekday> absentDays = EnumSet.noneOf(Weekday.class);
        for (String d : days) {
            Weekday w = Weekday.lookup(d);
            if (w == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--days: '" + d + "' is no day; use Mo,Di,Mi,Do,Fr,Sa,So");
            }
            absentDays.add(w);
        }
        TreeMap<String, Set<Weekday>> absences = new TreeMap<>();
        for (String d : absent) {
            absences.put(OptionChecks.text(spec, "--absent", d), absentDays);
        }
        String actor = Actors.of(by);
        String why = reason != null ? OptionChecks.text(spec, "--reason", reason)
                : "sick call: " + String.join(", ", absences.keySet());
        List<FreezeOverride> list = new ArrayList<>();
        overrides.forEach((instance, driver) -> list.add(new FreezeOverride(instance, driver, actor, why)));
        // The site's rules, as for solve and audit: the repaired plan must hold them.
        RuleSet ruleSet = rules.ruleSet();
        Runbook runbook = workspace.open();
        PlanRepair.Stored stored = PlanRepair.repairAndStore(runbook, planId, absences, list, actor, why, true, ruleSet);
        spec.commandLine().getOut().print(output.json() ? RepairText.json(stored) : RepairText.text(stored, absences));
        spec.commandLine().getOut().flush();
        return stored.result().fullyCovered() ? ExitCodes.OK : ExitCodes.INFEASIBLE;
    }
}

package io.solvereign.harness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.VersionJson;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.version.Completeness;
import io.solvereign.api.version.ForecastDiff;
import io.solvereign.api.version.WeekKey;
import io.solvereign.harness.runbook.WeekChain;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compose}: adds partial forecasts (patches) to a week's chain in the workspace and stores the
 * composed week (DOMAIN §12): last writer wins per tour line, removal lines ({@code - Mo 06:00-14:00})
 * and JSON {@code removals} are tombstones. Prints the composed version, its completeness and its diff
 * against the week's previous composition. Exit 0, 2 for a failing or unreadable patch (nothing stored).
 */
@Command(name = "compose", mixinStandardHelpOptions = true,
        description = {"Add partial forecasts (patches) to a week and store the composed week.",
            "Prints the week's completeness and its diff against the previous composition."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign compose --week 2026-W02 --patch monday.txt --patch rest.json -w ws",
            "  solvereign compose --week 2026-W02 --patch fix.txt --expected-days 6 --json"})
final class ComposeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--week", required = true, paramLabel = "YYYY-Www", description = "ISO week, e.g. 2026-W02.")
    String week;

    @Option(names = "--patch", required = true, paramLabel = "FILE",
            description = "A patch (text, CSV or JSON; repeat for several, applied in the order given).")
    List<Path> patches = new ArrayList<>();

    @Option(names = "--expected-days", paramLabel = "N", defaultValue = "6",
            description = "Days the week must have to be COMPLETE, Monday first (default: ${DEFAULT-VALUE}, Mon-Sat).")
    int expectedDays;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "Europe/Vienna",
            description = "Site time zone (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who adds the patches, for the audit trail (default: the OS user).")
    String by;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        WeekKey key;
        try {
            key = WeekKey.parse(week);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--week: " + e.getMessage());
        }
        if (expectedDays < 1 || expectedDays > 7) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--expected-days must be 1..7, was " + expectedDays);
        }
        ZoneId z = Zones.parse(spec, "--time-zone", zone);
        List<WeekChain.PatchInput> inputs = new ArrayList<>();
        for (Path p : patches) {
            inputs.add(new WeekChain.PatchInput(p.toString(), read(p)));
        }
        WeekChain.Result r = new WeekChain(workspace.open(), key, z).compose(Actors.of(by), inputs, expectedDays);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? VersionJson.pretty(json(key, r)) : text(key, r));
        out.flush();
        return ExitCodes.OK;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            String why = Files.isDirectory(p) ? "it is a directory" : Files.exists(p) ? "cannot be read" : "no such file";
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "cannot read --patch " + p + ": " + why, e);
        }
    }

    static ObjectNode json(WeekKey key, WeekChain.Result r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("week", key.toString());
        o.put("forecast_version_id", r.composed().id());
        o.put("parent_id", r.composed().meta().parentId());
        o.put("input_hash", r.composed().inputHash());
        o.put("tours", r.composition().forecast().instances().size());
        ArrayNode added = o.putArray("patches_added");
        r.patches().forEach(p -> added.add(p.id()));
        o.set("completeness", VersionJson.completeness(r.completeness()));
        o.set("provenance", VersionJson.provenance(r.composition()));
        o.set("diff", VersionJson.forecastDiff(r.diff(), r.previous().map(ForecastVersion::id).orElse(""),
                r.composed().id()));
        return o;
    }

    static String text(WeekKey key, WeekChain.Result r) {
        Completeness c = r.completeness();
        ForecastDiff.Summary s = r.diff().summary();
        StringBuilder sb = new StringBuilder();
        sb.append("week:          ").append(key).append('\n');
        sb.append("patches:       ").append(String.join(", ", r.patches().stream().map(ForecastVersion::id).toList()))
                .append(" added; chain ").append(String.join(" -> ", r.composition().chain())).append('\n');
        sb.append("composed:      ").append(r.composed().id()).append(" (parent ")
                .append(r.previous().map(ForecastVersion::id).orElse("none")).append("), ")
                .append(r.composition().forecast().instances().size()).append(" tours\n");
        sb.append("input_hash:    ").append(r.composed().inputHash()).append('\n');
        sb.append("completeness:  ").append(c.state()).append(" (").append(c.present().size()).append(" of ")
                .append(c.expectedDays()).append(" expected days present")
                .append(c.missing().isEmpty() ? "" : "; missing " + String.join(", ",
                        c.missing().stream().map(d -> d.abbreviation()).toList())).append(")\n");
        sb.append("diff:          ").append(s.added()).append(" added, ").append(s.removed()).append(" removed, ")
                .append(s.changed()).append(" changed, ").append(s.unchanged()).append(" unchanged lines; tours ")
                .append(s.toursOld()).append(" -> ").append(s.toursNew()).append('\n');
        if (!r.composition().tombstones().isEmpty()) {
            sb.append("tombstones:    ").append(r.composition().tombstones().size()).append('\n');
        }
        return sb.toString();
    }
}

package io.solvereign.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Weekday;

/**
 * What {@code import} prints, as text or as one JSON object with {@code status, format, input,
 * week_anchor_date, time_zone, input_hash, forecast_version_id, workspace, tours, tenant_code, site_code, removals,
 * tours_per_day, issues} (an issue of a JSON input also has {@code path} and, for a contract gate, {@code gate}). A FAIL input has no
 * input_hash (null): a hash of the lines that happened to parse would be mistaken for the real one.
 */
final class ImportReport {
    private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final InputOptions.Input input;
    private final ParseResult result;
    private final Forecast forecast;
    private final String forecastVersionId;
    private final java.nio.file.Path workspace;

    /** @param forecastVersionId the stored version's id, null when nothing was stored (FAIL) */
    private final boolean example;

    ImportReport(InputOptions.Input input, String forecastVersionId, java.nio.file.Path workspace, boolean example) {
        this.input = input;
        this.example = example;
        this.forecastVersionId = forecastVersionId;
        this.workspace = workspace;
        this.result = input.result();
        this.forecast = result.forecast();
    }

    private String inputHash() {
        return result.solvable() ? CanonicalForm.inputHash(forecast) : null;
    }

    String json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (example) {
            o.put("example", InputOptions.exampleNotice());
        }
        o.put("status", result.status().name());
        o.put("format", result.format().cliName());
        o.put("input", input.name());
        o.put("week_anchor_date", forecast.weekAnchor().toString());
        o.put("time_zone", forecast.zone().getId());
        o.put("input_hash", inputHash());
        o.put("forecast_version_id", forecastVersionId);
        o.put("workspace", workspace.toString());
        o.put("tours", forecast.instances().size());
        o.put("tenant_code", result.site().tenantCode());
        o.put("site_code", result.site().siteCode());
        o.put("removals", result.removals().size());
        ObjectNode perDay = o.putObject("tours_per_day");
        int[] counts = forecast.toursPerDay();
        for (Weekday d : Weekday.values()) {
            perDay.put(d.abbreviation(), counts[d.ordinal()]);
        }
        ArrayNode issues = o.putArray("issues");
        for (ParseIssue i : result.issues()) {
            ObjectNode n = issues.addObject().put("code", i.code().name()).put("severity", i.severity().name())
                    .put("line", i.line()).put("column", i.column()).put("message", i.message());
            if (!i.path().isEmpty()) {
                n.put("path", i.path());
            }
            i.gate().ifPresent(g -> n.put("gate", g.id()));
        }
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        if (example) {
            sb.append(InputOptions.exampleNotice()).append('\n');
        }
        sb.append("input:       ").append(input.name()).append(" (").append(result.format().cliName()).append(")\n");
        sb.append("status:      ").append(result.status()).append('\n');
        sb.append("tours:       ").append(forecast.instances().size()).append('\n');
        if (!result.site().isNone()) {
            sb.append("site:        ").append(result.site().tenantCode()).append(" / ").append(result.site().siteCode())
                    .append('\n');
        }
        if (!result.removals().isEmpty()) {
            sb.append("removals:    ").append(result.removals().size()).append(" (used when composing a week)\n");
        }
        sb.append("tours/day:  ");
        int[] counts = forecast.toursPerDay();
        for (Weekday d : Weekday.values()) {
            sb.append(' ').append(d.abbreviation()).append(' ').append(counts[d.ordinal()]);
        }
        sb.append('\n');
        String hash = inputHash();
        sb.append("input_hash:  ").append(hash != null ? hash : "- (none: the input has FAIL lines)").append('\n');
        sb.append("forecast:    ").append(forecastVersionId != null ? forecastVersionId + " in " + workspace
                : "- (not stored: the input has FAIL lines)").append('\n');
        long fails = result.issues().stream().filter(i -> i.severity() == ErrorCode.Severity.FAIL).count();
        sb.append("issues:      ").append(result.issues().size()).append(" (").append(fails).append(" FAIL, ")
                .append(result.issues().size() - fails).append(" WARN)\n");
        for (ParseIssue i : result.issues()) {
            sb.append("  ").append(i.describe()).append('\n');
        }
        return sb.toString();
    }
}

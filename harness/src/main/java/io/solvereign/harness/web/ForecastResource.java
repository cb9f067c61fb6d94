package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.io.ParsedLine;
import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.version.WeekKey;
import io.solvereign.harness.CockpitVerbs;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The forecasts: {@code GET /api/forecasts} (the stored versions), {@code GET /api/forecasts/{id}}
 * (the parse report of a stored version), {@code POST /api/forecasts} (upload = {@code import}: the
 * body is the forecast's bytes) and {@code GET /api/diff?from=&to=} ({@code diff --json}).
 */
final class ForecastResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final CockpitVerbs verbs;

    ForecastResource(CockpitVerbs verbs) {
        this.verbs = verbs;
    }

    void register(Router router) {
        router.get("/api/forecasts", Permission.READ, r -> ApiResponse.json(200, list()));
        router.get("/api/forecasts/([A-Za-z0-9_-]{1,40})", Permission.READ, r -> ApiResponse.json(200, stored(r.path(0))));
        router.post("/api/forecasts", Permission.IMPORT, this::upload);
        router.get("/api/diff", Permission.READ, this::diff);
        router.get("/api/weeks/([0-9]{4}-W[0-9]{2})", Permission.READ, this::week);
    }

    private ObjectNode list() {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode a = n.putArray("forecasts");
        for (ForecastVersion f : verbs.runbook().store().forecasts()) {
            // Canonical lines, one per tour line and count (a split tour is one line); no re-parse per listing.
            long tourLines = f.canonicalText().isEmpty() ? 0 : f.canonicalText().lines().count();
            a.addObject().put("id", f.id()).put("input_hash", f.inputHash()).put("kind", f.meta().kind().name())
                    .put("week", f.meta().weekKey()).put("completeness", f.meta().attribute(ForecastMeta.COMPLETENESS))
                    .put("tour_lines", tourLines).put("created_at", f.createdAt().toString())
                    .put("site_code", f.meta().attribute("site_code"));
        }
        return n;
    }

    /** The parse report of a stored version's bytes, read as {@code diff} reads them. */
    private ObjectNode stored(String id) {
        ForecastVersion f = verbs.runbook().lifecycle().forecast(id);
        ParseResult r = CockpitVerbs.parse(f.originalBytes(), InputFormat.AUTO, Forecast.DEFAULT_WEEK_ANCHOR,
                Forecast.DEFAULT_ZONE);
        ObjectNode n = JSON.createObjectNode().put("id", f.id()).put("status", r.status().name())
                .put("input_hash", f.inputHash()).put("kind", f.meta().kind().name())
                .put("created_at", f.createdAt().toString());
        n.set("lines", lines(r, f.originalBytes()));
        return n;
    }

    private ApiResponse upload(ApiRequest r) {
        String name = r.query("name") == null || r.query("name").isBlank() ? "upload" : r.query("name").strip();
        InputFormat format;
        try {
            format = InputFormat.fromCliName(r.query("format") == null ? "auto" : r.query("format"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("format: " + e.getMessage());
        }
        LocalDate anchor = anchor(r.query("week_anchor"));
        ZoneId zone = zone(r.query("time_zone"));
        byte[] bytes = r.body((int) Math.min(Integer.MAX_VALUE - 8, ReadLimits.fromProperties(System::getProperty)
                .forecastBytes()));
        if (bytes.length == 0) {
            throw new ApiException(400, ErrorCode.EMPTY_FORECAST.name(), "the upload is empty; send the forecast's bytes");
        }
        CockpitVerbs.Imported imported = verbs.importForecast(r.user(), name, bytes, format, anchor, zone);
        ObjectNode n = imported.report();
        ParseResult result = imported.result();
        n.put("id", imported.version() == null ? null : imported.version().id());
        n.put("solvable", result.solvable());
        n.put("blocked_reason", result.solvable() ? "" : CockpitVerbs.failureLine(name, result, bytes));
        n.set("lines", lines(result, bytes));
        if (!result.solvable()) {
            n.putObject("error").put("code", result.failures().get(0).code().name())
                    .put("message", n.get("blocked_reason").asText());
            return ApiResponse.json(422, n);
        }
        return ApiResponse.json(201, n);
    }

    private ApiResponse diff(ApiRequest r) {
        String from = r.query("from");
        String to = r.query("to");
        if (from == null || to == null || !ID.matcher(from).matches() || !ID.matcher(to).matches()) {
            throw ApiException.badRequest("give from and to, two forecast version ids such as F0001");
        }
        ObjectNode n = verbs.diff(from, to);
        n.set("completeness", CockpitVerbs.completeness(verbs.runbook().lifecycle().forecast(to)));
        return ApiResponse.json(200, n);
    }

    private ApiResponse week(ApiRequest r) {
        try {
            return ApiResponse.json(200, verbs.week(WeekKey.parse(r.path(0))));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("week: " + e.getMessage());
        }
    }

    /**
     * Every line of the input, numbered without holes: the parser's verdict on each content line (status,
     * codes, messages, raw text, the canonical tour lines it produced), and the lines the parser passes over
     * (blank, {@code #} comments, CSV separator rows) as PASS with {@code "skipped": true}.
     */
    static ArrayNode lines(ParseResult r, byte[] bytes) {
        java.util.Map<Integer, ParsedLine> parsed = new java.util.HashMap<>();
        r.lines().forEach(l -> parsed.put(l.line(), l));
        String[] physical = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\\R", -1);
        int count = physical.length > 0 && physical[physical.length - 1].isEmpty() ? physical.length - 1
                : physical.length;
        int last = Math.max(count, r.lines().isEmpty() ? 0 : r.lines().get(r.lines().size() - 1).line());
        ArrayNode a = JSON.createArrayNode();
        for (int n = 1; n <= last; n++) {
            ParsedLine l = parsed.get(n);
            ObjectNode o = a.addObject().put("line", n);
            ArrayNode codes = JSON.createArrayNode();
            ArrayNode messages = JSON.createArrayNode();
            ArrayNode canonical = JSON.createArrayNode();
            if (l == null) {
                String raw = n <= physical.length ? physical[n - 1] : "";
                o.put("status", "PASS").put("text", n == 1 ? raw.replace("\uFEFF", "") : raw).put("header", false)
                        .put("skipped", true);
            } else {
                o.put("status", l.status().name()).put("text", l.raw()).put("header", l.header()).put("skipped", false);
                for (ParseIssue i : l.issues()) {
                    codes.add(i.code().name());
                    messages.add(i.message());
                }
                for (TourTemplate t : l.templates()) {
                    canonical.addObject().put("text", t.fingerprint().canonicalLine()).put("count", t.count());
                }
            }
            o.set("codes", codes);
            o.set("messages", messages);
            o.set("canonical", canonical);
        }
        return a;
    }

    static LocalDate anchor(String text) {
        if (text == null || text.isBlank()) {
            return Forecast.DEFAULT_WEEK_ANCHOR;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw ApiException.badRequest("week_anchor must be a Monday, " + d + " is a " + d.getDayOfWeek());
            }
            return d;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("week_anchor '" + text + "' is no date; use YYYY-MM-DD");
        }
    }

    static ZoneId zone(String text) {
        if (text == null || text.isBlank()) {
            return Forecast.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (java.time.DateTimeException e) {
            throw ApiException.badRequest("time_zone '" + text + "' is no time zone; use e.g. Europe/Vienna");
        }
    }
}

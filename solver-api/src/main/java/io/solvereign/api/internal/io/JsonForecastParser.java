package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TenantSite;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON import contract (DOMAIN §2.4):
 * <pre>{@code
 * {"tenant_code": "lts", "site_code": "wien_depot_1", "week_anchor_date": "2026-01-05", "time_zone": "Europe/Vienna",
 *  "tours": [{"external_id": "T-001", "day": 1, "start_time": "06:00", "end_time": "10:30",
 *             "count": 3, "depot": "Nord", "skill": "ADR", "priority": 1, "notes": "..."}],
 *  "removals": [{"day": 2, "start_time": "06:00", "end_time": "10:30", "depot": "Nord"}]}
 * }</pre>
 * Hard gates fail the input ({@link ImportGate} {@code HG-001..HG-008}); soft gates warn
 * ({@code SG-001..SG-004}); members the contract does not know are {@code UNPARSED_FIELD} warnings.
 * Every issue carries the JSON path of its member. A split shift may give its second part as
 * {@code split_start_time} and {@code split_end_time} (an extension, so composed weeks keep splits).
 * The document's week anchor and zone win over the caller's; a tour of no length is
 * {@code ZERO_DURATION} as in the other formats. Parsing never throws, whatever the input.
 */
final class JsonForecastParser {
    /** Tenant and site codes (HG-001, HG-002). */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{2,30}");
    private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    /** SG-004: a tour at least this long is unusual. */
    static final int UNUSUAL_MINUTES = 16 * 60;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> TOP = Set.of("tenant_code", "site_code", "week_anchor_date", "time_zone", "tours",
            "removals");
    private static final Set<String> TOUR = Set.of("external_id", "day", "start_time", "end_time", "count", "depot",
            "skill", "priority", "notes", "split_start_time", "split_end_time");
    private static final Set<String> REMOVAL = Set.of("external_id", "day", "start_time", "end_time", "depot", "skill",
            "split_start_time", "split_end_time", "notes");

    private final List<ParseIssue> issues = new ArrayList<>();
    private LocalDate anchor;
    private ZoneId zone;

    private JsonForecastParser(LocalDate anchor, ZoneId zone) {
        this.anchor = anchor;
        this.zone = zone;
    }

    /** True when the content's first non-blank character opens a JSON object or array. */
    static boolean looksLikeJson(String content) {
        String c = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String s = c.stripLeading();
        return s.startsWith("{") || s.startsWith("[");
    }

    static ParseResult parse(String content, LocalDate defaultAnchor, ZoneId defaultZone) {
        return new JsonForecastParser(defaultAnchor, defaultZone).run(content);
    }

    private ParseResult run(String content) {
        String c = content.startsWith("\uFEFF") ? content.substring(1) : content;
        JsonNode root;
        try {
            root = MAPPER.readTree(c);
        } catch (JsonProcessingException | RuntimeException e) {
            String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
            fail(ErrorCode.MALFORMED_JSON, "$", "not valid JSON: " + firstLine(m));
            return result(List.of(), List.of(), TenantSite.NONE);
        }
        if (root == null || !root.isObject()) {
            fail(ErrorCode.MALFORMED_JSON, "$", "expected a JSON object {\"tenant_code\", \"site_code\", "
                    + "\"week_anchor_date\", \"tours\": [...]}, found " + kind(root));
            return result(List.of(), List.of(), TenantSite.NONE);
        }
        unknownMembers(root, "$", TOP);
        String tenant = code(root, "tenant_code", ErrorCode.MISSING_TENANT);
        String site = code(root, "site_code", ErrorCode.MISSING_SITE);
        weekAnchor(root.get("week_anchor_date"));
        timeZone(root.get("time_zone"));
        List<TourTemplate> templates = tours(root.get("tours"), root.get("removals"));
        List<Fingerprint> removals = removals(root.get("removals"));
        return result(templates, removals, new TenantSite(tenant, site));
    }

    private ParseResult result(List<TourTemplate> templates, List<Fingerprint> removals, TenantSite site) {
        ErrorCode.Severity status = ErrorCode.Severity.PASS;
        for (ParseIssue i : issues) {
            if (i.severity().compareTo(status) > 0) {
                status = i.severity();
            }
        }
        return new ParseResult(InputFormat.JSON, status, List.of(), issues, Forecast.of(anchor, zone, templates), site,
                removals, new TreeSet<>());
    }

    private JsonForecastParser fail(ErrorCode code, String path, String message) {
        issues.add(ParseIssue.atPath(code, message, path));
        return this;
    }

    private String code(JsonNode root, String member, ErrorCode code) {
        JsonNode n = root.get(member);
        String path = "$." + member;
        if (n == null || n.isNull()) {
            fail(code, path, member + " is missing; expected a code like 'wien_depot_1' (" + CODE.pattern() + ")");
            return "";
        }
        if (!n.isTextual() || !CODE.matcher(n.textValue()).matches()) {
            fail(code, path, member + " " + kind(n) + " is not a code: lowercase letter first, then 2-30 lowercase "
                    + "letters, digits or '_' (" + CODE.pattern() + ")");
            return "";
        }
        return n.textValue();
    }

    private void weekAnchor(JsonNode n) {
        String path = "$.week_anchor_date";
        if (n == null || n.isNull()) {
            fail(ErrorCode.INVALID_ANCHOR, path, "week_anchor_date is missing; expected the Monday of the week, YYYY-MM-DD");
            return;
        }
        LocalDate d;
        try {
            d = n.isTextual() ? LocalDate.parse(n.textValue()) : null;
        } catch (DateTimeException e) {
            d = null;
        }
        if (d == null) {
            fail(ErrorCode.INVALID_ANCHOR, path, "week_anchor_date " + kind(n) + " is not a date YYYY-MM-DD");
        } else if (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            fail(ErrorCode.INVALID_ANCHOR, path, "week_anchor_date " + d + " is a " + d.getDayOfWeek()
                    + "; it must be the Monday of the week");
        } else {
            anchor = d;
        }
    }

    private void timeZone(JsonNode n) {
        if (n == null || n.isNull()) {
            return;
        }
        try {
            if (n.isTextual()) {
                zone = ZoneId.of(n.textValue());
                return;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        fail(ErrorCode.MALFORMED_JSON, "$.time_zone", "time_zone " + kind(n)
                + " is not a time zone id such as 'Europe/Vienna'");
    }

    private List<TourTemplate> tours(JsonNode n, JsonNode removals) {
        List<TourTemplate> out = new ArrayList<>();
        boolean hasRemovals = removals != null && removals.isArray() && removals.size() > 0;
        if (n == null || n.isNull() || (n.isArray() && n.isEmpty() && !hasRemovals)) {
            fail(ErrorCode.NO_TOURS, "$.tours", "no tours: expected a non-empty array of tours");
            return out;
        }
        if (!n.isArray()) {
            fail(ErrorCode.NO_TOURS, "$.tours", "tours must be an array, found " + kind(n));
            return out;
        }
        TreeMap<String, String> firstPathOfId = new TreeMap<>();
        for (int i = 0; i < n.size(); i++) {
            String path = "$.tours[" + i + "]";
            JsonNode t = n.get(i);
            if (!t.isObject()) {
                fail(ErrorCode.MALFORMED_JSON, path, "a tour must be an object, found " + kind(t));
                continue;
            }
            int before = failures();
            unknownMembers(t, path, TOUR);
            String ext = externalId(t, path, firstPathOfId);
            Fingerprint fp = fingerprint(t, path, true);
            int count = count(t.get("count"), path + ".count");
            optional(t, path, "priority", JsonNode::isIntegralNumber, "an integer");
            optional(t, path, "notes", JsonNode::isTextual, "a string");
            if (fp != null && count > 0 && failures() == before) {
                out.add(new TourTemplate(fp, count, i + 1, ext));
            }
        }
        return out;
    }

    private List<Fingerprint> removals(JsonNode n) {
        List<Fingerprint> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            fail(ErrorCode.MALFORMED_JSON, "$.removals", "removals must be an array, found " + kind(n));
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String path = "$.removals[" + i + "]";
            JsonNode r = n.get(i);
            if (!r.isObject()) {
                fail(ErrorCode.MALFORMED_JSON, path, "a removal must be an object, found " + kind(r));
                continue;
            }
            unknownMembers(r, path, REMOVAL);
            Fingerprint fp = fingerprint(r, path, false);
            if (fp != null) {
                out.add(fp);
            }
        }
        return out;
    }

    private String externalId(JsonNode t, String path, TreeMap<String, String> firstPathOfId) {
        JsonNode n = t.get("external_id");
        if (n == null || n.isNull() || !n.isTextual() || n.textValue().isBlank()) {
            fail(ErrorCode.MISSING_TOUR_ID, path + ".external_id", "every tour needs a non-blank external_id string, found "
                    + kind(n));
            return "";
        }
        String id = n.textValue();
        String first = firstPathOfId.putIfAbsent(id, path);
        if (first != null) {
            fail(ErrorCode.DUPLICATE_TOUR_ID, path + ".external_id", "external_id '" + id + "' is already used by "
                    + first);
        }
        return id;
    }

    /** Day, times, depot and skill of a tour (with the soft gates) or a removal; null after a failure. */
    private Fingerprint fingerprint(JsonNode t, String path, boolean softGates) {
        Weekday day = day(t.get("day"), path + ".day");
        int start = clock(t.get("start_time"), path + ".start_time", ErrorCode.INVALID_START_TIME);
        int end = clock(t.get("end_time"), path + ".end_time", ErrorCode.INVALID_END_TIME);
        String depot = text(t, path, "depot", softGates ? ErrorCode.DEFAULT_DEPOT : null, "no depot");
        String skill = text(t, path, "skill", softGates ? ErrorCode.DEFAULT_SKILL : null, "no skill needed");
        List<TimeRange> parts = new ArrayList<>();
        TimeRange first = range(start, end, path + ".end_time");
        if (first != null) {
            parts.add(first);
        }
        boolean split = t.has("split_start_time") || t.has("split_end_time");
        if (split) {
            int s2 = clock(t.get("split_start_time"), path + ".split_start_time", ErrorCode.INVALID_START_TIME);
            int e2 = clock(t.get("split_end_time"), path + ".split_end_time", ErrorCode.INVALID_END_TIME);
            TimeRange second = range(s2, e2, path + ".split_end_time");
            if (first != null && second != null) {
                if (first.crossesMidnight() || second.startMinute() < first.endMinute()) {
                    fail(ErrorCode.INVALID_SPLIT_FORMAT, path + ".split_start_time", "the second part "
                            + second.format() + " must start after the first part " + first.format() + " ends, on the same day");
                    return null;
                }
                parts.add(second);
            }
        }
        if (day == null || parts.size() != (split ? 2 : 1)) {
            return null;
        }
        if (softGates) {
            int work = parts.stream().mapToInt(TimeRange::durationMinutes).sum();
            if (work >= UNUSUAL_MINUTES) {
                fail(ErrorCode.UNUSUAL_DURATION, path, "the tour is " + Durations.hours(work)
                        + " long, 16 h or more; check start_time and end_time");
            }
        }
        for (TimeRange p : parts) {
            Instant s = Forecast.instantOf(anchor, zone, day, p.startMinute());
            Instant e = Forecast.instantOf(anchor, zone, day, p.endMinute());
            if (!e.isAfter(s)) {
                fail(ErrorCode.ZERO_DURATION, path, "'" + day.abbreviation() + " " + p.format()
                        + "' lies inside the clock change on " + anchor.plusDays(day.ordinal()) + " in " + zone.getId()
                        + " and has no length");
                return null;
            }
        }
        return new Fingerprint(day, parts, depot, skill);
    }

    private TimeRange range(int start, int end, String path) {
        if (start < 0 || end < 0) {
            return null;
        }
        if (start == end) {
            fail(ErrorCode.ZERO_DURATION, path, "start_time and end_time are both " + TimeRange.clock(start)
                    + "; a tour needs a length (an end before the start crosses midnight)");
            return null;
        }
        return TimeRange.ofClock(start, end);
    }

    private Weekday day(JsonNode n, String path) {
        if (n != null && n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 1 && n.intValue() <= 7) {
            return Weekday.ofNumber(n.intValue());
        }
        fail(ErrorCode.INVALID_DAY, path, "day must be a whole number 1 (Monday) .. 7 (Sunday), found " + kind(n));
        return null;
    }

    private int clock(JsonNode n, String path, ErrorCode code) {
        Matcher m = n != null && n.isTextual() ? CLOCK.matcher(n.textValue()) : null;
        if (m == null || !m.matches()) {
            fail(code, path, path.substring(path.lastIndexOf('.') + 1) + " must be a clock time \"HH:MM\" "
                    + "(00:00..23:59), found " + kind(n));
            return -1;
        }
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
    }

    /** The count, 1 with SG-001 when absent, -1 after an INVALID_COUNT failure. */
    private int count(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            fail(ErrorCode.DEFAULT_COUNT, path, "no count; 1 tour assumed");
            return 1;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 1 || n.intValue() > 999_999) {
            fail(ErrorCode.INVALID_COUNT, path, "count must be a whole number from 1 to 999999, found " + kind(n));
            return -1;
        }
        return n.intValue();
    }

    /** An optional string member; absent or blank gives "" (with the soft gate when given). */
    private String text(JsonNode t, String path, String member, ErrorCode softGate, String meaning) {
        JsonNode n = t.get(member);
        if (n == null || n.isNull() || (n.isTextual() && n.textValue().isBlank())) {
            if (softGate != null) {
                fail(softGate, path + "." + member, "no " + member + "; " + meaning);
            }
            return "";
        }
        if (!n.isTextual() || n.textValue().strip().chars().anyMatch(Character::isWhitespace)) {
            fail(ErrorCode.MALFORMED_JSON, path + "." + member, member + " must be one word (a string without "
                    + "spaces), found " + kind(n));
            return "";
        }
        return n.textValue().strip();
    }

    private void optional(JsonNode t, String path, String member, java.util.function.Predicate<JsonNode> ok,
                          String expected) {
        JsonNode n = t.get(member);
        if (n != null && !n.isNull() && !ok.test(n)) {
            fail(ErrorCode.UNPARSED_FIELD, path + "." + member, member + " should be " + expected + ", found " + kind(n)
                    + "; kept in the input, not used");
        }
    }

    private void unknownMembers(JsonNode o, String path, Set<String> known) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                fail(ErrorCode.UNPARSED_FIELD, path + "." + name, "'" + name + "' is not part of the import contract; "
                        + "kept in the original input, not used");
            }
        }
    }

    private int failures() {
        return (int) issues.stream().filter(ParseIssue::isFailure).count();
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return JsonFields.describe(n);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TenantSite;
import io.solvereign.api.model.TourInstance;
import io.solvereign.api.model.Weekday;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON import contract (DOMAIN §2.4): one test per hard and soft gate, paths, ids, the Wien week as JSON. */
class JsonForecastParserTest {
    /** A valid document; tests replace one member with {@code %s}-style edits. */
    private static final String TOUR = "{\"external_id\":\"T1\",\"day\":1,\"start_time\":\"06:00\",\"end_time\":\"10:30\","
            + "\"count\":2,\"depot\":\"Nord\",\"skill\":\"ADR\"}";

    private static String doc(String tenant, String site, String anchor, String tours) {
        return "{\"tenant_code\":" + tenant + ",\"site_code\":" + site + ",\"week_anchor_date\":" + anchor
                + ",\"time_zone\":\"Europe/Vienna\",\"tours\":" + tours + "}";
    }

    private static String valid(String tours) {
        return doc("\"lts\"", "\"wien_depot_1\"", "\"2026-01-05\"", tours);
    }

    private static ParseResult parse(String content) {
        return ForecastParser.parse(content, InputFormat.AUTO);
    }

    private static ParseIssue only(ParseResult r, ErrorCode code) {
        List<ParseIssue> hits = r.issues().stream().filter(i -> i.code() == code).toList();
        assertEquals(1, hits.size(), () -> code + " expected once in " + r.issues());
        return hits.get(0);
    }

    @Test
    void aValidDocumentPassesAndKeepsTenantSiteAndExternalIds() {
        ParseResult r = parse(valid("[" + TOUR + "]"));
        assertEquals(InputFormat.JSON, r.format());
        assertEquals(ErrorCode.Severity.PASS, r.status(), () -> r.issues().toString());
        assertEquals(new TenantSite("lts", "wien_depot_1"), r.site());
        assertEquals(2, r.forecast().instances().size());
        for (TourInstance t : r.forecast().instances()) {
            assertEquals("T1", t.externalId());
            assertEquals("Mo 06:00-10:30 Depot Nord", t.fingerprint().canonicalLine());
            assertEquals("ADR", t.fingerprint().skill());
        }
    }

    @ParameterizedTest(name = "{0} {1} at {3}")
    @CsvSource(delimiter = '|', value = {
        "HG-001|MISSING_TENANT|{\"site_code\":\"wien\",\"week_anchor_date\":\"2026-01-05\",\"tours\":[TOUR]}|$.tenant_code",
        "HG-001|MISSING_TENANT|{\"tenant_code\":\"LTS\",\"site_code\":\"wien\",\"week_anchor_date\":\"2026-01-05\",\"tours\":[TOUR]}|$.tenant_code",
        "HG-002|MISSING_SITE|{\"tenant_code\":\"lts\",\"site_code\":\"9x\",\"week_anchor_date\":\"2026-01-05\",\"tours\":[TOUR]}|$.site_code",
        "HG-003|INVALID_ANCHOR|{\"tenant_code\":\"lts\",\"site_code\":\"wien\",\"week_anchor_date\":\"2026-01-06\",\"tours\":[TOUR]}|$.week_anchor_date",
        "HG-003|INVALID_ANCHOR|{\"tenant_code\":\"lts\",\"site_code\":\"wien\",\"tours\":[TOUR]}|$.week_anchor_date",
        "HG-004|NO_TOURS|{\"tenant_code\":\"lts\",\"site_code\":\"wien\",\"week_anchor_date\":\"2026-01-05\",\"tours\":[]}|$.tours",
        "HG-005|DUPLICATE_TOUR_ID|{\"tenant_code\":\"lts\",\"site_code\":\"wien\",\"week_anchor_date\":\"2026-01-05\",\"tours\":[TOUR,TOUR]}|$.tours[1].external_id",
        "HG-006|INVALID_DAY|{\"tenant_code\":\"lts\",\"site_code\":\"wien\",\"week_anchor_date\":\"2026-01-05\",\"tours\":[{\"external_id\":\"a\",\"day\":8,\"start_time\":\"06:00\",\"end_time\":\"10:00\",\"count\":1,\"depot\":\"N\",\"skill\":\"S\"}]}|$.tours[0].day",
        "HG-007|INVALID_START_TIME|{\"tenant_code\":\"lts\",\"site_code\":\"wien\",\"week_anchor_date\":\"2026-01-05\",\"tours\":[{\"external_id\":\"a\",\"day\":1,\"start_time\":\"25:00\",\"end_time\":\"10:00\",\"count\":1,\"depot\":\"N\",\"skill\":\"S\"}]}|$.tours[0].start_time",
        "HG-008|INVALID_END_TIME|{\"tenant_code\":\"lts\",\"site_code\":\"wien\",\"week_anchor_date\":\"2026-01-05\",\"tours\":[{\"external_id\":\"a\",\"day\":1,\"start_time\":\"06:00\",\"end_time\":\"10\",\"count\":1,\"depot\":\"N\",\"skill\":\"S\"}]}|$.tours[0].end_time",
    })
    void eachHardGateFailsWithItsCodeAndPath(String gate, ErrorCode code, String json, String path) {
        ParseResult r = parse(json.replace("TOUR", TOUR));
        ParseIssue i = only(r, code);
        assertEquals(ErrorCode.Severity.FAIL, i.severity());
        assertEquals(gate, i.gate().orElseThrow().id());
        assertEquals(path, i.path());
        assertFalse(r.solvable());
        assertTrue(i.describe().startsWith(path + ": FAIL " + gate + " " + code), i.describe());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "SG-001|DEFAULT_COUNT|{\"external_id\":\"a\",\"day\":1,\"start_time\":\"06:00\",\"end_time\":\"10:00\",\"depot\":\"N\",\"skill\":\"S\"}|$.tours[0].count",
        "SG-002|DEFAULT_DEPOT|{\"external_id\":\"a\",\"day\":1,\"start_time\":\"06:00\",\"end_time\":\"10:00\",\"count\":1,\"skill\":\"S\"}|$.tours[0].depot",
        "SG-003|DEFAULT_SKILL|{\"external_id\":\"a\",\"day\":1,\"start_time\":\"06:00\",\"end_time\":\"10:00\",\"count\":1,\"depot\":\"N\"}|$.tours[0].skill",
        "SG-004|UNUSUAL_DURATION|{\"external_id\":\"a\",\"day\":1,\"start_time\":\"05:00\",\"end_time\":\"21:00\",\"count\":1,\"depot\":\"N\",\"skill\":\"S\"}|$.tours[0]",
    })
    void eachSoftGateWarnsWithItsCodeAndPathAndStillParses(String gate, ErrorCode code, String tour, String path) {
        ParseResult r = parse(valid("[" + tour + "]"));
        ParseIssue i = only(r, code);
        assertEquals(ErrorCode.Severity.WARN, i.severity());
        assertEquals(gate, i.gate().orElseThrow().id());
        assertEquals(path, i.path());
        assertEquals(ErrorCode.Severity.WARN, r.status(), () -> r.issues().toString());
        assertEquals(1, r.forecast().instances().size());
    }

    @Test
    void theDefaultsOfTheSoftGatesAreOneTourNoDepotNoSkill() {
        Forecast f = parse(valid("[{\"external_id\":\"a\",\"day\":3,\"start_time\":\"22:00\",\"end_time\":\"06:00\"}]"))
                .forecast();
        assertEquals(1, f.instances().size());
        assertEquals("Mi 22:00-06:00", f.instances().get(0).fingerprint().canonicalLine());
        assertEquals("", f.instances().get(0).fingerprint().skill());
    }

    @Test
    void unknownMembersAreUnparsedFieldWarningsWithTheirPathNeverDropped() {
        String tour = TOUR.replace("}", ",\"lat\":48.2,\"lon\":16.4}");
        ParseResult r = parse(valid("[" + tour + "]").replace("{\"tenant_code\"", "{\"region\":\"ost\",\"tenant_code\""));
        List<String> paths = r.issues().stream().filter(i -> i.code() == ErrorCode.UNPARSED_FIELD).map(ParseIssue::path)
                .toList();
        assertEquals(List.of("$.region", "$.tours[0].lat", "$.tours[0].lon"), paths);
        assertEquals(ErrorCode.Severity.WARN, r.status());
        assertEquals(2, r.forecast().instances().size());
    }

    @Test
    void everyProblemOfABrokenTourIsReportedEachWithItsPath() {
        String bad = "{\"external_id\":7,\"day\":\"Mo\",\"start_time\":\"6 Uhr\",\"end_time\":null,\"count\":0}";
        ParseResult r = parse(valid("[" + TOUR + "," + bad + "]"));
        assertEquals(List.of("$.tours[1].external_id", "$.tours[1].day", "$.tours[1].start_time",
                        "$.tours[1].end_time", "$.tours[1].depot", "$.tours[1].skill", "$.tours[1].count"),
                r.issues().stream().map(ParseIssue::path).toList());
        assertEquals(2, r.forecast().instances().size(), "the good tour is kept, the broken one is reported");
    }

    @Test
    void notJsonOrNotAnObjectIsMalformedJsonAtTheRoot() {
        for (String s : List.of("{\"tenant_code\":", "[1,2]", "{\"a\":1,\"a\":2}")) {
            ParseResult r = ForecastParser.parse(s, InputFormat.JSON);
            assertEquals(ErrorCode.MALFORMED_JSON, r.issues().get(0).code(), s);
            assertEquals("$", r.issues().get(0).path(), s);
            assertFalse(r.solvable());
        }
    }

    @Test
    void removalsAreReadByFingerprintAndAPatchOfOnlyRemovalsIsValid() {
        ParseResult r = parse(valid("[]").replace("\"tours\":[]", "\"tours\":[],\"removals\":[{\"day\":2,"
                + "\"start_time\":\"06:00\",\"end_time\":\"14:00\",\"depot\":\"Nord\"}]"));
        assertTrue(r.solvable(), () -> r.issues().toString());
        assertEquals(1, r.removals().size());
        assertEquals("Di 06:00-14:00 Depot Nord", r.removals().get(0).canonicalLine());
    }

    @Test
    void theDocumentsAnchorAndZoneWin() {
        Forecast f = parse(valid("[" + TOUR + "]").replace("2026-01-05", "2026-03-30")).forecast();
        assertEquals(java.time.LocalDate.of(2026, 3, 30), f.weekAnchor());
        assertEquals(Weekday.MO, f.instances().get(0).day());
    }

    @Test
    void theWienWeekWrittenAsJsonGivesTheReferenceInputHash() {
        Forecast csv = ForecastParser.read(GoldenFiles.file("wien-standard-week.csv"), InputFormat.AUTO,
                Forecast.DEFAULT_WEEK_ANCHOR, Forecast.DEFAULT_ZONE).requireSolvable();
        byte[] json = ForecastJson.write(csv, new TenantSite("lts", "wien_depot_1"));
        ParseResult r = ForecastParser.parse(new String(json, StandardCharsets.UTF_8), InputFormat.AUTO);
        assertEquals(InputFormat.JSON, r.format());
        assertTrue(r.solvable(), () -> r.failures().toString());
        assertEquals(GoldenFiles.WIEN_INPUT_HASH, CanonicalForm.inputHash(r.forecast()));
        assertEquals(1385, r.forecast().instances().size());
        assertEquals(new TenantSite("lts", "wien_depot_1"), r.site());
        assertTrue(r.forecast().instances().stream().allMatch(t -> t.externalId().startsWith(t.fingerprint().idStem())),
                "every instance carries the external id of its line");
    }

    @Test
    void splitsRoundTripThroughTheWriter() {
        Forecast text = ForecastParser.parse("Di 06:00-10:00 + 15:00-19:00 2 Fahrer Depot Nord\nMo 22:00-06:00",
                InputFormat.TEXT).requireSolvable();
        String json = new String(ForecastJson.write(text, new TenantSite("lts", "wien")), StandardCharsets.UTF_8);
        Forecast back = ForecastParser.parse(json, InputFormat.AUTO).requireSolvable();
        assertEquals(CanonicalForm.text(text), CanonicalForm.text(back));
        assertEquals(CanonicalForm.inputHash(text), CanonicalForm.inputHash(back));
    }
}

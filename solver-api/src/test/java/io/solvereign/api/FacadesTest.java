package io.solvereign.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.evidence.Authenticity;
import io.solvereign.api.evidence.EvidenceInputs;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The façades an embedder calls: Forecasts, Plans, Evidence, using exported types only. */
class FacadesTest {
    private static final byte[] KEY = "facade-key".getBytes(StandardCharsets.UTF_8);

    @Test
    void forecastsReadFileDetectsFormatAndHashesTheCanonicalText(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("week.txt");
        Files.writeString(text, "Mo 06:00-14:00 2 Fahrer\nDi 06:00-10:00 + 15:00-19:00\n");
        ParseResult r = Forecasts.read(text);
        assertEquals(InputFormat.TEXT, r.format());
        Forecast week = r.requireSolvable();
        assertEquals("Di 06:00-10:00 + 15:00-19:00\nMo 06:00-14:00\nMo 06:00-14:00", Forecasts.canonicalText(week));
        assertEquals(64, Forecasts.inputHash(week).length());
        // line order and spacing do not change the hash; the content does
        Forecast reordered = Forecasts.parse("Di 06:00-10:00  +  15:00-19:00\nMo 06:00-14:00 2 Fahrer", InputFormat.AUTO)
                .requireSolvable();
        assertEquals(Forecasts.inputHash(week), Forecasts.inputHash(reordered));
        Forecast other = Forecasts.parse("Mo 06:00-14:00 3 Fahrer", InputFormat.TEXT).requireSolvable();
        assertNotEquals(Forecasts.inputHash(week), Forecasts.inputHash(other));
    }

    @Test
    void forecastsReadRefusesAMissingFileWithAnErrorCode(@TempDir Path dir) {
        SolvereignException e = assertThrows(SolvereignException.class, () -> Forecasts.read(dir.resolve("absent.txt")));
        assertEquals(ErrorCode.UNREADABLE_INPUT, e.code());
    }

    @Test
    void theBuiltInExampleWeekIsSolvable() {
        ParseResult r = Forecasts.example();
        assertTrue(r.solvable(), () -> "failures: " + r.failures());
        assertEquals(1274, r.requireSolvable().instances().size());
    }

    @Test
    void plansWriteReadRoundTripKeepsTheOutputHash(@TempDir Path dir) throws Exception {
        Plan plan = plan();
        assertEquals(plan.outputHash(), Plans.outputHash(plan));
        Path file = dir.resolve(Plans.FILE_NAME);
        Plans.write(plan, file);
        assertEquals(Plans.toJson(plan), Files.readString(file));
        Plan back = Plans.read(file);
        assertEquals(plan, back);
        assertEquals(plan, Plans.parse(Plans.toJson(plan), "memory"));
        SolvereignException e = assertThrows(SolvereignException.class, () -> Plans.parse("{}", "memory"));
        assertEquals(ErrorCode.MALFORMED_PLAN, e.code());
    }

    @Test
    void evidenceExportVerifiesAndTamperingOrAWrongKeyFails() {
        byte[] unsigned = Evidence.export(inputs());
        assertArrayEquals(unsigned, Evidence.export(inputs()), "same inputs, same bytes");
        VerificationResult plain = Evidence.verify(unsigned);
        assertTrue(plain.ok(), () -> "findings: " + plain.findings());
        assertEquals(Authenticity.NOT_CHECKED, plain.authenticity());

        byte[] signed = Evidence.export(inputs(), KEY);
        assertEquals(Authenticity.VERIFIED, Evidence.verify(signed, KEY).authenticity());
        assertFalse(Evidence.verify(signed, "other-key".getBytes(StandardCharsets.UTF_8)).ok());
        assertFalse(Evidence.verify(unsigned, KEY).ok(), "an unsigned pack fails when a key is given");
        assertEquals("P0001", Evidence.readManifest(signed).orElseThrow().ids().get("plan_id"));

        byte[] tampered = signed.clone();
        tampered[tampered.length / 2] ^= 0x01;
        assertFalse(Evidence.verify(tampered, KEY).ok());
        assertFalse(Evidence.verifier().requireSignature(true).build().verify(unsigned).ok());
    }

    private static EvidenceInputs inputs() {
        String canonical = "Mo 06:00-14:00";
        return EvidenceInputs.newBuilder()
                .planId("P0001").forecastVersionId("F0001")
                .inputHash(Forecasts.inputHash(Forecasts.parse(canonical, InputFormat.TEXT).requireSolvable()))
                .solverConfigHash(hex('b')).outputHash(hex('c'))
                .ruleSetJson(utf8("{\"min_rest_minutes\":660}"))
                .forecastInput(utf8("Mo 06:00-14:00\n"))
                .canonicalInput(canonical)
                .solverOutputJson(utf8("{\"assignments\":[]}"))
                .auditResultsJson(utf8("{\"audits\":[]}"))
                .kpisJson(utf8("{\"drivers\":1}"))
                .build();
    }

    private static Plan plan() {
        List<Assignment> assignments = List.of(
                new Assignment("D001", "Mo-0600-1400-01", Weekday.MO, "D001-Mo", BlockType.SINGLE, 360, 840, false));
        Kpis kpis = new Kpis(1, 0, 1, 1, 1, 0, 0, 0, 480, 0, 480, 1);
        TreeMap<String, Long> weights = new TreeMap<>();
        weights.put("Mo-0600-1400", 1L);
        LowerBoundCertificate bound = new LowerBoundCertificate(1, 1, 1, weights);
        Plan draft = new Plan(hex('a'), hex('b'), hex('0'), 7, 1000, "test-1", Forecast.DEFAULT_WEEK_ANCHOR,
                Forecast.DEFAULT_ZONE, RuleSet.defaults(), assignments, kpis, bound);
        return new Plan(hex('a'), hex('b'), Plans.outputHash(draft), 7, 1000, "test-1", Forecast.DEFAULT_WEEK_ANCHOR,
                Forecast.DEFAULT_ZONE, RuleSet.defaults(), assignments, kpis, bound);
    }

    private static String hex(char c) {
        return String.valueOf(c).repeat(64);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

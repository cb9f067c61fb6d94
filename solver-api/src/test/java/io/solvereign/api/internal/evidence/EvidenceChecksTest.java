package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.EvidenceInputs;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.EvidenceVerifier;
import io.solvereign.api.evidence.Finding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.evidence.VerificationResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.internal.io.ConfigHash;
import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.internal.io.OutputHash;
import io.solvereign.api.model.Assignment;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.LowerBoundCertificate;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceChecksTest {
    private static final String CANONICAL = "Mo 06:00-14:00";
    private static final EvidenceVerifier VERIFIER = EvidenceVerifier.newBuilder()
            .addCheck(EvidenceChecks.planHashes()).build();

    private static Plan plan(boolean honestOutputHash) {
        RuleSet rules = RuleSet.defaults();
        List<Assignment> a = List.of(new Assignment("D001", "Mo-0600-1400-01", Weekday.MO, "D001-Mo",
                BlockType.SINGLE, 360, 840, false));
        Kpis kpis = new Kpis(1, 0, 1, 1, 1, 0, 0, 0, 480, 480, 480, 1);
        String config = ConfigHash.of(rules, 7, 2_000_000L, "test-1");
        String output = honestOutputHash ? OutputHash.of(a, config, kpis) : Hashes.sha256Hex("forged");
        return new Plan(Hashes.sha256Hex(CANONICAL), config, output, 7, 2_000_000L, "test-1", LocalDate.of(2026, 1, 5),
                ZoneId.of("Europe/Vienna"), rules, a, kpis, LowerBoundCertificate.none());
    }

    private static byte[] pack(Plan plan) {
        return EvidencePack.write(EvidenceInputs.newBuilder().planId("P0001").forecastVersionId("F0001")
                .plan(plan).forecastInput(Packs.utf8("Mo 06:00-14:00\n")).canonicalInput(CANONICAL)
                .auditResultsJson(Packs.utf8("{}")).kpisJson(Packs.utf8("{}")).build());
    }

    @Test
    void aConsistentPlanPasses() {
        VerificationResult r = VERIFIER.verify(pack(plan(true)));
        assertTrue(r.ok(), r.findings().toString());
        EvidenceManifest m = EvidencePack.readManifest(pack(plan(true))).orElseThrow();
        assertEquals(plan(true).solverConfigHash(), m.solverConfigHash());
        assertTrue(m.ruleSetJson().contains("\"freeze_minutes\":720"), m.ruleSetJson());
    }

    @Test
    void aPlanWhoseContentDoesNotHashToItsOutputHashIsReported() {
        VerificationResult r = VERIFIER.verify(pack(plan(false)));
        assertEquals(List.of(FindingKind.OUTPUT_HASH_DRIFT), r.findings().stream().map(Finding::kind).toList());
        assertEquals(Set.of("solver_output.json"), r.filesNamed());
        assertTrue(EvidenceVerifier.create().verify(pack(plan(false))).ok(), "only the plan check can see this");
    }

    @Test
    void anUnreadablePlanIsReportedNotThrown() {
        VerificationResult r = VERIFIER.verify(EvidencePack.write(Packs.inputs()));
        assertEquals(List.of(FindingKind.PLAN_INCONSISTENT), r.findings().stream().map(Finding::kind).toList());
    }
}

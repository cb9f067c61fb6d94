package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.Authenticity;
import io.solvereign.api.evidence.EvidenceCheck;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.EvidenceVerifier;
import io.solvereign.api.evidence.Finding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.evidence.ManifestFile;
import io.solvereign.api.evidence.VerificationResult;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solvereign.api.internal.io.Hashes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceVerifierTest {
    private static final byte[] SIGNED = EvidencePack.write(Packs.inputs(), Packs.KEY);
    private static final byte[] UNSIGNED = EvidencePack.write(Packs.inputs());
    private static final EvidenceVerifier WITH_KEY = EvidenceVerifier.newBuilder().hmacKey(Packs.KEY).build();
    /** Integrity only: without a key, and accepting that a signed pack's signature goes unchecked. */
    private static final EvidenceVerifier NO_KEY = EvidenceVerifier.newBuilder().allowUnsigned(true).build();
    /** The default without a key: a pack that says it is signed fails, since nobody checked. */
    private static final EvidenceVerifier STRICT = EvidenceVerifier.create();

    @Test
    void aFreshPackVerifies() {
        VerificationResult signed = WITH_KEY.verify(SIGNED);
        assertTrue(signed.ok(), signed.findings().toString());
        assertEquals(List.of(), signed.notes());
        VerificationResult unsigned = NO_KEY.verify(UNSIGNED);
        assertTrue(unsigned.ok(), unsigned.findings().toString());
        VerificationResult unchecked = NO_KEY.verify(SIGNED);
        assertTrue(unchecked.ok(), unchecked.findings().toString());
        assertEquals(List.of("authenticity not checked: no key given, so the files are only shown to agree with each other;"
                + " anyone can build such a pack"), unchecked.notes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit_results.json", "canonical_input.txt", "checksums.txt", "forecast_input",
        "kpis.json", "manifest.json", "signature.hmac", "solver_output.json"})
    void oneByteChangedInAnyFileFailsNamingThatFile(String name) {
        for (EvidenceVerifier v : List.of(WITH_KEY, NO_KEY)) {
            VerificationResult r = v.verify(Packs.withByteChanged(SIGNED, name));
            assertFalse(r.ok(), name);
            assertTrue(r.filesNamed().contains(name), name + " not named in " + r.findings());
            if (EvidencePack.DATA_FILES.contains(name)) {
                assertEquals(Set.of(name), r.filesNamed(), r.findings().toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit_results.json", "canonical_input.txt", "checksums.txt", "forecast_input",
        "kpis.json", "manifest.json", "signature.hmac", "solver_output.json"})
    void oneByteFlippedInsideTheRawZipIsNamedByItsEntry(String name) {
        byte[] zip = SIGNED.clone();
        zip[Packs.dataOffset(zip, name) + 3] ^= 0x20;
        VerificationResult r = NO_KEY.verify(zip);
        assertFalse(r.ok());
        assertTrue(r.filesNamed().contains(name), name + " not named in " + r.findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit_results.json", "canonical_input.txt", "checksums.txt", "forecast_input",
        "kpis.json", "manifest.json", "signature.hmac", "solver_output.json"})
    void aRemovedFileIsNamed(String name) {
        SortedMap<String, byte[]> e = Packs.entries(SIGNED);
        e.remove(name);
        byte[] zip = Packs.repack(e);
        for (EvidenceVerifier v : List.of(WITH_KEY, NO_KEY)) {
            VerificationResult r = v.verify(zip);
            assertFalse(r.ok(), name);
            assertTrue(r.filesNamed().contains(name), name + " not named in " + r.findings());
        }
    }

    @Test
    void anAddedFileIsNamed() {
        SortedMap<String, byte[]> e = Packs.entries(SIGNED);
        e.put("notes.txt", Packs.utf8("remember the milk"));
        VerificationResult r = WITH_KEY.verify(Packs.repack(e));
        assertFalse(r.ok());
        assertTrue(r.findings().contains(new Finding(FindingKind.EXTRA_FILE, "notes.txt",
                "not part of the evidence pack layout")), r.findings().toString());
        assertTrue(r.findings().contains(new Finding(FindingKind.CHECKSUMS_MISMATCH, "checksums.txt",
                "has no line for notes.txt")), r.findings().toString());
    }

    @Test
    void theRightKeyPassesAndAWrongOrMissingSignatureFails() {
        assertTrue(WITH_KEY.verify(SIGNED).ok());
        VerificationResult wrong = EvidenceVerifier.newBuilder().hmacKey(Packs.utf8("another key")).build().verify(SIGNED);
        assertEquals(List.of(FindingKind.SIGNATURE_MISMATCH), kinds(wrong));
        assertEquals(Set.of("signature.hmac"), wrong.filesNamed());
        VerificationResult unsigned = WITH_KEY.verify(UNSIGNED);
        assertEquals(List.of(FindingKind.SIGNATURE_MISSING), kinds(unsigned));
    }

    @Test
    void theSignatureCatchesAForgeryThatRehashesManifestAndChecksums() {
        SortedMap<String, byte[]> e = Packs.entries(SIGNED);
        byte[] forged = Packs.utf8("{\"assignments\":[]}");
        e.put("solver_output.json", forged);
        Map<String, Object> tree = ManifestCodec.parseObject(e.get("manifest.json"));
        List<ManifestFile> files = new ArrayList<>();
        e.forEach((n, b) -> {
            if (EvidencePack.DATA_FILES.contains(n)) {
                files.add(new ManifestFile(n, b.length, Hashes.sha256Hex(b)));
            }
        });
        EvidenceManifest m = ManifestCodec.toRecord(tree);
        Map<String, Object> body = ManifestCodec.body(m.format(), m.ids(), m.hashes(),
                ManifestCodec.parseObject(Packs.utf8(m.ruleSetJson())), m.signature(), files);
        body.put("manifest_hash", ManifestCodec.hashOf(body));
        e.put("manifest.json", ManifestCodec.canonical(body));
        TreeMap<String, String> sums = new TreeMap<>();
        e.forEach((n, b) -> {
            if (!n.equals("checksums.txt")) {
                sums.put(n, Hashes.sha256Hex(b));
            }
        });
        e.put("checksums.txt", Packs.utf8(EvidencePack.checksumsText(sums)));
        byte[] zip = Packs.repack(e);
        VerificationResult integrityOnly = NO_KEY.verify(zip);
        assertTrue(integrityOnly.ok(), "without a key a consistent forgery cannot be told apart");
        assertEquals(Authenticity.NOT_CHECKED, integrityOnly.authenticity());
        assertTrue(integrityOnly.notes().stream().anyMatch(n -> n.startsWith("authenticity not checked")));
        assertEquals(List.of(FindingKind.SIGNATURE_UNCHECKED), kinds(STRICT.verify(zip)),
                "a pack marked signed whose signature nobody checked fails by default");
        VerificationResult r = WITH_KEY.verify(zip);
        assertEquals(List.of(FindingKind.SIGNATURE_MISMATCH), kinds(r));
        assertEquals(Authenticity.FAILED, r.authenticity());
    }

    @Test
    void authenticityIsVerifiedOnlyUnderTheKey() {
        assertEquals(Authenticity.VERIFIED, WITH_KEY.verify(SIGNED).authenticity());
        assertEquals(Authenticity.NOT_CHECKED, NO_KEY.verify(SIGNED).authenticity());
        assertTrue(STRICT.verify(UNSIGNED).ok(), "an unsigned pack passes integrity-only by default");
        assertEquals(Authenticity.NOT_CHECKED, STRICT.verify(UNSIGNED).authenticity());
    }

    @Test
    void requiredSignatureFailsAnUnsignedPackWithAndWithoutKey() {
        VerificationResult noKey = EvidenceVerifier.newBuilder().requireSignature(true).build().verify(UNSIGNED);
        assertEquals(List.of(FindingKind.SIGNATURE_MISSING), kinds(noKey));
        assertEquals(Authenticity.FAILED, noKey.authenticity());
        VerificationResult withKey = EvidenceVerifier.newBuilder().requireSignature(true).hmacKey(Packs.KEY).build()
                .verify(UNSIGNED);
        assertEquals(List.of(FindingKind.SIGNATURE_MISSING), kinds(withKey));
    }

    @Test
    void aZipBombIsRefusedWhileInflatingBeforeAnythingIsKept() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("solver_output.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        io.solvereign.api.io.ReadLimits small = io.solvereign.api.io.ReadLimits.defaults().withZip(1 << 20, 1 << 20, 4 << 20);
        io.solvereign.api.SolvereignException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.solvereign.api.SolvereignException.class,
                () -> EvidenceVerifier.newBuilder().limits(small).build().verify(bytes.toByteArray()));
        assertEquals(io.solvereign.api.ErrorCode.INPUT_TOO_LARGE, e.code());
        assertTrue(e.getMessage().contains("'solver_output.json' inflates to more than 1 MB"), e.getMessage());
    }

    @Test
    void corruptZipsAreFindingsNeverExceptions() {
        byte[] half = Arrays.copyOf(SIGNED, SIGNED.length / 2);
        for (byte[] bad : List.of(new byte[0], Packs.utf8("not a zip at all"), half, Arrays.copyOf(SIGNED, 40))) {
            VerificationResult r = WITH_KEY.verify(bad);
            assertFalse(r.ok());
            assertTrue(kinds(r).contains(FindingKind.CORRUPT_ZIP) || !r.filesNamed().isEmpty(), r.findings().toString());
        }
        assertEquals(List.of(FindingKind.CORRUPT_ZIP), kinds(NO_KEY.verify(Packs.utf8("not a zip at all"))));
    }

    @Test
    void everySingleByteFlipAnywhereInThePackIsDetected() {
        for (int i = 0; i < SIGNED.length; i++) {
            byte[] zip = SIGNED.clone();
            zip[i] ^= 0x01;
            assertFalse(NO_KEY.verify(zip).ok(), "flip at offset " + i + " of " + SIGNED.length + " went unnoticed");
        }
    }

    @Test
    void aRepackedButIntactPackIsReportedAsNotCanonical() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : Packs.entries(SIGNED).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        VerificationResult r = WITH_KEY.verify(out.toByteArray());
        assertEquals(List.of(FindingKind.ZIP_NOT_CANONICAL), kinds(r));
        assertEquals(Set.of(Finding.ZIP), r.filesNamed());
    }

    @Test
    void reorderedChecksumsAndPrettyPrintedManifestAreNamed() {
        SortedMap<String, byte[]> e = Packs.entries(UNSIGNED);
        List<String> lines = new ArrayList<>(new String(e.get("checksums.txt"), StandardCharsets.UTF_8).lines().toList());
        java.util.Collections.reverse(lines);
        e.put("checksums.txt", Packs.utf8(String.join("\n", lines) + "\n"));
        assertEquals(Set.of("checksums.txt"), NO_KEY.verify(Packs.repack(e)).filesNamed());

        SortedMap<String, byte[]> p = Packs.entries(UNSIGNED);
        String manifest = new String(p.get("manifest.json"), StandardCharsets.UTF_8);
        p.put("manifest.json", Packs.utf8(manifest.replace(",\"", ", \"")));
        VerificationResult r = NO_KEY.verify(Packs.repack(p));
        assertTrue(kinds(r).contains(FindingKind.MANIFEST_NOT_CANONICAL), r.findings().toString());
        assertEquals(Set.of("manifest.json"), r.filesNamed());
    }

    @Test
    void pluggableChecksSeeTheExtractedBytesAndReportByName() {
        AtomicReference<byte[]> seen = new AtomicReference<>();
        EvidenceCheck reSolve = EvidenceCheck.of("re-solve", c -> {
            seen.set(c.solverOutputJson().orElseThrow());
            return List.of(new Finding(FindingKind.OUTPUT_HASH_DRIFT, "solver_output.json",
                    "re-solve gave another output_hash than " + c.manifest().outputHash()));
        });
        EvidenceCheck broken = EvidenceCheck.of("re-audit", c -> {
            throw new IllegalStateException("auditor crashed");
        });
        VerificationResult r = EvidenceVerifier.newBuilder().addCheck(reSolve).addCheck(broken).build().verify(UNSIGNED);
        assertArrayEquals(Packs.inputs().solverOutputJson(), seen.get());
        assertEquals(List.of(FindingKind.OUTPUT_HASH_DRIFT, FindingKind.CHECK_ERROR), kinds(r));
        assertEquals(Set.of("solver_output.json", "re-audit"), r.filesNamed());
        VerificationResult quiet = EvidenceVerifier.newBuilder().addCheck(EvidenceCheck.of("ok", c -> List.of()))
                .build().verify(UNSIGNED);
        assertTrue(quiet.ok());
    }

    private static List<FindingKind> kinds(VerificationResult r) {
        return r.findings().stream().map(Finding::kind).toList();
    }
}

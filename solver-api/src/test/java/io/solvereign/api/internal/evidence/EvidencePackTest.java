package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.EvidenceInputs;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.ManifestFile;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.internal.io.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePackTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoExportsOfTheSameInputsAreByteIdentical() {
        assertArrayEquals(EvidencePack.write(Packs.inputs()), EvidencePack.write(Packs.inputs()));
        assertArrayEquals(EvidencePack.write(Packs.inputs(), Packs.KEY), EvidencePack.write(Packs.inputs(), Packs.KEY));
    }

    @Test
    void theBytesDoNotDependOnTheDefaultTimeZone() {
        byte[] here = EvidencePack.write(Packs.inputs());
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(here, EvidencePack.write(Packs.inputs()));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void entriesAreSortedStoredAndCarryTheFixedTime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pack.zip");
        Files.write(file, EvidencePack.write(Packs.inputs(), Packs.KEY));
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                names.add(e.getName());
                assertEquals(ZipEntry.STORED, e.getMethod(), e.getName());
                assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), "no extra field (extended timestamp) in " + e.getName());
            }
        }
        assertEquals(List.of("audit_results.json", "canonical_input.txt", "checksums.txt", "forecast_input",
                "kpis.json", "manifest.json", "signature.hmac", "solver_output.json"), names);
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        assertEquals(sorted, names);
    }

    @Test
    void manifestListsIdsHashesRuleSetAndEveryDataFileAndHashesItsOwnBody() throws IOException {
        EvidenceInputs in = Packs.inputs();
        SortedMap<String, byte[]> e = Packs.entries(EvidencePack.write(in));
        String text = new String(e.get("manifest.json"), StandardCharsets.UTF_8);
        JsonNode m = JSON.readTree(text);
        assertEquals("P0002", m.at("/ids/plan_id").asText());
        assertEquals("F0001", m.at("/ids/forecast_version_id").asText());
        assertEquals("P0001", m.at("/ids/baseline_plan_id").asText());
        assertEquals(in.inputHash(), m.at("/hashes/input_hash").asText());
        assertEquals(in.outputHash(), m.at("/hashes/output_hash").asText());
        assertEquals(in.solverConfigHash(), m.at("/hashes/solver_config_hash").asText());
        assertEquals(JSON.readTree(in.ruleSetJson()), m.get("rule_set"));
        assertEquals("none", m.get("signature").asText());
        assertEquals(5, m.get("files").size());
        for (JsonNode f : m.get("files")) {
            byte[] bytes = e.get(f.get("name").asText());
            assertEquals(bytes.length, f.get("size").asLong());
            assertEquals(Hashes.sha256Hex(bytes), f.get("sha256").asText());
        }
        assertArrayEquals(in.forecastInput(), e.get("forecast_input"));
        assertEquals(Packs.CANONICAL, new String(e.get("canonical_input.txt"), StandardCharsets.UTF_8));
        // No whitespace and sorted keys: manifest_hash sits between "ids" and "rule_set".
        assertFalse(text.contains("\n") || text.contains(": "));
        String hash = m.get("manifest_hash").asText();
        String body = text.replace(",\"manifest_hash\":\"" + hash + "\"", "");
        assertTrue(text.indexOf("\"ids\"") < text.indexOf("\"manifest_hash\"")
                && text.indexOf("\"manifest_hash\"") < text.indexOf("\"rule_set\""));
        assertEquals(Hashes.sha256Hex(body), hash);
    }

    @Test
    void checksumsTxtIsSortedSha256sumTextOverEveryOtherEntry() {
        SortedMap<String, byte[]> e = Packs.entries(EvidencePack.write(Packs.inputs(), Packs.KEY));
        StringBuilder expected = new StringBuilder();
        e.forEach((name, bytes) -> {
            if (!name.equals("checksums.txt")) {
                expected.append(Hashes.sha256Hex(bytes)).append("  ").append(name).append('\n');
            }
        });
        assertEquals(expected.toString(), new String(e.get("checksums.txt"), StandardCharsets.UTF_8));
        assertEquals(7, expected.toString().lines().count());
    }

    @Test
    void signatureIsTheHmacSha256OfTheManifestBytes() throws Exception {
        SortedMap<String, byte[]> e = Packs.entries(EvidencePack.write(Packs.inputs(), Packs.KEY));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Packs.KEY, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(e.get("manifest.json"))) + "\n";
        assertEquals(expected, new String(e.get("signature.hmac"), StandardCharsets.UTF_8));
        assertTrue(new String(e.get("manifest.json"), StandardCharsets.UTF_8).contains("\"signature\":\"hmac-sha256\""));
        assertThrows(IllegalArgumentException.class, () -> EvidencePack.write(Packs.inputs(), new byte[0]));
    }

    @Test
    void inputsAreValidatedWhenBuilt() {
        EvidenceInputs.Builder b = EvidenceInputs.newBuilder();
        assertThrows(IllegalArgumentException.class, () -> b.inputHash("ABC"));
        assertThrows(IllegalArgumentException.class, () -> b.ruleSetJson(Packs.utf8("[1,2]")));
        assertThrows(IllegalArgumentException.class, () -> b.planId(" "));
        assertThrows(IllegalStateException.class, b::build);
        EvidenceInputs in = Packs.inputs();
        EvidenceInputs.Builder wrongHash = EvidenceInputs.newBuilder().planId("P0001").forecastVersionId("F0001")
                .inputHash(Hashes.sha256Hex("something else")).solverConfigHash(in.solverConfigHash())
                .outputHash(in.outputHash()).ruleSetJson(in.ruleSetJson()).forecastInput(in.forecastInput())
                .canonicalInput(in.canonicalInput()).solverOutputJson(in.solverOutputJson())
                .auditResultsJson(in.auditResultsJson()).kpisJson(in.kpisJson());
        assertThrows(IllegalArgumentException.class, wrongHash::build);
    }

    @Test
    void readManifestReturnsTheParsedManifestOrEmpty() {
        EvidenceManifest m = EvidencePack.readManifest(EvidencePack.write(Packs.inputs())).orElseThrow();
        assertEquals("P0002", m.planId());
        assertEquals(EvidencePack.DATA_FILES, m.files().stream().map(ManifestFile::name).toList());
        assertTrue(EvidencePack.readManifest(new byte[] {1, 2, 3}).isEmpty());
    }
}

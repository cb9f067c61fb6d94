package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.EvidenceInputs;
import io.solvereign.api.internal.io.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

/** Sample pack inputs and zip surgery for the evidence tests. */
final class Packs {
    static final byte[] KEY = "test-secret-key".getBytes(StandardCharsets.UTF_8);
    static final String CANONICAL = "Di 06:00-10:00 + 15:00-19:00\nMo 06:00-14:00\nMo 06:00-14:00";

    private Packs() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static EvidenceInputs inputs() {
        return EvidenceInputs.newBuilder()
                .planId("P0002").forecastVersionId("F0001").baselinePlanId("P0001")
                .inputHash(Hashes.sha256Hex(CANONICAL))
                .solverConfigHash(Hashes.sha256Hex("config"))
                .outputHash(Hashes.sha256Hex("output"))
                .ruleSetJson(utf8("{\"min_rest_minutes\":660,\"freeze_minutes\":720,\"objective_order\":[\"PART_TIME\",\"SPLITS\",\"SINGLES\"]}"))
                .forecastInput(utf8("Mo 06:00-14:00 2 Fahrer\r\nDi 06:00-10:00 + 15:00-19:00\r\n"))
                .canonicalInput(CANONICAL)
                .solverOutputJson(utf8("{\"assignments\":[{\"driver_id\":\"D001\",\"tour_instance_id\":\"Mo-0600-1400-01\"}]}"))
                .auditResultsJson(utf8("{\"audits\":[{\"id\":\"COVERAGE\",\"status\":\"PASS\"}]}"))
                .kpisJson(utf8("{\"drivers\":2}"))
                .build();
    }

    static SortedMap<String, byte[]> entries(byte[] zip) {
        return new TreeMap<>(StoredZip.read(zip).entries());
    }

    static byte[] repack(SortedMap<String, byte[]> entries) {
        return StoredZip.write(entries);
    }

    /** The pack with one byte of one entry flipped, re-packed canonically. */
    static byte[] withByteChanged(byte[] zip, String name) {
        SortedMap<String, byte[]> e = entries(zip);
        byte[] b = e.get(name).clone();
        b[b.length / 2] ^= 0x01;
        e.put(name, b);
        return repack(e);
    }

    /** Offset of the first data byte of the named entry in the raw zip (entries are STORED). */
    static int dataOffset(byte[] zip, String name) {
        byte[] wanted = utf8(name);
        for (int i = 0; i + 30 < zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x03 && zip[i + 3] == 0x04) {
                int n = u16(zip, i + 26);
                int m = u16(zip, i + 28);
                if (n == wanted.length && java.util.Arrays.equals(zip, i + 30, i + 30 + n, wanted, 0, n)) {
                    return i + 30 + n + m;
                }
            }
        }
        throw new AssertionError("no local header for " + name);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }
}

package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.Finding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.evidence.ManifestFile;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks {@code manifest.json} itself (shape, format, {@code manifest_hash}, canonical bytes), every
 * listed file's size and SHA-256, the input hash against {@code canonical_input.txt}, and missing and
 * extra entries.
 */
final class ManifestStep {
    private static final Set<String> LAYOUT = layout();

    private final PackVerification v;

    ManifestStep(PackVerification v) {
        this.v = v;
    }

    void run() {
        checkManifest();
        EvidenceManifest m = v.manifest();
        if (m == null) {
            for (String name : EvidencePack.DATA_FILES) {
                if (!v.entries().containsKey(name)) {
                    v.add(new Finding(FindingKind.MISSING_FILE, name, "required data file is absent"));
                }
            }
        } else {
            checkFiles(m);
        }
        for (String name : v.entries().keySet()) {
            if (!LAYOUT.contains(name) && !v.blamed(name)) {
                v.add(new Finding(FindingKind.EXTRA_FILE, name, "not part of the evidence pack layout"));
            }
        }
    }

    private void checkManifest() {
        byte[] bytes = v.entries().get(EvidencePack.MANIFEST);
        if (bytes == null) {
            v.add(new Finding(FindingKind.MISSING_FILE, EvidencePack.MANIFEST, "the pack has no manifest"));
            return;
        }
        Map<String, Object> tree;
        EvidenceManifest m;
        try {
            tree = ManifestCodec.parseObject(bytes);
            m = ManifestCodec.toRecord(tree);
        } catch (IllegalArgumentException e) {
            v.add(new Finding(FindingKind.MALFORMED_MANIFEST, EvidencePack.MANIFEST, e.getMessage()));
            return;
        }
        boolean sound = true;
        if (!EvidencePack.FORMAT.equals(m.format())) {
            v.add(new Finding(FindingKind.MALFORMED_MANIFEST, EvidencePack.MANIFEST,
                    "format is '" + m.format() + "', expected '" + EvidencePack.FORMAT + "'"));
            sound = false;
        }
        String computed = ManifestCodec.hashOf(tree);
        if (!computed.equals(m.manifestHash())) {
            v.add(new Finding(FindingKind.MANIFEST_HASH_MISMATCH, EvidencePack.MANIFEST, "manifest_hash records "
                    + m.manifestHash() + ", the rest of the manifest hashes to " + computed));
            sound = false;
        }
        if (!Arrays.equals(ManifestCodec.canonical(tree), bytes)) {
            v.add(new Finding(FindingKind.MANIFEST_NOT_CANONICAL, EvidencePack.MANIFEST,
                    "bytes are not the canonical JSON of its content (whitespace or key order changed)"));
            sound = false;
        }
        v.manifest(m, sound);
    }

    private void checkFiles(EvidenceManifest m) {
        Set<String> listed = new TreeSet<>();
        for (ManifestFile f : m.files()) {
            if (!listed.add(f.name())) {
                v.add(new Finding(FindingKind.MALFORMED_MANIFEST, EvidencePack.MANIFEST, "lists " + f.name() + " twice"));
            }
        }
        for (String name : EvidencePack.DATA_FILES) {
            if (!listed.contains(name)) {
                v.add(new Finding(FindingKind.MISSING_FILE, name, "required data file is not listed in manifest.json"));
            }
        }
        for (ManifestFile f : m.files()) {
            byte[] bytes = v.entries().get(f.name());
            if (!EvidencePack.DATA_FILES.contains(f.name())) {
                v.add(new Finding(FindingKind.EXTRA_FILE, f.name(), "manifest.json lists a file outside the pack layout"));
            } else if (bytes == null) {
                v.add(new Finding(FindingKind.MISSING_FILE, f.name(), "listed in manifest.json with sha256 " + f.sha256()
                        + " but absent from the zip"));
            } else {
                String actual = PackVerification.sha(bytes);
                if (bytes.length != f.size() || !actual.equals(f.sha256())) {
                    v.add(new Finding(FindingKind.HASH_MISMATCH, f.name(), "manifest.json records sha256 " + f.sha256()
                            + " (" + f.size() + " bytes), the file has " + actual + " (" + bytes.length + " bytes)"));
                }
            }
        }
        byte[] canonical = v.entries().get(EvidencePack.CANONICAL_INPUT);
        if (canonical != null && !v.blamed(EvidencePack.CANONICAL_INPUT)
                && !PackVerification.sha(canonical).equals(m.inputHash())) {
            v.add(new Finding(FindingKind.HASH_MISMATCH, EvidencePack.CANONICAL_INPUT, "input_hash in manifest.json is "
                    + m.inputHash() + " but the canonical input hashes to " + PackVerification.sha(canonical)));
        }
    }

    private static Set<String> layout() {
        Set<String> s = new TreeSet<>(EvidencePack.DATA_FILES);
        s.add(EvidencePack.MANIFEST);
        s.add(EvidencePack.CHECKSUMS);
        s.add(EvidencePack.SIGNATURE);
        return Set.copyOf(s);
    }

    static Set<String> layoutNames() {
        return LAYOUT;
    }
}

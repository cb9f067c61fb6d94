package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.Authenticity;
import io.solvereign.api.evidence.EvidenceCheck;
import io.solvereign.api.evidence.EvidenceContents;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.EvidenceVerifier;
import io.solvereign.api.evidence.Finding;
import io.solvereign.api.evidence.FindingKind;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.internal.io.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * One verification run over one zip; each step adds findings naming the file that drifted. When
 * two records disagree, the one protected by a stronger witness (the manifest under its hash, the
 * signature under the key) decides which file is blamed.
 */
public final class PackVerification {
    private final byte[] zip;
    private final byte[] key;
    private final List<EvidenceCheck> checks;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Files already reported, so a consequence is not reported twice. */
    private final Set<String> blamed = new HashSet<>();
    private SortedMap<String, byte[]> entries;
    private EvidenceManifest manifest;
    private boolean manifestSound;
    private boolean signatureSound;

    private final EvidenceVerifier.Signatures policy;
    private final io.solvereign.api.io.ReadLimits limits;
    private Authenticity authenticity = Authenticity.NOT_CHECKED;

    public PackVerification(byte[] zip, byte[] key, List<EvidenceCheck> checks, EvidenceVerifier.Signatures policy,
                     io.solvereign.api.io.ReadLimits limits) {
        this.zip = zip;
        this.key = key;
        this.checks = checks;
        this.policy = policy;
        this.limits = limits;
    }

    public VerificationResult run() {
        StoredZip.Read read = StoredZip.read(zip, limits);
        entries = read.entries();
        read.problems().forEach(this::add);
        if (read.complete() && !Arrays.equals(StoredZip.write(entries), zip)) {
            add(new Finding(FindingKind.ZIP_NOT_CANONICAL, Finding.ZIP,
                    "zip bytes differ from the canonical layout of its entries (re-packed, or zip structure edited)"));
        }
        if (!entries.isEmpty()) {
            new ManifestStep(this).run();
            checkSignature();
            new ChecksumsStep(this).run();
            runChecks();
        }
        return VerificationResult.of(findings, notes, authenticity);
    }

    private void checkSignature() {
        byte[] sig = entries.get(EvidencePack.SIGNATURE);
        byte[] manifestBytes = entries.get(EvidencePack.MANIFEST);
        if (manifest != null && EvidencePack.SIGNATURE_HMAC.equals(manifest.signature()) && sig == null
                && key.length == 0) {
            add(new Finding(FindingKind.MISSING_FILE, EvidencePack.SIGNATURE, "manifest.json declares a signature"));
        }
        if (manifest != null && EvidencePack.SIGNATURE_NONE.equals(manifest.signature()) && sig != null) {
            add(new Finding(FindingKind.EXTRA_FILE, EvidencePack.SIGNATURE, "manifest.json declares no signature"));
        }
        boolean declaredSigned = sig != null
                || manifest != null && EvidencePack.SIGNATURE_HMAC.equals(manifest.signature());
        if (key.length == 0) {
            unkeyed(declaredSigned);
            return;
        }
        if (sig == null) {
            authenticity = Authenticity.FAILED;
            add(new Finding(FindingKind.SIGNATURE_MISSING, EvidencePack.SIGNATURE, "a key was given but the pack has no signature.hmac"));
        } else if (manifestBytes != null) {
            byte[] expected = (Hmac.sha256Hex(key, manifestBytes) + "\n").getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(expected, sig)) {
                signatureSound = true;
                authenticity = Authenticity.VERIFIED;
            } else {
                authenticity = Authenticity.FAILED;
                add(new Finding(FindingKind.SIGNATURE_MISMATCH, EvidencePack.SIGNATURE,
                        "HMAC-SHA256 of manifest.json under the given key does not match (wrong key, or manifest or signature changed)"));
            }
        }
    }

    /**
     * Without a key nothing proves who made the pack: a signed pack fails unless unsigned packs are
     * allowed (its signature may be forged), an unsigned one fails when a signature is required.
     */
    private void unkeyed(boolean declaredSigned) {
        if (declaredSigned && !policy.allowUnchecked()) {
            add(new Finding(FindingKind.SIGNATURE_UNCHECKED, EvidencePack.SIGNATURE, "the pack says it is signed, "
                    + "but no key was given to check the signature; give the key, or allow unsigned packs"));
        } else if (!declaredSigned && policy.required()) {
            authenticity = Authenticity.FAILED;
            add(new Finding(FindingKind.SIGNATURE_MISSING, EvidencePack.SIGNATURE,
                    "a signature is required but the pack is unsigned"));
        }
        notes.add("authenticity not checked: no key given, so the files are only shown to agree with each other;"
                + " anyone can build such a pack");
    }

    private void runChecks() {
        if (manifest == null) {
            notes.add("pluggable checks skipped: manifest.json unreadable");
            return;
        }
        EvidenceContents contents = new EvidenceContents(manifest, entries);
        for (EvidenceCheck c : checks) {
            try {
                c.check(contents).forEach(this::add);
            } catch (RuntimeException e) {
                add(new Finding(FindingKind.CHECK_ERROR, c.name(), "check threw " + e));
            }
        }
    }

    void add(Finding f) {
        findings.add(f);
        blamed.add(f.file());
    }

    boolean blamed(String file) {
        return blamed.contains(file);
    }

    SortedMap<String, byte[]> entries() {
        return entries;
    }

    EvidenceManifest manifest() {
        return manifest;
    }

    void manifest(EvidenceManifest parsed, boolean sound) {
        manifest = parsed;
        manifestSound = sound;
    }

    boolean manifestSound() {
        return manifestSound;
    }

    boolean signatureSound() {
        return signatureSound;
    }

    boolean keyGiven() {
        return key.length > 0;
    }

    static String sha(byte[] bytes) {
        return Hashes.sha256Hex(bytes);
    }
}

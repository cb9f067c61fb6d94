package io.solvereign.api.internal.evidence;

import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.Finding;
import io.solvereign.api.evidence.FindingKind;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code checksums.txt}: well-formed sorted sha256sum text with one line for every other
 * entry and each line's hash equal to the entry's. When a line and a file disagree, the file is
 * blamed unless a stronger witness (the sound manifest, a valid signature) vouches for it.
 */
final class ChecksumsStep {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");
    private static final String NAME = EvidencePack.CHECKSUMS;

    private final PackVerification v;

    ChecksumsStep(PackVerification v) {
        this.v = v;
    }

    void run() {
        byte[] bytes = v.entries().get(NAME);
        if (bytes == null) {
            v.add(new Finding(FindingKind.MISSING_FILE, NAME, "the pack has no checksums.txt"));
            return;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        TreeMap<String, String> listed = new TreeMap<>();
        boolean wellFormed = true;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            Matcher m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                mismatch("line " + (i + 1) + " is not '<sha256>  <name>': '" + lines[i] + "'");
                wellFormed = false;
            } else if (listed.put(m.group(2), m.group(1)) != null) {
                mismatch("lists " + m.group(2) + " twice");
                wellFormed = false;
            }
        }
        if (wellFormed && !EvidencePack.checksumsText(listed).equals(text)) {
            mismatch("is not sorted sha256sum text ending in a newline");
        }
        listed.forEach(this::checkLine);
        for (String name : v.entries().keySet()) {
            if (!name.equals(NAME) && !listed.containsKey(name)) {
                mismatch("has no line for " + name);
            }
        }
    }

    private void checkLine(String name, String recorded) {
        byte[] bytes = v.entries().get(name);
        if (name.equals(NAME)) {
            mismatch("lists itself");
        } else if (bytes == null && !ManifestStep.layoutNames().contains(name)) {
            mismatch("lists " + name + ", which is neither in the zip nor in the pack layout");
        } else if (bytes == null) {
            if (!v.blamed(name)) {
                v.add(new Finding(FindingKind.MISSING_FILE, name, "listed in checksums.txt but absent from the zip"));
            }
        } else {
            String actual = PackVerification.sha(bytes);
            if (!actual.equals(recorded) && !v.blamed(name)) {
                blame(name, recorded, actual);
            }
        }
    }

    private void blame(String name, String recorded, String actual) {
        String msg = "checksums.txt records sha256 " + recorded + " for " + name + ", the file has " + actual;
        EvidenceManifest m = v.manifest();
        boolean vouched = switch (name) {
            case EvidencePack.MANIFEST -> v.manifestSound();
            case EvidencePack.SIGNATURE -> v.signatureSound();
            default -> m != null && v.manifestSound()
                    && m.file(name).map(f -> f.sha256().equals(actual)).orElse(false);
        };
        if (vouched) {
            mismatch(msg);
        } else if (name.equals(EvidencePack.SIGNATURE) && !v.keyGiven()) {
            v.add(new Finding(FindingKind.HASH_MISMATCH, name, msg
                    + "; without the key it cannot be told whether signature.hmac or checksums.txt changed"));
        } else {
            v.add(new Finding(FindingKind.HASH_MISMATCH, name, msg));
        }
    }

    private void mismatch(String message) {
        v.add(new Finding(FindingKind.CHECKSUMS_MISMATCH, NAME, message));
    }
}

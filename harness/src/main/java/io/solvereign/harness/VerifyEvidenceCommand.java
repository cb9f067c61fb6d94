package io.solvereign.harness;

import io.solvereign.api.evidence.Authenticity;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.EvidenceVerifier;
import io.solvereign.api.internal.io.BoundedFiles;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.internal.evidence.EvidencePack;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.store.TrailAction;
import io.solvereign.harness.runbook.EvidenceAudit;
import io.solvereign.harness.runbook.HmacKeys;
import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.store.StoreTarget;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify-evidence --file ZIP}: re-reads every file of a pack, checks every hash, the
 * manifest_hash, checksums and signature, reports missing and extra files, re-runs the audits, and
 * with {@code --resolve} re-solves. A workspace is consulted only when given ({@code --workspace},
 * {@code --db}) or when the pack names the default workspace's id; the pack is compared with the plan
 * of the same identity (workspace id and plan uid, never the short id alone), and the verification is
 * then recorded in that plan's trail. Prints one line per finding, each
 * naming its file. Exit 0 when clean, 1 on any finding, 2 when the zip cannot be read.
 */
@Command(name = "verify-evidence", mixinStandardHelpOptions = true,
        description = {"Verify an evidence pack: integrity of every file and hash, re-run audits, and its signature.",
            "",
            "Integrity: every file, hash, the manifest_hash, checksums, missing and extra files, the re-run audits "
                + "and with --resolve a re-solve; authenticity: the HMAC signature, checked only with a key.",
            "The audits re-run under --rules FILE (default: the built-in site rules): give the file the pack's "
                + "audit ran under.",
            "Exit 0 when clean, 1 on any finding (each names its file), 2 when the zip cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign verify-evidence -i evidence/evidence-P0001.zip -w ws",
            "  solvereign verify-evidence -i evidence-P0001.zip --resolve --json",
            "  solvereign verify-evidence -i evidence-P0001.zip --rules site-rules.json"})
final class VerifyEvidenceCommand implements Callable<Integer> {
    /** Exit code when the pack has at least one finding. */
    static final int FINDINGS = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = {"-i", "--input"}, paramLabel = "ZIP", description = "The evidence pack (a zip).")
    Path file;

    /** The old name of {@code --input}, still accepted so existing scripts keep working. */
    @Option(names = "--file", hidden = true, paramLabel = "ZIP")
    Path fileAlias;

    @Mixin
    OutputOptions output;

    /** The site rules the pack's audit ran under; the re-run audits use them too. */
    @Mixin
    RulesOptions rules;

    @Option(names = "--resolve", description = "Also re-solve with the engine and compare output_hash.")
    boolean resolve;

    @Option(names = "--hmac-key-file", paramLabel = "FILE",
            description = "Key to check the signature with (default: env " + HmacKeys.ENV + "; none: not checked).")
    Path keyFile;

    @Option(names = "--require-signature", description = "Fail an unsigned pack, with or without a key.")
    boolean requireSignature;

    @Option(names = "--allow-unsigned",
            description = "Pass a pack that says it is signed when no key is given to check it (authenticity not checked).")
    boolean allowUnsigned;


    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who verifies, for the trail (default: the OS user).")
    String by;

    @Override
    public Integer call() {
        if (file == null) {
            file = fileAlias;
        }
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no evidence pack given: add --input ZIP (-i ZIP)");
        }
        ReadLimits limits = ReadLimits.fromProperties(System::getProperty);
        RuleSet policy = rules.ruleSet();
        byte[] zip = BoundedFiles.readBytes(file, limits.zipBytes(), "evidence pack", "zipBytes");
        byte[] key = HmacKeys.resolve(keyFile, System::getenv);
        Optional<EvidenceManifest> manifest = EvidencePack.readManifest(zip);
        Runbook runbook = workspaceFor(manifest);
        EvidenceAudit.Verified verified;
        try (Progress progress = output.progress(spec.commandLine().getErr(), "verify-evidence", 1)) {
            progress.step(resolve ? "files, hashes, re-audit and re-solve" : "files, hashes and re-audit");
            verified = EvidenceAudit.verify(zip, key, resolve, runbook, policy, EvidenceVerifier.newBuilder()
                    .requireSignature(requireSignature).allowUnsigned(allowUnsigned).limits(limits));
        }
        VerificationResult result = verified.result();
        PrintWriter out = spec.commandLine().getOut();
        String planId = manifest.map(EvidenceManifest::planId).orElse("");
        String integrity = "files, hashes, manifest, checksums, re-audit" + (verified.resolved() ? ", re-solve" : "");
        String authenticity = authenticity(result.authenticity(), key.length > 0);
        boolean matched = runbook != null && manifest.flatMap(m -> EvidenceAudit.storedPlan(runbook, m)).isPresent();
        if (output.json()) {
            out.println(VerificationJson.toJson(file.toString(), planId, result, integrity, authenticity));
        } else {
            result.findings().forEach(f -> out.println(f));
            result.notes().forEach(n -> out.println("note: " + n));
            if (runbook != null && !matched) {
                out.println("note: " + runbook.store().target().describe() + " (workspace "
                        + runbook.store().workspaceId() + ") does not hold this pack's plan by identity (pack names "
                        + "workspace " + manifest.map(EvidenceManifest::workspaceId).filter(w -> !w.isEmpty()).orElse("none")
                        + "); not compared");
            }
            out.printf("integrity: %s (%s)%n", result.integrityOk() ? "PASS" : "FAIL", integrity);
            out.printf("authenticity: %s%n", authenticity);
            if (result.ok()) {
                out.printf("verify-evidence: OK %s (plan %s)%n", file, planId);
            } else {
                out.printf("verify-evidence: FAIL %s: %d finding(s) in %s%n", file, result.findings().size(),
                        String.join(", ", result.filesNamed()));
            }
        }
        out.flush();
        if (matched) {
            runbook.lifecycle().recordEvent(Actors.of(by), TrailAction.EVIDENCE_VERIFIED, planId,
                    "evidence verified", Map.of("file", file.getFileName().toString(), "ok", Boolean.toString(result.ok()),
                            "findings", Integer.toString(result.findings().size()), "files",
                            String.join(",", result.filesNamed())));
        }
        return result.ok() ? ExitCodes.OK : FINDINGS;
    }

    /** What the signature check proved, in words a dispatcher can repeat to an inspector. */
    static String authenticity(Authenticity a, boolean keyGiven) {
        return switch (a) {
            case VERIFIED -> "verified (HMAC-SHA256 signature of manifest.json matches the given key)";
            case FAILED -> keyGiven ? "FAILED (the signature is missing or does not match the given key)"
                    : "FAILED (a signature is required but the pack is unsigned)";
            case NOT_CHECKED -> "not checked (no key given: the files agree with each other, but anyone can build such "
                    + "a pack)";
        };
    }

    /**
     * The workspace to compare with: the one given by {@code --workspace} or {@code --db} (or
     * {@code SOLVEREIGN_DB_URL}); without those, the default folder only when the pack names that same
     * workspace. Never an unrelated workspace that happens to sit in the current folder.
     */
    private Runbook workspaceFor(Optional<EvidenceManifest> manifest) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        boolean explicit = parsed.hasMatchedOption("--workspace") || parsed.hasMatchedOption("--db")
                || System.getenv(StoreTarget.DB_URL_ENV) != null;
        StoreTarget target = workspace.target();
        boolean exists = target.folder() == null || Files.isRegularFile(target.folder().resolve(StoreTarget.DB_FILE));
        if (explicit) {
            return exists ? workspace.open() : null;
        }
        String named = manifest.map(EvidenceManifest::workspaceId).orElse("");
        if (named.isEmpty() || !exists) {
            return null;
        }
        Runbook candidate = workspace.open();
        return candidate.store().workspaceId().equals(named) ? candidate : null;
    }
}

package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.evidence.EvidenceManifest;
import io.solvereign.api.evidence.EvidencePack;
import io.solvereign.api.evidence.VerificationResult;
import io.solvereign.api.store.TrailAction;
import io.solvereign.harness.runbook.EvidenceAudit;
import io.solvereign.harness.runbook.HmacKeys;
import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.store.StoreTarget;
import java.io.IOException;
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
        description = {"Verify an evidence pack: every file, hash, manifest_hash, checksums, signature, missing and",
            "extra files, re-run audits, optional re-solve. Exit 0 clean, 1 any finding (each names its file)."})
final class VerifyEvidenceCommand implements Callable<Integer> {
    /** Exit code when the pack has at least one finding. */
    static final int FINDINGS = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--file", required = true, paramLabel = "ZIP", description = "The evidence pack.")
    Path file;

    @Option(names = "--resolve", description = "Also re-solve with the engine and compare output_hash.")
    boolean resolve;

    @Option(names = "--hmac-key-file", paramLabel = "FILE",
            description = "Key to check the signature with (default: env " + HmacKeys.ENV + "; none: not checked).")
    Path keyFile;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who verifies, for the trail (default: the OS user).")
    String by;

    @Override
    public Integer call() {
        byte[] zip;
        try {
            zip = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "cannot read --file " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
        byte[] key = HmacKeys.resolve(keyFile, System::getenv);
        Optional<EvidenceManifest> manifest = EvidencePack.readManifest(zip);
        String planId = manifest.map(EvidenceManifest::planId).orElse("");
        Runbook runbook = workspaceFor(manifest);
        EvidenceAudit.Verified verified = EvidenceAudit.verify(zip, key, resolve, runbook);
        VerificationResult result = verified.result();
        PrintWriter out = spec.commandLine().getOut();
        result.findings().forEach(f -> out.println(f));
        result.notes().forEach(n -> out.println("note: " + n));
        boolean matched = runbook != null && manifest.flatMap(m -> EvidenceAudit.storedPlan(runbook, m)).isPresent();
        if (runbook != null && !matched) {
            out.println("note: " + runbook.store().target().describe() + " (workspace " + runbook.store().workspaceId()
                    + ") does not hold this pack's plan by identity (pack names workspace "
                    + manifest.map(EvidenceManifest::workspaceId).filter(w -> !w.isEmpty()).orElse("none")
                    + "); not compared");
        }
        if (result.ok()) {
            out.printf("verify-evidence: OK %s (plan %s; files, hashes, manifest, checksums%s, re-audit%s)%n", file,
                    planId, key.length > 0 ? ", signature" : "", verified.resolved() ? ", re-solve" : "");
        } else {
            out.printf("verify-evidence: FAIL %s: %d finding(s) in %s%n", file, result.findings().size(),
                    String.join(", ", result.filesNamed()));
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

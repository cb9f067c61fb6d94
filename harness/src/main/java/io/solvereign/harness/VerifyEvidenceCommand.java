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
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify-evidence --file ZIP}: re-reads every file of a pack, checks every hash, the
 * manifest_hash, checksums and signature, reports missing and extra files, re-runs the audits, and
 * with {@code --resolve} re-solves. When the workspace exists and holds the pack's plan, the pack is
 * compared with it and the verification is recorded in the trail. Prints one line per finding, each
 * naming its file. Exit 0 when clean, 1 on any finding, 2 when the zip cannot be read.
 */
@Command(name = "verify-evidence", mixinStandardHelpOptions = true,
        description = {"Verify an evidence pack: files, hashes, signature, re-run audits and optionally re-solve.",
            "",
            "Checks every file, hash, the manifest_hash, checksums and signature, reports missing and extra files "
                + "and re-runs the audits; each finding names its file.",
            "Exit 0 when clean, 1 on any finding, 2 when the zip cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign verify-evidence -i evidence/evidence-P0001.zip -w ws",
            "  solvereign verify-evidence -i evidence-P0001.zip --resolve --json"})
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
        if (file == null) {
            file = fileAlias;
        }
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no evidence pack given: add --input ZIP (-i ZIP)");
        }
        byte[] zip;
        try {
            zip = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "cannot read --input " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
        byte[] key = HmacKeys.resolve(keyFile, System::getenv);
        Runbook runbook = existing(workspace.workspace()) ? workspace.open() : null;
        EvidenceAudit.Verified verified;
        try (Progress progress = output.progress(spec.commandLine().getErr(), "verify-evidence", 1)) {
            progress.step(resolve ? "files, hashes, re-audit and re-solve" : "files, hashes and re-audit");
            verified = EvidenceAudit.verify(zip, key, resolve, runbook);
        }
        VerificationResult result = verified.result();
        PrintWriter out = spec.commandLine().getOut();
        Optional<EvidenceManifest> manifest = EvidencePack.readManifest(zip);
        String planId = manifest.map(EvidenceManifest::planId).orElse("");
        if (output.json()) {
            ObjectNode n = new ObjectMapper().createObjectNode();
            n.put("ok", result.ok());
            n.put("file", file.toString());
            n.put("plan_id", planId);
            n.put("signature_checked", key.length > 0);
            n.put("resolved", verified.resolved());
            ArrayNode findings = n.putArray("findings");
            result.findings().forEach(f -> findings.addObject().put("kind", f.kind().name()).put("file", f.file())
                    .put("message", f.message()));
            ArrayNode notes = n.putArray("notes");
            result.notes().forEach(notes::add);
            out.println(n.toPrettyString());
        } else {
            result.findings().forEach(f -> out.println(f));
            result.notes().forEach(n -> out.println("note: " + n));
        }
        if (!output.json() && result.ok()) {
            out.printf("verify-evidence: OK %s (plan %s; files, hashes, manifest, checksums%s, re-audit%s)%n", file,
                    planId, key.length > 0 ? ", signature" : "", verified.resolved() ? ", re-solve" : "");
        } else if (!output.json()) {
            out.printf("verify-evidence: FAIL %s: %d finding(s) in %s%n", file, result.findings().size(),
                    String.join(", ", result.filesNamed()));
        }
        out.flush();
        if (runbook != null && !planId.isEmpty() && runbook.store().findPlan(planId).isPresent()) {
            runbook.lifecycle().recordEvent(Actors.of(by), TrailAction.EVIDENCE_VERIFIED, planId,
                    "evidence verified", Map.of("file", file.getFileName().toString(), "ok", Boolean.toString(result.ok()),
                            "findings", Integer.toString(result.findings().size()), "files",
                            String.join(",", result.filesNamed())));
        }
        return result.ok() ? ExitCodes.OK : FINDINGS;
    }

    private static boolean existing(Path ws) {
        return Files.isRegularFile(ws.resolve("SHA256SUMS"));
    }
}

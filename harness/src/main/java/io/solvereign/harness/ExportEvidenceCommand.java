package io.solvereign.harness;

import io.solvereign.api.internal.io.Hashes;
import io.solvereign.api.store.TrailAction;
import io.solvereign.harness.export.AtomicFiles;
import io.solvereign.harness.runbook.EvidenceExport;
import io.solvereign.harness.runbook.HmacKeys;
import io.solvereign.harness.runbook.Runbook;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-evidence --plan ID --out DIR}: writes {@code DIR/evidence-<ID>.zip} (DOMAIN §14), signed
 * with HMAC-SHA256 when {@code --hmac-key-file} or {@code SOLVEREIGN_HMAC_SECRET} gives a key. The same
 * plan always gives the same bytes. The export is recorded in the trail.
 */
@Command(name = "export-evidence", mixinStandardHelpOptions = true,
        description = {"Write the evidence pack of an audited plan as OUT/evidence-<ID>.zip (reproducible bytes).",
            "",
            "The pack is signed with HMAC-SHA256 when --hmac-key-file or env " + HmacKeys.ENV + " gives a key."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign export-evidence --plan P0001 -o evidence -w ws"})
final class ExportEvidenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--plan", required = true, paramLabel = "ID", description = "Plan version id, e.g. P0001.")
    String planId;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the zip (created if needed).")
    Path out;

    @Option(names = "--hmac-key-file", paramLabel = "FILE",
            description = "Key for the HMAC signature (default: env " + HmacKeys.ENV + "; none: unsigned).")
    Path keyFile;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who exports, for the trail (default: the OS user).")
    String by;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        OutFolder.prepare("--out", out);
        Runbook runbook = workspace.open();
        byte[] key = HmacKeys.resolve(keyFile, System::getenv);
        Path file = out.resolve(EvidenceExport.fileName(planId));
        byte[] zip = export(runbook, planId, key, Actors.of(by), zipBytes -> write(file, zipBytes));
        String sha = Hashes.sha256Hex(zip);
        if (output.json()) {
            spec.commandLine().getOut().println(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("plan_id", planId).put("file", file.toString()).put("bytes", zip.length).put("sha256", sha)
                    .put("signed", key.length > 0).toPrettyString());
        } else {
            spec.commandLine().getOut().printf("evidence: %s (%d bytes, sha256 %s, %s)%n", file, zip.length, sha,
                    key.length > 0 ? "signed hmac-sha256" : "unsigned");
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * The export verb shared with the cockpit: builds the pack, hands it to {@code sink} (a file, an
     * HTTP response) and records {@code EVIDENCE_EXPORTED} with who, the file name, sha256 and signing.
     */
    static byte[] export(Runbook runbook, String planId, byte[] key, String actor,
                         java.util.function.Consumer<byte[]> sink) {
        byte[] zip = EvidenceExport.write(runbook, planId, key);
        sink.accept(zip);
        runbook.lifecycle().recordEvent(actor, TrailAction.EVIDENCE_EXPORTED, planId, "evidence exported",
                Map.of("file", EvidenceExport.fileName(planId), "sha256", Hashes.sha256Hex(zip), "signed",
                        Boolean.toString(key.length > 0)));
        return zip;
    }

    /** Temp file then atomic move, so a reader never sees half a pack; leftovers of killed runs are removed. */
    static void write(Path file, byte[] bytes) {
        AtomicFiles.write(file, bytes);
    }
}

package io.solvereign.harness;

import io.solvereign.harness.runbook.Runbook;
import io.solvereign.harness.store.LegacyWorkspace;
import io.solvereign.harness.store.WorkspaceMigration;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code migrate-workspace --from OLD_DIR}: imports a workspace of the retired file store (JSON files
 * and {@code SHA256SUMS}) into the database store given by {@code --workspace} or {@code --db}, after
 * checking every old file against its checksum. Ids, times, statuses and the trail are kept; the old
 * folder is left untouched.
 */
@Command(name = "migrate-workspace", mixinStandardHelpOptions = true,
        description = {"Import a workspace of the old file layout (SHA256SUMS) into a new database workspace.",
            "Every old file is checked first; ids, times, statuses and the trail are kept; OLD_DIR is not changed."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign migrate-workspace --from old-ws -w new-ws",
            "  solvereign migrate-workspace --from old-ws --db jdbc:postgresql://db/plans"})
final class MigrateWorkspaceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--from", required = true, paramLabel = "OLD_DIR", description = "The old workspace folder.")
    Path from;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who migrates, for the trail (default: the OS user).")
    String by;

    @Override
    public Integer call() {
        LegacyWorkspace old = LegacyWorkspace.open(from);
        Runbook runbook = workspace.open();
        WorkspaceMigration.Result r = WorkspaceMigration.run(old, runbook.store(), Actors.of(by), runbook.clock().instant());
        spec.commandLine().getOut().printf("migrated %s -> %s (workspace %s): %d forecast(s), %d plan(s), "
                        + "%d trail entr%s, %d approval(s), %d KPI baseline(s)%n", old.root(),
                runbook.store().target().describe(), runbook.store().workspaceId(), r.forecasts(), r.plans(),
                r.trailEntries(), r.trailEntries() == 1 ? "y" : "ies", r.approvals(), r.kpiBaselines());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

package io.solvereign.harness;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code solvereign import}: parses a forecast and reports its status, tours per day, every issue
 * and the input_hash; a PASS or WARN forecast is stored as a forecast version in the workspace
 * (original bytes and canonical text; importing the same bytes again gives the same version).
 * Exit 0 for PASS/WARN, 2 for FAIL (nothing stored).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Check a forecast: status, tours per day, issues (code, line, column) and input_hash;",
            "store a PASS/WARN forecast as a forecast version in the workspace."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    WorkspaceOptions workspace;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who imports, for the audit trail (default: the OS user).")
    String by;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        InputOptions.Input input = inputOptions.load();
        String versionId = null;
        if (input.result().solvable()) {
            versionId = workspace.open().importForecast(Actors.of(by), InputOptions.originalBytes(input),
                    input.result()).id();
        }
        ImportReport report = new ImportReport(input, versionId, workspace.workspace());
        spec.commandLine().getOut().print(json ? report.json() : report.text());
        spec.commandLine().getOut().flush();
        return input.result().solvable() ? ExitCodes.OK : ExitCodes.FAIL;
    }
}

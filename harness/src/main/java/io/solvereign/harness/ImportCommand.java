package io.solvereign.harness;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code solvereign import}: parses a forecast and reports its status, tours per day, every issue
 * and the input_hash; a PASS or WARN forecast is stored as a forecast version in the workspace
 * (original bytes and canonical text; importing the same bytes again gives the same version).
 * Exit 0 for PASS/WARN, 2 for FAIL (nothing stored).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Check a forecast and store it as a forecast version in the workspace when it is PASS or WARN.",
            "",
            "Prints the status, tours per day, every issue with code, line and column, and the input_hash.",
            "Exit 0 for PASS or WARN, 2 for FAIL (nothing is stored)."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign import -i week.csv -w ws", "  solvereign import -i week.csv --format daycsv --json"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    SiteOption site;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}",
            description = "Who imports, for the audit trail (default: the OS user).")
    String by;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        InputOptions.Input input = inputOptions.load();
        String versionId = null;
        if (input.result().solvable()) {
            versionId = workspace.open().importForecast(Actors.of(by), InputOptions.originalBytes(input),
                    input.result(), site.meta()).id();
        }
        ImportReport report = new ImportReport(input, versionId, workspace.workspace(), inputOptions.isExample());
        spec.commandLine().getOut().print(output.json() ? report.json() : report.text());
        spec.commandLine().getOut().flush();
        if (!input.result().solvable()) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": nothing stored: "
                    + ForecastFailures.oneLine(input.name(), input.result().failures(), input.text()));
            spec.commandLine().getErr().flush();
        }
        return input.result().solvable() ? ExitCodes.OK : ExitCodes.FAIL;
    }
}

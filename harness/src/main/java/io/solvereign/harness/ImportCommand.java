package io.solvereign.harness;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code solvereign import}: parses a forecast and reports its status, tours per day, every issue
 * and the input_hash. Exit 0 for PASS/WARN, 2 for FAIL.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Check a forecast: status, tours per day, issues (code, line, column) and input_hash.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        InputOptions.Input input = inputOptions.load();
        ImportReport report = new ImportReport(input);
        spec.commandLine().getOut().print(json ? report.json() : report.text());
        spec.commandLine().getOut().flush();
        return input.result().solvable() ? ExitCodes.OK : ExitCodes.FAIL;
    }
}

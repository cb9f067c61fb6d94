package io.solvereign.harness;

import io.solvereign.api.internal.io.CanonicalForm;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code solvereign hash}: prints the input_hash alone on stdout. A forecast with FAIL lines has no
 * input_hash: its failures go to stderr and the exit code is 2.
 */
@Command(name = "hash", mixinStandardHelpOptions = true,
        description = "Print the input_hash of a forecast (SHA-256 of its canonical lines).",
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign hash -i week.csv", "  solvereign hash --example --json"})
public final class HashCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        InputOptions.Input input = inputOptions.load();
        if (!input.result().solvable()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": no input_hash: "
                    + ForecastFailures.oneLine(input.name(), input.result().failures(), input.text()));
            err.flush();
            return ExitCodes.FAIL;
        }
        String hash = CanonicalForm.inputHash(input.result().forecast());
        if (output.json()) {
            com.fasterxml.jackson.databind.node.ObjectNode n = new com.fasterxml.jackson.databind.ObjectMapper()
                    .createObjectNode();
            if (inputOptions.isExample()) {
                n.put("example", InputOptions.exampleNotice());
            }
            spec.commandLine().getOut().println(n.put("input", input.name()).put("input_hash", hash).toPrettyString());
        } else {
            if (inputOptions.isExample()) {
                spec.commandLine().getErr().println(InputOptions.exampleNotice());
                spec.commandLine().getErr().flush();
            }
            spec.commandLine().getOut().println(hash);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

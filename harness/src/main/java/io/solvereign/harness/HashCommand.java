package io.solvereign.harness;

import io.solvereign.api.io.CanonicalForm;
import io.solvereign.api.io.ParseIssue;
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
        description = "Print the input_hash of a forecast (SHA-256 of its canonical lines).")
public final class HashCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputOptions;

    @Override
    public Integer call() {
        InputOptions.Input input = inputOptions.load();
        if (!input.result().solvable()) {
            PrintWriter err = spec.commandLine().getErr();
            for (ParseIssue i : input.result().failures()) {
                err.println(input.name() + ": " + i.describe());
            }
            err.println(spec.qualifiedName() + ": no input_hash: " + input.name() + " has FAIL lines");
            err.flush();
            return ExitCodes.FAIL;
        }
        spec.commandLine().getOut().println(CanonicalForm.inputHash(input.result().forecast()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

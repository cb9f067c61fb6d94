package io.solvereign.harness;

import io.solvereign.api.SolvereignException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the CLI reports failures: wrong usage is a short message plus a help hint (exit 64); bad
 * input is one line per problem on stderr (exit 2), never a stack trace; only real bugs print a
 * trace (exit 70).
 */
final class CliErrors {
    private CliErrors() {
    }

    static int onUsageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    static int onExecutionError(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof SolvereignException) {
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            err.flush();
            return ExitCodes.FAIL;
        }
        err.println(cmd.getCommandSpec().qualifiedName() + ": internal error, please report it: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return ExitCodes.SOFTWARE;
    }
}

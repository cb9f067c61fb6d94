package io.solvereign.harness;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Small checks of option values shared by the runbook commands. */
final class OptionChecks {
    private OptionChecks() {
    }

    /** The value stripped; a blank value is wrong usage (who and why must be known). */
    static String text(CommandSpec spec, String option, String value) {
        if (value == null || value.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must not be blank");
        }
        return value.strip();
    }
}

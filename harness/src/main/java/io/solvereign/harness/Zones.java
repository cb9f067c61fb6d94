package io.solvereign.harness;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Reads a time-zone option with a plain error (wrong usage), never a Java exception name. */
final class Zones {
    private Zones() {
    }

    static ZoneId parse(CommandSpec spec, String option, String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": '" + value
                    + "' is not a time zone id; expected e.g. Europe/Vienna");
        }
    }
}

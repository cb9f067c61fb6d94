package io.solvereign.harness;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Option value converters that explain a bad value in the user's terms (what was given, what is
 * expected, an example) instead of picocli's default wording, which names Java types
 * ("is not a long") and exception classes.
 */
final class CliConverters {
    private CliConverters() {
    }

    /** Registers every converter on a command line (and its subcommands added before this call). */
    static CommandLine register(CommandLine cl) {
        cl.registerConverter(Long.class, CliConverters::wholeNumber);
        cl.registerConverter(Long.TYPE, CliConverters::wholeNumber);
        cl.registerConverter(Integer.class, CliConverters::count);
        cl.registerConverter(Integer.TYPE, CliConverters::count);
        cl.registerConverter(LocalDate.class, CliConverters::date);
        cl.registerConverter(ZoneId.class, CliConverters::zone);
        return cl;
    }

    static Long wholeNumber(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number; use digits only, e.g. 7");
        }
    }

    static Integer count(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number; use digits only, e.g. 3");
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2026-01-05");
        }
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + text + "' is not a time zone; use a region id such as Europe/Vienna");
        }
    }
}

package io.solvereign.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help contract: every command's {@code --help} shows its whole description and every option's
 * whole description (nothing cut off), descriptions open with one complete sentence, the parent's
 * command list shows each child's sentence in full, examples sit at the bottom, and no line is wider
 * than the terminal width picocli wraps at.
 */
class CliHelpContractTest {
    private static final int WIDTH = 80;

    /** Every command and subcommand, as the words to type before {@code --help}. */
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                new ArrayList<>(), all);
        return all.stream();
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().aliases().length > 0 && !sub.getCommandName().equals(sub.getCommandSpec().name())) {
                continue;
            }
            List<String> next = new ArrayList<>(path);
            next.add(sub.getCommandName());
            collect(sub, next, into);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static CommandSpec spec(List<String> path) {
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String p : path) {
            cl = cl.getSubcommands().get(p);
        }
        return cl.getCommandSpec();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpShowsEveryDescriptionInFull(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        String help = r.out();
        String flatHelp = flat(help);
        CommandSpec spec = spec(path);
        String[] description = spec.usageMessage().description();
        assertTrue(description.length > 0, "no description: " + path);
        String first = description[0].strip();
        assertTrue(first.endsWith("."), "the first description line must be a complete sentence: " + first);
        assertFalse(first.substring(0, first.length() - 1).matches(".*[.!?] [A-Z].*"),
                "the first description line must be one sentence: " + first);
        for (String line : description) {
            assertTrue(flatHelp.contains(flat(line)), "description cut in " + path + " --help: " + line);
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            for (String line : o.description()) {
                String shown = flat(line.replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())));
                assertTrue(flatHelp.contains(shown), "option " + o.longestName() + " cut in " + path + ": " + line);
                assertTrue(shown.endsWith(".") || shown.endsWith(")"), "option " + o.longestName()
                        + " description is not a finished sentence: " + line);
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            String subFirst = flat(sub.getCommandSpec().usageMessage().description()[0]);
            assertTrue(flatHelp.contains(sub.getCommandName() + subFirst),
                    "command list cuts " + sub.getCommandName() + " in " + path + " --help");
        }
        for (String line : help.split("\\R")) {
            assertTrue(line.length() <= WIDTH, "line wider than " + WIDTH + " in " + path + ": " + line);
        }
        if (!path.isEmpty()) {
            int examples = help.indexOf("Examples:");
            assertTrue(examples > 0, "no examples in " + path + " --help");
            assertTrue(help.substring(examples).lines().skip(1).allMatch(l -> l.isBlank() || l.startsWith("  solvereign ")),
                    "examples are the last section of " + path + " --help:\n" + help);
        }
    }
}

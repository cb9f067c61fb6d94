package io.solvereign.harness;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.harness.web.PasswordHashes;
import io.solvereign.harness.web.Role;
import io.solvereign.harness.web.UsersFile;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code users add NAME --role viewer|dispatcher|lead}: adds a cockpit user (or sets a new role and
 * password for an existing one). The password is asked on the console twice, or read as the first
 * line of stdin when there is no console; only its salted PBKDF2 hash is stored.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a cockpit user, or replace an existing user's role and password.",
            "",
            "The password is asked on the console (twice) or read from the first line of stdin; the users file "
                + "keeps only a salted PBKDF2-HMAC-SHA256 hash."},
        footerHeading = "%nExamples:%n",
        footer = {"  solvereign users add anna --role lead -w ws",
            "  solvereign users add vera --role viewer -w ws < password.txt"})
final class UsersAddCommand implements Callable<Integer> {
    /** Shorter passwords are refused. */
    static final int MIN_PASSWORD = 8;
    /** The most read from stdin. */
    private static final int MAX_STDIN = 4096;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "User name (letters, digits, . _ @ -).")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "viewer (reads), dispatcher (imports, solves, approves, repairs) or lead (also locks and "
                    + "switches publishing).")
    String role;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            defaultValue = "${sys:solvereign.workspace:-solvereign-workspace}",
            description = "Workspace whose " + UsersFile.DEFAULT_NAME + " is written (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(names = "--users", paramLabel = "FILE", description = "Users file (default: "
            + UsersFile.DEFAULT_NAME + " in the workspace).")
    Path users;

    @Override
    public Integer call() {
        if (!UsersFile.validName(name)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "user name '" + name
                    + "' may hold letters, digits and . _ @ - (up to 64)");
        }
        Role r;
        try {
            r = Role.parse(role);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--role: " + e.getMessage());
        }
        Path file = users != null ? users : workspace.resolve(UsersFile.DEFAULT_NAME);
        UsersFile usersFile = UsersFile.readOrEmpty(file);
        char[] password = password();
        try {
            if (password.length < MIN_PASSWORD) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the password needs at least "
                        + MIN_PASSWORD + " characters; nothing written");
            }
            OutFolder.prepare("--users", file.toAbsolutePath().getParent());
            boolean added = usersFile.put(name, r, PasswordHashes.standard().hash(password));
            spec.commandLine().getOut().println("user " + name + " " + (added ? "added" : "updated") + " as "
                    + r.jsonName() + " in " + file);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("password for %s: ", name);
            char[] again = console.readPassword("again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the two passwords differ; nothing written");
            }
            Arrays.fill(again, '\0');
            return first;
        }
        try {
            InputStream in = System.in;
            byte[] bytes = in.readNBytes(MAX_STDIN);
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String line = new String(bytes, 0, end, StandardCharsets.UTF_8);
            Arrays.fill(bytes, (byte) 0);
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "cannot read the password from stdin: "
                    + e.getMessage(), e);
        }
    }
}

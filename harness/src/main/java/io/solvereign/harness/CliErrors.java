package io.solvereign.harness;

import io.solvereign.api.SolvereignException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the CLI reports failures: wrong usage is one line naming the option plus where help is
 * (exit 64); bad input and environment trouble (unreadable file, full or read-only disk) is one line
 * per problem naming the file and the fix (exit 2), never a stack trace or a Java class name; only
 * real bugs print a trace (exit 70).
 */
final class CliErrors {
    /** A qualified Java class name with a colon, as {@code Throwable.toString()} prints it. */
    private static final Pattern CLASS_PREFIX =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*)?");

    private CliErrors() {
    }

    static int onUsageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        String hint = ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                ? " (did you mean " + String.join(" or ", u.getSuggestions().stream().limit(3).toList()) + "?)"
                : " (see '" + name + " --help')";
        err.println(name + ": " + clean(ex.getMessage()) + hint);
        err.flush();
        return ExitCodes.USAGE;
    }

    static int onExecutionError(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        if (ex instanceof SolvereignException) {
            err.println(name + ": " + clean(ex.getMessage()));
            err.flush();
            return ExitCodes.FAIL;
        }
        IOException io = ex instanceof UncheckedIOException u ? u.getCause()
                : ex instanceof IOException i ? i : null;
        if (io != null) {
            err.println(name + ": " + describe(io));
            err.flush();
            return ExitCodes.FAIL;
        }
        err.println(name + ": internal error, please report it: " + ex);
        ex.printStackTrace(err);
        err.flush();
        return ExitCodes.SOFTWARE;
    }

    /**
     * An I/O failure in the user's terms: the file and what is wrong with it (no such file, permission
     * denied, disk full, a file where a folder is expected), and what to do.
     */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() != null ? fs.getFile() : "";
            String reason = fs.getReason() != null ? fs.getReason() : "";
            if (fs instanceof NoSuchFileException) {
                return "cannot access " + file + ": no such file or folder";
            }
            if (fs instanceof AccessDeniedException) {
                return "cannot write " + file + ": permission denied; choose a folder you may write to";
            }
            if (fs instanceof NotDirectoryException || fs instanceof FileAlreadyExistsException
                    || reason.toLowerCase(Locale.ROOT).contains("not a directory")) {
                return "cannot use " + file + ": a file is in the way where a folder is needed; give a folder path";
            }
            return "cannot write " + file + ": " + reason(reason);
        }
        return reason(e.getMessage());
    }

    /** Reason text of an I/O error, with a fix for the common environment problems. */
    static String reason(String text) {
        String r = text == null ? "input/output error" : clean(text);
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return r + "; free disk space or write somewhere else";
        }
        if (lower.contains("read-only file system")) {
            return r + "; choose a writable folder";
        }
        return r;
    }

    /** A message with qualified exception class names removed, so none reaches the user. */
    static String clean(String message) {
        return message == null ? "" : CLASS_PREFIX.matcher(message).replaceAll("").strip();
    }
}

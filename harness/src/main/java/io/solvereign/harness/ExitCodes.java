package io.solvereign.harness;

/** Process exit codes of the {@code solvereign} command (BSD sysexits where one fits). */
public final class ExitCodes {
    /** Done; the input was PASS or WARN. */
    public static final int OK = 0;
    /** Bad input (a FAIL line, an unreadable or malformed file) or a refused operation. */
    public static final int FAIL = 2;
    /** No legal plan exists; the reasons are printed, each naming its rule and tours. */
    public static final int INFEASIBLE = 3;
    /** Wrong usage: unknown option, bad option value, missing subcommand ({@code EX_USAGE}). */
    public static final int USAGE = 64;
    /** A bug: an unexpected exception ({@code EX_SOFTWARE}). */
    public static final int SOFTWARE = 70;

    private ExitCodes() {
    }
}

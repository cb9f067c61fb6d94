package io.solvereign.engine.internal;

/**
 * The solver's version, part of {@code solver_config_hash}; published as {@code Solvers.VERSION}.
 * Kept here so that every stage (repair too) reads it without depending on the entry package.
 */
public final class SolverVersion {
    /** Bump it when a change can move an {@code output_hash}. */
    public static final String VERSION = "0.1.0";

    private SolverVersion() {
    }
}

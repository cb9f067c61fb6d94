package io.solvereign.harness.web;

import java.util.Locale;

/** What a request may do; a {@link Role} grants a set of these. Names are the {@code /api/me} permission strings. */
public enum Permission {
    /** Every GET of the API. */
    READ,
    /** Upload a forecast. */
    IMPORT,
    /** Start a solve. */
    SOLVE,
    /** Start an audit with re-solve. */
    AUDIT,
    /** Approve a plan. */
    APPROVE,
    /** Start a sick-call repair. */
    REPAIR,
    /** Lock (publish) a plan. */
    LOCK,
    /** Switch publishing on or off (the kill switch). */
    PUBLISHING;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

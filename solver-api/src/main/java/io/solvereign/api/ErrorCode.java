package io.solvereign.api;

/**
 * Stable machine-readable codes for everything a user can get wrong or a gate can refuse.
 * The names are a contract: scripts match on them.
 */
public enum ErrorCode {
    // Parser FAIL codes (DOMAIN §2).
    /** A forecast line without a day. */
    MISSING_DAY(Severity.FAIL),
    /** A forecast line without a time range. */
    MISSING_TIME_RANGE(Severity.FAIL),
    /** A time range that cannot be read as {@code HH:MM-HH:MM}. */
    INVALID_TIME_RANGE(Severity.FAIL),
    /** A clock time that is not {@code HH:MM}. */
    INVALID_TIME_FORMAT(Severity.FAIL),
    /** An hour outside 0..23 (e.g. {@code 25:00}; {@code 24:00} is invalid too). */
    INVALID_HOUR(Severity.FAIL),
    /** A minute outside 0..59. */
    INVALID_MINUTE(Severity.FAIL),
    /** A split line that does not have exactly two parts. */
    INVALID_SPLIT_FORMAT(Severity.FAIL),
    /** A count of 0 or below. */
    INVALID_COUNT(Severity.FAIL),
    /** A tour (or split part) whose end equals its start. */
    ZERO_DURATION(Severity.FAIL),
    /**
     * A tour line no legal block can hold (DOMAIN §5, §8): a tour longer than the regular span, or a
     * split whose break or span is outside its limits. It can never be planned.
     */
    NO_LEGAL_BLOCK(Severity.FAIL),
    /** A CSV row or header that fits none of the known layouts. */
    INVALID_CSV_FORMAT(Severity.FAIL),
    // Parser WARN codes.
    /** A count above 10 on one line: allowed, but worth a second look. */
    HIGH_COUNT(Severity.WARN),
    /** The same tour line twice in one input. */
    DUPLICATE_LINE(Severity.WARN),
    /** Trailing words that are neither count, {@code Fahrer} nor {@code Depot}; reported, not dropped. */
    UNPARSED_TEXT(Severity.WARN),
    /** A day present with count 0 (e.g. {@code Feiertag;0}): that day has no tours. */
    HOLIDAY_MARKER(Severity.WARN),
    // Input and file handling.
    /** An input file that cannot be read. */
    UNREADABLE_INPUT(Severity.FAIL),
    /** A file above its size limit ({@link io.solvereign.api.io.ReadLimits}); refused before it is read. */
    INPUT_TOO_LARGE(Severity.FAIL),
    /** A size limit set by a property ({@code -Dsolvereign.limit.planBytes=...}) that is not a positive size. */
    INVALID_LIMIT(Severity.FAIL),
    /** A plan JSON that is not valid JSON or lacks or mistypes a field. */
    MALFORMED_PLAN(Severity.FAIL),
    // Solving.
    /** Tours that no legal block can hold; the solve reports them instead of dropping them. */
    INFEASIBLE(Severity.FAIL),
    // Lifecycle gates (DOMAIN §10).
    /** A lock refused because the release gate (the audit checks) did not pass. */
    AUDIT_GATE_FAIL(Severity.FAIL),
    /** A change to a LOCKED plan, which is immutable. */
    ALREADY_LOCKED(Severity.FAIL),
    /** A lock or supersede refused while the kill switch has publishing switched off. */
    FREEZE_ACTIVE(Severity.FAIL),
    /** A stored record (plan, trail entry) changed behind the store's back: its content no longer matches what was recorded. */
    PLAN_TAMPERED(Severity.FAIL),
    /** An unknown plan, forecast version or other id. */
    NOT_FOUND(Severity.FAIL),
    /** A forecast input without a single tour line (blank, only comments or only holiday markers). */
    EMPTY_FORECAST(Severity.FAIL),
    /** A JSON document (rule set, config) that is not valid JSON or lacks or mistypes a field. */
    MALFORMED_JSON(Severity.FAIL),
    /** A lifecycle step that the plan's status does not allow (e.g. superseding a SUPERSEDED plan). */
    INVALID_TRANSITION(Severity.FAIL),
    /** An output folder or file cannot be written. */
    OUTPUT_NOT_WRITABLE(Severity.FAIL),
    /** A freeze override that cannot be honoured without breaking a hard rule on frozen work. */
    ILLEGAL_OVERRIDE(Severity.FAIL),
    /** Frozen assignments alone break a hard rule (changed rules or a removed tour); needs an override. */
    FREEZE_CONFLICT(Severity.FAIL),
    /** A lock needs a recorded approval of the plan and there is none. */
    NOT_APPROVED(Severity.FAIL),
    /** A lock of a plan whose forecast week is not COMPLETE, without a partial-release override. */
    PARTIAL_FORECAST(Severity.FAIL),
    /** The workspace stayed busy (locked by another process) longer than the configured wait. */
    WORKSPACE_BUSY(Severity.FAIL),
    /** An absent driver keeps frozen work, so a repair would leave him on his tours; needs an override. */
    ABSENT_DRIVER_FROZEN(Severity.FAIL),
    // JSON import contract (DOMAIN §2.4): hard gates HG-001..HG-008 (FAIL), soft gates SG-001..SG-004 (WARN).
    /** HG-001: no valid {@code tenant_code}. */
    MISSING_TENANT(Severity.FAIL),
    /** HG-002: no valid {@code site_code}. */
    MISSING_SITE(Severity.FAIL),
    /** HG-003: {@code week_anchor_date} missing, not a date or not a Monday. */
    INVALID_ANCHOR(Severity.FAIL),
    /** HG-004: no {@code tours} array or an empty one. */
    NO_TOURS(Severity.FAIL),
    /** HG-005: two tours share an {@code external_id}. */
    DUPLICATE_TOUR_ID(Severity.FAIL),
    /** HG-006: {@code day} is not a whole number 1..7. */
    INVALID_DAY(Severity.FAIL),
    /** HG-007: {@code start_time} missing or not HH:MM. */
    INVALID_START_TIME(Severity.FAIL),
    /** HG-008: {@code end_time} missing or not HH:MM. */
    INVALID_END_TIME(Severity.FAIL),
    /** A JSON tour without a non-blank {@code external_id} (the contract requires one; not a numbered gate). */
    MISSING_TOUR_ID(Severity.FAIL),
    /** SG-001: no {@code count}; 1 is assumed. */
    DEFAULT_COUNT(Severity.WARN),
    /** SG-002: no {@code depot}; the tour has none. */
    DEFAULT_DEPOT(Severity.WARN),
    /** SG-003: no {@code skill}; the tour needs none. */
    DEFAULT_SKILL(Severity.WARN),
    /** SG-004: a tour of 0 or at least 16 hours. */
    UNUSUAL_DURATION(Severity.WARN),
    /** A JSON member the contract does not know; kept in the report, never dropped silently. */
    UNPARSED_FIELD(Severity.WARN),
    // Forecast versions (DOMAIN §12).
    /** A patch of a compose names another week than the composition. */
    WRONG_WEEK(Severity.FAIL),
    /** An input with removal lines solved on its own: removals only apply when composing a week. */
    PATCH_NOT_SOLVABLE(Severity.FAIL);

    /** How bad an issue with this code is. */
    public enum Severity {
        /** Nothing wrong. */
        PASS,
        /** Reported; the input is still used. */
        WARN,
        /** The input or step is refused. */
        FAIL
    }

    private final Severity severity;

    ErrorCode(Severity severity) {
        this.severity = severity;
    }

    /** {@return the severity an issue with this code carries} */
    public Severity severity() {
        return severity;
    }
}

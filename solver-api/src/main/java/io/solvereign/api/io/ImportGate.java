package io.solvereign.api.io;

import io.solvereign.api.ErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbered gates of the JSON import contract (DOMAIN §2.4). Hard gates ({@code HG-*}) fail the
 * input and block solving; soft gates ({@code SG-*}) warn. The numbers and names are a contract:
 * integrations match on them. {@code SG-005} (coordinates) is reserved and not checked.
 */
public enum ImportGate {
    /** Hard gate: no valid {@code tenant_code}. */
    HG_001("HG-001", ErrorCode.MISSING_TENANT),
    /** Hard gate: no valid {@code site_code}. */
    HG_002("HG-002", ErrorCode.MISSING_SITE),
    /** Hard gate: {@code week_anchor_date} missing, not a date or not a Monday. */
    HG_003("HG-003", ErrorCode.INVALID_ANCHOR),
    /** Hard gate: no {@code tours} array or an empty one. */
    HG_004("HG-004", ErrorCode.NO_TOURS),
    /** Hard gate: two tours share an {@code external_id}. */
    HG_005("HG-005", ErrorCode.DUPLICATE_TOUR_ID),
    /** Hard gate: {@code day} is not a whole number 1..7. */
    HG_006("HG-006", ErrorCode.INVALID_DAY),
    /** Hard gate: {@code start_time} missing or not HH:MM. */
    HG_007("HG-007", ErrorCode.INVALID_START_TIME),
    /** Hard gate: {@code end_time} missing or not HH:MM. */
    HG_008("HG-008", ErrorCode.INVALID_END_TIME),
    /** Soft gate: no {@code count}; 1 is assumed. */
    SG_001("SG-001", ErrorCode.DEFAULT_COUNT),
    /** Soft gate: no {@code depot}; the tour has none. */
    SG_002("SG-002", ErrorCode.DEFAULT_DEPOT),
    /** Soft gate: no {@code skill}; the tour needs none. */
    SG_003("SG-003", ErrorCode.DEFAULT_SKILL),
    /** Soft gate: a tour of 0 or at least 16 hours. */
    SG_004("SG-004", ErrorCode.UNUSUAL_DURATION);

    private final String id;
    private final ErrorCode code;

    ImportGate(String id, ErrorCode code) {
        this.id = id;
        this.code = code;
    }

    /** {@return the gate's number, e.g. {@code HG-001}} */
    public String id() {
        return id;
    }

    /** {@return the error code an issue of this gate carries, e.g. {@code MISSING_TENANT}} */
    public ErrorCode code() {
        return code;
    }

    /** {@return true for a hard gate (FAIL)} */
    public boolean hard() {
        return code.severity() == ErrorCode.Severity.FAIL;
    }

    /**
     * {@return the gate an error code belongs to; empty for codes outside the JSON contract's gates}
     *
     * @param code an error code
     */
    public static Optional<ImportGate> of(ErrorCode code) {
        Objects.requireNonNull(code, "code");
        for (ImportGate g : values()) {
            if (g.code == code) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}

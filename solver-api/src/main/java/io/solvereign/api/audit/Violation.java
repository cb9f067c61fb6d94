package io.solvereign.api.audit;

import java.util.List;
import java.util.Objects;

/**
 * A breach of a hard rule; any violation makes its check {@link AuditStatus#FAIL}.
 *
 * @param checkId     id of the check, e.g. {@code REST}
 * @param driverId    the driver concerned (see {@link Finding#driverId()})
 * @param instanceIds the tour instances involved
 * @param measured    the measured value
 * @param limit       the limit that was broken
 * @param unit        unit of value and limit
 * @param message     a human sentence naming driver, instances, value and limit
 */
public record Violation(String checkId, String driverId, List<String> instanceIds, long measured, long limit,
                        MeasureUnit unit, String message) implements Finding {

    /**
     * Creates the record, checking its components.
     *
     * @param checkId id of the check, e.g. {@code REST}
     * @param driverId the driver concerned (see {@link Finding#driverId()})
     * @param instanceIds the tour instances involved
     * @param measured the measured value
     * @param limit the limit that was broken
     * @param unit unit of value and limit
     * @param message a human sentence naming driver, instances, value and limit
     */
    public Violation {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(driverId, "driverId");
        instanceIds = List.copyOf(instanceIds);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(message, "message");
    }
}

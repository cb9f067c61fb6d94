package io.solvereign.api.audit;

import java.util.List;
import java.util.Objects;

/**
 * A value inside the hard limit but past a warning threshold of the rule set (DOMAIN §8: rest
 * below 12 h, regular span above 12 h, split or 3er span above 14 h, split break below 300 min,
 * weekly work above 48 h). Never fails a plan.
 *
 * @param checkId     id of the check that watches this value, e.g. {@code REST}
 * @param driverId    the driver concerned
 * @param instanceIds the tour instances involved
 * @param measured    the measured value
 * @param limit       the warning threshold that was crossed
 * @param unit        unit of value and threshold
 * @param message     a human sentence naming driver, instances, value and threshold
 */
public record NearViolation(String checkId, String driverId, List<String> instanceIds, long measured, long limit,
                            MeasureUnit unit, String message) implements Finding {

    /**
     * Creates the record, checking its components.
     *
     * @param checkId id of the check that watches this value, e.g. {@code REST}
     * @param driverId the driver concerned
     * @param instanceIds the tour instances involved
     * @param measured the measured value
     * @param limit the warning threshold that was crossed
     * @param unit unit of value and threshold
     * @param message a human sentence naming driver, instances, value and threshold
     */
    public NearViolation {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(driverId, "driverId");
        instanceIds = List.copyOf(instanceIds);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(message, "message");
    }
}

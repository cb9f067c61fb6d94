package io.solvereign.api.audit;

import java.util.List;

/**
 * What a check found about one driver (or one tour instance): the common shape of a
 * {@link Violation} (fails the check) and a {@link NearViolation} (a warning only).
 */
public sealed interface Finding permits Violation, NearViolation {

    /** {@return id of the check that produced this finding, e.g. {@code REST}} */
    String checkId();

    /**
     * {@return the driver concerned; empty when no driver holds the instance (a tour left uncovered)} For a
     * tour assigned more than once, every holder, comma-separated in id order.
     */
    String driverId();

    /** {@return the tour instances involved, in time order where time matters} */
    List<String> instanceIds();

    /** {@return the measured value, in {@link #unit()}} */
    long measured();

    /** {@return the limit (or warning threshold) the measured value was compared with, in {@link #unit()}} */
    long limit();

    /** {@return unit of {@link #measured()} and {@link #limit()}} */
    MeasureUnit unit();

    /** {@return a human sentence naming driver, instances, value and limit} */
    String message();
}

package io.solvereign.api.audit;

import java.util.List;

/**
 * What a check found about one driver (or one tour instance): the common shape of a
 * {@link Violation} (fails the check) and a {@link NearViolation} (a warning only).
 */
public sealed interface Finding permits Violation, NearViolation {

    /** Id of the check that produced this finding, e.g. {@code REST}. */
    String checkId();

    /**
     * The driver concerned; empty when no driver holds the instance (a tour left uncovered). For a
     * tour assigned more than once, every holder, comma-separated in id order.
     */
    String driverId();

    /** The tour instances involved, in time order where time matters. */
    List<String> instanceIds();

    /** The measured value, in {@link #unit()}. */
    long measured();

    /** The limit (or warning threshold) the measured value was compared with, in {@link #unit()}. */
    long limit();

    /** Unit of {@link #measured()} and {@link #limit()}. */
    MeasureUnit unit();

    /** A human sentence naming driver, instances, value and limit. */
    String message();
}

package io.solvereign.api.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The publish/lock kill switch (DOMAIN §10): while {@code on}, no plan can be locked
 * ({@code FREEZE_ACTIVE}) and no locked plan can be superseded.
 *
 * @param on     true while publishing is switched off
 * @param reason why it was last switched (empty only in the initial state)
 * @param actor  who switched it (empty only in the initial state)
 * @param at     when it was switched ({@link Instant#EPOCH} in the initial state)
 */
public record KillSwitch(boolean on, String reason, String actor, Instant at) {

    /**
     * Creates the record, checking its components.
     *
     * @param on true while publishing is switched off
     * @param reason why it was last switched (empty only in the initial state)
     * @param actor who switched it (empty only in the initial state)
     * @param at when it was switched ({@link Instant#EPOCH} in the initial state)
     */
    public KillSwitch {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    /** {@return the state of a new store: off, never switched} */
    public static KillSwitch initial() {
        return new KillSwitch(false, "", "", Instant.EPOCH);
    }
}

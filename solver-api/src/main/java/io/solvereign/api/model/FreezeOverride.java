package io.solvereign.api.model;

import java.util.Objects;

/**
 * An explicit decision to give a frozen instance another driver than its baseline driver
 * (DOMAIN §9). It needs a user and a reason and is recorded in the plan's audit trail.
 *
 * @param instanceId  the tour instance concerned
 * @param newDriverId the driver it goes to instead of its baseline driver
 * @param user        who decided
 * @param reason      why
 */
public record FreezeOverride(String instanceId, String newDriverId, String user, String reason) {

    /**
     * Creates the record, checking its components.
     *
     * @param instanceId the tour instance concerned
     * @param newDriverId the driver it goes to instead of its baseline driver
     * @param user who decided
     * @param reason why
     */
    public FreezeOverride {
        requireText("instanceId", instanceId);
        requireText("newDriverId", newDriverId);
        requireText("user", user);
        requireText("reason", reason);
    }

    private static void requireText(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: an override needs "
                    + "instance, driver, user and reason");
        }
    }
}

package io.solvereign.api.store;

import io.solvereign.api.internal.store.Checks;


/**
 * An explicit decision to lock a plan whose forecast week is not complete (DOMAIN §12); recorded in the trail
 * as {@link TrailAction#PARTIAL_RELEASE_OVERRIDE}.
 *
 * @param actor  who takes the decision
 * @param reason why the partial week is released
 */
public record ReleaseOverride(String actor, String reason) {

    public ReleaseOverride {
        Checks.requireText("actor", actor);
        Checks.requireText("reason", reason);
    }
}

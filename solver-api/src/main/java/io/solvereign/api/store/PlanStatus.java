package io.solvereign.api.store;

/**
 * Lifecycle status of a plan version (DOMAIN §10): {@code DRAFT -> LOCKED -> SUPERSEDED}; a draft may
 * also be superseded directly by a newer draft that names it as baseline.
 */
public enum PlanStatus {
    /** Made by a solve or repair; may still receive audit results. */
    DRAFT,
    /** Published: immutable; only supersession may change its status. */
    LOCKED,
    /** Replaced by a newer version that names it as baseline; final. */
    SUPERSEDED
}

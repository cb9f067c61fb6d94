/**
 * Plan store and plan lifecycle (DOMAIN §10, §12): forecast versions, plan versions with their
 * status DRAFT, LOCKED or SUPERSEDED, the append-only audit trail and the publish/lock kill switch.
 *
 * <p>{@link io.solvereign.api.store.PlanStore} is the persistence port an embedding service
 * implements on its database; {@link io.solvereign.api.store.PlanStore#inMemory()} serves tests and
 * embedding, and the harness ships a JDBC store (SQLite, PostgreSQL). {@link io.solvereign.api.store.PlanLifecycle}
 * holds the rules: the lock gate, immutability of locked plans, supersession, and one trail entry
 * for every transition with who, when and why. Time always comes from an injected
 * {@link java.time.Clock}; ids are sequence numbers ({@code F0001}, {@code P0001}).
 */
package io.solvereign.api.store;

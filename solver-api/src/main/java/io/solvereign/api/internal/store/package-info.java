/**
 * Implementation, not API (exported only to the SOLVEREIGN modules): the plan lifecycle rules
 * ({@link io.solvereign.api.internal.store.DefaultPlanLifecycle}), the in-memory
 * {@link io.solvereign.api.store.PlanStore} and the argument checks of the store records. Obtain them
 * through {@link io.solvereign.api.store.PlanLifecycle#create} and {@link io.solvereign.api.store.PlanStore#inMemory()}.
 */
package io.solvereign.api.internal.store;

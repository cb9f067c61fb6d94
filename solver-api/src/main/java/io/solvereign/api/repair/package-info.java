/**
 * Repair and re-planning against a baseline plan (DOMAIN §9, §11): a sick call (absent drivers,
 * optionally per day) or a changed forecast gives a new plan in which frozen work stays on its
 * baseline driver, only what must move moves, and the churn is reported with ranked candidates
 * for every moved tour. The engine implements {@link io.solvereign.api.repair.PlanRepairer}
 * ({@code io.solvereign.engine.Repairs.create()}).
 */
package io.solvereign.api.repair;

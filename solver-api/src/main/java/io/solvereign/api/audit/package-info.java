/**
 * Audit contracts (DOMAIN §8): rules that prove a plan right or wrong from the forecast alone, their
 * findings, the report with its release gate, and the re-solve hook for the reproducibility gate.
 * Implementations live in module {@code io.solvereign.audit}; the engine is wired in through
 * {@link io.solvereign.api.audit.PlanReproducer} only, so audits never trust solver internals.
 */
package io.solvereign.api.audit;

/**
 * Internal: the repair algorithm behind {@link io.solvereign.engine.Repairs}: the baseline as
 * mutable driver weeks, freeze pins, legal insertion with bounded ejection chains, and the
 * assembly and verification of the repaired plan. Not exported.
 */
package io.solvereign.engine.repair;

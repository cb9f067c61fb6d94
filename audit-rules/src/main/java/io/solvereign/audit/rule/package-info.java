/**
 * The eight standard checks of DOMAIN §8, one class per check, plus the per-driver view of a plan
 * they share. Every figure is taken from the forecast's absolute instants in the site zone, never
 * from the plan's minutes, days or block labels, and every limit from the caller's rule set;
 * PLAN_INTEGRITY reports the plan fields that disagree with the forecast or the policy. Not exported: callers reach the rules through
 * {@code io.solvereign.audit.Auditors}.
 */
package io.solvereign.audit.rule;

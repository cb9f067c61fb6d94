/**
 * The seven standard checks of DOMAIN §8, one class per check, plus the per-driver view of a plan
 * they share. Every figure is taken from the forecast's absolute instants in the site zone, never
 * from the plan's minutes, days or block labels. Not exported: callers reach the rules through
 * {@code io.solvereign.audit.Auditors}.
 */
package io.solvereign.audit.rule;

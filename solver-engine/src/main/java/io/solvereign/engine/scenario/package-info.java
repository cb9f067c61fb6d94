/**
 * What-if runs behind {@code io.solvereign.engine.Scenarios}: the bounded pool that solves and
 * audits scenarios, the perturbed re-solves of a sensitivity analysis, and the churn measure after
 * the best driver relabelling (a maximum-weight matching of old to new drivers).
 */
package io.solvereign.engine.scenario;

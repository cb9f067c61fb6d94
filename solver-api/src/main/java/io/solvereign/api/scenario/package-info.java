/**
 * What-if analysis (DOMAIN §13): named scenario configs solved side by side, and a sensitivity
 * analysis made of real re-solves under perturbations, each measured by drivers, part-time drivers
 * and churn against a base plan after the best driver relabelling. The engine runs them
 * ({@code io.solvereign.engine.Scenarios}) with a caller's {@link io.solvereign.api.audit.Auditor},
 * so the engine never depends on the audit module.
 */
package io.solvereign.api.scenario;

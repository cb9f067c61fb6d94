/**
 * Reading and writing: the whitelist forecast parser ({@link io.solvereign.api.io.ForecastParser}),
 * canonical forms and hashes ({@link io.solvereign.api.io.CanonicalForm} for input_hash,
 * {@link io.solvereign.api.io.CanonicalJson} (RFC 8785), {@link io.solvereign.api.io.ConfigHash},
 * {@link io.solvereign.api.io.OutputHash}) and the JSON codecs ({@link io.solvereign.api.io.RuleSetJson},
 * {@link io.solvereign.api.io.ModelJson}, {@link io.solvereign.api.io.PlanJson}). Jackson is used
 * only in this package.
 */
package io.solvereign.api.io;

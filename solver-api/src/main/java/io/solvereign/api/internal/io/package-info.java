/**
 * Implementation, not API (exported only to the SOLVEREIGN modules): the whitelist forecast parsers
 * ({@link io.solvereign.api.internal.io.ForecastParser}), canonical forms and hashes
 * ({@link io.solvereign.api.internal.io.CanonicalForm} for input_hash,
 * {@link io.solvereign.api.internal.io.CanonicalJson} (RFC 8785), {@link io.solvereign.api.internal.io.ConfigHash},
 * {@link io.solvereign.api.internal.io.OutputHash}) and the JSON codecs
 * ({@link io.solvereign.api.internal.io.RuleSetJson}, {@link io.solvereign.api.internal.io.ModelJson},
 * {@link io.solvereign.api.internal.io.PlanJson}). Jackson is used only in this package and in
 * {@code internal.evidence}. Embedders use {@link io.solvereign.api.Forecasts} and {@link io.solvereign.api.Plans}.
 */
package io.solvereign.api.internal.io;

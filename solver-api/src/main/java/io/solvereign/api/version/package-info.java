/**
 * Forecast and plan versions (DOMAIN §12): the fingerprint diff of two forecasts
 * ({@link io.solvereign.api.version.ForecastDiff}), the churn between two plans
 * ({@link io.solvereign.api.version.PlanDiff}), partial forecasts composed per ISO week
 * ({@link io.solvereign.api.version.Composition}, {@link io.solvereign.api.version.Patch}) and the completeness of a week
 * ({@link io.solvereign.api.version.Completeness}). Everything here is deterministic: sorted
 * collections, no clock, no hash-map order. JSON renderings live in {@code io.solvereign.api.internal.io.VersionJson}.
 */
package io.solvereign.api.version;

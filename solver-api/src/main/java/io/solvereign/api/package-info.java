/**
 * Entry points, error codes and the exception type shared by every SOLVEREIGN module, and the
 * façades an embedder calls instead of the implementation packages: {@link io.solvereign.api.Forecasts}
 * (read and hash forecasts), {@link io.solvereign.api.Plans} (read and write {@code solver_output.json})
 * and {@link io.solvereign.api.Evidence} (export and verify evidence packs).
 */
package io.solvereign.api;

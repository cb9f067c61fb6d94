/**
 * The plan store: {@link io.solvereign.harness.store.JdbcPlanStore}, one schema on an embedded SQLite
 * file per workspace (default) or on PostgreSQL, with versioned migrations, cross-process write
 * serialization, a hash chain over every record (HMAC-keyed when a key is configured), and read-only
 * access to workspaces of the retired file store for {@code migrate-workspace}.
 */
package io.solvereign.harness.store;

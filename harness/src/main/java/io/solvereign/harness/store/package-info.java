/**
 * A {@link io.solvereign.api.store.PlanStore} on a workspace folder: every file written atomically
 * (temp file, fsync, atomic move), every file's SHA-256 kept in {@code SHA256SUMS}, and every file
 * checked against it when the workspace is opened and whenever it is read, so an edit on disk is
 * reported as {@code PLAN_TAMPERED} naming the file.
 */
package io.solvereign.harness.store;

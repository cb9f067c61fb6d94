/**
 * The dispatcher's runbook over a workspace: IMPORT -> SOLVE -> AUDIT -> EXPORT EVIDENCE -> LOCK ->
 * VERIFY, with freeze days and the evidence checks that need the audits and the engine. The commands
 * of {@code io.solvereign.harness} are thin shells over these classes; time always comes from the
 * {@link java.time.Clock} a {@link io.solvereign.harness.runbook.Runbook} is opened with.
 */
package io.solvereign.harness.runbook;

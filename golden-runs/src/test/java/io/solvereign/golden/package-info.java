/**
 * Regression tests of the whole product: the golden cases pinned in
 * {@code src/test/resources/expected/} (rewritten only by {@code harness golden --update}),
 * determinism across runs, JVMs, core counts and line order, synthetic weeks, and property tests
 * on small random weeks. {@code *IT} classes run under Failsafe, {@code *Test} under Surefire.
 */
package io.solvereign.golden;

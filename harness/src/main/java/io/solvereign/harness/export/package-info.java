/**
 * Files a dispatcher reads (DOMAIN §15): roster matrix, per-tour rosters, KPIs, metadata and the
 * self-contained roster page, whose header shows the {@link io.solvereign.harness.export.RosterPageFacts}
 * its writer knows (plan id, status, site, audit).
 */
package io.solvereign.harness.export;

/** Files a dispatcher reads: roster matrix, per-tour rosters, KPIs, metadata and an HTML matrix (DOMAIN §15). */
package io.solvereign.harness.export;

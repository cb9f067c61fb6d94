/**
 * KPI drift (DOMAIN §13): how far a plan's key figures stray from an approved baseline of LOCKED
 * plans of the same site, as a weighted score with levels, the top drifters, and the named triggers
 * of the operations runbook. Pure computation: samples in, report out.
 */
package io.solvereign.api.drift;

/** The {@code solvereign} command-line harness that walks a dispatcher's runbook. */
package io.solvereign.harness;

/** Audit entry points ({@code Auditors.standard()}) and the eight checks: seven datetime rules and plan integrity. */
package io.solvereign.audit;

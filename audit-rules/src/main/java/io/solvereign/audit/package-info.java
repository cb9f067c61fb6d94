/** Audit entry points ({@code Auditors.standard()}) and the seven datetime rules. */
package io.solvereign.audit;

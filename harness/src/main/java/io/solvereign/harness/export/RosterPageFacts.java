package io.solvereign.harness.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.audit.AuditReport;
import io.solvereign.api.internal.io.AuditReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the roster page shows beyond the plan itself: the plan's id and lifecycle status in the
 * workspace, the site, the audit result and an optional banner. Whoever writes the page passes what
 * it knows; the page says plainly what is missing ("not stored", "not audited yet") instead of
 * guessing. {@code solve} knows the new draft's id; a command that reads a stored plan also knows its
 * status and stored {@code audit_results.json} and can re-render the page with
 * {@link PlanExports#of(io.solvereign.api.model.Plan, io.solvereign.api.model.Forecast, RosterPageFacts)}.
 *
 * <p>Immutable: every {@code with*} method returns a copy.
 */
public final class RosterPageFacts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RosterPageFacts NONE = new RosterPageFacts("", "", "", "", null);

    private final String planId;
    private final String status;
    private final String site;
    private final String banner;
    /** Null until an audit is given: the page then reads "not audited yet". */
    private final AuditFacts audit;

    private RosterPageFacts(String planId, String status, String site, String banner, AuditFacts audit) {
        this.planId = planId;
        this.status = status;
        this.site = site;
        this.banner = banner;
        this.audit = audit;
    }

    /** Nothing known beyond the plan: no plan id, status, site or audit. */
    public static RosterPageFacts none() {
        return NONE;
    }

    /**
     * A stored plan, not audited yet.
     *
     * @param planId the workspace's plan id, e.g. {@code P0001}
     * @param status its lifecycle status as the workbench states it, e.g. {@code DRAFT},
     *               {@code DRAFT (approved by anna)} or {@code LOCKED}
     */
    public static RosterPageFacts of(String planId, String status) {
        return new RosterPageFacts(requireText("planId", planId), requireText("status", status), "", "", null);
    }

    /** A copy naming the site (depot) the plan is for; blank reads "not recorded". */
    public RosterPageFacts withSite(String site) {
        return new RosterPageFacts(planId, status, Objects.requireNonNull(site, "site").strip(), banner, audit);
    }

    /**
     * A copy with a line shown above everything else, for what a reader must not miss (e.g. that the
     * plan is of the built-in example week, not of a depot's forecast); blank shows none.
     */
    public RosterPageFacts withBanner(String banner) {
        return new RosterPageFacts(planId, status, site, Objects.requireNonNull(banner, "banner").strip(), audit);
    }

    /** A copy with the audit verdict per check and the near-violations of the given report. */
    public RosterPageFacts withAudit(AuditReport report) {
        return new RosterPageFacts(planId, status, site, banner, AuditFacts.of(AuditReportJson.toJson(report)));
    }

    /**
     * A copy with the audit read from stored {@code audit_results.json} bytes, as
     * {@link io.solvereign.api.store.PlanVersion#auditResultsJson()} returns them; empty bytes mean
     * not audited yet and leave the copy without an audit.
     *
     * @throws IllegalArgumentException when the bytes are not an audit result, naming the first missing field
     */
    public RosterPageFacts withAuditResults(byte[] auditResultsJson) {
        Objects.requireNonNull(auditResultsJson, "auditResultsJson");
        if (auditResultsJson.length == 0) {
            return new RosterPageFacts(planId, status, site, banner, null);
        }
        try {
            return new RosterPageFacts(planId, status, site, banner, AuditFacts.of(JSON.readTree(auditResultsJson)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit_results.json is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan id, empty when the plan is not stored in a workspace. */
    public String planId() {
        return planId;
    }

    /** The lifecycle status, empty when unknown. */
    public String status() {
        return status;
    }

    /** The site, empty when not recorded. */
    public String site() {
        return site;
    }

    /** The banner line, empty for none. */
    public String banner() {
        return banner;
    }

    /** True when an audit result was given. */
    public boolean audited() {
        return audit != null;
    }

    Optional<AuditFacts> audit() {
        return Optional.ofNullable(audit);
    }

    private static String requireText(String name, String value) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}

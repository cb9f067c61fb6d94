package io.solvereign.harness.export;

import static io.solvereign.harness.export.RosterHtml.escape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * The top of the roster page: who and what the plan is (id, status, seed, site, week and dates), its
 * key figures with bound and gap, the audit verdict per check with the near-violations, and the
 * legend. Every KPI element carries {@code data-kpi} with its {@code kpis.json} key (nested keys
 * joined by a dot, e.g. {@code block_mix.3er}), so readers and tests can match the two.
 */
final class RosterHeader {
    /** kpis.json key and label, in display order. */
    private static final List<String[]> KPIS = List.of(
            new String[] {"drivers", "Drivers"}, new String[] {"fte_drivers", "Full-time"},
            new String[] {"pt_drivers", "Part-time"}, new String[] {"lower_bound", "Lower bound"},
            new String[] {"gap", "Gap"}, new String[] {"tours", "Tours"}, new String[] {"blocks", "Blocks"},
            new String[] {"avg_hours", "Average hours"}, new String[] {"min_hours", "Min hours"},
            new String[] {"max_hours", "Max hours"});

    /** Near-violations listed one by one; the rest are counted, never dropped silently. */
    static final int NEAR_LIST_LIMIT = 200;

    private RosterHeader() {
    }

    /** ISO week key of a Monday, e.g. {@code 2026-W02}. */
    static String weekKey(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static void render(StringBuilder sb, Plan plan, RosterPageFacts facts) {
        LocalDate monday = plan.weekAnchor();
        String week = weekKey(monday);
        if (!facts.banner().isEmpty()) {
            sb.append("<p id=\"banner\" class=\"banner\">").append(escape(facts.banner())).append("</p>\n");
        }
        sb.append("<header>\n<h1>Roster ").append(week).append(" <small>").append(monday).append(" to ")
                .append(monday.plusDays(6)).append("</small></h1>\n<dl id=\"facts\" class=\"facts\">");
        fact(sb, "plan-id", "Plan", facts.planId().isEmpty() ? "not stored in a workspace" : facts.planId());
        fact(sb, "plan-status", "Status", facts.status().isEmpty() ? "unknown" : facts.status());
        fact(sb, "seed", "Seed", Long.toString(plan.seed()));
        fact(sb, "site", "Site", facts.site().isEmpty() ? "not recorded" : facts.site());
        fact(sb, "week", "Week", week);
        fact(sb, "dates", "Dates", monday + " to " + monday.plusDays(6));
        fact(sb, "zone", "Time zone", plan.zone().getId());
        sb.append("</dl>\n");
        kpis(sb, plan);
        audit(sb, facts);
        legend(sb, plan.ruleSet());
        sb.append("<p class=\"hashes\"><small>input_hash ").append(plan.inputHash())
                .append("<br>solver_config_hash ").append(plan.solverConfigHash())
                .append("<br>output_hash ").append(plan.outputHash()).append("</small></p>\n</header>\n");
    }

    private static void kpis(StringBuilder sb, Plan plan) {
        ObjectNode k = PlanExports.kpisNode(plan.kpis());
        sb.append("<section id=\"kpis\"><h2>Key figures</h2><dl class=\"facts\">");
        for (String[] kpi : KPIS) {
            kpi(sb, kpi[0], kpi[1], k.get(kpi[0]).asText());
        }
        for (BlockType t : BlockType.values()) {
            kpi(sb, "block_mix." + t.label(), t.label() + " blocks", k.get("block_mix").get(t.label()).asText());
        }
        int gap = plan.kpis().gap();
        sb.append("</dl>\n<p id=\"bound-note\">").append(gap == 0
                ? "The plan uses the certified minimum number of drivers (gap 0)."
                : "The plan uses " + gap + " driver" + (gap == 1 ? "" : "s") + " more than the certified lower bound of "
                + plan.kpis().lowerBound() + "; no plan can use fewer than the bound.").append("</p></section>\n");
    }

    private static void audit(StringBuilder sb, RosterPageFacts facts) {
        sb.append("<section id=\"audit\"><h2>Audit</h2>\n");
        if (facts.audit().isEmpty()) {
            String how = facts.planId().isEmpty() ? "<code>audit</code> on this plan"
                    : "<code>audit --plan " + escape(facts.planId()) + "</code>";
            sb.append("<p id=\"audit-verdict\" class=\"not-audited\">Not audited yet: run ").append(how)
                    .append(" before approving or locking it.</p></section>\n");
            return;
        }
        AuditFacts a = facts.audit().get();
        sb.append("<p id=\"audit-verdict\" class=\"").append(escape(a.verdict())).append("\">Verdict <b>")
                .append(escape(a.verdict())).append("</b>, release gate ").append(a.releaseGate() ? "open" : "closed")
                .append(", <span id=\"near-count\">").append(a.nearViolations().size())
                .append("</span> near-violations (warnings, not failures).</p>\n")
                .append("<table id=\"audit-checks\"><tr><th>Check</th><th>Result</th><th>Violations</th>")
                .append("<th>Near-violations</th></tr>\n");
        for (AuditFacts.Check c : a.checks()) {
            sb.append("<tr data-check=\"").append(escape(c.id())).append("\"><td>").append(escape(c.id()))
                    .append("</td><td class=\"").append(escape(c.status())).append("\">").append(escape(c.status()))
                    .append("</td><td>").append(c.violations()).append("</td><td>").append(c.nearViolations())
                    .append("</td></tr>\n");
        }
        sb.append("<tr data-check=\"REPRODUCIBILITY\"><td>REPRODUCIBILITY</td><td class=\"")
                .append(escape(a.reproducibility())).append("\">").append(escape(a.reproducibility()))
                .append("</td><td colspan=\"2\">").append(escape(a.reproducibilityDetail())).append("</td></tr>\n</table>\n");
        if (!a.nearViolations().isEmpty()) {
            sb.append("<details id=\"near-violations\"><summary>").append(a.nearViolations().size())
                    .append(" near-violations</summary><ol>\n");
            a.nearViolations().stream().limit(NEAR_LIST_LIMIT).forEach(n -> sb.append("<li>")
                    .append(escape(n.checkId())).append(": ").append(escape(n.message())).append("</li>\n"));
            sb.append("</ol>");
            if (a.nearViolations().size() > NEAR_LIST_LIMIT) {
                sb.append("<p>").append(a.nearViolations().size() - NEAR_LIST_LIMIT)
                        .append(" more in audit_results.json; each driver's detail lists its own.</p>");
            }
            sb.append("</details>\n");
        }
        sb.append("</section>\n");
    }

    private static void legend(StringBuilder sb, RuleSet r) {
        sb.append("<section id=\"legend\"><h2>Legend</h2><ul>\n");
        swatch(sb, BlockType.SINGLE, "one tour");
        swatch(sb, BlockType.DOUBLE_REGULAR, "two tours, " + r.regularGapMin() + "-" + r.regularGapMax()
                + " min apart, span up to " + hours(r.maxSpanRegular()));
        swatch(sb, BlockType.DOUBLE_SPLIT, "two tours with a " + hours(r.splitBreakMin()) + " to "
                + hours(r.splitBreakMax()) + " break, span up to " + hours(r.maxSpanSplit()));
        swatch(sb, BlockType.TRIPLE, "three tours, " + r.regularGapMin() + "-" + r.regularGapMax()
                + " min apart, span up to " + hours(r.maxSpanTriple()));
        sb.append("<li><span class=\"pt-name\">D000</span> part-time driver: under ").append(hours(r.fteMinMinutes()))
                .append(" a week</li>\n<li><span class=\"near\">short rest</span> rest under ")
                .append(hours(r.nearRestMinutes())).append(" (near the ").append(hours(r.minRestMinutes()))
                .append(" minimum)</li>\n<li>Click a driver for the tours with times and the rest before each day.</li>\n")
                .append("</ul></section>\n");
    }

    private static void swatch(StringBuilder sb, BlockType t, String text) {
        sb.append("<li><span class=\"swatch t").append(t.label()).append("\">").append(t.label())
                .append("</span> ").append(escape(text)).append("</li>\n");
    }

    private static void fact(StringBuilder sb, String id, String label, String value) {
        sb.append("<div><dt>").append(label).append("</dt><dd id=\"").append(id).append("\">").append(escape(value))
                .append("</dd></div>");
    }

    private static void kpi(StringBuilder sb, String key, String label, String value) {
        sb.append("<div><dt>").append(label).append("</dt><dd data-kpi=\"").append(key).append("\">").append(escape(value))
                .append("</dd></div>");
    }

    /** Minutes as {@code 11 h} or {@code 11:30 h} (a minus sign before negative values). */
    static String hours(long minutes) {
        long m = Math.abs(minutes);
        String sign = minutes < 0 ? "-" : "";
        return m % 60 == 0 ? sign + m / 60 + " h" : String.format(Locale.ROOT, "%s%d:%02d h", sign, m / 60, m % 60);
    }
}

package io.solvereign.harness.export;

import static io.solvereign.harness.export.RosterHtml.escape;

import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One driver's detail on the roster page, opened by clicking the driver: per working day the date,
 * block, tours with times and hours, and the rest since the previous working day (marked when under
 * the rule set's near-violation threshold); with an audit, the driver's own near-violations.
 */
final class DriverDetail {
    private DriverDetail() {
    }

    static void render(StringBuilder sb, Plan plan, RosterPageFacts facts, DriverWeek w) {
        int nearRest = plan.ruleSet().nearRestMinutes();
        sb.append("<table class=\"tours\"><tr><th>Day</th><th>Date</th><th>Block</th><th>Tours</th>")
                .append("<th>Rest before</th></tr>\n");
        for (Map.Entry<Weekday, List<DriverWeek.Row>> e : w.days().entrySet()) {
            Weekday day = e.getKey();
            List<DriverWeek.Row> rows = e.getValue();
            String block = rows.get(0).assignment().blockType().label();
            sb.append("<tr data-day=\"").append(day.abbreviation()).append("\"><td>").append(day.abbreviation())
                    .append("</td><td>").append(plan.weekAnchor().plusDays(day.number() - 1L)).append("</td><td class=\"t")
                    .append(block).append("\">").append(block).append("</td><td>");
            for (int i = 0; i < rows.size(); i++) {
                DriverWeek.Row r = rows.get(i);
                sb.append(i == 0 ? "" : "<br>").append(r.instance().time().format()).append(" <small>")
                        .append(escape(r.instance().id())).append(", ").append(DriverWeek.hours(r.instance().durationMinutes()))
                        .append(" h</small>");
            }
            OptionalLong rest = w.restBeforeMinutes(day);
            if (rest.isEmpty()) {
                sb.append("</td><td class=\"rest\">first working day of the week</td></tr>\n");
            } else {
                long m = rest.getAsLong();
                sb.append("</td><td class=\"rest").append(m < nearRest ? " near" : "").append("\" data-rest-minutes=\"")
                        .append(m).append("\">").append(RosterHeader.hours(m)).append("</td></tr>\n");
            }
        }
        sb.append("</table>\n");
        facts.audit().ifPresent(a -> {
            List<AuditFacts.Near> near = a.nearViolationsOf(w.driverId());
            if (near.isEmpty()) {
                sb.append("<p class=\"driver-near\">No near-violations.</p>");
                return;
            }
            sb.append("<ul class=\"driver-near\">");
            near.forEach(n -> sb.append("<li>").append(escape(n.checkId())).append(": ").append(escape(n.message()))
                    .append("</li>"));
            sb.append("</ul>");
        });
    }
}

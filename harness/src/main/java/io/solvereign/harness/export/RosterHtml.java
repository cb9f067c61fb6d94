package io.solvereign.harness.export;

import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Renders the roster page: one self-contained HTML file a dispatcher can open offline. Style and
 * script are inlined from {@code roster.css} and {@code roster.js} beside this class, and a
 * Content-Security-Policy forbids every network request. The page works without its script (all
 * content is in the HTML); the script adds sorting by driver, hours or type, the filter box and the
 * per-driver detail toggle. Same plan and facts give the same bytes.
 */
final class RosterHtml {
    private static final String CSS = resource("roster.css");
    private static final String SCRIPT = resource("roster.js");
    /** No network at all: only the inline style and script of the page itself. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

    private RosterHtml() {
    }

    static String render(Plan plan, RosterPageFacts facts, List<DriverWeek> weeks, List<Weekday> days,
                         BiFunction<DriverWeek, Weekday, String> cell, Function<DriverWeek, String> type) {
        StringBuilder sb = new StringBuilder(256 * 1024);
        String week = RosterHeader.weekKey(plan.weekAnchor());
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<title>SOLVEREIGN roster ").append(week)
                .append(facts.planId().isEmpty() ? "" : " " + escape(facts.planId())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style></head><body>\n");
        RosterHeader.render(sb, plan, facts);
        sb.append("<section id=\"roster\"><h2>Drivers</h2>\n<p class=\"controls\"><label>Filter ")
                .append("<input id=\"filter\" type=\"search\" placeholder=\"driver, FTE/PT, block type, time or tour\" ")
                .append("autocomplete=\"off\"></label> <span id=\"shown\">").append(weeks.size()).append(" of ")
                .append(weeks.size()).append(" drivers</span> <small>Click a column title to sort; click again to reverse.")
                .append("</small></p>\n<table id=\"roster-table\"><thead><tr>")
                .append("<th data-sort=\"driver\" aria-sort=\"ascending\"><button type=\"button\">Driver</button></th>")
                .append("<th data-sort=\"type\" aria-sort=\"none\"><button type=\"button\">Type</button></th>")
                .append("<th data-sort=\"hours\" aria-sort=\"none\"><button type=\"button\">Hours</button></th>");
        List<DayTotals> totals = DayTotals.of(weeks, days, plan.weekAnchor());
        for (DayTotals t : totals) {
            sb.append("<th data-day=\"").append(t.day().abbreviation()).append("\">").append(t.day().abbreviation())
                    .append(" <span class=\"date\">").append(t.date()).append("</span></th>");
        }
        sb.append("</tr>\n<tr class=\"totals\"><th colspan=\"3\">Per day (whole plan)</th>");
        for (DayTotals t : totals) {
            dayTotal(sb, t);
        }
        sb.append("</tr></thead>\n");
        for (DriverWeek w : weeks) {
            driver(sb, plan, facts, w, days, cell, type.apply(w));
        }
        sb.append("</table></section>\n<script>\n").append(SCRIPT).append("</script>\n</body></html>\n");
        return sb.toString();
    }

    private static void dayTotal(StringBuilder sb, DayTotals t) {
        sb.append("<td class=\"day-total\" data-day=\"").append(t.day().abbreviation()).append("\"><span class=\"n-tours\">")
                .append(t.tours()).append("</span> tours, <span class=\"n-drivers\">").append(t.drivers())
                .append("</span> drivers<br>");
        for (BlockType b : BlockType.values()) {
            sb.append(b == BlockType.DOUBLE_SPLIT ? "<br>" : b == BlockType.SINGLE ? "" : " · ")
                    .append(b.label()).append(" <b data-block=\"").append(b.label()).append("\">")
                    .append(t.blocks().get(b)).append("</b>");
        }
        sb.append("</td>");
    }

    private static void driver(StringBuilder sb, Plan plan, RosterPageFacts facts, DriverWeek w, List<Weekday> days,
                               BiFunction<DriverWeek, Weekday, String> cell, String type) {
        String id = escape(w.driverId());
        StringBuilder search = new StringBuilder(w.driverId()).append(' ').append(type);
        StringBuilder cells = new StringBuilder();
        for (Weekday d : days) {
            String c = cell.apply(w, d);
            String cls = c.isEmpty() ? "" : " class=\"t" + c.substring(0, c.indexOf(' ')) + "\"";
            cells.append("<td").append(cls).append('>').append(escape(c)).append("</td>");
            if (!c.isEmpty()) {
                search.append(' ').append(c);
            }
            w.days().getOrDefault(d, List.of()).forEach(r -> search.append(' ').append(r.instance().id()));
        }
        sb.append("<tbody class=\"driver\" data-driver=\"").append(id).append("\" data-type=\"").append(type)
                .append("\" data-minutes=\"").append(w.workMinutes()).append("\" data-search=\"")
                .append(escape(search.toString().toLowerCase(Locale.ROOT))).append("\">\n<tr class=\"main ").append(type)
                .append("\"><th scope=\"row\"><button type=\"button\" class=\"toggle\" aria-expanded=\"false\" ")
                .append("aria-controls=\"detail-").append(id).append("\">").append(id).append("</button></th><td>")
                .append(type).append("</td><td class=\"num\">").append(DriverWeek.hours(w.workMinutes())).append("</td>")
                .append(cells).append("</tr>\n<tr class=\"detail\" id=\"detail-").append(id).append("\" hidden><td colspan=\"")
                .append(3 + days.size()).append("\">");
        DriverDetail.render(sb, plan, facts, w);
        sb.append("</td></tr>\n</tbody>\n");
    }

    /** Escapes text for HTML content and double-quoted attributes. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = RosterHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + RosterHtml.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}

package io.solvereign.harness.export;

import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.Weekday;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Renders the roster matrix as one self-contained HTML page a dispatcher can open offline. */
final class RosterHtml {
    private RosterHtml() {
    }

    static String render(Plan plan, List<DriverWeek> weeks, List<Weekday> days,
                         BiFunction<DriverWeek, Weekday, String> cell, Function<DriverWeek, String> type) {
        Kpis k = plan.kpis();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">\n")
                .append("<title>SOLVEREIGN roster ").append(plan.weekAnchor()).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse;font-size:12px}")
                .append("th,td{border:1px solid #bbb;padding:2px 6px;white-space:nowrap}th{background:#eee;position:sticky;top:0}")
                .append("td.t3er{background:#fde2c8}td.t2er-split{background:#e4d4f4}td.t2er-reg{background:#d4ecf9}")
                .append("td.t1er{background:#e8f5e1}tr.PT td:first-child{color:#b00}</style></head><body>\n");
        sb.append("<h1>Week of ").append(plan.weekAnchor()).append(" (").append(escape(plan.zone().getId())).append(")</h1>\n");
        sb.append("<p>").append(k.drivers()).append(" drivers (").append(k.ptDrivers()).append(" part-time), lower bound ")
                .append(k.lowerBound()).append(", blocks 1er ").append(k.singles()).append(" / 2er-reg ")
                .append(k.doublesRegular()).append(" / 2er-split ").append(k.doublesSplit()).append(" / 3er ")
                .append(k.triples()).append(", average ").append(k.averageHours()).append(" h.</p>\n");
        sb.append("<p><small>output_hash ").append(plan.outputHash()).append("<br>input_hash ")
                .append(plan.inputHash()).append("</small></p>\n<table><tr><th>Driver</th><th>Type</th><th>Hours</th>");
        days.forEach(d -> sb.append("<th>").append(d.abbreviation()).append("</th>"));
        sb.append("</tr>\n");
        for (DriverWeek w : weeks) {
            String t = type.apply(w);
            sb.append("<tr class=\"").append(t).append("\"><td>").append(escape(w.driverId())).append("</td><td>")
                    .append(t).append("</td><td>").append(DriverWeek.hours(w.workMinutes())).append("</td>");
            for (Weekday d : days) {
                String c = cell.apply(w, d);
                String cls = c.isEmpty() ? "" : " class=\"t" + c.substring(0, c.indexOf(' ')) + "\"";
                sb.append("<td").append(cls).append('>').append(escape(c)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n</body></html>\n");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

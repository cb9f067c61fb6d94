package io.solvereign.harness.store;

import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.api.store.TrailEntry;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content hash of every stored record as its rows are now, keyed {@code "KIND ref"} like the
 * ledger. A plan whose assignment rows differ from its stored solver output gets a hash that matches
 * nothing, so the edit is reported on that plan.
 */
final class Contents {
    private final JdbcPlanStore store;

    Contents(JdbcPlanStore store) {
        this.store = store;
    }

    Map<String, String> all() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        Map<String, String> forecastRaw = store.uids("forecast_version");
        for (ForecastVersion f : store.forecastsWhere("")) {
            String[] uidMeta = forecastRaw.get(f.id()).split("\n", 2);
            out.put(RecordHashes.FORECAST + " " + f.id(), RecordHashes.forecast(f, uidMeta[0], uidMeta[1]));
        }
        Map<String, String> planRaw = store.uids("plan_version");
        for (PlanVersion p : store.plansWhere("")) {
            String uid = planRaw.get(p.id()).split("\n", 2)[0];
            boolean rowsMatch = Assignments.of(p.solverOutputJson()).equals(store.assignments(p.id()));
            out.put(RecordHashes.PLAN + " " + p.id(), rowsMatch ? RecordHashes.plan(p, uid) : "assignment rows edited");
        }
        for (TrailEntry e : store.trail()) {
            out.put(RecordHashes.TRAIL + " " + e.sequence(), RecordHashes.trail(e));
        }
        store.approvals().forEach(a -> out.put(RecordHashes.APPROVAL + " " + a.sequence(), RecordHashes.approval(a)));
        store.kpiBaselines().forEach(b -> out.put(RecordHashes.KPI_BASELINE + " " + b.sequence(), RecordHashes.kpiBaseline(b)));
        if (hasKillSwitch()) {
            out.put(RecordHashes.KILL_SWITCH + " 1", RecordHashes.killSwitch(store.killSwitch()));
        }
        return out;
    }

    private boolean hasKillSwitch() throws SQLException {
        try (var ps = store.connection().prepareStatement("SELECT COUNT(*) FROM kill_switch"); var rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}

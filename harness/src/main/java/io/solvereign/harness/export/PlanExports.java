package io.solvereign.harness.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.solvereign.api.model.BlockType;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Kpis;
import io.solvereign.api.model.Plan;
import io.solvereign.api.model.RuleSet;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.Weekday;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The dispatcher-facing files of a plan (DOMAIN §15). Every method returns deterministic bytes
 * for the same plan, so the files can go into evidence packs unchanged.
 */
public final class PlanExports {
    /** File names written by {@link #writeAll(Path)}, in the order written. */
    public static final List<String> FILE_NAMES =
            List.of("matrix.csv", "rosters.csv", "kpis.json", "metadata.json", "roster.html");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Plan plan;
    private final RosterPageFacts facts;
    private final List<DriverWeek> weeks;
    private final Set<Weekday> days;

    private PlanExports(Plan plan, Forecast forecast, RosterPageFacts facts) {
        this.plan = plan;
        this.facts = facts;
        this.weeks = DriverWeek.of(plan, forecast);
        this.days = EnumSet.noneOf(Weekday.class);
        forecast.instances().forEach(t -> days.add(t.day()));
    }

    /**
     * Exports for a plan of the given forecast, with nothing known about it beyond itself: the roster
     * page says the plan is not stored and not audited yet.
     *
     * @throws IllegalArgumentException when the plan names tours the forecast does not have
     */
    public static PlanExports of(Plan plan, Forecast forecast) {
        return of(plan, forecast, RosterPageFacts.none());
    }

    /**
     * Exports for a plan of the given forecast; the roster page's header shows the given facts (plan
     * id, status, site, audit). Only {@code roster.html} depends on them.
     *
     * @throws IllegalArgumentException when the plan names tours the forecast does not have
     */
    public static PlanExports of(Plan plan, Forecast forecast, RosterPageFacts facts) {
        return new PlanExports(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(forecast, "forecast"),
                Objects.requireNonNull(facts, "facts"));
    }

    /** {@code matrix.csv}: Driver, Type (FTE/PT), Hours, one column per day such as {@code 3er 05:00-20:00}. */
    public String matrixCsv() {
        StringBuilder sb = new StringBuilder("Driver,Type,Hours");
        days.forEach(d -> sb.append(',').append(d.abbreviation()));
        sb.append('\n');
        for (DriverWeek w : weeks) {
            sb.append(w.driverId()).append(',').append(type(w)).append(',').append(DriverWeek.hours(w.workMinutes()));
            for (Weekday d : days) {
                sb.append(',').append(cell(w, d));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code rosters.csv}: Driver, Day, Tour_Instance_ID, Start, End, Hours, Block_ID, Block_Type; one row a tour. */
    public String rostersCsv() {
        StringBuilder sb = new StringBuilder("Driver,Day,Tour_Instance_ID,Start,End,Hours,Block_ID,Block_Type\n");
        for (DriverWeek w : weeks) {
            w.days().forEach((day, rows) -> rows.forEach(r -> sb.append(w.driverId()).append(',')
                    .append(day.abbreviation()).append(',')
                    .append(r.instance().id()).append(',')
                    .append(TimeRange.clock(r.instance().time().startMinute())).append(',')
                    .append(TimeRange.clock(r.instance().time().endMinute())).append(',')
                    .append(DriverWeek.hours(r.instance().durationMinutes())).append(',')
                    .append(r.assignment().blockId()).append(',')
                    .append(r.assignment().blockType().label()).append('\n')));
        }
        return sb.toString();
    }

    /** {@code kpis.json}: drivers, FTE/PT counts, hours, block mix and the certified lower bound. */
    public String kpisJson() {
        return write(kpisNode(plan.kpis()));
    }

    /** The KPI object as {@code kpis.json} holds it; also the {@code kpis} part of {@code solve --json}. */
    public static ObjectNode kpisNode(Kpis k) {
        ObjectNode n = JSON.createObjectNode();
        n.put("drivers", k.drivers());
        n.put("fte_drivers", k.fteDrivers());
        n.put("pt_drivers", k.ptDrivers());
        n.put("tours", k.tours());
        n.put("blocks", k.blocks());
        n.set("block_mix", blockMixNode(k));
        n.put("avg_hours", new java.math.BigDecimal(k.averageHours()));
        n.put("min_hours", new java.math.BigDecimal(DriverWeek.hours(k.minWorkMinutes())));
        n.put("max_hours", new java.math.BigDecimal(DriverWeek.hours(k.maxWorkMinutes())));
        n.put("lower_bound", k.lowerBound());
        n.put("gap", k.gap());
        return n;
    }

    /** Blocks per type keyed by label ({@code 1er}, {@code 2er-reg}, {@code 2er-split}, {@code 3er}), in that order. */
    public static ObjectNode blockMixNode(Kpis k) {
        ObjectNode mix = JSON.createObjectNode();
        for (BlockType t : BlockType.values()) {
            mix.put(t.label(), k.blocksOf(t));
        }
        return mix;
    }

    /** {@code metadata.json}: the plan's hashes, seed, solver version, week and zone. */
    public String metadataJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("input_hash", plan.inputHash());
        n.put("solver_config_hash", plan.solverConfigHash());
        n.put("output_hash", plan.outputHash());
        n.put("seed", plan.seed());
        n.put("solver_version", plan.solverVersion());
        n.put("week_anchor_date", plan.weekAnchor().toString());
        n.put("time_zone", plan.zone().getId());
        return write(n);
    }

    /**
     * {@code roster.html}: one self-contained page (inline style and script, no network): header with
     * plan id, status, seed, site, week, KPIs, bound and gap, audit per check and near-violations; legend;
     * day columns with dates and per-day totals; sorting, a filter and a per-driver detail.
     */
    public String rosterHtml() {
        return RosterHtml.render(plan, facts, weeks, new ArrayList<>(days), this::cell, this::type);
    }

    /**
     * Writes every file of {@link #FILE_NAMES} into the folder (created if needed).
     *
     * @return the written paths in {@link #FILE_NAMES} order
     */
    public List<Path> writeAll(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("matrix.csv", matrixCsv());
        files.put("rosters.csv", rostersCsv());
        files.put("kpis.json", kpisJson());
        files.put("metadata.json", metadataJson());
        files.put("roster.html", rosterHtml());
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                written.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write exports to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private String type(DriverWeek w) {
        RuleSet rules = plan.ruleSet();
        return w.workMinutes() >= rules.fteMinMinutes() ? "FTE" : "PT";
    }

    private String cell(DriverWeek w, Weekday d) {
        List<DriverWeek.Row> rows = w.days().get(d);
        if (rows == null || rows.isEmpty()) {
            return "";
        }
        int start = rows.get(0).instance().time().startMinute();
        int end = rows.get(rows.size() - 1).instance().time().endMinute();
        return rows.get(0).assignment().blockType().label() + " " + TimeRange.clock(start) + "-" + TimeRange.clock(end);
    }

    private static String write(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

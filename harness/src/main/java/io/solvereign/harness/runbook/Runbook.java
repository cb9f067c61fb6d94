package io.solvereign.harness.runbook;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.Plan;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.store.NewPlan;
import io.solvereign.api.store.PlanLifecycle;
import io.solvereign.api.store.PlanVersion;
import io.solvereign.harness.store.JdbcPlanStore;
import io.solvereign.harness.store.StoreTarget;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One opened workspace: the JDBC store, the lifecycle over it with the invocation's clock (each
 * operation one transaction),
 * and the conversions every runbook step needs (a stored plan back to a {@link Plan}, its stored
 * forecast back to a {@link Forecast} on the plan's own week and zone).
 */
public final class Runbook {
    /** How long a command waits for another process's transaction unless told otherwise. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(30);

    private final JdbcPlanStore store;
    private final PlanLifecycle lifecycle;
    private final Clock clock;

    private Runbook(JdbcPlanStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.lifecycle = new AtomicLifecycle(store, PlanLifecycle.create(store, clock));
    }

    /**
     * Opens (creating when absent) the store and verifies its hash chain and every record.
     *
     * @param chainKey    the HMAC key of the hash chain, empty for an unkeyed chain
     * @param busyTimeout the bounded wait for other processes before {@code WORKSPACE_BUSY}
     * @throws SolvereignException {@code PLAN_TAMPERED} naming a record changed behind the store's back
     */
    public static Runbook open(StoreTarget target, byte[] chainKey, Duration busyTimeout, Clock clock) {
        return new Runbook(JdbcPlanStore.open(target, chainKey, busyTimeout), Objects.requireNonNull(clock, "clock"));
    }

    /** Opens the embedded store of a workspace folder, keyed with {@code SOLVEREIGN_HMAC_SECRET} when set. */
    public static Runbook open(Path workspace, Clock clock) {
        return open(workspace, HmacKeys.resolve(null, System::getenv), clock);
    }

    /** Opens the embedded store of a workspace folder with the default wait. */
    public static Runbook open(Path workspace, byte[] chainKey, Clock clock) {
        return open(StoreTarget.workspace(workspace), chainKey, DEFAULT_BUSY_TIMEOUT, clock);
    }

    /**
     * The same store with another clock, e.g. for a repair at a given moment (the CLI's {@code --now}
     * per request); the store is shared, not reopened.
     */
    public Runbook withClock(Clock other) {
        return new Runbook(store, Objects.requireNonNull(other, "clock"));
    }

    /** The store. */
    public JdbcPlanStore store() {
        return store;
    }

    /** The lifecycle over the store. */
    public PlanLifecycle lifecycle() {
        return lifecycle;
    }

    /** The invocation's clock. */
    public Clock clock() {
        return clock;
    }

    /** Stores the forecast's original bytes and canonical text (idempotent for identical bytes). */
    public ForecastVersion importForecast(String actor, byte[] originalBytes, Forecast forecast) {
        return lifecycle.importForecast(actor, originalBytes, CanonicalForm.text(forecast));
    }

    /**
     * Stores a parsed forecast's original bytes and canonical text with the given meta; tenant and site
     * codes of a JSON import are added as the {@code tenant_code} and {@code site_code} attributes unless
     * the meta already names them (an explicit {@code --site} wins).
     */
    public ForecastVersion importForecast(String actor, byte[] originalBytes, ParseResult parsed, ForecastMeta meta) {
        java.util.TreeMap<String, String> attrs = new java.util.TreeMap<>();
        if (!parsed.site().tenantCode().isEmpty()) {
            attrs.put(WeekChain.TENANT, parsed.site().tenantCode());
        }
        if (!parsed.site().siteCode().isEmpty()) {
            attrs.put(WeekChain.SITE, parsed.site().siteCode());
        }
        attrs.putAll(meta.attributes());
        ForecastMeta merged = attrs.isEmpty() ? meta
                : ForecastMeta.of(meta.kind(), meta.weekKey(), meta.parentId(), attrs);
        return lifecycle.importForecast(actor, originalBytes, CanonicalForm.text(parsed.forecast()), merged);
    }

    /** As {@link #importForecast(String, byte[], Forecast)} with the version's meta (site, week, kind). */
    public ForecastVersion importForecast(String actor, byte[] originalBytes, Forecast forecast,
                                          io.solvereign.api.store.ForecastMeta meta) {
        return lifecycle.importForecast(actor, originalBytes, CanonicalForm.text(forecast), meta);
    }

    /** Stores a solved or repaired plan as a new DRAFT with its {@code solver_output.json} bytes. */
    public PlanVersion storeDraft(String actor, String reason, String forecastVersionId, String baselinePlanId,
                                  Plan plan) {
        return lifecycle.createDraft(actor, reason, new NewPlan(forecastVersionId, baselinePlanId,
                PlanJson.writeBytes(plan), new byte[0], plan.outputHash()));
    }

    /** The plan version, or {@code NOT_FOUND}. */
    public PlanVersion planVersion(String planId) {
        return lifecycle.plan(planId);
    }

    /** The plan inside a stored version. */
    public static Plan plan(PlanVersion version) {
        return PlanJson.read(new String(version.solverOutputJson(), StandardCharsets.UTF_8),
                "plans/" + version.id() + "/" + PlanJson.FILE_NAME);
    }

    /**
     * The forecast a plan was made for, parsed from the stored original bytes on the plan's week
     * anchor and zone. The format is not stored, so every format is tried and the one that gives the
     * plan's input_hash wins; the canonical text is the last resort (it has no skills).
     *
     * @throws SolvereignException {@code MALFORMED_PLAN} when no reading gives the plan's input_hash
     */
    public Forecast forecastOf(PlanVersion version, Plan plan) {
        ForecastVersion f = lifecycle.forecast(version.forecastVersionId());
        Forecast parsed = parseStored(f, plan.weekAnchor(), plan.zone(), plan.inputHash());
        if (parsed != null) {
            return parsed;
        }
        if (f.inputHash().equals(plan.inputHash())) {
            return CanonicalForm.parse(f.canonicalText(), plan.weekAnchor(), plan.zone());
        }
        throw new SolvereignException(ErrorCode.MALFORMED_PLAN, "plan " + version.id() + " has input_hash "
                + plan.inputHash() + " but its forecast version " + f.id() + " has " + f.inputHash());
    }

    /**
     * A stored forecast version on the given week and zone, read like {@link #forecastOf(PlanVersion, Plan)}:
     * the reading of the original bytes that gives the version's input_hash, else its canonical text.
     */
    public Forecast forecastOf(ForecastVersion f, LocalDate weekAnchor, ZoneId zone) {
        Forecast parsed = parseStored(f, weekAnchor, zone, f.inputHash());
        return parsed != null ? parsed : CanonicalForm.parse(f.canonicalText(), weekAnchor, zone);
    }

    /** The first format whose reading of the stored bytes has the wanted input_hash, or null. */
    private static Forecast parseStored(ForecastVersion f, LocalDate weekAnchor, ZoneId zone, String inputHash) {
        String text = new String(f.originalBytes(), StandardCharsets.UTF_8);
        for (InputFormat format : List.of(InputFormat.AUTO, InputFormat.TEXT, InputFormat.DAY_CSV, InputFormat.TOUR_CSV,
                InputFormat.JSON)) {
            ParseResult r = ForecastParser.parse(text, format, weekAnchor, zone);
            if (r.solvable() && CanonicalForm.inputHash(r.forecast()).equals(inputHash)) {
                return r.forecast();
            }
        }
        return null;
    }
}

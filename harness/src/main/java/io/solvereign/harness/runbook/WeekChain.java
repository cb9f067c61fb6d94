package io.solvereign.harness.runbook;

import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.CanonicalForm;
import io.solvereign.api.internal.io.CanonicalJson;
import io.solvereign.api.internal.io.ForecastJson;
import io.solvereign.api.internal.io.ForecastParser;
import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseIssue;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.internal.io.VersionJson;
import io.solvereign.api.model.Forecast;
import io.solvereign.api.model.TenantSite;
import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import io.solvereign.api.store.ForecastVersion;
import io.solvereign.api.version.Completeness;
import io.solvereign.api.version.Composition;
import io.solvereign.api.version.ForecastDiff;
import io.solvereign.api.version.Patch;
import io.solvereign.api.version.WeekKey;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The patch chain of one ISO week in a workspace (DOMAIN §12). Patches are stored as forecast
 * versions of kind PATCH (each naming the week's previous patch as parent); every compose re-applies
 * the week's whole chain in stored order and stores the result as a COMPOSED version whose parent is
 * the week's previous composition, with the attributes {@code completeness}, {@code expected_days},
 * {@code days_present}, {@code provenance} (canonical JSON), {@code time_zone} and, when a patch named
 * them, {@code tenant_code} and {@code site_code}. The composed version's bytes are the composed week
 * in the JSON import contract when tenant and site are known (so external ids survive), else its
 * canonical text.
 */
public final class WeekChain {
    /** Attribute: the site zone the patches were read in. */
    public static final String TIME_ZONE = "time_zone";
    /** Attribute: the expected days of the completeness verdict. */
    public static final String EXPECTED_DAYS = "expected_days";
    /** Attribute: the days present, e.g. {@code Mo,Di}. */
    public static final String DAYS_PRESENT = "days_present";
    /** Attribute: provenance of a composition as canonical JSON. */
    public static final String PROVENANCE = "provenance";
    /** Attribute: tenant code. */
    public static final String TENANT = "tenant_code";
    /** Attribute: site code. */
    public static final String SITE = "site_code";

    private final Runbook runbook;
    private final WeekKey week;
    private final ZoneId zone;

    /** The chain of {@code week} in the runbook's workspace, patches read in {@code zone}. */
    public WeekChain(Runbook runbook, WeekKey week, ZoneId zone) {
        this.runbook = runbook;
        this.week = week;
        this.zone = zone;
    }

    /** A patch file to add: its name (for messages) and bytes. */
    public record PatchInput(String name, byte[] bytes) {
    }

    /**
     * What a compose did.
     *
     * @param patches      the patch versions stored by this call, in order
     * @param composed     the new COMPOSED version
     * @param previous     the week's previous composition, empty for the first
     * @param composition  the composed state (lines, provenance, tombstones)
     * @param completeness the week's completeness
     * @param diff         the diff from the previous composition (or from nothing) to this one
     */
    public record Result(List<ForecastVersion> patches, ForecastVersion composed, Optional<ForecastVersion> previous,
                         Composition composition, Completeness completeness, ForecastDiff diff) {
    }

    /**
     * Stores the patches and composes the week.
     *
     * @throws SolvereignException the first failure's code when a patch has FAIL lines (nothing is stored),
     *                             {@code WRONG_WEEK} when a JSON patch is for another week
     */
    public Result compose(String actor, List<PatchInput> inputs, int expectedDays) {
        List<ParseResult> parsed = new ArrayList<>();
        for (PatchInput in : inputs) {
            ParseResult r = parse(in.bytes());
            if (!r.solvable()) {
                ParseIssue first = r.failures().get(0);
                throw new SolvereignException(first.code(), in.name() + ": " + first.describe()
                        + (r.failures().size() > 1 ? " (and " + (r.failures().size() - 1) + " more failing issues)" : ""));
            }
            if (!r.forecast().weekAnchor().equals(week.monday())) {
                throw new SolvereignException(ErrorCode.WRONG_WEEK, in.name() + " is for the week of "
                        + r.forecast().weekAnchor() + " (" + WeekKey.of(r.forecast().weekAnchor()) + "), not " + week);
            }
            parsed.add(r);
        }
        Optional<ForecastVersion> previous = latest(ForecastKind.COMPOSED);
        List<ForecastVersion> stored = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String parent = latest(ForecastKind.PATCH).map(ForecastVersion::id).orElse("");
            TreeMap<String, String> attrs = new TreeMap<>();
            attrs.put(TIME_ZONE, zone.getId());
            site(attrs, parsed.get(i).site());
            stored.add(runbook.lifecycle().importForecast(actor, inputs.get(i).bytes(),
                    CanonicalForm.text(parsed.get(i).forecast()), ForecastMeta.of(ForecastKind.PATCH, week.toString(),
                            parent, attrs)));
        }
        Composition composition = Composition.empty(week.monday(), zone);
        TenantSite site = TenantSite.NONE;
        for (ForecastVersion p : versions(ForecastKind.PATCH)) {
            ParseResult r = parse(p.originalBytes());
            composition = composition.apply(Patch.of(p.id(), r));
            site = r.site().isNone() ? site : r.site();
        }
        Forecast forecast = composition.forecast();
        Completeness completeness = composition.completeness(expectedDays);
        TreeMap<String, String> attrs = new TreeMap<>();
        attrs.put(ForecastMeta.COMPLETENESS, completeness.state().name());
        attrs.put(EXPECTED_DAYS, Integer.toString(expectedDays));
        attrs.put(DAYS_PRESENT, String.join(",", completeness.present().stream().map(d -> d.abbreviation()).toList()));
        attrs.put(PROVENANCE, CanonicalJson.canonicalize(VersionJson.provenance(composition)));
        attrs.put(TIME_ZONE, zone.getId());
        site(attrs, site);
        byte[] bytes = site.isNone() ? CanonicalForm.text(forecast).getBytes(StandardCharsets.UTF_8)
                : ForecastJson.write(forecast, site);
        ForecastVersion composed = runbook.lifecycle().importForecast(actor, bytes, CanonicalForm.text(forecast),
                ForecastMeta.of(ForecastKind.COMPOSED, week.toString(), previous.map(ForecastVersion::id).orElse(""), attrs));
        Forecast before = previous.map(this::forecastOf).orElse(Forecast.of(week.monday(), zone, List.of()));
        return new Result(stored, composed, previous, composition, completeness, ForecastDiff.of(before, forecast));
    }

    /** The forecast of a stored version of this chain (a patch's adds, or a composition). */
    public Forecast forecastOf(ForecastVersion v) {
        ParseResult r = parse(v.originalBytes());
        return r.solvable() ? r.forecast()
                : CanonicalForm.parse(v.canonicalText(), week.monday(), zone);
    }

    /** The week's latest version of a kind. */
    public Optional<ForecastVersion> latest(ForecastKind kind) {
        List<ForecastVersion> all = versions(kind);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The week's versions of a kind, in stored order. */
    public List<ForecastVersion> versions(ForecastKind kind) {
        return runbook.store().forecasts().stream()
                .filter(f -> f.meta().kind() == kind && f.meta().weekKey().equals(week.toString())).toList();
    }

    private ParseResult parse(byte[] bytes) {
        return ForecastParser.parse(new String(bytes, StandardCharsets.UTF_8), InputFormat.AUTO, week.monday(), zone);
    }

    private static void site(TreeMap<String, String> attrs, TenantSite site) {
        if (!site.tenantCode().isEmpty()) {
            attrs.put(TENANT, site.tenantCode());
        }
        if (!site.siteCode().isEmpty()) {
            attrs.put(SITE, site.siteCode());
        }
    }
}

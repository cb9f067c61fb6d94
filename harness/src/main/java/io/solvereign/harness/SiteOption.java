package io.solvereign.harness;

import io.solvereign.api.store.ForecastKind;
import io.solvereign.api.store.ForecastMeta;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --site CODE} on the commands that store a forecast ({@code @Mixin}): the depot the week
 * belongs to, kept as the forecast version's {@code site_code} attribute and shown by {@code status}.
 */
public final class SiteOption {
    /** The forecast attribute that names the site. */
    static final String SITE_CODE = "site_code";

    @Option(names = "--site", paramLabel = "CODE", description = "Site (depot) code stored with the forecast, e.g. WIEN-01.")
    String site;

    /** The meta of a plain import, naming the site when given. */
    ForecastMeta meta() {
        return site == null || site.isBlank() ? ForecastMeta.none()
                : ForecastMeta.of(ForecastKind.IMPORT, "", "", Map.of(SITE_CODE, site.strip()));
    }
}

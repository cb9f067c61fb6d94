package io.solvereign.api.io;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Size limits every reader checks before it reads (and again while it reads, in case a file grows
 * or lies about its size): a file above its limit is refused with one
 * {@link io.solvereign.api.ErrorCode#INPUT_TOO_LARGE} line, never read into memory. Callers with
 * bigger inputs raise a limit ({@link #withForecastBytes(long)} and friends; the CLI reads the
 * system properties named in {@link #fromProperties(UnaryOperator)}).
 *
 * @param forecastBytes  largest forecast file (64 MB)
 * @param forecastLines  most physical lines in a forecast (200,000; the Vienna week has about 700)
 * @param lineBytes      longest line of a forecast (64 KB)
 * @param planBytes      largest plan file, {@code solver_output.json} (256 MB)
 * @param ruleSetBytes   largest rule set file (1 MB)
 * @param keyBytes       largest HMAC key file (64 KB)
 * @param zipBytes       largest evidence zip on disk (256 MB)
 * @param zipEntryBytes  largest inflated entry of an evidence zip (256 MB)
 * @param zipTotalBytes  most inflated bytes of all entries of one evidence zip together (1 GB)
 */
public record ReadLimits(long forecastBytes, long forecastLines, long lineBytes, long planBytes, long ruleSetBytes, long keyBytes,
                         long zipBytes, long zipEntryBytes, long zipTotalBytes) {
    private static final long KB = 1024;
    private static final long MB = KB * KB;
    private static final long GB = MB * KB;
    private static final ReadLimits DEFAULTS = new ReadLimits(64 * MB, 200_000, 64 * KB, 256 * MB, MB, 64 * KB, 256 * MB,
            256 * MB, GB);

    /** Prefix of the system properties {@link #fromProperties(UnaryOperator)} reads. */
    public static final String PROPERTY_PREFIX = "solvereign.limit.";

    /**
     * Creates the record, checking its components.
     *
     * @param forecastBytes largest forecast file (64 MB)
     * @param forecastLines most physical lines in a forecast (200,000; the Vienna week has about 700)
     * @param lineBytes longest line of a forecast (64 KB)
     * @param planBytes largest plan file, {@code solver_output.json} (256 MB)
     * @param ruleSetBytes largest rule set file (1 MB)
     * @param keyBytes largest HMAC key file (64 KB)
     * @param zipBytes largest evidence zip on disk (256 MB)
     * @param zipEntryBytes largest inflated entry of an evidence zip (256 MB)
     * @param zipTotalBytes most inflated bytes of all entries of one evidence zip together (1 GB)
     */
    public ReadLimits {
        positive("forecastBytes", forecastBytes);
        positive("forecastLines", forecastLines);
        positive("lineBytes", lineBytes);
        positive("planBytes", planBytes);
        positive("ruleSetBytes", ruleSetBytes);
        positive("keyBytes", keyBytes);
        positive("zipBytes", zipBytes);
        positive("zipEntryBytes", zipEntryBytes);
        positive("zipTotalBytes", zipTotalBytes);
    }

    /** {@return the defaults listed on the record} */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * {@return the defaults, each replaced by a property {@code solvereign.limit.<name>} when set, e.g.
     * {@code -Dsolvereign.limit.planBytes=512MB} ({@code KB}, {@code MB} and {@code GB} suffixes allowed)}
     *
     * @param properties reads a property ({@code System::getProperty} in production)
     * @throws io.solvereign.api.SolvereignException {@link io.solvereign.api.ErrorCode#INVALID_LIMIT} naming the
     *                                               property when a value is not a positive size
     */
    public static ReadLimits fromProperties(UnaryOperator<String> properties) {
        Objects.requireNonNull(properties, "properties");
        ReadLimits d = DEFAULTS;
        return new ReadLimits(size(properties, "forecastBytes", d.forecastBytes),
                size(properties, "forecastLines", d.forecastLines), size(properties, "lineBytes", d.lineBytes),
                size(properties, "planBytes", d.planBytes),
                size(properties, "ruleSetBytes", d.ruleSetBytes), size(properties, "keyBytes", d.keyBytes),
                size(properties, "zipBytes", d.zipBytes), size(properties, "zipEntryBytes", d.zipEntryBytes),
                size(properties, "zipTotalBytes", d.zipTotalBytes));
    }

    /**
     * {@return a copy with another forecast size limit}
     *
     * @param bytes a size in bytes
     */
    public ReadLimits withForecastBytes(long bytes) {
        return new ReadLimits(bytes, forecastLines, lineBytes, planBytes, ruleSetBytes, keyBytes, zipBytes, zipEntryBytes,
                zipTotalBytes);
    }

    /**
     * {@return a copy with another plan size limit}
     *
     * @param bytes a size in bytes
     */
    public ReadLimits withPlanBytes(long bytes) {
        return new ReadLimits(forecastBytes, forecastLines, lineBytes, bytes, ruleSetBytes, keyBytes, zipBytes, zipEntryBytes,
                zipTotalBytes);
    }

    /**
     * {@return a copy with other evidence zip limits: the file, each inflated entry, all entries together}
     *
     * @param fileBytes largest zip file in bytes
     * @param entryBytes largest inflated entry in bytes
     * @param totalBytes largest sum of inflated entries in bytes
     */
    public ReadLimits withZip(long fileBytes, long entryBytes, long totalBytes) {
        return new ReadLimits(forecastBytes, forecastLines, lineBytes, planBytes, ruleSetBytes, keyBytes, fileBytes, entryBytes,
                totalBytes);
    }

    /**
     * {@return {@code 64 MB}, {@code 512 KB}, {@code 1 GB} or plain bytes, for messages}
     *
     * @param bytes a size in bytes
     */
    public static String describe(long bytes) {
        if (bytes >= GB && bytes % GB == 0) {
            return bytes / GB + " GB";
        }
        if (bytes >= MB) {
            return bytes % MB == 0 ? bytes / MB + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes + " bytes";
    }

    private static long size(UnaryOperator<String> properties, String name, long fallback) {
        String text = properties.apply(PROPERTY_PREFIX + name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String[] suffix : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}}) {
            if (t.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                t = t.substring(0, t.length() - 2).strip();
                break;
            }
        }
        try {
            long v = Math.multiplyExact(Long.parseLong(t), unit);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw new io.solvereign.api.SolvereignException(io.solvereign.api.ErrorCode.INVALID_LIMIT, PROPERTY_PREFIX + name
                + " must be a positive size such as 512MB, was '" + text + "'");
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }
}

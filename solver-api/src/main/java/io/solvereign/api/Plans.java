package io.solvereign.api;

import io.solvereign.api.internal.io.OutputHash;
import io.solvereign.api.internal.io.PlanJson;
import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.model.Plan;
import java.nio.file.Path;

/**
 * Reading and writing plans as {@code solver_output.json} (schema {@code solvereign.plan/1}):
 * keys in schema order, assignments sorted, two-space indent and {@code \n} line ends on every platform,
 * so the same plan always gives the same bytes.
 *
 * <pre>{@code
 * Plans.write(result.plan(), Path.of(Plans.FILE_NAME));
 * Plan again = Plans.read(Path.of(Plans.FILE_NAME));
 * }</pre>
 */
public final class Plans {
    /** The conventional file name of a plan. */
    public static final String FILE_NAME = PlanJson.FILE_NAME;

    private Plans() {
    }

    /**
     * Reads a plan file within the {@link ReadLimits#defaults() default limits}.
     *
     * @throws SolvereignException {@link ErrorCode#UNREADABLE_INPUT} when the file cannot be read,
     *                             {@link ErrorCode#INPUT_TOO_LARGE} above the plan limit,
     *                             {@link ErrorCode#MALFORMED_PLAN} when its content is not a plan
     */
    public static Plan read(Path file) {
        return PlanJson.read(file);
    }

    /**
     * Reads a plan file within {@link ReadLimits#planBytes()}.
     *
     * @throws SolvereignException as {@link #read(Path)}
     */
    public static Plan read(Path file, ReadLimits limits) {
        return PlanJson.read(file, limits);
    }

    /**
     * Reads plan JSON text.
     *
     * @param sourceName put in front of every message (e.g. the file name)
     * @throws SolvereignException {@link ErrorCode#MALFORMED_PLAN}: {@code <source>: <json path>: <problem>}
     */
    public static Plan parse(String json, String sourceName) {
        return PlanJson.read(json, sourceName);
    }

    /**
     * Writes the plan to a file, replacing it.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Plan plan, Path file) {
        PlanJson.write(plan, file);
    }

    /** The file text of a plan: pretty-printed, {@code \n} line ends, ending with a newline. */
    public static String toJson(Plan plan) {
        return PlanJson.write(plan);
    }

    /**
     * The {@code output_hash} recomputed from the plan's assignments, config hash and KPIs (DOMAIN §3).
     * A plan is intact when this equals {@link Plan#outputHash()}.
     */
    public static String outputHash(Plan plan) {
        return OutputHash.of(plan);
    }
}

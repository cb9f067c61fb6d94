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
     * @param file the plan JSON file
     * @return the plan
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
     * @param file the plan JSON file
     * @param limits size limits on what is read
     * @return the plan
     * @throws SolvereignException as {@link #read(Path)}
     */
    public static Plan read(Path file, ReadLimits limits) {
        return PlanJson.read(file, limits);
    }

    /**
     * Reads plan JSON text.
     *
     * @param sourceName put in front of every message (e.g. the file name)
     * @param json the plan JSON ({@code solver_output.json})
     * @return the plan
     * @throws SolvereignException {@link ErrorCode#MALFORMED_PLAN}: {@code <source>: <json path>: <problem>}
     */
    public static Plan parse(String json, String sourceName) {
        return PlanJson.read(json, sourceName);
    }

    /**
     * Writes the plan to a file, replacing it.
     *
     * @param plan the plan to write
     * @param file the plan JSON file
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(Plan plan, Path file) {
        PlanJson.write(plan, file);
    }

    /**
     * {@return the file text of a plan: pretty-printed, {@code \n} line ends, ending with a newline}
     *
     * @param plan the plan
     */
    public static String toJson(Plan plan) {
        return PlanJson.write(plan);
    }

    /**
     * {@return the {@code output_hash} recomputed from the plan's assignments, config hash and KPIs (DOMAIN §3)}
     * A plan is intact when this equals {@link Plan#outputHash()}.
     *
     * @param plan the plan
     */
    public static String outputHash(Plan plan) {
        return OutputHash.of(plan);
    }
}

package io.solvereign.harness.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The assignment rows of a plan: a projection of its {@code solver_output.json} kept as table rows
 * so that SQL can read them and the database can refuse changes to a locked plan's assignments.
 * On load the rows must equal the projection of the stored bytes, so an edit of either is seen.
 */
final class Assignments {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row; {@code crossesMidnight} as 0/1 for both databases. */
    record Row(String tourInstanceId, String driverId, int day, String blockId, String blockType, int startMin,
               int endMin, int crossesMidnight) {
    }

    private Assignments() {
    }

    /**
     * The rows of a solver output, sorted by instance id; none when the bytes are not a plan document
     * with an {@code assignments} array (store-level tests store opaque bytes).
     */
    static List<Row> of(byte[] solverOutputJson) {
        JsonNode root;
        try {
            root = JSON.readTree(solverOutputJson);
        } catch (IOException e) {
            return List.of();
        }
        JsonNode list = root == null ? null : root.get("assignments");
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(list.size());
        for (JsonNode a : list) {
            rows.add(new Row(a.path("tour_instance_id").asText(), a.path("driver_id").asText(), a.path("day").asInt(),
                    a.path("block_id").asText(), a.path("block_type").asText(), a.path("start_min").asInt(),
                    a.path("end_min").asInt(), a.path("crosses_midnight").asBoolean() ? 1 : 0));
        }
        rows.sort(Comparator.comparing(Row::tourInstanceId));
        return rows;
    }
}

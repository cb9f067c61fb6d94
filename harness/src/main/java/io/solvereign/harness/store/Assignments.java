package io.solvereign.harness.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    /** Inserts a plan's rows in one batch. */
    static void insert(Connection connection, long planSeq, List<Row> rows) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO plan_assignment (plan_seq, tour_instance_id,"
                + " driver_id, day, block_id, block_type, start_min, end_min, crosses_midnight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row r : rows) {
                ps.setLong(1, planSeq);
                ps.setString(2, r.tourInstanceId());
                ps.setString(3, r.driverId());
                ps.setInt(4, r.day());
                ps.setString(5, r.blockId());
                ps.setString(6, r.blockType());
                ps.setInt(7, r.startMin());
                ps.setInt(8, r.endMin());
                ps.setInt(9, r.crossesMidnight());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

package io.solvereign.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.io.RuleSetJson;
import io.solvereign.api.model.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a rule-set file of {@code --config NAME=RULES.json} or {@code --perturbation NAME=RULES.json}:
 * a JSON object of rule-set fields (snake_case, e.g. {@code {"max_weekly_minutes": 3480}}) that override
 * a base rule set.
 */
final class RuleFiles {
    private RuleFiles() {
    }

    /**
     * The base with the file's fields replaced.
     *
     * @throws SolvereignException UNREADABLE_INPUT when the file cannot be read, MALFORMED_JSON naming the
     *                             file and the field when it is not a valid rule-set override
     */
    static RuleSet read(Path file, RuleSet base) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.UNREADABLE_INPUT, "cannot read rules file " + file + ": " + e, e);
        }
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new SolvereignException(ErrorCode.MALFORMED_JSON, file + ": not JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (node == null) {
            throw new SolvereignException(ErrorCode.MALFORMED_JSON, file + ": empty file");
        }
        try {
            return RuleSetJson.withOverrides(base, node);
        } catch (SolvereignException e) {
            throw new SolvereignException(ErrorCode.MALFORMED_JSON, file + ": " + e.getMessage(), e);
        }
    }
}

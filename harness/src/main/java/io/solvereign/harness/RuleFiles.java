package io.solvereign.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.SolvereignException;
import io.solvereign.api.internal.io.BoundedFiles;
import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads the rule-set file of {@code sensitivity --perturbation NAME=RULES.json}: a JSON object of rule-set
 * fields (snake_case, e.g. {@code {"max_weekly_minutes": 3480}}) that override the base plan's rule set
 * (unlike {@code --rules} and {@code scenarios --config}, whose files override the built-in site rules).
 */
final class RuleFiles {
    private RuleFiles() {
    }

    /**
     * The base with the file's fields replaced.
     *
     * @throws SolvereignException UNREADABLE_INPUT or INPUT_TOO_LARGE when the file cannot be read (limit
     *                             {@code ruleSetBytes}), MALFORMED_JSON naming the file and the field
     */
    static RuleSet read(Path file, RuleSet base) {
        ReadLimits limits = ReadLimits.fromProperties(System::getProperty);
        String text = new String(BoundedFiles.readBytes(file, limits.ruleSetBytes(), "rule set", "ruleSetBytes"),
                StandardCharsets.UTF_8);
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

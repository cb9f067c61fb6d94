package io.solvereign.harness;

import io.solvereign.api.io.ReadLimits;
import io.solvereign.api.internal.io.RuleSetJson;
import io.solvereign.api.model.RuleSet;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The site's rule set, shared by every command that plans or judges ({@code @Mixin}):
 * {@code --rules FILE}, a JSON object with any of the rule set's keys (as in a plan's
 * {@code rule_set}, e.g. {@code {"max_weekly_minutes": 3300, "min_rest_minutes": 660}}); keys left
 * out keep the built-in site rules, which are also the default without the option.
 *
 * <pre>{@code
 * @Mixin RulesOptions rules;
 * RuleSet policy = rules.ruleSet();   // SolvereignException (exit 2) naming the file and field
 * }</pre>
 */
public final class RulesOptions {
    @Option(names = "--rules", paramLabel = "FILE",
            description = "Site rule set, a JSON file (keys as in a plan's rule_set; default: the built-in site rules).")
    Path rulesFile;

    /**
     * The rule set: the file's, validated field by field, or {@link RuleSet#defaults()} without
     * {@code --rules}.
     *
     * @throws io.solvereign.api.SolvereignException UNREADABLE_INPUT or INPUT_TOO_LARGE when the file
     *         cannot be read, MALFORMED_JSON naming the file and the field when it is not a valid rule set
     */
    public RuleSet ruleSet() {
        return rulesFile == null ? RuleSet.defaults()
                : RuleSetJson.read(rulesFile, ReadLimits.fromProperties(System::getProperty));
    }

    /** Where the rules come from, for messages: the file, or {@code built-in site rules}. */
    public String source() {
        return rulesFile == null ? "built-in site rules" : rulesFile.toString();
    }
}

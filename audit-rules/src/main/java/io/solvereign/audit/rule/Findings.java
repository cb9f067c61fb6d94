package io.solvereign.audit.rule;

import io.solvereign.api.audit.CheckResult;
import io.solvereign.api.audit.MeasureUnit;
import io.solvereign.api.audit.NearViolation;
import io.solvereign.api.audit.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations and near-violations of one check and words the usual comparisons the
 * same way in every rule: {@code <what> exceeds the limit of 840 min}, {@code <what> is below the
 * warning threshold of 720 min}. A value past its hard limit is only a violation, never also a
 * warning.
 */
final class Findings {
    private final String checkId;
    private final List<Violation> violations = new ArrayList<>();
    private final List<NearViolation> near = new ArrayList<>();

    Findings(String checkId) {
        this.checkId = checkId;
    }

    void violation(String driver, List<String> ids, long measured, long limit, MeasureUnit unit, String message) {
        violations.add(new Violation(checkId, driver, ids, measured, limit, unit, message));
    }

    void near(String driver, List<String> ids, long measured, long threshold, MeasureUnit unit, String message) {
        near.add(new NearViolation(checkId, driver, ids, measured, threshold, unit, message));
    }

    /** {@code measured <= limit} must hold; above {@code warnAbove} (and within the limit) warns. */
    void atMost(String driver, List<String> ids, long measured, long limit, long warnAbove, MeasureUnit unit,
                String what) {
        if (measured > limit) {
            violation(driver, ids, measured, limit, unit, what + " exceeds the limit of " + limit + " " + unit.label());
        } else if (measured > warnAbove) {
            near(driver, ids, measured, warnAbove, unit,
                    what + " exceeds the warning threshold of " + warnAbove + " " + unit.label());
        }
    }

    /** {@code measured >= limit} must hold; below {@code warnBelow} (and within the limit) warns. */
    void atLeast(String driver, List<String> ids, long measured, long limit, long warnBelow, MeasureUnit unit,
                 String what) {
        if (measured < limit) {
            violation(driver, ids, measured, limit, unit, what + " is below the minimum of " + limit + " " + unit.label());
        } else if (measured < warnBelow) {
            near(driver, ids, measured, warnBelow, unit,
                    what + " is below the warning threshold of " + warnBelow + " " + unit.label());
        }
    }

    /**
     * {@code min <= measured <= max} must hold; a violation names the bound that was broken.
     *
     * @return true when the value is within the range
     */
    boolean within(String driver, List<String> ids, long measured, long min, long max, MeasureUnit unit, String what) {
        if (measured >= min && measured <= max) {
            return true;
        }
        violation(driver, ids, measured, measured < min ? min : max, unit,
                what + " is outside " + min + ".." + max + " " + unit.label());
        return false;
    }

    CheckResult result() {
        return new CheckResult(checkId, violations, near);
    }
}

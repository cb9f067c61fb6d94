package io.solvereign.api.internal.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript Number::toString for doubles (ECMA-262 §6.1.6.1.20), as RFC 8785 requires: the
 * shortest decimal digits that read back to the same double (closest to it on a tie), then plain
 * notation for exponents -7 < n <= 21 and {@code d.ddde±n} otherwise.
 */
final class EcmaNumbers {
    private EcmaNumbers() {
    }

    static String toString(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("JSON has no " + v + "; RFC 8785 rejects it");
        }
        if (v == 0) {
            return "0"; // also -0
        }
        if (v < 0) {
            return "-" + toString(-v);
        }
        BigDecimal shortest = shortestDigits(v);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // v = 0.digits x 10^n
        return format(digits, k, n);
    }

    /** The decimal with the fewest significant digits that rounds back to v, closest to v among those. */
    private static BigDecimal shortestDigits(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p <= 17; p++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(p, mode));
                if (c.doubleValue() == v && (best == null
                        || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = c;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("17 significant digits always round-trip a double: " + v);
    }

    private static String format(String digits, int k, int n) {
        StringBuilder sb = new StringBuilder();
        if (k <= n && n <= 21) {
            sb.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return sb.toString();
    }
}

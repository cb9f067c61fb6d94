package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.model.Forecast;
import java.util.List;

/** Short helpers for parser tests. */
final class ParseAsserts {
    private ParseAsserts() {
    }

    static ParseResult text(String content) {
        return ForecastParser.parse(content, InputFormat.TEXT);
    }

    static ParseResult auto(String content) {
        return ForecastParser.parse(content, InputFormat.AUTO);
    }

    /** Issues as {@code line:column:CODE}, in result order. */
    static List<String> codes(ParseResult r) {
        return r.issues().stream().map(i -> i.line() + ":" + i.column() + ":" + i.code()).toList();
    }

    static List<String> canonical(ParseResult r) {
        return CanonicalForm.lines(r.forecast());
    }

    static String hash(ParseResult r) {
        return CanonicalForm.inputHash(r.forecast());
    }

    static Forecast forecast(String content) {
        return auto(content).requireSolvable();
    }
}

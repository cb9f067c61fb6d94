package io.solvereign.api.internal.io;

import io.solvereign.api.io.InputFormat;
import io.solvereign.api.io.ParseResult;
import io.solvereign.api.ErrorCode;
import io.solvereign.api.model.Fingerprint;
import io.solvereign.api.model.TimeRange;
import io.solvereign.api.model.TourTemplate;
import io.solvereign.api.model.Weekday;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text-line grammar of DOMAIN §2:
 * {@code <Day> HH:MM-HH:MM [+ HH:MM-HH:MM] [N [Fahrer]] [Depot <name>]}. Spaces around {@code -}
 * and {@code +} are optional. Words the grammar does not know are kept as a note and flagged
 * {@code UNPARSED_TEXT}; anything that breaks the structure fails the line.
 */
final class TextLineParser {
    private static final Pattern FIRST_WORD = Pattern.compile("(\\S+)(.*)", Pattern.DOTALL);
    private static final Pattern PLUS = Pattern.compile("\\s*\\+");
    private static final Pattern COUNT = Pattern.compile("[+-]?\\d+");
    /** A number glued to a word ({@code 3Fahrer}, {@code 3x}): a broken count, not a note. */
    private static final Pattern GLUED_COUNT = Pattern.compile("[+-]?\\d+\\D.*");
    private static final int MAX_COUNT_DIGITS = 6;

    private TextLineParser() {
    }

    static ParseResult parse(List<String> lines, LocalDate anchor, ZoneId zone) {
        ParseCollector collector = new ParseCollector(InputFormat.TEXT, true);
        for (int i = 0; i < lines.size(); i++) {
            if (InputLines.isSkipped(lines.get(i))) {
                continue;
            }
            if (RemovalLine.isRemoval(lines.get(i))) {
                RemovalLine.parse(collector.line(i + 1, lines.get(i)), lines.get(i));
            } else {
                parseLine(collector.line(i + 1, lines.get(i)), lines.get(i));
            }
        }
        return collector.finish(anchor, zone);
    }

    static void parseLine(LineBuilder line, String raw) {
        Matcher first = FIRST_WORD.matcher(raw.strip());
        if (!first.matches()) {
            return; // unreachable: skipped lines are blank
        }
        Weekday day = DayNames.lookup(first.group(1));
        if (day == null) {
            line.issue(ErrorCode.MISSING_DAY, 0, "a line starts with a day (Mo Di Mi Do Fr Sa So or Mon..Sun), found '"
                    + first.group(1) + "'");
            return;
        }
        String rest = first.group(2);
        List<TimeRange> parts = new ArrayList<>();
        int pos = timeRanges(rest, line, parts);
        if (pos < 0) {
            return;
        }
        Tail tail = tail(rest.substring(pos), line);
        if (line.failed()) {
            return;
        }
        if (parts.size() == 2 && !validSplit(parts, line)) {
            return;
        }
        Fingerprint fp = new Fingerprint(day, parts, tail.depot, "");
        line.template(new TourTemplate(fp, tail.count, line.number()), 0, true);
    }

    /** Reads the range(s) after the day; returns the position after them, or -1 after a failure. */
    private static int timeRanges(String rest, LineBuilder line, List<TimeRange> parts) {
        Matcher m = ClockSyntax.RANGE_HEAD.matcher(rest);
        if (!m.lookingAt()) {
            String word = rest.isBlank() ? "" : rest.strip().split("\\s+")[0];
            if (word.isEmpty() || word.chars().noneMatch(Character::isDigit)) {
                line.issue(ErrorCode.MISSING_TIME_RANGE, 0, word.isEmpty() ? "no time range HH:MM-HH:MM after the day"
                        : "expected a time range HH:MM-HH:MM after the day, found '" + word + "'");
            } else {
                line.issue(ErrorCode.INVALID_TIME_RANGE, 0, "'" + word + "' is not a time range; expected HH:MM-HH:MM");
            }
            return -1;
        }
        int ranges = 0;
        int pos = 0;
        while (true) {
            TimeRange r = ClockSyntax.range(m.group(1), m.group(2), line, 0);
            ranges++;
            if (r != null) {
                parts.add(r);
            }
            pos = m.end();
            if (pos < rest.length() && !Character.isWhitespace(rest.charAt(pos)) && rest.charAt(pos) != '+') {
                line.issue(ErrorCode.INVALID_TIME_RANGE, 0, "unexpected '" + rest.substring(pos).strip().split("\\s+")[0]
                        + "' right after the time range '" + m.group().strip() + "'");
                return -1;
            }
            Matcher plus = PLUS.matcher(rest).region(pos, rest.length());
            if (!plus.lookingAt()) {
                break;
            }
            m = ClockSyntax.RANGE_HEAD.matcher(rest).region(plus.end(), rest.length());
            if (!m.lookingAt()) {
                line.issue(ErrorCode.INVALID_SPLIT_FORMAT, 0, "'+' must be followed by the second part HH:MM-HH:MM");
                return -1;
            }
        }
        if (ranges > 2) {
            line.issue(ErrorCode.INVALID_SPLIT_FORMAT, 0, "a split shift has exactly two parts, found " + ranges);
            return -1;
        }
        return parts.size() == ranges ? pos : -1;
    }

    /** What may follow the time ranges. */
    private static final class Tail {
        int count = 1;
        boolean counted;
        String depot = "";
        final List<String> notes = new ArrayList<>();
        final List<String> unknown = new ArrayList<>();
    }

    private static Tail tail(String text, LineBuilder line) {
        Tail tail = new Tail();
        String[] words = text.isBlank() ? new String[0] : text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (COUNT.matcher(w).matches()) {
                count(tail, w, line);
            } else if (lower.equals("fahrer")) {
                continue;
            } else if (lower.equals("depot")) {
                depot(tail, i + 1 < words.length ? words[++i] : "", line);
            } else if (w.equals("+") || ClockSyntax.looksLikeRange(w)) {
                line.issue(ErrorCode.INVALID_SPLIT_FORMAT, 0, "'" + w
                        + "': the two parts of a split are written 'HH:MM-HH:MM + HH:MM-HH:MM' right after the day");
            } else if (w.indexOf(':') > 0 && Character.isDigit(w.charAt(0))) {
                line.issue(ErrorCode.INVALID_TIME_RANGE, 0, "stray time '" + w + "' after the time range");
            } else if (GLUED_COUNT.matcher(w).matches()) {
                line.issue(ErrorCode.INVALID_COUNT, 0, "'" + w + "' is not a count; write the number alone, e.g. '3 Fahrer'");
            } else {
                tail.unknown.add(w);
                tail.notes.add(w);
            }
        }
        if (!tail.unknown.isEmpty()) {
            line.issue(ErrorCode.UNPARSED_TEXT, 0, "'" + String.join(" ", tail.unknown)
                    + "' is not a count, 'Fahrer' or 'Depot <name>'; kept as a note");
        }
        if (!tail.notes.isEmpty()) {
            line.note(String.join(" ", tail.notes));
        }
        return tail;
    }

    /** A depot name is the whole next word; a missing or second name is kept as a note and flagged. */
    private static void depot(Tail tail, String name, LineBuilder line) {
        if (!name.isEmpty() && tail.depot.isEmpty()) {
            tail.depot = name;
            return;
        }
        tail.notes.add(name.isEmpty() ? "Depot" : "Depot " + name);
        line.issue(ErrorCode.UNPARSED_TEXT, 0, name.isEmpty() ? "'Depot' without a name; kept as a note"
                : "second depot '" + name + "' kept as a note; the line's depot is '" + tail.depot + "'");
    }

    private static void count(Tail tail, String word, LineBuilder line) {
        if (tail.counted) {
            line.issue(ErrorCode.INVALID_COUNT, 0, "second count '" + word + "'; a line has one count (already " + tail.count + ")");
            return;
        }
        tail.counted = true;
        String digits = word.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
        if (word.startsWith("-") || digits.length() > MAX_COUNT_DIGITS || Integer.parseInt(digits) < 1) {
            line.issue(ErrorCode.INVALID_COUNT, 0, "count must be a whole number from 1 to 999999, found '" + word + "'");
            return;
        }
        tail.count = Integer.parseInt(digits);
    }

    private static boolean validSplit(List<TimeRange> parts, LineBuilder line) {
        TimeRange a = parts.get(0);
        TimeRange b = parts.get(1);
        if (a.crossesMidnight() || b.startMinute() < a.endMinute()) {
            line.issue(ErrorCode.INVALID_SPLIT_FORMAT, 0, "the second part " + b.format()
                    + " must start after the first part " + a.format() + " ends, on the same day");
            return false;
        }
        return true;
    }
}

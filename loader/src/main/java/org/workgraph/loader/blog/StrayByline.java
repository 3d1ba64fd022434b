package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * A byline the page prints away from where a head puts one: "by NAME on DATE" inside a longer line of the head area
 * ("252 points by ann on Mar 3, 2025 | hide | past"), or spread over short lines of their own as forum software prints
 * it ("by" / "ann" / "on 16/07/2025, 08:42"). Link aggregators and forum boards, which open with the topic's line and not
 * an article's byline, print their writer so. Only the page's first lines are looked at, and only the words "by" and
 * "on" around a name and a date make it a byline: a name alone there proves nothing.
 *
 * @param author the writer the byline names
 * @param date the date after "on", or null when it is not one the reader can read
 * @param line the line (0-based) the byline starts on
 */
record StrayByline(String author, LocalDate date, int line) {
    /** "by NAME on DATE" anywhere in a line: NAME is one to four words, DATE what follows "on". */
    private static final Search BY_ON = Search.compile("(?:^|\\s)(?i:by)\\s+(\\S+(?:\\s+\\S+){0,3}?)\\s+(?i:on)\\s+(\\S.*)$");
    /** How many lines with text, from the page's first, the head area spans. */
    private static final int HEAD_LINES = 10;
    /** A date stands right after "on": it is looked for in the first characters only. */
    private static final int DATE_CHARS = 40;

    /** The stray byline among the first lines with text from {@code from} and before {@code to}, if any. */
    static Optional<StrayByline> find(List<Line> lines, int from, int to) {
        int seen = 0;
        for (int i = from; i < Math.min(to, lines.size()) && seen < HEAD_LINES; i++) {
            if (lines.get(i).isBlank()) continue;
            seen++;
            String t = lines.get(i).trimmed();
            Optional<StrayByline> b = read(t, i);
            if (b.isEmpty() && t.equalsIgnoreCase("by")) b = read(joined(lines, i, to), i);
            if (b.isPresent()) return b;
        }
        return Optional.empty();
    }

    /** "by" and the two lines with text after it, as one line: "by ann on 16/07/2025". */
    private static String joined(List<Line> lines, int by, int to) {
        StringBuilder s = new StringBuilder("by");
        int taken = 0;
        for (int j = by + 1; j < Math.min(to, lines.size()) && taken < 2; j++) {
            if (lines.get(j).isBlank()) continue;
            s.append(' ').append(lines.get(j).trimmed());
            taken++;
        }
        return s.toString();
    }

    private static Optional<StrayByline> read(String t, int line) {
        Matcher m = BY_ON.matcher(t);
        if (!m.find()) return Optional.empty();
        String name = m.group(1).trim();
        if (!(Header.nameLike(name) || name.split("\\s+").length == 1 && Header.handleShaped(name))) return Optional.empty();
        String after = m.group(2);
        Optional<LocalDate> date = Dates.find(after.substring(0, Math.min(after.length(), DATE_CHARS)));
        // "by ann on the night shift" is a sentence: only a date after "on" makes it a byline.
        if (date.isEmpty()) return Optional.empty();
        return Optional.of(new StrayByline(name, date.get(), line));
    }
}

package org.workgraph.loader.extract;

import java.util.regex.Matcher;

/** Builds {@link Span}s from regex matches over a unit's text. */
final class Spans {
    private Spans() {}

    static Span of(int unit, Matcher m, int group) {
        return new Span(unit, m.start(group), m.end(group), m.group(group));
    }

    static Span of(int unit, String text, int start, int end) {
        return new Span(unit, start, end, text.substring(start, end));
    }

    /** The first occurrence of {@code words} in {@code text} at or after {@code from}, if any. */
    static Span find(int unit, String text, String words, int from) {
        int at = text.indexOf(words, Math.max(0, from));
        return at < 0 ? null : new Span(unit, at, at + words.length(), words);
    }
}

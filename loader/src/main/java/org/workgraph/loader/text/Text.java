package org.workgraph.loader.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers. */
public final class Text {
    // \s does not cover no-break and other Unicode spaces; the pages use them.
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200B\\uFEFF]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {}

    /** Collapses every run of whitespace (including no-break spaces and line breaks) to one space, and trims. */
    public static String normalizeSpace(String s) {
        return SPACE.matcher(s).replaceAll(" ").trim();
    }

    /** Straightens curly quotes and apostrophes. */
    public static String straightenQuotes(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201A', '\'').replace('\u2032', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u2033', '"');
    }

    /** Lower case without accents: "Zoë" and "zoe" give the same key. */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** An IRI-safe slug: folded, with every run of other characters as one '-'. */
    public static String slug(String s) {
        String slug = fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** The first words of a text, up to about {@code max} characters, for labels. */
    public static String firstWords(String text, int max) {
        String t = normalizeSpace(text);
        if (t.length() <= max) return t;
        int cut = t.lastIndexOf(' ', max);
        return (cut > max / 2 ? t.substring(0, cut) : t.substring(0, max)) + "\u2026";
    }

    /** Strips one pair of surrounding straight or curly quotes. */
    public static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && "\"'\u201C\u2018".indexOf(t.charAt(0)) >= 0 && "\"'\u201D\u2019".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(1, t.length() - 1).trim();
        }
        return t;
    }
}

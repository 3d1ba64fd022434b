package org.workgraph.loader.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Text() {}

    /** Collapses every run of whitespace (including no-break spaces and line breaks) to one space, and trims. */
    public static String normalizeSpace(String s) {
        // A loop rather than a regex replace: it runs on every line and name the loader reads, and most are
        // already normal, so they are returned as they are.
        if (isNormal(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** No space at either end, and inside only single plain spaces. */
    private static boolean isNormal(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) return false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) return false;
        }
        return true;
    }

    /** Whitespace as the pages use it: Java's, plus no-break, figure, narrow and zero-width spaces and the BOM. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200B') || c == '\uFEFF';
    }

    /** Straightens curly quotes and apostrophes. */
    public static String straightenQuotes(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201A', '\'').replace('\u2032', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u2033', '"');
    }

    /** Lower case without accents: "Zoë" and "zoe" give the same key. */
    public static String fold(String s) {
        // Most text is plain ASCII: nothing to decompose (Normalizer and the regex are the costly part).
        if (isAscii(s)) return s.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** An IRI-safe slug: folded, with every run of other characters as one '-'. */
    public static String slug(String s) {
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(fold(s)).replaceAll("-")).replaceAll("");
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

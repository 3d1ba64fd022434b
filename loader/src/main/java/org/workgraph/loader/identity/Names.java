package org.workgraph.loader.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.workgraph.loader.text.Text;

/**
 * Person names as pages write them. A name's key ignores case, accents and stray marks around it, so
 * "ann lee" and "Ann Lee", or "Zoë" and "Zoe", are one person; the canonical spelling
 * is the best-written of the spellings seen.
 */
public final class Names {
    private static final java.util.regex.Pattern STRAY_MARKS = java.util.regex.Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d.)]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** More words than this is a sentence or a title, not a name ("Maria de la Cruz García López" has six). */
    public static final int MAX_WORDS = 6;
    /** Longer than this is not a name either, whatever its words. */
    public static final int MAX_LENGTH = 80;

    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "[<>{}\\[\\]\\\\]|&(?:#\\d+|#x\\p{XDigit}+|\\p{Alpha}+);|\\b(?i:javascript|data|vbscript):");
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile(
            "(?i)://|\\bwww\\.|\\S@\\S+\\.\\p{Alpha}|\\b[\\p{L}\\d-]+\\.(?:com|org|net|io|edu|gov|info|biz|co|uk|de|fr|me|blog|ly|app|dev)\\b");
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private Names() {}

    /**
     * Why {@code written} cannot be a person's name, or empty when it can. A header or byline is the page's
     * text, which anyone who can post a comment controls: what it calls a name may be markup, a link, a whole
     * sentence or nothing but marks, and none of these may become a person (or a person's IRI, which is made
     * from the name). This is the one rule; the mapper applies it to every name before minting a person.
     */
    public static Optional<String> whyNotAName(String written) {
        if (written == null) return Optional.of("it is empty");
        String name = clean(written);
        if (name.codePoints().noneMatch(Character::isLetter)) return Optional.of("it has no letters");
        if (CONTROL.matcher(written).find()) return Optional.of("it holds control characters");
        if (MARKUP.matcher(written).find()) return Optional.of("it holds markup");
        if (URL.matcher(written).find()) return Optional.of("it holds a URL or an address");
        if (name.length() > MAX_LENGTH) return Optional.of("it is " + name.length() + " characters long");
        int words = SPACES.split(name).length;
        if (words > MAX_WORDS) return Optional.of("it has " + words + " words");
        return Optional.empty();
    }

    /** The name without surrounding marks ("*Ann" gives "Ann") and with whitespace normalised. */
    public static String clean(String written) {
        return STRAY_MARKS.matcher(Text.normalizeSpace(written)).replaceAll("");
    }

    /** The identity key: equal keys are the same person. */
    public static String key(String written) {
        return Text.slug(clean(written));
    }

    /**
     * The canonical spelling among those seen: properly capitalised first, then the one that keeps its
     * accents (it carries more of the name), then the most frequent, then the first alphabetically.
     */
    public static Optional<String> canonical(List<String> spellings) {
        return spellings.stream().map(Names::clean).filter(s -> !s.isEmpty()).distinct()
                .min(Comparator.comparingInt((String s) -> -capitalisedWords(s))
                        .thenComparingInt(s -> Text.fold(s).equals(s.toLowerCase()) ? 1 : 0)
                        .thenComparingInt(s -> -frequency(spellings, s))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static int capitalisedWords(String s) {
        int n = 0;
        for (String w : SPACES.split(s)) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) n++;
        return n;
    }

    private static int frequency(List<String> spellings, String s) {
        return (int) spellings.stream().filter(x -> clean(x).equals(s)).count();
    }
}

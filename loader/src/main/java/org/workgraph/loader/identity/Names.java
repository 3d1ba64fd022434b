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

    private Names() {}

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

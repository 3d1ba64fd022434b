package org.workgraph.loader.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The five tables a digest can hold. A page that heads its list in its own words ("Emerging drivers",
 * "Shifts we are watching") still puts each row in one of them: see {@link #ofHeading}.
 */
public enum SignalTable {
    SIGNALS("signals"), CONCERNS("concerns"), BEHAVIORS("behaviors"), TECHNOLOGIES("technologies"), ISSUES("issues");

    private final String slug;

    SignalTable(String slug) { this.slug = slug; }

    /** A lower-case name for IRIs. */
    public String slug() { return slug; }

    /** The table a heading names ("Signals", "Behaviours", "Technology"), if any. */
    public static Optional<SignalTable> forHeading(String heading) {
        String h = heading.trim().toLowerCase(Locale.ROOT).replace("behaviour", "behavior");
        for (SignalTable t : values()) {
            if (names(t, h)) return Optional.of(t);
        }
        return Optional.empty();
    }

    /**
     * The table a free-form heading's rows belong to: the table it names, else the one its last word names
     * ("Emerging technologies", "Open issues"), else Signals, the table of changes under way, which is what a
     * list of trends, drivers or signals holds.
     */
    public static SignalTable ofHeading(String heading) {
        if (heading == null) return SIGNALS;
        Optional<SignalTable> named = forHeading(heading);
        if (named.isPresent()) return named.get();
        String[] words = heading.trim().toLowerCase(Locale.ROOT).replace("behaviour", "behavior").split("[^\\p{L}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        for (SignalTable t : values()) {
            if (names(t, last)) return t;
        }
        return SIGNALS;
    }

    /** Accepts singular and plural: "Technology", "Technologies", "Issue", "Issues". */
    private static boolean names(SignalTable t, String word) {
        String stem = t.slug.endsWith("ies") ? t.slug.substring(0, t.slug.length() - 3) : t.slug.substring(0, t.slug.length() - 1);
        return word.equals(t.slug) || word.equals(stem) || word.equals(stem + "y") || word.equals(stem + "s");
    }
}

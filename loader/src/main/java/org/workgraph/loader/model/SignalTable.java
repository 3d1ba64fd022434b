package org.workgraph.loader.model;

import java.util.Locale;
import java.util.Optional;

/** The five tables a digest can hold. */
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
            // Accept singular and plural headings: "Technology", "Technologies", "Issue", "Issues".
            String stem = t.slug.endsWith("ies") ? t.slug.substring(0, t.slug.length() - 3) : t.slug.substring(0, t.slug.length() - 1);
            if (h.equals(t.slug) || h.equals(stem) || h.equals(stem + "y") || h.equals(stem + "s")) return Optional.of(t);
        }
        return Optional.empty();
    }
}

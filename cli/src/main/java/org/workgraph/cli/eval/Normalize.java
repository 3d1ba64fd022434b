package org.workgraph.cli.eval;

import java.util.Locale;

/** Text compared as the gold README says: whitespace collapsed, quotes straightened, case ignored. */
final class Normalize {
    private Normalize() {}

    static String text(String s) {
        if (s == null) return null;
        String t = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("[\\s\\u00A0]+", " ").trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    /** For ideas: also ignore hyphens and a plural s on each word ("skill gaps" = "skill gap"). */
    static String concept(String s) {
        String t = text(s);
        if (t == null) return null;
        StringBuilder out = new StringBuilder();
        for (String w : t.replace('-', ' ').split(" ")) {
            if (w.length() > 4 && w.endsWith("ies")) w = w.substring(0, w.length() - 3) + "y";
            // "bosses", "approaches", "taxes": the plural of a word ending in a sibilant adds "es", which goes with it
            // (else "bosses" would read "bosse" and never match "boss")
            else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) w = w.substring(0, w.length() - 2);
            else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.substring(0, w.length() - 1);
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }
}

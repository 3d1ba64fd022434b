package org.workgraph.loader.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.workgraph.loader.text.Lexicon;

/**
 * Words whose first sense in WordNet is a place or a time: a location (London, Texas), a natural object or region
 * (Europe, a river) or a time (Christmas). "Texas workers", "joined in London", "at Christmas" name no body, where
 * "Acme workers" and "joined Acme" do. Read once per JVM from WordNet's noun data and index (as {@link Surnames} reads them), when a shape first needs
 * it; a general lexicon, never a list of the places any page names.
 */
final class Places {
    private final Set<String> words;

    private Places(Set<String> words) { this.words = Set.copyOf(words); }

    private static final class Holder {
        static final Places WORDNET = read();
    }

    static Places wordNet() { return Holder.WORDNET; }

    /** Whether a word, or each word of a name ("New York"), is first of all a place or a time. */
    boolean contains(String name) {
        return words.contains(name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"));
    }

    private static Places read() {
        // Synsets in the place and time files: offset of every noun synset whose lex file is noun.location (15),
        // noun.object (17) or noun.time (28). "<offset> <lex file> n …" in data.noun.
        Set<String> placeSynsets = new HashSet<>();
        Lexicon.lines("data.noun", line -> {
            if (line.length() < 12) return;
            String file = line.substring(9, 11);
            if (file.equals("15") || file.equals("17") || file.equals("28")) placeSynsets.add(line.substring(0, 8));
        });
        Set<String> out = new HashSet<>();
        // "<lemma> n <sense count> <pointer count> <pointers…> <sense count> <tagged count> <offsets…>": the first offset is the first sense.
        Lexicon.lines("index.noun", line -> {
            String[] f = line.trim().split(" ");
            if (f.length < 4) return;
            String first = f[f.length - Integer.parseInt(f[2])];
            if (placeSynsets.contains(first)) out.add(f[0]);
        });
        return new Places(out);
    }
}

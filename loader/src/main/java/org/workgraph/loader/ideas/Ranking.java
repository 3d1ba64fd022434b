package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses a document's ideas from its candidate phrases with corpus statistics. A phrase's weight is its
 * frequency in the document (its title counts double, its responses' words about a third: a reader tags a post
 * by its own argument, and a thread wanders) times its inverse document frequency across the corpus,
 * favouring two- and three-word phrases; single words need to recur or be abstract nouns, and judging or
 * light words ("fair amount") weaken a phrase.
 */
final class Ranking {
    static final double RESPONSE_WEIGHT = 0.35;

    private Ranking() {}

    /**
     * The best phrases of one document, at most {@code limit}. A phrase that only ever occurs inside one longer
     * recurring phrase ("gig" in "gig economy") is represented by that phrase (the C-value idea). Frequency is
     * damped (tf^0.8), so that one common word cannot outweigh a distinctive phrase, and once a phrase is
     * chosen, phrases that contain it or that it contains are not.
     */
    static List<String> choose(DocumentPhrases doc, Map<String, Integer> df, int docs, int limit) {
        Map<String, List<DocumentPhrases.Found>> occ = doc.phrases();
        // Only recurring phrases absorb, and only their own sub-phrases: enumerate those (keys are a few sorted
        // words) instead of comparing every pair of candidates.
        Set<String> absorbed = new HashSet<>();
        for (Map.Entry<String, List<DocumentPhrases.Found>> b : occ.entrySet()) {
            int times = b.getValue().size();
            if (times < 2) continue;
            for (String a : subKeys(b.getKey())) {
                List<DocumentPhrases.Found> inner = occ.get(a);
                if (inner != null && times >= inner.size()) absorbed.add(a);
            }
        }
        Map<String, Double> score = new HashMap<>();
        for (Map.Entry<String, List<DocumentPhrases.Found>> e : occ.entrySet()) {
            String key = e.getKey();
            if (absorbed.contains(key)) continue;
            int words = Phrases.wordCount(key);
            double tf = doc.titleKeys().contains(key) ? 2 : 0;
            boolean inBody = false;
            for (DocumentPhrases.Found f : e.getValue()) {
                DocumentPhrases.UnitInfo u = doc.units().get(f.unit());
                tf += u.weight();
                inBody |= !u.response();
            }
            double length = switch (words) {
                case 1 -> abstractNoun(key) ? 1.0 : 0.6;
                case 2 -> 1.5;
                case 3 -> 1.2;
                default -> 0.7;
            };
            String surface = e.getValue().get(0).surface();
            if (surface.matches("(?i).*\\s(of|and|for)\\s.*")) length *= 0.8;
            if (Phrases.weak(surface)) length *= 0.3;
            // A lone word names a concept only if the document returns to it, or if it is an abstract noun its own text uses.
            if (words == 1 && tf < 2 && !(inBody && abstractNoun(key))) continue;
            double idf = 1.0 + Math.log((double) docs / df.getOrDefault(key, 1));
            score.put(key, Math.pow(tf, 0.8) * idf * length);
        }
        List<String> ranked = new ArrayList<>(score.keySet());
        ranked.sort(Comparator.comparingDouble((String k) -> -score.get(k)).thenComparing(Comparator.naturalOrder()));
        List<String> chosen = new ArrayList<>();
        for (String k : ranked) {
            if (chosen.size() >= limit) break;
            // "remote team culture" adds nothing once "team culture" is an idea of the document.
            if (overlapsAny(k, chosen)) continue;
            chosen.add(k);
        }
        return chosen;
    }

    /** Every key made of some but not all of a key's words, in their (sorted) order. */
    static List<String> subKeys(String key) {
        String[] words = key.split(" ");
        List<String> out = new ArrayList<>();
        if (words.length > 8) return out;
        for (int mask = 1; mask < (1 << words.length) - 1; mask++) {
            StringBuilder k = new StringBuilder();
            for (int i = 0; i < words.length; i++) if ((mask & 1 << i) != 0) k.append(k.length() > 0 ? " " : "").append(words[i]);
            out.add(k.toString());
        }
        return out;
    }

    static boolean overlapsAny(String key, List<String> chosen) {
        return chosen.stream().anyMatch(c -> contains(key, c) || contains(c, key));
    }

    /** Abstract nouns ("automation", "agility", "entrepreneurship") name concepts on their own. */
    static boolean abstractNoun(String word) {
        return word.matches(".*(tion|sion|ity|ship|ment|ness|ism|ance|ence|acy|ogy)");
    }

    /** Whether every word of {@code shorter}, with its repeats, is in the longer key. */
    static boolean contains(String longer, String shorter) {
        // Words count with their repeats: "network network" (networks of networks) is not inside "learning network".
        List<String> rest = new ArrayList<>(List.of(longer.split(" ")));
        String[] words = shorter.split(" ");
        if (words.length >= rest.size()) return false;
        for (String w : words) if (!rest.remove(w)) return false;
        return true;
    }
}

package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses a document's ideas from its ranked phrases the way a reader lists the key concepts of a text: each
 * concept once. A reader who lists "career ladder" does not list "ladder" as well, and one who lists "cheap
 * credentials" does not add "flood of cheap credentials"; the list names different things.
 *
 * <ul>
 * <li>A single word that is a word of a phrase already chosen is that phrase's concept, not another one.</li>
 * <li>A join ("flood of cheap credentials", "holiday and sick leave") whose side is chosen says that side
 * again; and where the side ranks lower than its join, the side is the concept and takes the join's place.</li>
 * </ul>
 * Longer phrases are kept over shorter ones otherwise: "middle class job" and "middle class" can both be
 * concepts of a text, and the ranking already decided which names it better.
 */
final class Choice {
    private static final Pattern JOIN = Pattern.compile("(?i)\\s+" + Phrases.JOIN_WORDS + "\\s+");

    private Choice() {}

    /** The first {@code n} distinct concepts among {@code ranked}, best first. */
    static List<String> distinct(List<String> ranked, DocumentPhrases doc, int n) {
        List<String> out = new ArrayList<>();
        for (String key : ranked) {
            if (out.size() >= n) break;
            List<Integer> joins = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) if (joinSides(out.get(i), doc).contains(key)) joins.add(i);
            if (!joins.isEmpty()) {
                // The side of joins already chosen is their concept: it takes the place of the first of them (the
                // others say it again), unless a chosen phrase has it as a word, which then stands for them all.
                int first = joins.get(0);
                for (int j = joins.size() - 1; j > 0; j--) out.remove((int) joins.get(j));
                List<String> others = new ArrayList<>(out);
                others.remove(first);
                if (wordOfAny(key, others)) out.remove(first);
                else out.set(first, key);
                continue;
            }
            if (wordOfAny(key, out) || joinSides(key, doc).stream().anyMatch(out::contains)) continue;
            out.add(key);
        }
        return out;
    }

    /**
     * Whether a phrase ranked below the chosen ones may be one of a response's own ideas: it is not chosen, nor a
     * join that says a chosen phrase again. A single word may be: a response that says "credentials" on its own
     * discusses credentials in general, while its document's list names "cheap credentials".
     */
    static boolean adds(String key, List<String> chosen, DocumentPhrases doc) {
        return !chosen.contains(key) && joinSides(key, doc).stream().noneMatch(chosen::contains);
    }

    /** Whether a single word is a word of one of the phrases. */
    private static boolean wordOfAny(String key, List<String> phrases) {
        return !key.contains(" ") && phrases.stream().anyMatch(c -> List.of(c.split(" ")).contains(key));
    }

    /** The keys of the two sides of a join as the document first writes it ("sales of monitoring software"), else none. */
    static List<String> joinSides(String key, DocumentPhrases doc) {
        List<DocumentPhrases.Found> found = doc.phrases().get(key);
        if (found == null || found.isEmpty()) return List.of();
        String[] sides = JOIN.split(found.get(0).surface());
        return sides.length == 2 ? List.of(Phrases.key(sides[0]), Phrases.key(sides[1])) : List.of();
    }
}

package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private static final Pattern JOIN = Pattern.compile("(?i)\\s+(?:of|and|for)\\s+");

    private Choice() {}

    /** The first {@code n} distinct concepts among {@code ranked}, best first. */
    static List<String> distinct(List<String> ranked, DocumentPhrases doc, int n) {
        List<String> out = new ArrayList<>();
        for (String key : ranked) {
            if (out.size() >= n) break;
            int join = indexOfJoinWithSide(out, key, doc);
            if (join >= 0) {
                out.set(join, key);
                continue;
            }
            if (joinSides(key, doc).stream().anyMatch(out::contains)) continue;
            if (!key.contains(" ") && out.stream().anyMatch(c -> Set.of(c.split(" ")).contains(key))) continue;
            out.add(key);
        }
        return out;
    }

    private static int indexOfJoinWithSide(List<String> chosen, String side, DocumentPhrases doc) {
        for (int i = 0; i < chosen.size(); i++) if (joinSides(chosen.get(i), doc).contains(side)) return i;
        return -1;
    }

    /** The keys of the two sides of a join as the document first writes it ("sales of monitoring software"), else none. */
    static List<String> joinSides(String key, DocumentPhrases doc) {
        List<DocumentPhrases.Found> found = doc.phrases().get(key);
        if (found == null || found.isEmpty()) return List.of();
        String[] sides = JOIN.split(found.get(0).surface());
        return sides.length == 2 ? List.of(Phrases.key(sides[0]), Phrases.key(sides[1])) : List.of();
    }
}

package org.workgraph.loader.blog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Line;

/**
 * An advice column's head: the title, a deck that names the columnist as the one who answers ("Orla Brennock offers
 * insight into …", "Columnist Orla Brennock answers …"), then the reader's question under a "Q:" or "QUESTION:" label.
 * Newspapers' and job sites' advice columns print no "By" line there: the deck is their byline. A deck that opens with a
 * person's name and a verb is a news story's as often, so the name is the writer only where the text under it opens with
 * a reader's labelled question.
 */
final class AdviceColumn {
    /** A reader's question opening the text: "Q: …", "QUESTION: …", "Question: …". */
    private static final Pattern QUESTION = Pattern.compile("^(?:Q|QUESTION|Question)\\s*[:.]\\s+\\S");
    /** A deck opening with the columnist: "(Columnist) Orla Brennock answers …", a name of two or three capitalised words and a verb. */
    private static final Pattern DECK = Pattern.compile("^(?:(?i:columnist|advice columnist|our columnist)\\s+)?"
            + "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})\\s+\\p{Ll}+s\\b.*");
    /** The deck and the question stand within the head's first lines under the title. */
    private static final int LINES = 5;

    private AdviceColumn() {}

    /** The columnist a deck under the title at {@code title} names, where a reader's labelled question follows it. */
    static Optional<String> columnist(List<Line> lines, int title) {
        String named = null;
        int seen = 0;
        for (int i = HeadReader.nextContent(lines, title + 1); i < lines.size() && seen < LINES; i = HeadReader.nextContent(lines, i + 1), seen++) {
            String t = lines.get(i).trimmed();
            if (QUESTION.matcher(t).lookingAt()) return Optional.ofNullable(named);
            Matcher deck = DECK.matcher(t);
            if (named == null && deck.matches() && Header.nameLike(deck.group(1))) named = deck.group(1);
        }
        return Optional.empty();
    }
}

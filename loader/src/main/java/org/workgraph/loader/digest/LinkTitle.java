package org.workgraph.loader.digest;

import org.workgraph.loader.text.Search;

/**
 * A title that names a list of links or reads: "Links for 2031-01-02", "Links I Love: May 4", "A late January batch of
 * links", "Monday Productivity Links", "Our Weekend Reads #3", "The Reading List: …", "A week in review". Link blogs and
 * reading lists title their posts so on every system; "The links between pay and rotas" names a relation, not a list.
 */
final class LinkTitle {
    private static final Search LINKS = Search.compile(
            "^(?i:(?:the|our|my|a|an)\\s+)?(?:[\\p{L}\\d#'\u2019-]+\\s+){0,4}?(?i:links|reads|reading list|week in review)\\b(?!\\s+(?i:between|to|with|from|in|of)\\b)");

    private LinkTitle() {}

    static boolean names(String title) {
        return title != null && LINKS.find(title.strip());
    }
}

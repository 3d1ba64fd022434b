package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Search;

/**
 * A curated list of dated stories, each opened by a line that starts with its date and the story's headline: "1 October
 * 2019: Four-day weeks spread to banks. Annual report, Acme Research", "March 3, 2025 – Pay ranges go public". The headline
 * runs to the first full stop (what follows it names the source); the paragraphs under the line, up to the next dated line
 * or heading, describe it. Two dated lines or more make the list, and a list of dated stories is itself what a digest is.
 */
final class DatedItems extends PageLayout {
    /** The separator between the date and the headline. */
    private static final Search AFTER_DATE = Search.compile("^\\s*[:|\u2013\u2014-]\\s+(\\p{Lu}|[\"'\u201C\u2018\\d])");
    /** Where the headline ends: a full stop, question or exclamation mark before a space. */
    private static final Search HEADLINE_END = Search.compile("(?<=[.?!])\\s+(?=\\p{Lu}|[\"'\u201C\u2018\\d])");
    /** A time in the line makes it a comment's or a message's stamp, not a story. */
    private static final Search TIME = Search.compile("\\d{1,2}:\\d{2}");
    private static final int MIN_ROWS = 2;
    private static final int MAX_NAME_WORDS = 20;

    @Override
    public boolean namesItsKind() { return true; }

    @Override
    List<Item> items(Page page) {
        List<Integer> starts = new ArrayList<>();
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) if (headline(page.text(i)) != null) starts.add(i);
        if (starts.size() < MIN_ROWS) return List.of();
        String heading = page.headingAbove(starts.get(0));
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int i = starts.get(k);
            int limit = k + 1 < starts.size() ? starts.get(k + 1) : page.size();
            List<String> text = new ArrayList<>();
            int end = i + 1;
            for (int j = page.next(i + 1); j < limit; j = page.next(j + 1)) {
                if (!page.isProse(j)) break; // a heading, the site's name over the next story
                text.add(page.text(j));
                end = j + 1;
            }
            items.add(new Item(heading, headline(page.text(i)), String.join(" ", text), i, end));
        }
        return items;
    }

    /** The headline a dated story line opens with, or null when the line is no such line. */
    static String headline(String t) {
        if (TIME.find(t)) return null;
        Matcher d = Dates.DATE.matcher(t);
        if (!d.lookingAt() || Dates.parse(d.group(1)).isEmpty()) return null;
        String rest = t.substring(d.end());
        Matcher sep = AFTER_DATE.matcher(rest);
        if (!sep.lookingAt()) return null;
        String body = rest.substring(sep.start(1)).strip();
        Matcher stop = HEADLINE_END.matcher(body);
        String name = stop.find() ? body.substring(0, stop.start()) : body;
        name = name.replaceFirst("[.]$", "").strip();
        int words = Page.words(name);
        return words >= 2 && words <= MAX_NAME_WORDS ? name : null;
    }
}

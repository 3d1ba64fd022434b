package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A newsletter's section headings read as rows, set right: whatever layout read the page, a row whose name is a short heading
 * among rows named by headlines ("Videos", "📚 Reading", "Trending" over items named in six words or more) is the heading of
 * the rows under it, not a row. It is dropped, its words become the table of the rows after it (up to the next such heading),
 * and the one-line note under it ("Watch a video to get a quick overview.") is the section's, no row's. When the heading's
 * text opens with a title closed by a colon on a line of its own ("Notes on Craft:" over its passage), that title and its
 * passage are the section's first row, which the layout had run into the heading.
 * <p>
 * The contrast is learnt from the page's own rows, not from a list of section words: a heading has at most three words, the
 * other rows' names have five or more at the median, and there are three of those at least. A page whose rows are all short
 * names (a list of trends named in two words) has no contrast and is left as read.
 */
final class SectionHeadings {
    /** A heading has at most this many words. */
    private static final int MAX_HEADING_WORDS = 3;
    /** The other rows' names have at least this many words at the median. */
    private static final int MIN_MEDIAN_NAME_WORDS = 5;
    /** Rows named by headlines, at the least, for the contrast to be the page's. */
    private static final int MIN_HEADLINE_ROWS = 2;
    /** Rows as read, headings included, at the least. */
    private static final int MIN_ITEMS = 4;
    /** A note under a section heading is one short line; a longer text is an item the layout ran into the heading. */
    private static final int MAX_NOTE_WORDS = 15;
    /** A line of at most this many words after a passage is its credit. */
    private static final int MAX_CREDIT_WORDS = 6;
    /** A title closed by a colon on a line of its own: "Notes on Craft:". */
    private static final Pattern COLON_TITLE = Pattern.compile("^\\p{Lu}[^:.!?]{2,80}:$");
    /** A name with a number ("3. …", "#2", "Challenge 2") is a numbered item or an enumerated section, which the layouts read. */
    private static final Pattern NUMBERED = Pattern.compile("\\d");
    /** A heading is no sentence, call or question: it does not end with a full stop, a colon, "!" or "?". */
    private static final Pattern CLOSED = Pattern.compile("[.:;,!?]$");

    private SectionHeadings() {}

    /** The items with their section headings taken out of the rows and given to the rows under them as their table. */
    static List<PageLayout.Item> apply(Page page, List<PageLayout.Item> items) {
        if (items.size() < MIN_ITEMS) return items;
        boolean[] heading = new boolean[items.size()];
        List<Integer> others = new ArrayList<>();
        int headings = 0;
        for (int k = 0; k < items.size(); k++) {
            String name = Page.bare(items.get(k).name() == null ? "" : items.get(k).name());
            int w = Page.words(name);
            // A heading stands alone on its line, unmarked: a bulleted "• Rail strike talks." or a run-in "Name: text" is an item.
            boolean alone = item(page, items.get(k)).equals(name);
            heading[k] = alone && w >= 1 && w <= MAX_HEADING_WORDS && !NUMBERED.matcher(name).find() && !CLOSED.matcher(name).find()
                    && Character.isUpperCase(name.codePointAt(0));
            if (heading[k]) headings++;
            else others.add(w);
        }
        // A heading heads rows: one after the last row is the page's own (a form's "Make an enquiry"), left as read.
        // (A heading over a title closed by a colon heads that title's row, last or not.)
        for (int k = items.size() - 1; k >= 0 && heading[k] && runIn(page, items.get(k), null) == null; k--) {
            heading[k] = false;
            headings--;
            others.add(Page.words(Page.bare(items.get(k).name())));
        }
        if (headings == 0 || others.size() < MIN_HEADLINE_ROWS) return items;
        others.sort(null);
        if (others.get(others.size() / 2) < MIN_MEDIAN_NAME_WORDS) return items;
        // Headings stand between rows: two in a row is a list of short names, not sections.
        for (int k = 1; k < items.size(); k++) if (heading[k] && heading[k - 1]) return items;
        List<PageLayout.Item> out = new ArrayList<>();
        String table = null;
        for (int k = 0; k < items.size(); k++) {
            PageLayout.Item item = items.get(k);
            if (!heading[k]) {
                out.add(table == null ? item : new PageLayout.Item(table, item.name(), item.description(), item.start(), item.end(),
                        item.source(), item.writer()));
                continue;
            }
            String section = Page.name(item.name());
            PageLayout.Item first = runIn(page, item, section);
            if (first == null && item.description() != null && Page.words(item.description()) > MAX_NOTE_WORDS) {
                // A long text under a short name with no title of its own: a row as read (a trend named in two words).
                out.add(table == null ? item : new PageLayout.Item(table, item.name(), item.description(), item.start(), item.end(),
                        item.source(), item.writer()));
                continue;
            }
            table = section;
            if (first != null) out.add(first);
        }
        return out.size() < MIN_HEADLINE_ROWS ? items : out;
    }

    /** The words of the line an item opens at, without a pictograph before them. */
    private static String item(Page page, PageLayout.Item item) {
        return item.start() < page.size() ? Page.bare(page.text(item.start())) : "";
    }

    /** The section's first row when the layout ran it into the heading: a title closed by a colon on the next line, its passage after. */
    private static PageLayout.Item runIn(Page page, PageLayout.Item item, String table) {
        int t = page.next(item.start() + 1);
        if (t >= item.end() || t >= page.size()) return null;
        String title = page.text(t).strip();
        if (!COLON_TITLE.matcher(title).matches()) return null;
        List<String> passage = new ArrayList<>();
        for (int i = page.next(t + 1); i < item.end() && i < page.size(); i = page.next(i + 1)) {
            // A short line after the passage is its credit ("👊 —The Ledger"): the row's other field, not its text.
            if (Page.words(page.text(i)) <= MAX_CREDIT_WORDS) break;
            passage.add(page.text(i).strip());
        }
        if (passage.isEmpty()) return null;
        return new PageLayout.Item(table, title.substring(0, title.length() - 1).strip(), String.join(" ", passage), t, item.end(),
                item.source(), item.writer());
    }
}

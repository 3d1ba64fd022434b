package org.workgraph.loader.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Text;
import org.workgraph.loader.text.Search;

/**
 * A layout in which the page is the digest itself rather than a summary of one article: its title is the
 * page's heading, its date a date line at the head of the page, its writer a byline there, its summary a section
 * the page heads as one. Subclasses only find the rows.
 */
abstract class PageLayout implements DigestLayout {
    /** "Summary: …", "TL;DR: …", "Key takeaways: …". */
    private static final Search SUMMARY_LABEL = Search.compile(
            "^(?i:summary|in summary|in short|in brief|tl;?dr|(?:the )?bottom line|key takeaways?|takeaways?|conclusion|overview)\\s*:\\s*(.*)$");
    /**
     * A heading of its own that introduces a recap: the words above ("Executive Summary", as reports and newsletters head
     * theirs), or "In" and a word or two ("In short",
     * "In a nutshell"), which is how pages title the paragraph that sums up what came before.
     */
    static final Search SUMMARY_HEADING = Search.compile(
            "^(?i:(?:executive )?summary|in summary|tl;?dr|(?:the )?bottom line|key takeaways?|takeaways?|conclusion)$|^In(?: [a-z]+)?(?: \\p{L}+)$");

    /**
     * A link's words closing a story's paragraph, "Read more here.", "Continue reading …", "Read now": the page's, not the
     * story's. "Read more at the Ledger" names the source and stays.
     */
    private static final Search READ_MORE = Search.compile("\\s*(?i:read more|continue reading|read now|read the full (?:story|article|report))"
            + "(?:\\s+here)?\\s*[.\u2026\u2192>]*\\s*$");

    /** One row as the page shows it, with the lines it spans (0-based, end exclusive). */
    record Item(String heading, String name, String description, int start, int end, String source, String writer) {
        /** A row that credits no writer. */
        Item(String heading, String name, String description, int start, int end, String source) {
            this(heading, name, description, start, end, source, null);
        }

        /** A row that credits no outside source. */
        Item(String heading, String name, String description, int start, int end) {
            this(heading, name, description, start, end, null, null);
        }
    }

    /** The rows in this layout, in page order, or an empty list when the page is not laid out this way. */
    abstract List<Item> items(Page page);

    @Override
    public final Optional<SignalDigest> read(Source source, Page page, Consumer<String> warnings) {
        List<Item> items = items(page);
        if (items.isEmpty()) return Optional.empty();
        // Whatever the layout, a short heading among headline rows heads the rows under it: their table, no row.
        items = SectionHeadings.apply(page, items);
        List<SignalRow> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Item item : items) {
            int n = numbers.merge(String.valueOf(item.heading()), 1, Integer::sum);
            String description = item.description() == null ? null : READ_MORE.matcher(Text.normalizeSpace(item.description())).replaceFirst("");
            if (description != null && description.isBlank()) description = null;
            String name = Text.normalizeSpace(item.name());
            rows.add(new SignalRow(SignalTable.ofHeading(item.heading()), item.heading(), n, name,
                    description, null, null, null, null, page.lines().get(item.start()).number(), item.source(), item.writer(),
                    otherFields(page, item, name, description)));
        }
        String summary = summary(page, items.get(0).start(), items.get(items.size() - 1).end());
        // A page that states no date of its own is dated by the heading of its rows, as a newsletter dates an issue's list
        // ("What changed: Friday, 23 February 2018", "Week of 3 March 2025").
        LocalDate published = page.published();
        for (int k = 0; k < items.size() && published == null; k++) {
            if (items.get(k).heading() != null) published = Dates.find(items.get(k).heading()).orElse(null);
        }
        String title = title(page, items);
        return Optional.of(new SignalDigest(source, title, page.author(), null, null, summary, List.of(), rows, published,
                page.categories(), prose(page, items, summary)));
    }

    /**
     * The lines of a row's block that neither its name nor its description holds, one a line, or null: a labelled block's
     * other fields ("Podcast: Acme Hour" over "Episode: …"), read for mentions as the description is.
     */
    static String otherFields(Page page, Item item, String name, String description) {
        List<String> other = new ArrayList<>();
        for (int i = item.start(); i < item.end() && i < page.size(); i++) {
            if (page.isBlank(i)) continue;
            String t = Text.normalizeSpace(page.text(i));
            if (t.isEmpty() || held(t, name) || held(t, description)) continue;
            other.add(t);
        }
        return other.isEmpty() ? null : String.join("\n", other);
    }

    /** The line is the text, or part of it, or holds it whole (a labelled field's line around its value). */
    private static boolean held(String line, String text) {
        return text != null && !text.isEmpty() && (text.contains(line) || line.contains(text));
    }

    /**
     * The page's title: its title line, unless one of the rows spans it (a link page with no title of its own, whose first
     * headline looks like one).
     */
    String title(Page page, List<Item> items) {
        for (Item item : items) if (page.titleIndex() >= item.start() && page.titleIndex() < item.end()) return null;
        return page.title();
    }

    /**
     * The page's running text that no row, title, byline or summary holds, paragraph by paragraph: a newsletter's letter
     * above its list, the feature below it. Mentions are read there as in a post's body; it is not a row.
     */
    static String prose(Page page, List<Item> items, String summary) {
        boolean[] taken = new boolean[page.size()];
        for (Item item : items) for (int i = item.start(); i < item.end() && i < taken.length; i++) taken[i] = true;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i <= page.size(); i++) {
            boolean keep = i < page.size() && !taken[i] && i != page.titleIndex() && i != page.bylineIndex() && page.isProse(i);
            if (keep) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(page.text(i));
                continue;
            }
            if (paragraph.length() == 0) continue;
            String p = Text.normalizeSpace(paragraph.toString());
            if (summary == null || !summary.contains(p)) paragraphs.add(p);
            paragraph.setLength(0);
        }
        return paragraphs.isEmpty() ? null : String.join(" ", paragraphs);
    }

    /** The paragraph the page marks as its summary, outside the rows (a row may have a summary field of its own). */
    static String summary(Page page, int rowsStart, int rowsEnd) {
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            if (i >= rowsStart && i < rowsEnd) continue;
            String t = page.text(i);
            Matcher label = SUMMARY_LABEL.matcher(t);
            List<String> parts = new ArrayList<>();
            int from;
            if (label.matches()) {
                if (!label.group(1).isBlank()) parts.add(label.group(1));
                from = label.group(1).isBlank() ? page.next(i + 1) : i + 1;
            } else if (page.isHeading(i) && SUMMARY_HEADING.matches(t)) {
                from = page.next(i + 1);
            } else {
                continue;
            }
            // The paragraph: lines of running text up to a blank line, the next heading, a list's lead-in or the rows.
            for (int j = from; j < page.size() && page.isProse(j) && page.leadIn(j) == null && (j < rowsStart || j >= rowsEnd); j++) {
                parts.add(page.text(j));
            }
            if (!parts.isEmpty()) return Text.normalizeSpace(String.join(" ", parts));
        }
        return null;
    }
}

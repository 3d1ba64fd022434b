package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;

/**
 * Blocks of a short name line followed by its description paragraph, repeated: a list of signals written
 * as headed paragraphs, or a table flattened to text with one field per line and no column header. Short
 * lines after a description that no paragraph follows are the row's other fields (a year, a source) and
 * are passed over. When the page numbers its blocks ("01" on a line of its own, or "5. Name"), only numbered blocks
 * are rows: the unnumbered ones are the page's own sections ("About this list"). Numbered blocks are a list even
 * when their descriptions run to several paragraphs; unnumbered ones with several paragraphs each are an essay's
 * sections. The title printed again above the text is no row. A label the page repeats under every row ("In action:",
 * "Why it matters:") starts another field of the row: the description ends above it.
 */
final class NameBlocks extends PageLayout {
    /** Fewer blocks than this are a page with a few subheadings, not a list. */
    private static final int MIN_ROWS = 3;
    /** A sentence that counts what follows: "The five trends they identified are:", "Here are 7 signals to watch:". */
    private static final Pattern ANNOUNCES = Pattern.compile("(?i)\\b(?:\\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            + "\\s+(?:\\S+\\s+){0,2}(?:(?:weak |change )?signals|(?:mega)?trends|drivers|technologies|shifts|forces)\\b");
    /** A comment's header is a name and a date or time, or "Ann says": never a row's name. */
    private static final Pattern STAMP = Pattern.compile("\\d{1,2}:\\d{2}|\\b(?:says|said|wrote|replied)\\s*:?$", Pattern.CASE_INSENSITIVE);

    /** A name line, where its description ends, whether a number line precedes it, and its paragraphs. */
    private record Block(int name, int end, boolean numbered, List<String> paragraphs) {}

    @Override
    List<Item> items(Page page) {
        List<Block> blocks = new ArrayList<>();
        Set<String> fields = Page.recurringLabels(page);
        for (int i = page.next(page.titleIndex() + 1); i < page.size(); i = page.next(i + 1)) {
            int first = page.next(i + 1);
            if (!isName(page, i) || first >= page.size() || page.text(i).equals(page.title())) continue;
            // The page's last line right under a numbered name ("7. Rapid explosion of …") is that row's description cut
            // off by the end of the text ("Buildings will not disap"), though short and capitalised like a heading. Under
            // an unnumbered name it may as well be the row's last field ("Near term"), so it is left alone there.
            boolean cutOff = Page.enumerated(page.text(i)) && page.next(first + 1) >= page.size()
                    && !page.isOrdinal(first) && !Page.enumerated(page.text(first));
            if (!page.isProse(first) && !cutOff) continue;
            // The description: paragraphs of running text up to the next line that is not running text.
            List<String> paragraphs = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            int end = first;
            for (int j = first; j < page.size(); j++) {
                if (j > first && fields.contains(Page.label(page.text(j)))) break; // "In action: …": the row's next field
                if (page.isBlank(j)) {
                    if (paragraph.length() > 0) paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                    continue;
                }
                if (!page.isProse(j) && !(cutOff && j == first)) break;
                paragraph.append(paragraph.length() > 0 ? " " : "").append(page.text(j));
                end = j + 1;
            }
            if (paragraph.length() > 0) paragraphs.add(paragraph.toString());
            int before = page.previous(i);
            blocks.add(new Block(i, end, (before >= 0 && page.isOrdinal(before)) || Page.enumerated(page.text(i)), paragraphs));
            i = end - 1;
        }
        boolean numbered = blocks.stream().anyMatch(Block::numbered);
        if (numbered) blocks.removeIf(b -> !b.numbered());
        // A lead-in that announces the list ("The five trends they identified are:") starts it: blocks above it are
        // the page's own (a caption, an introduction).
        int leadIn = leadIn(page);
        if (leadIn >= 0 && blocks.stream().anyMatch(b -> b.name() > leadIn)) blocks.removeIf(b -> b.name() < leadIn);
        if (blocks.size() < MIN_ROWS) return List.of();
        // A list gives each name a paragraph; an essay's sections run to several. Most blocks must read as a list.
        long essayLike = blocks.stream().filter(b -> b.paragraphs().size() > 1).count();
        if (!numbered && essayLike * 2 > blocks.size()) return List.of();
        String heading = page.headingAbove(blocks.get(0).name());
        List<Item> items = new ArrayList<>();
        for (Block b : blocks) {
            items.add(new Item(heading, name(page.text(b.name())), String.join(" ", b.paragraphs()), b.name(), b.end()));
        }
        return items;
    }

    /** The first line of running text that ends in a colon and names what a digest lists, or -1. */
    private static int leadIn(Page page) {
        for (int i = page.next(page.titleIndex() + 1); i < page.size(); i = page.next(i + 1)) {
            String t = page.text(i);
            if (page.isProse(i) && t.endsWith(":") && ANNOUNCES.matcher(t.substring(Math.max(0, t.lastIndexOf('.', t.length() - 2) + 1))).find()) {
                return i;
            }
        }
        return -1;
    }

    /** A heading, or a short name closed by a colon ("Remote hiring:"), that is not a comment's header. */
    private static boolean isName(Page page, int i) {
        String t = page.text(i);
        if (STAMP.matcher(t).find() || Dates.DATE.matcher(t).find()) return false;
        if (page.isHeading(i)) return true;
        return t.endsWith(":") && Page.words(t) <= 6 && Character.isUpperCase(t.codePointAt(0)) && !page.isOrdinal(i);
    }

    private static String name(String text) {
        String t = Page.name(text);
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }
}

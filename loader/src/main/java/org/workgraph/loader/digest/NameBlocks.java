package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Search;

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
    private static final Search ANNOUNCES = Search.compile("(?i)\\b(?:\\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            + "\\s+(?:\\S+\\s+){0,2}(?:(?:weak |change )?signals|(?:mega)?trends|drivers|technologies|shifts|forces)\\b");
    /** A thread's notice of a link from elsewhere: "Pingback: …", "Reblogged this on …": the page's thread, not its items. */
    private static final Search NOTICE = Search.compile("^(?i:pingback:|trackback:|reblogged this on\\s)");
    /** A comment's header is a name and a date or time, or "Ann says": never a row's name. */
    private static final Search STAMP = Search.compile("\\d{1,2}:\\d{2}|\\b(?:says|said|wrote|replied)\\s*:?$", Pattern.CASE_INSENSITIVE);

    /**
     * A credit under an item, not an item: "Sourced by Ann Lee", "Spotted by a reader", "Curated by the desk" (newsletters
     * credit who found each story).
     */
    private static final Search CREDIT = Search.compile("(?i)\\b(?:sourced|curated|spotted|suggested|submitted|found|shared|compiled|"
            + "written|edited|reported|posted|photographed|illustrated)\\s+by\\b");
    /**
     * A news roundup's headline is longer than a heading ("Salesforce shuts its remote work research group amid a
     * back-to-office push"); it is still a name when it stands alone, unpunctuated, over the longer paragraph it heads.
     */
    private static final int MAX_HEADLINE_WORDS = 24;

    /** A bullet opening a line, alone ("-" over the point's text) or before it. */
    private static final Search BULLET = Search.compile("^[\u2022\u00B7*\u2013-](?:\\s|$)");
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
            boolean lastLine = page.next(first + 1) >= page.size() && !page.isOrdinal(first) && !Page.enumerated(page.text(first));
            // Under an unnumbered name it is cut off too when the rows before it are a name and a paragraph each, with no
            // short field lines after their paragraphs (a roundup's headlines, not a flattened table).
            boolean cutOff = lastLine && (Page.enumerated(page.text(i)) || (blocks.size() >= 2 && noTrailingFields(page, blocks, i)));
            if (!page.isProse(first) && !cutOff) continue;
            if (numberedName(page, first)) continue; // a heading over a numbered list heads the list; the first item is no paragraph of it
            // The description: paragraphs of running text up to the next line that is not running text.
            List<String> paragraphs = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            int end = first;
            for (int j = first; j < page.size(); j++) {
                if (j > first && fields.contains(Page.label(page.text(j)))) break; // "In action: …": the row's next field
                if (j > first && page.gluedLabel(j)) break; // "Why it mattersAI …": the row's next field, run into its text
                if (j > first && page.isBlank(j - 1) && (isHeadline(page, j) || numberedName(page, j))) break; // the next item's name
                // A bulleted list under the paragraph gives the row's supporting points, not its description; a paragraph
                // that opens "Overall," or "In conclusion," closes the page, not the last row.
                if (j > first && (BULLET.matcher(page.text(j)).lookingAt() || Page.concludes(page.text(j)))) break;
                if (page.isBlank(j)) {
                    if (paragraph.length() > 0) paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                    continue;
                }
                // The page's last line, short as a heading, is a numbered item's paragraph cut off by the end of the text.
                boolean cutHere = (cutOff && j == first) || (j > first && Page.enumerated(page.text(i)) && page.next(j + 1) >= page.size()
                        && !page.isOrdinal(j) && !Page.enumerated(page.text(j)) && !page.text(j).endsWith(":"));
                if (!page.isProse(j) && !cutHere) break;
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
        // A section heading and its introduction of several paragraphs, then items of one paragraph each: the first block
        // is the section the items stand in, not one of them.
        if (!numbered && blocks.size() >= 3 && blocks.get(0).paragraphs().size() > 1
                && blocks.subList(1, blocks.size()).stream().allMatch(b -> b.paragraphs().size() <= 1)) {
            blocks.remove(0);
        }
        // A lead-in that announces the list ("The five trends they identified are:") starts it: blocks above it are
        // the page's own (a caption, an introduction).
        int leadIn = leadIn(page);
        if (leadIn >= 0 && blocks.stream().anyMatch(b -> b.name() > leadIn)) blocks.removeIf(b -> b.name() < leadIn);
        if (blocks.size() < MIN_ROWS && !(blocks.size() == MIN_ROWS - 1 && headlines(page, blocks)) && !cutShort(page, blocks)) return List.of();
        // A list gives each name a paragraph; an essay's sections run to several. Most blocks must read as a list.
        long essayLike = blocks.stream().filter(b -> b.paragraphs().size() > 1).count();
        if (!numbered && essayLike * 2 > blocks.size()) return List.of();
        // Every block headed by two short lines, the upper one after a blank line ("Headline" over "The Ledger", a source;
        // "Name" over "2031", a table's next column): the page's shape puts the name first and a field under it.
        boolean twoLineHeads = blocks.size() >= MIN_ROWS && blocks.stream().allMatch(b -> upperName(page, b.name()));
        // A reading list prints some items as headline, publication line, paragraph and others without the publication: a
        // block named by a short proper name under a headline like the other blocks' names is that headline's item.
        int[] upper = new int[blocks.size()];
        for (int k = 0; k < blocks.size(); k++) upper[k] = twoLineHeads ? blocks.get(k).name() - 1 : publishedUnder(page, blocks, k);
        String heading = page.headingAbove(upper[0] >= 0 ? upper[0] : blocks.get(0).name());
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            int at = upper[k] >= 0 ? upper[k] : b.name();
            String source = !twoLineHeads && upper[k] >= 0 ? page.text(b.name()).strip() : null;
            items.add(new Item(heading, name(page.text(at)), String.join(" ", b.paragraphs()), at, b.end(), source));
        }
        return items;
    }

    /** The first line of running text that ends in a colon and names what a digest lists, or -1. */
    private static int leadIn(Page page) {
        for (int i = page.next(page.titleIndex() + 1); i < page.size(); i = page.next(i + 1)) {
            String t = page.text(i);
            if (page.isProse(i) && t.endsWith(":") && ANNOUNCES.find(t.substring(Math.max(0, t.lastIndexOf('.', t.length() - 2) + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** A heading, or a short name closed by a colon ("Remote hiring:"), or a headline, that is not a comment's header or a credit. */
    private static boolean isName(Page page, int i) {
        String t = page.text(i);
        if (STAMP.find(t) || Dates.DATE.find(t) || CREDIT.find(t) || NOTICE.find(t) || Page.caption(t)) return false;
        // A line the page prints again and again ("What this means for you" in every card) labels a field; no two rows share a name.
        if (page.occurrences(t) > 1) return false;
        if (page.isHeading(i)) return true;
        if (isHeadline(page, i)) return true;
        if (numberedName(page, i)) return true;
        return t.endsWith(":") && Page.words(t) <= 6 && Character.isUpperCase(t.codePointAt(0)) && !page.isOrdinal(i);
    }

    /**
     * A name the page numbers, written as a sentence ("1. The evolution of leadership.", "Forecast #2. Offices shrink. Teams
     * do not."): its number marks it as an item's name though it ends like a sentence, when it stands alone over a longer
     * paragraph and is short, and what follows the number opens in a capital.
     */
    private static boolean numberedName(Page page, int i) {
        String t = page.text(i);
        if (!Page.enumerated(t)) return false;
        String name = Page.name(t);
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || Page.words(name) > MAX_HEADLINE_WORDS) return false;
        if (i > 0 && !page.isBlank(i - 1) && !page.isHeading(i - 1)) return false;
        int next = page.next(i + 1);
        if (next >= page.size() || next == i + 1 || !page.isProse(next) || Page.enumerated(page.text(next))) return false;
        String n = page.text(next);
        return Character.isUpperCase(n.codePointAt(0)) && (Page.words(n) > Page.words(name) || page.next(next + 1) >= page.size());
    }

    /**
     * A headline: a line of up to {@value #MAX_HEADLINE_WORDS} words that starts a block (a blank line or the page's head
     * above it), opens with a capital, ends with no full stop, comma or colon, and heads a longer paragraph that starts a
     * new sentence: not the first line of a wrapped paragraph.
     */
    private static boolean isHeadline(Page page, int i) {
        String t = page.text(i);
        if (t.isEmpty()) return false;
        int words = Page.words(t);
        if (words > MAX_HEADLINE_WORDS || ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0) return false;
        if (!Character.isUpperCase(t.codePointAt(0)) && "\"'\u201C\u2018".indexOf(t.charAt(0)) < 0) return false;
        if (i > 0 && !page.isBlank(i - 1) && !page.isHeading(i - 1)) return false;
        // The line right under the title is its standfirst, which sums up the page: not one of its items.
        if (page.titleIndex() >= 0 && page.previous(i) == page.titleIndex()) return false;
        int next = page.next(i + 1);
        if (next >= page.size() || !page.isProse(next)) return false;
        String n = page.text(next);
        // The paragraph ends a sentence, unless it is the page's last line, cut off by the end of the text.
        boolean last = page.next(next + 1) >= page.size();
        return Character.isUpperCase(n.codePointAt(0)) && Page.words(n) > words && (last || n.matches(".*[.!?\u201D\"']$"));
    }

    /**
     * A numbered list the end of the text cuts short: the blocks are numbered 1, 2, … in order, the last runs to the end of
     * the page, and the title announces more items than the page shows ("Five trends for 2025" over "1." and "2."). An
     * excerpt that stops inside a list shows fewer items than a list needs anywhere else.
     */
    private static boolean cutShort(Page page, List<Block> blocks) {
        if (blocks.isEmpty() || page.next(blocks.get(blocks.size() - 1).end()) < page.size()) return false;
        if (page.announcedCount() <= blocks.size()) return false;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            int before = page.previous(b.name());
            int n = Page.number(page.text(b.name()));
            if (n < 0 && before >= 0 && page.isOrdinal(before)) n = Page.number(page.text(before));
            if (n != k + 1) return false;
        }
        return true;
    }

    /** Whether the line right above a block's name is a heading of its own that opens the block (a blank line above it). */
    /**
     * The headline over block {@code k} when its name line is a publication's ("The Daily Ledger"): a proper name of at most
     * five words, each capitalised but for "of", "the", "and", standing right under a heading (one blank line between) that is
     * not the title and is as long as the other blocks' names, of which the publication line is at most half; else -1.
     */
    private static int publishedUnder(Page page, List<Block> blocks, int k) {
        int name = blocks.get(k).name();
        String t = page.text(name).strip();
        if (!PUBLICATION.matches(t) || Page.words(t) > 5) return -1;
        int up = page.previous(name);
        if (up < 0 || up == page.titleIndex() || up != name - 2 || !page.isHeading(up) || page.isOrdinal(up)) return -1;
        if (k > 0 && blocks.get(k - 1).end() > up) return -1;
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < blocks.size(); j++) if (j != k) others.add(Page.words(page.text(blocks.get(j).name())));
        if (others.size() < 2) return -1;
        others.sort(null);
        int median = others.get(others.size() / 2);
        int upWords = Page.words(page.text(up));
        return upWords >= 4 && Page.words(t) * 2 <= median && upWords * 2 >= median && upWords <= median * 2 ? up : -1;
    }

    /** A publication's name: capitalised words, with "of", "the", "and", "&" between them, nothing closing it as a sentence. */
    private static final Search PUBLICATION = Search.compile("^(?:The\\s+)?\\p{Lu}[\\p{L}.'\u2019&-]*(?:\\s+(?:of|the|and|&|\\p{Lu}[\\p{L}.'\u2019&-]*))*$");

    private static boolean upperName(Page page, int name) {
        int up = name - 1;
        return up >= 0 && !page.isBlank(up) && up != page.titleIndex() && page.isHeading(up) && !page.isOrdinal(up)
                && !Page.enumerated(page.text(name)) && (up == 0 || page.isBlank(up - 1));
    }

    /** Whether the blocks so far end where the next name starts, with no short field lines (a year, a source) after them. */
    private static boolean noTrailingFields(Page page, List<Block> blocks, int nextName) {
        for (int k = 0; k < blocks.size(); k++) {
            int after = k + 1 < blocks.size() ? blocks.get(k + 1).name() : nextName;
            if (page.next(blocks.get(k).end()) != after) return false;
        }
        return true;
    }

    /**
     * Two headlines, each over one paragraph, on a page cut short: too few for a list anywhere else, but a roundup or newsletter
     * that says what it is (the kind check asks for that) shows its items this way.
     */
    private static boolean headlines(Page page, List<Block> blocks) {
        return blocks.stream().allMatch(b -> b.paragraphs().size() == 1 && isHeadline(page, b.name()));
    }

    private static String name(String text) {
        String t = Page.name(text);
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }
}

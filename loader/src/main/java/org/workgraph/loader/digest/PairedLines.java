package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of pieces printed as pairs of lines with no blank line between them: the piece's title, then its standfirst (the
 * one sentence that says what it is about), as link blogs, Ghost and newsletter pages print their picks. The title may
 * carry its writer or publisher after a spaced dash ("— Ann Lee", "- The Ledger"). The pairs are told from the page's own
 * rhythm, not from each line alone (a standfirst may be a fragment that looks like a headline, "Why staff love it, and
 * bosses don't"; a title may hold a full stop): the lines in one phase must read as titles (short, not closed by a full
 * stop) and the lines in the other as standfirsts (most closed like a sentence, or longer than their title), and the
 * other phase must not read so.
 *
 * <p>The title names the row, the standfirst describes it, the credit after the dash is the row's source. The layout does
 * not name its own kind: a page of such pairs is a digest when its other cues say so (an introduction announcing the
 * picks, a newsletter issue's form).
 */
final class PairedLines extends PageLayout {
    /** A writer's or publisher's credit closing a title: "— Ann Lee", "- The Ledger". */
    private static final Pattern CREDIT = Pattern.compile("\\s+[\u2013\u2014-]\\s+(\\p{Lu}[\\p{L}.'\u2019&-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019&-]*){0,3})$");
    /** A line closed like a sentence: a full stop, a question or exclamation mark, maybe inside a closing quotation mark. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026][\u201D\u2019\"')]*$");
    private static final Pattern FULL_STOP = Pattern.compile("[.\u2026][\u201D\u2019\"')]*$");
    private static final Pattern OPENING = Pattern.compile("^[\"'\u201C\u2018]*[\\p{Lu}\\d]");

    static final int MIN_PAIRS = 3;
    private static final int MAX_TITLE_WORDS = 24;
    private static final int MAX_LABEL_WORDS = 3;
    /** A standfirst is a sentence or two; a longer line under a heading is the section's paragraph. */
    private static final int MAX_STANDFIRST_WORDS = 45;
    /** A title of fewer words on average is a name line (a thread's writer over a comment), not a piece's title. */
    private static final double MIN_MEAN_TITLE_WORDS = 3.5;
    private static final double TITLE_SHARE = 0.8;
    private static final double STANDFIRST_SHARE = 0.5;

    @Override
    List<Item> items(Page page) {
        List<Item> best = List.of();
        // Runs of lines with text and no blank line between them.
        int i = page.next(0);
        while (i < page.size()) {
            int end = i;
            while (end < page.size() && !page.isBlank(end)) end++;
            List<Item> items = pairs(page, i, end);
            if (items.size() > best.size()) best = items;
            i = page.next(end);
        }
        return best;
    }

    /** The pairs of the run of lines [from, to), or none when the run is not one. */
    private static List<Item> pairs(Page page, int from, int to) {
        int lines = to - from;
        if (lines < MIN_PAIRS * 2) return List.of();
        for (int phase = 0; phase <= 1; phase++) {
            int start = from + phase;
            int n = (to - start) / 2;
            // A title left without its standfirst is the excerpt cut off: only at the end of the page's text.
            if (n < MIN_PAIRS || (to - start) % 2 != 0 && page.next(to) < page.size()) continue;
            if (!reads(page, start, n) || phase == 0 && reads(page, start + 1, (to - start - 1) / 2)) continue;
            // The line before the first pair, in the run, is the list's lead-in or the page's head: no pair.
            List<Item> items = new ArrayList<>();
            String table = table(page, from);
            for (int k = 0; k < n; k++) {
                int t = start + 2 * k;
                String title = page.text(t);
                String source = null;
                Matcher credit = CREDIT.matcher(title);
                if (credit.find() && Page.words(title.substring(0, credit.start())) >= 3) {
                    source = credit.group(1);
                    title = title.substring(0, credit.start()).strip();
                }
                items.add(new Item(table, title, page.text(t + 1), t, t + 2, source));
            }
            return items;
        }
        return List.of();
    }

    /** Whether n pairs from line {@code start} read as titles over standfirsts. */
    private static boolean reads(Page page, int start, int n) {
        if (n < MIN_PAIRS) return false;
        int titles = 0, standfirsts = 0, words = 0, labelled = 0;
        for (int k = 0; k < n; k++) {
            String title = page.text(start + 2 * k), standfirst = page.text(start + 2 * k + 1);
            if (!OPENING.matcher(title).lookingAt() || !OPENING.matcher(standfirst).lookingAt()) return false;
            // A line closed by a colon leads into what follows ("Ann wrote:", "Trend 1:"); a label run into its text ("Read
            // moreOakland …") is the item rhythm's to split: neither is a title over its standfirst.
            if (title.endsWith(":") || page.gluedLabel(start + 2 * k) || page.gluedLabel(start + 2 * k + 1)) return false;
            // A standfirst is a sentence or two; a word alone under a title is the next section's heading ("ECONOMY").
            if (Page.words(standfirst) > MAX_STANDFIRST_WORDS || Page.words(standfirst) < 2) return false;
            String label = Page.label(title);
            if (label != null && Page.words(label) <= MAX_LABEL_WORDS) labelled++;
            String bare = CREDIT.matcher(title).replaceFirst("");
            int w = Page.words(bare);
            // A number or a word alone over its text is a numbered block's or a name line's head, not a piece's title.
            if (w > MAX_TITLE_WORDS || w < 2) return false;
            words += w;
            if (!FULL_STOP.matcher(bare).find()) titles++;
            if (SENTENCE_END.matcher(standfirst).find() || Page.words(standfirst) > w) standfirsts++;
        }
        // Titles most of which open with a short label ("Trend 1: …", "Focus keyword: …") are a numbered or labelled list,
        // which the list layouts read without the label.
        if (labelled * 2 > n) return false;
        return words >= MIN_MEAN_TITLE_WORDS * n && titles >= TITLE_SHARE * n && standfirsts >= STANDFIRST_SHARE * n;
    }

    /** The heading right above the pairs, when it is a heading of their own (not the page's title, not a lead-in sentence). */
    private static String table(Page page, int first) {
        int above = page.previous(first);
        if (above < 0 || above == page.titleIndex() || !page.isHeading(above)) return null;
        return Page.name(page.text(above));
    }
}

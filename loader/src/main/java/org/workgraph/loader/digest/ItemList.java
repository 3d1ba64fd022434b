package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workgraph.loader.text.Search;

/**
 * A numbered or bulleted list, one row per item: "1. Name – description", "• Name: description",
 * "• Name (a gloss)", "• Name. Description.", a name line with its description on the lines below, or a bare
 * name; or lines that each start with a name and a colon, without bullets; or paragraphs that each open with a run-in
 * label ("Paid standby. Contracts now …"). The item's shape is the one the page repeats: a run is lines that open
 * alike, a pictograph is a bullet when it opens several lines, and a run of news bullets (a headline sentence and its
 * gloss) is read by first sentences throughout. When the list nests, the outer items are the headings of the inner ones
 * (a category and its trends); otherwise the list sits under its lead-in line ("In this issue:") or the nearest heading
 * above it.
 */
final class ItemList extends PageLayout {
    /** A list item: a number ("1.", "2)") or a bullet, then its text. */
    private static final Search ITEM = Search.compile("^(?:\\d{1,3}[.)]|[\u2022\u00B7\u25AA\u25E6\u2023\u2043*\u2013-])\\s+(\\S.*)$");
    /**
     * A pictograph opening a line, then its text: "\u25B6 Remote hiring: …". Newsletters bullet their lists with an emoji
     * or a symbol; one that opens two lines or more of the page is its bullet, one that opens a single line decorates a
     * heading.
     */
    private static final Search PICTOGRAPH = Search.compile("^([\\p{So}\\p{Cs}\\p{Co}\\u2794-\\u27BF][\\p{So}\\p{Cs}\\p{Co}\\uFE0F\\u200D]*)\\s+(\\S.*)$");
    /** An unbulleted item: a short capitalised name, a colon, and its description ("Remote Hiring: More firms …"). */
    private static final Search NAMED = Search.compile("^(\\p{Lu}[^:.!?]{1,60}):\\s+\\S.*$");
    /** A name closed by a full stop, then the description's sentences: "Remote Hiring. More firms …". */
    private static final Search SENTENCE_NAMED = Search.compile("^([^.!?:]{2,}?)\\.\\s+(\\p{Lu}.*)$");
    /** Name and description joined by a dash or a colon: the name is the short part before it. */
    private static final Search JOINED = Search.compile("^(.{2,}?)\\s*(?:\\s[\u2013\u2014-]\\s|:\\s|\u2014)\\s*(\\S.*)$");
    /** "Name (gloss)", where the gloss may be cut off by the end of the page: "Name (gloss". */
    private static final Search GLOSSED = Search.compile("^([^()]+?)\\s*\\(([^()]+)\\)?\\s*\\.?$");
    /** A bullet mark alone on its line, its text on the next. */
    private static final Search LONE_BULLET = Search.compile("^[\u2022\u00B7*\u2013-]$");
    /** A name longer than this is a sentence, not a name. */
    private static final int MAX_NAME_WORDS = 10;
    /** A bullet's first sentence longer than this is a point made, not a news item's headline. */
    private static final int MAX_SENTENCE_NAME_WORDS = 40;
    /** Fewer items than this in all are an aside, not a digest's list. */
    private static final int MIN_ROWS = 3;
    /** A list under each of several headings may be short, but one item alone is no list. */
    private static final int MIN_RUN = 2;

    /**
     * A paragraph opened by a run-in label closed by a full stop: "Return to office. More firms …". The label is a short
     * phrase (not a sentence's first words before an abbreviation, "As reported on Nov. 1"), the rest a paragraph.
     */
    private static final Search RUN_IN = Search.compile("^(\\p{Lu}[^.!?:;]{1,80}?)\\.\\s+([\"\u201C]?\\p{Lu}.*)$");
    /** A run-in label is a phrase of a few words; the paragraph after it is longer. */
    private static final int MAX_RUN_IN_WORDS = 8;
    private static final int MIN_RUN_IN_TEXT_WORDS = 12;

    /** How an item opens: a bullet or number, a "Name:" label, or a run-in label closed by a full stop. */
    private enum Shape { BULLET, NAMED, RUN_IN }

    /** One item: where it starts and ends, how deep it is, how it opens, its first line's text and the lines that carry it on. */
    private record Entry(int start, int end, int indent, Shape shape, String head, String rest) {
        String text() { return rest.isEmpty() ? head : head + " " + rest; }
    }

    @Override
    List<Item> items(Page page) {
        List<Item> out = new ArrayList<>();
        Set<String> fields = Page.recurringLabels(page);
        for (List<Entry> run : runs(page)) {
            // Unbulleted "Name: text" lines whose name recurs ("In action: …" under every item) are a field of each
            // row of some other layout, not a list of names.
            if (run.stream().anyMatch(e -> e.head().equals(page.text(e.start())) && fields.contains(Page.label(e.head())))) continue;
            int runStart = run.get(0).start();
            // The page's title is no item of its list, though a text dump may print it as "Name: subtitle".
            run.removeIf(e -> e.start() == page.titleIndex());
            // A run whose items the page numbers ("Trend 1: Remote work") keeps only the numbered ones: an unnumbered line
            // of the same shape among them ("Focus keyword: …") is the page's furniture, not one of its items.
            if (run.stream().anyMatch(e -> e.shape() != Shape.BULLET && Page.enumerated(e.head()))) {
                run.removeIf(e -> !Page.enumerated(e.head()));
            }
            if (run.isEmpty()) continue;
            List<Item> rows = rows(page, run, runStart);
            if (rows.size() >= MIN_RUN || (!rows.isEmpty() && cutShort(page, rows))) out.addAll(rows);
        }
        return out.size() >= MIN_ROWS || cutShort(page, out) ? out : List.of();
    }

    /**
     * A list the end of the text cuts short: its last item runs to the end of the page, and the title announces more items
     * than the page shows ("Three trends for 2025" over two). An excerpt that stops inside a list shows fewer items than a
     * list needs anywhere else.
     */
    private static boolean cutShort(Page page, List<Item> items) {
        return !items.isEmpty() && page.next(items.get(items.size() - 1).end()) >= page.size() && page.announcedCount() > items.size();
    }

    /**
     * Runs of items: consecutive items of one kind (bulleted or named), blank lines allowed between them; any
     * other line ends the run.
     */
    private static List<List<Entry>> runs(Page page) {
        List<List<Entry>> runs = new ArrayList<>();
        List<Entry> run = new ArrayList<>();
        Shape current = null;
        java.util.Set<String> marks = pictographBullets(page);
        int i = page.next(0);
        while (i < page.size()) {
            String bulleted = bulletText(page, i, marks);
            Shape shape = bulleted != null ? Shape.BULLET : shape(page, i);
            if (shape == null || (!run.isEmpty() && shape != current)) {
                if (!run.isEmpty()) runs.add(run);
                run = new ArrayList<>();
                if (shape == null) {
                    i = page.next(i + 1);
                    continue;
                }
            }
            current = shape;
            // Wrapped lines of the item: the lines right below it, as deep or deeper, that are no item. A run-in label's
            // paragraph goes on over the paragraphs set right under it, up to the next label.
            List<String> rest = new ArrayList<>();
            String head = shape == Shape.BULLET ? bulleted : page.text(i);
            int end = i + 1;
            // A label the page prints alone on a line under every item ("Why this matters at work:") opens a field of the
            // item: the item goes on over it, its description does not.
            boolean field = false;
            while (end < page.size() && !page.isBlank(end) && page.indent(end) >= page.indent(i) && !isItem(page.text(end))
                    && bulletText(page, end, marks) == null
                    && !(shape == Shape.RUN_IN && (shape(page, end) != null || page.isHeading(end)))
                    && !headingAfterSentence(page, end)) {
                String t = page.text(end);
                if (t.endsWith(":") && page.occurrences(t) >= 2) field = true;
                // A bullet alone on its line ("-" over the point's text) opens the item's supporting points, and "Overall, …"
                // the page's closing paragraph: neither is the item's description.
                if (LONE_BULLET.matches(t) || Page.concludes(t)) field = true;
                // A name the text dump wrapped: a bullet's short head that ends no sentence, carried on by a short line in
                // lower case ("1) Enterprise AI is shifting to" / "governance + infrastructure").
                if (shape == Shape.BULLET && rest.isEmpty() && !field && wrappedName(head, t)) head = head + " " + t;
                else if (!field) rest.add(t);
                end++;
            }
            run.add(new Entry(i, end, page.indent(i), shape, head, String.join(" ", rest)));
            i = page.next(end);
        }
        if (!run.isEmpty()) runs.add(run);
        return runs;
    }

    /**
     * A heading right after a line that ends a sentence or a label ("…low." then "Clear Signals"), or one decorated with a
     * pictograph: the next section of a page printed without blank lines, not a line of the item above.
     */
    private static boolean headingAfterSentence(Page page, int i) {
        if (!page.isHeading(i)) return false;
        // A heading decorated with a pictograph ("🎯 This week's focus") is one wherever it stands.
        if (PICTOGRAPH.matches(page.text(i))) return true;
        String before = page.text(i - 1);
        return !before.isEmpty() && ".!?:".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** Whether {@code next} carries on a name cut by the line's end: a few words in lower case after a head that ends no sentence. */
    private static boolean wrappedName(String head, String next) {
        return !head.isEmpty() && ".!?:;,".indexOf(head.charAt(head.length() - 1)) < 0 && Page.words(head) <= MAX_NAME_WORDS
                && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) && Page.words(next) <= MAX_NAME_WORDS / 2
                && ".!?:;,".indexOf(next.charAt(next.length() - 1)) < 0;
    }

    /** The pictographs that open two lines or more of the page: its bullets. */
    private static java.util.Set<String> pictographBullets(Page page) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            Matcher m = PICTOGRAPH.matcher(page.text(i));
            if (m.matches()) counts.merge(m.group(1), 1, Integer::sum);
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        counts.forEach((mark, n) -> { if (n >= 2) out.add(mark); });
        return out;
    }

    /** The text of a bulleted or numbered item on line {@code i} (the page's pictograph bullets among the marks), or null. */
    private static String bulletText(Page page, int i, java.util.Set<String> marks) {
        Matcher bullet = ITEM.matcher(page.text(i));
        if (bullet.matches()) return bullet.group(1);
        Matcher m = PICTOGRAPH.matcher(page.text(i));
        return m.matches() && marks.contains(m.group(1)) ? m.group(2) : null;
    }

    /** How line {@code i} opens an item, or null when it opens none. */
    private static Shape shape(Page page, int i) {
        String t = page.text(i);
        if (ITEM.matches(t)) return Shape.BULLET;
        if (NAMED.matches(t) && Page.words(t.substring(0, t.indexOf(':'))) <= MAX_NAME_WORDS / 2) return Shape.NAMED;
        return runInLabel(t) != null ? Shape.RUN_IN : null;
    }

    /** The run-in label a paragraph opens with ("Return to office" in "Return to office. More firms …"), or null. */
    private static String runInLabel(String text) {
        Matcher m = RUN_IN.matcher(text);
        if (!m.matches() || Page.words(m.group(1)) > MAX_RUN_IN_WORDS || Page.words(m.group(2)) < MIN_RUN_IN_TEXT_WORDS) return null;
        String[] w = m.group(1).strip().split("\\s+");
        // "Nov." or "Dr." closes an abbreviation, not a label.
        if (!RowSplitter.endsSentence(w[w.length - 1] + ".") || w[w.length - 1].matches("\\p{Lu}\\p{Ll}?")) return null;
        return m.group(1).strip();
    }

    private static boolean isItem(String text) { return ITEM.matches(text) || NAMED.matches(text); }

    /** The run's items; {@code runStart} is where the run began before lines of furniture were taken out of it. */
    private static List<Item> rows(Page page, List<Entry> run, int runStart) {
        int top = run.stream().mapToInt(Entry::indent).min().orElse(0);
        boolean nested = run.stream().anyMatch(e -> e.indent() > top);
        List<Item> rows = new ArrayList<>();
        // A lead-in right above the list ("Featured in today's briefing:") heads it, as a heading would.
        int above = page.previous(runStart);
        String leadIn = above >= 0 ? page.leadIn(above) : null;
        // One that points at the list ("Here are this week's must-reads:") names none: the rows have no table of their own.
        String outer = Page.pointing(leadIn) ? null : leadIn != null ? leadIn : page.headingAbove(runStart);
        // Under a longer sentence introducing the list ("The resources are grouped in three sections:"), a heading other than
        // the title with paragraphs between it and that sentence heads those paragraphs (a sponsor's block, a letter), not
        // the list: the rows have no table of their own. A heading right above the sentence, or the title, still names it.
        if (leadIn == null && above >= 0 && page.isProse(above) && page.text(above).endsWith(":") && outer != null && !outer.equals(page.title())) {
            int up = page.previous(above);
            boolean adjacent = up >= 0 && up + 2 >= above && page.isHeading(up);
            if (!adjacent) outer = null;
        }
        // Items most of which close with their source ("Title (Acme Weekly)") are outside pieces listed by title: each is read
        // as a one-line item of a labelled list is, the source kept apart and the title whole.
        long sourced = run.stream().filter(e -> e.rest().isEmpty() && LabelledRuns.closesWithSource(e.head())).count();
        if (!nested && run.size() >= MIN_RUN && sourced * 2 > run.size()) {
            for (Entry e : run) {
                LabelledRuns.Row row = LabelledRuns.row(e.text());
                rows.add(new Item(outer, row.name(), row.description(), e.start(), e.end(), row.source()));
            }
            return rows;
        }
        boolean sentences = false;
        for (Entry e : run) {
            if (nested && e.indent() == top) {
                // An outer item heads the items nested under it.
                outer = Page.name(e.text());
                continue;
            }
            Item item = e.shape() == Shape.RUN_IN ? runIn(outer, e) : item(outer, e);
            if (item == null) {
                sentences = true;
                break;
            }
            rows.add(item);
        }
        if (!sentences) return rows;
        // A bullet of running text: the list is read the one way every bullet of it can be, each bullet's first sentence its
        // name and the sentences after it its description (a news item: a headline sentence and its gloss). A bullet of
        // several paragraphs' length, or a sentence too long to name anything, makes it a list of points instead.
        rows.clear();
        for (Entry e : run) {
            if (nested && e.indent() == top) {
                outer = Page.name(e.text());
                continue;
            }
            List<String> parts = RowSplitter.sentences(Page.name(e.text()));
            String name = parts.get(0);
            if (Page.words(name) > MAX_SENTENCE_NAME_WORDS || !RowSplitter.endsSentence(name)) return List.of();
            String description = parts.size() > 1 ? String.join(" ", parts.subList(1, parts.size())) : null;
            rows.add(new Item(outer, name, description, e.start(), e.end()));
        }
        return rows;
    }

    /** A paragraph opened by a run-in label: the label names the item, the rest of the paragraph describes it. */
    private static Item runIn(String heading, Entry e) {
        String label = runInLabel(e.head());
        if (label == null) return null;
        String text = e.text().substring(e.text().indexOf(label) + label.length() + 1).strip();
        return new Item(heading, label, text, e.start(), e.end());
    }

    private static Item item(String heading, Entry e) {
        String text = Page.name(e.text());
        // A name on the item's own line and its description on the lines below it (not a sentence wrapped
        // onto them: that would go on in lower case).
        String head = Page.name(e.head());
        if (!e.rest().isEmpty() && isName(head) && !JOINED.matches(head) && !Character.isLowerCase(e.rest().codePointAt(0))) {
            return new Item(heading, head, e.rest(), e.start(), e.end());
        }
        Matcher glossed = GLOSSED.matcher(text);
        // "Year to date: 11,000 cuts (12% more)" is a label and its figure, glossed: the label names it, not the gloss.
        if (glossed.matches() && Page.words(glossed.group(1)) <= MAX_NAME_WORDS && !glossed.group(1).contains(": ")) {
            return new Item(heading, glossed.group(1), glossed.group(2), e.start(), e.end());
        }
        Matcher joined = JOINED.matcher(text);
        if (joined.matches() && Page.words(joined.group(1)) <= MAX_NAME_WORDS && !joined.group(1).endsWith(".")) {
            return new Item(heading, joined.group(1), joined.group(2), e.start(), e.end());
        }
        Matcher sentence = SENTENCE_NAMED.matcher(text);
        if (sentence.matches() && isName(sentence.group(1)) && titleCase(sentence.group(1))) {
            return new Item(heading, sentence.group(1), sentence.group(2), e.start(), e.end());
        }
        // A title-case name run into its description's sentence; a description is a few words of running
        // text, so a bare title-case name ("Remote Night Monitoring") is not cut in two.
        String[] split = RowSplitter.splitName(text);
        if (split[1] != null && Page.words(split[0]) <= MAX_NAME_WORDS && Page.words(split[1]) >= 4 && !titleCase(split[1])) {
            return new Item(heading, split[0], split[1], e.start(), e.end());
        }
        if (isName(text)) return new Item(heading, text, null, e.start(), e.end());
        return null;
    }

    /** Short, and not ending like a sentence. */
    private static boolean isName(String text) {
        return Page.words(text) <= MAX_NAME_WORDS && !text.isBlank() && ".,;:!?".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Every word of four letters or more capitalised: "Remote Hiring at Scale", not "Workers want more". */
    private static boolean titleCase(String text) {
        for (String w : text.split("\\s+")) {
            if (w.length() >= 4 && Character.isLowerCase(w.codePointAt(0))) return false;
        }
        return true;
    }
}

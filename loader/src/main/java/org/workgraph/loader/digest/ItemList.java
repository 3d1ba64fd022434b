package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered or bulleted list, one row per item: "1. Name – description", "• Name: description",
 * "• Name (a gloss)", "• Name. Description.", a name line with its description on the lines below, or a bare
 * name; or lines that each start with a name and a colon, without bullets. When the list nests, the outer
 * items are the headings of the inner ones (a category and its trends); otherwise the list sits under the
 * nearest heading above it.
 */
final class ItemList extends PageLayout {
    /** A list item: a number ("1.", "2)") or a bullet, then its text. */
    private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,3}[.)]|[\u2022\u00B7\u25AA\u25E6\u2023\u2043*\u2013-])\\s+(\\S.*)$");
    /** An unbulleted item: a short capitalised name, a colon, and its description ("Remote Hiring: More firms …"). */
    private static final Pattern NAMED = Pattern.compile("^(\\p{Lu}[^:.!?]{1,60}):\\s+\\S.*$");
    /** A name closed by a full stop, then the description's sentences: "Remote Hiring. More firms …". */
    private static final Pattern SENTENCE_NAMED = Pattern.compile("^([^.!?:]{2,}?)\\.\\s+(\\p{Lu}.*)$");
    /** Name and description joined by a dash or a colon: the name is the short part before it. */
    private static final Pattern JOINED = Pattern.compile("^(.{2,}?)\\s*(?:\\s[\u2013\u2014-]\\s|:\\s|\u2014)\\s*(\\S.*)$");
    /** "Name (gloss)", where the gloss may be cut off by the end of the page: "Name (gloss". */
    private static final Pattern GLOSSED = Pattern.compile("^([^()]+?)\\s*\\(([^()]+)\\)?\\s*\\.?$");
    /** A name longer than this is a sentence, not a name. */
    private static final int MAX_NAME_WORDS = 10;
    /** Fewer items than this in all are an aside, not a digest's list. */
    private static final int MIN_ROWS = 3;
    /** A list under each of several headings may be short, but one item alone is no list. */
    private static final int MIN_RUN = 2;

    /** One item: where it starts and ends, how deep it is, its first line's text and the lines that carry it on. */
    private record Entry(int start, int end, int indent, String head, String rest) {
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
            List<Item> rows = rows(page, run);
            if (rows.size() >= MIN_RUN) out.addAll(rows);
        }
        return out.size() >= MIN_ROWS ? out : List.of();
    }

    /**
     * Runs of items: consecutive items of one kind (bulleted or named), blank lines allowed between them; any
     * other line ends the run.
     */
    private static List<List<Entry>> runs(Page page) {
        List<List<Entry>> runs = new ArrayList<>();
        List<Entry> run = new ArrayList<>();
        boolean bulleted = true;
        int i = page.next(0);
        while (i < page.size()) {
            Matcher bullet = ITEM.matcher(page.text(i));
            boolean isBullet = bullet.matches();
            boolean isNamed = !isBullet && NAMED.matcher(page.text(i)).matches() && Page.words(page.text(i).substring(0, page.text(i).indexOf(':'))) <= MAX_NAME_WORDS / 2;
            if ((!isBullet && !isNamed) || (!run.isEmpty() && isBullet != bulleted)) {
                if (!run.isEmpty()) runs.add(run);
                run = new ArrayList<>();
                if (!isBullet && !isNamed) {
                    i = page.next(i + 1);
                    continue;
                }
            }
            bulleted = isBullet;
            // Wrapped lines of the item: the lines right below it, as deep or deeper, that are no item.
            List<String> rest = new ArrayList<>();
            int end = i + 1;
            while (end < page.size() && !page.isBlank(end) && page.indent(end) >= page.indent(i) && !isItem(page.text(end))) {
                rest.add(page.text(end));
                end++;
            }
            run.add(new Entry(i, end, page.indent(i), isBullet ? bullet.group(1) : page.text(i), String.join(" ", rest)));
            i = page.next(end);
        }
        if (!run.isEmpty()) runs.add(run);
        return runs;
    }

    private static boolean isItem(String text) { return ITEM.matcher(text).matches() || NAMED.matcher(text).matches(); }

    private static List<Item> rows(Page page, List<Entry> run) {
        int top = run.stream().mapToInt(Entry::indent).min().orElse(0);
        boolean nested = run.stream().anyMatch(e -> e.indent() > top);
        List<Item> rows = new ArrayList<>();
        String outer = page.headingAbove(run.get(0).start());
        for (Entry e : run) {
            if (nested && e.indent() == top) {
                // An outer item heads the items nested under it.
                outer = Page.name(e.text());
                continue;
            }
            Item item = item(outer, e);
            if (item == null) return List.of(); // a bullet of running text: this is a list of points, not of signals
            rows.add(item);
        }
        return rows;
    }

    private static Item item(String heading, Entry e) {
        String text = Page.name(e.text());
        // A name on the item's own line and its description on the lines below it (not a sentence wrapped
        // onto them: that would go on in lower case).
        String head = Page.name(e.head());
        if (!e.rest().isEmpty() && isName(head) && !JOINED.matcher(head).matches() && !Character.isLowerCase(e.rest().codePointAt(0))) {
            return new Item(heading, head, e.rest(), e.start(), e.end());
        }
        Matcher glossed = GLOSSED.matcher(text);
        if (glossed.matches() && Page.words(glossed.group(1)) <= MAX_NAME_WORDS) {
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

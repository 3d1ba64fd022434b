package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.digest.ItemShape.Kind;
import org.workgraph.loader.digest.ItemShape.Learnt;
import org.workgraph.loader.digest.ItemShape.Unit;
import org.workgraph.loader.text.Search;

/**
 * Rows read by the item shape the page repeats ({@link ItemShape}), when its items each name an outside source or carry
 * their own date: a reading list's "headline, – SOURCE, paragraph", a news category page's "date, headline, teaser, read",
 * a link archive's "comment, Issue #N published DATE", numbered facts each closed by "(SOURCE)". One row per item: the
 * name is the item's headline without its source ("(Acme Weekly)", "| Acme", a "Writer, “Title”" citation's title), or,
 * for an item with no headline, its only text; the description is the item's paragraphs (or its first field's value),
 * without the source's name closing them. Source lines, date lines and stamps are the item's furniture, not its text; a
 * bulleted line of tags after the paragraph ends the item.
 *
 * <p>Items of one shape with no source or date of their own are left to the other layouts (a post's sections look the same).
 */
final class ShapedItems extends PageLayout {
    /** "Ann Lee, “Pay ranges go public”": a reading list's citation of a writer and a title; the title names the row. */
    private static final Search CITATION = Search.compile("^\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3},\\s+[\"\u201C](.+)[\"\u201D]$");
    private static final Search QUOTES = Search.compile("^[\"\u201C\u201D]+|[\"\u201C\u201D]+$");
    /** A bullet's mark and the space after it. */
    private static final Pattern BULLET_MARK = Pattern.compile("^\\S+\\s+");
    /** A numbered line's number: "3. ", "2) ", "1 ". */
    private static final Search NUMBERING = Search.compile("^\\d{1,2}(?:[.)]\\s*|\\s+)");
    /** Where a long numbered paragraph's first sentence ends (not after a title such as "Dr." or an initial). */
    private static final Search FIRST_SENTENCE = Search.compile("[.!?](?=\\s+[\\p{Lu}\"\u201C])");
    /** A numbered item longer than this is a paragraph: its first sentence names it. */
    private static final int MAX_NAME_WORDS = 40;

    /** Whether items with no source or date of their own are read too (tried last, after every other layout). */
    private final boolean any;

    ShapedItems(boolean any) {
        this.any = any;
    }

    @Override
    List<Item> items(Page page) {
        Learnt learnt = page.itemShape();
        if (!learnt.repeats() || (!any && !learnt.sourcedItems() && !learnt.datedItems())) return List.of();
        // Without a source or a date per item, sections of several paragraphs each are an essay's, not a list's items.
        if (!learnt.sourcedItems() && !learnt.datedItems()) {
            int essays = 0;
            for (ItemShape.Item item : learnt.items()) {
                int paragraphs = 0;
                for (Unit u : item.units()) if (u.kind() == Kind.PARAGRAPH) paragraphs++;
                if (paragraphs >= 2) essays++;
            }
            if (essays * 2 > learnt.items().size()) return List.of();
        }
        // Facts each closed by their source are whole statements: the line is the name, however many sentences it holds.
        int closedBySource = 0;
        for (ItemShape.Item item : learnt.items()) {
            Unit head = ItemShape.head(item);
            if (head != null && !ItemShape.withoutSource(head.text()).equals(head.text())) closedBySource++;
        }
        boolean statements = closedBySource * 2 >= learnt.items().size();
        String heading = heading(page, learnt);
        List<Item> items = new ArrayList<>();
        for (ItemShape.Item item : learnt.items()) {
            Unit head = ItemShape.head(item);
            if (head == null) continue;
            // The page's title over its introduction opens the first span as a headline opens an item: it is no row.
            if (head.start() == page.titleIndex() && item == learnt.items().get(0) && learnt.items().size() > ItemShape.MIN_ITEMS) continue;
            String name = name(head, statements);
            String rest = head.kind() == Kind.NUMBERED && !statements ? restOfParagraph(head.text(), name) : null;
            String description = rest != null ? rest : head.kind() == Kind.PARAGRAPH ? null : description(item, head);
            // A link roundup's line "TITLE – what the curator makes of it [SOURCE]": the title is the words up to the first
            // spaced dash not followed by more of a title ("Ann Lee – The Maverick of Acme – I find her …").
            if (statements && (head.kind() == Kind.BULLET || head.kind() == Kind.NUMBERED)) {
                // The line as printed, only its closing source in brackets taken off: a comment after the last dash is no
                // site's name ("Title – I find her story").
                String line = head.kind() == Kind.BULLET ? BULLET_MARK.matcher(head.text()).replaceFirst("") : NUMBERING.matcher(head.text()).replaceFirst("");
                String[] split = commented(ItemShape.withoutBracketedSource(line));
                if (split != null) {
                    name = split[0];
                    description = description == null ? split[1] : split[1] + " " + description;
                }
            }
            if (name.isBlank()) continue;
            items.add(new Item(heading, name, description, item.start(), item.end(), ItemShape.source(item)));
        }
        return items.size() >= ItemShape.MIN_ITEMS ? items : List.of();
    }

    /**
     * The rows' table: the nearest headline above the first item that is not the site's furniture (a sponsor's "Together
     * with", a breadcrumb "News/Work"), else the page's title when it heads the list, else none.
     */
    private static String heading(Page page, Learnt learnt) {
        int first = learnt.items().get(0).start();
        for (Unit u : page.units()) {
            if (u.start() >= first) break;
            if (u.kind() == Kind.HEADLINE && !furniture(u.text()) && u.start() != page.titleIndex() && page.isHeading(u.start())) return Page.name(u.text());
        }
        String title = page.titleIndex() >= 0 && page.titleIndex() < first ? page.title() : headline(page, first);
        return title == null || furniture(title) ? null : title;
    }

    /** A line above the list that labels the site rather than the list: a sponsor's "Together with", a breadcrumb "News/Work". */
    private static boolean furniture(String t) {
        return SPONSOR.find(t) || BREADCRUMB.find(t);
    }

    private static final Search SPONSOR = Search.compile("(?i)\\b(?:with|by|from)$");
    private static final Search BREADCRUMB = Search.compile("\\p{L}/\\p{L}|\\s[>\u203A\u00BB]\\s");

    /** A page with no title line of its own that opens with a headline straight over its list: that headline ("July 2031 – On pay"). */
    private static String headline(Page page, int first) {
        int i = page.next(0);
        if (i >= first || page.next(i + 1) != first) return null;
        String t = page.text(i);
        if (ItemShape.placeholder(t)) return null;
        return Page.words(t) <= 24 && !t.endsWith(".") && !t.endsWith(":") && Character.isUpperCase(t.codePointAt(0)) ? t : null;
    }

    @Override
    String title(Page page, List<Item> items) {
        String title = super.title(page, items);
        if (title != null || page.titleIndex() >= 0) return title;
        return items.isEmpty() ? null : headline(page, items.get(0).start());
    }

    /** The row's name from its head unit. */
    private static String name(Unit head, boolean statements) {
        String t = head.text();
        if (head.kind() == Kind.NUMBERED) {
            t = NUMBERING.matcher(t).replaceFirst("");
            if (statements) return ItemShape.withoutSource(t);
            return Page.words(t) > MAX_NAME_WORDS ? firstSentence(t) : ItemShape.withoutSource(t);
        }
        if (head.kind() == Kind.BULLET) t = BULLET_MARK.matcher(t).replaceFirst("");
        if (head.kind() == Kind.PARAGRAPH) return t;
        t = ItemShape.withoutSource(t);
        if (ItemShape.stoppedHeadline(t)) t = t.substring(0, t.length() - 1);
        Matcher c = CITATION.matcher(t);
        if (c.matches()) t = QUOTES.matcher(c.group(1).strip()).replaceAll("").strip();
        return t;
    }

    /** A spaced dash between a title and a comment on it; the title's own dashes are followed by more title-case words. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+[\u2013\u2014-]\\s+");

    /**
     * "Title – comment": the title (every segment up to the first that is not in title case) and the comment, or null when
     * the line holds no such dash (a headline with a title-case subtitle after its dash is a title throughout).
     */
    static String[] commented(String line) {
        String[] segments = SPACED_DASH.split(line, -1);
        if (segments.length < 2) return null;
        int k = 1;
        while (k < segments.length && LabelledRuns.titleCase(segments[k])) k++;
        if (k == segments.length) return null;
        Matcher m = SPACED_DASH.matcher(line);
        int cut = -1, end = -1;
        for (int n = 0; n < k && m.find(); n++) {
            cut = m.start();
            end = m.end();
        }
        String title = line.substring(0, cut).strip();
        String comment = line.substring(end).strip();
        if (title.isEmpty() || comment.isEmpty() || Page.words(title) > 16) return null;
        return new String[] {title, comment};
    }

    private static String firstSentence(String t) {
        Matcher m = FIRST_SENTENCE.matcher(t);
        while (m.find()) {
            // "Dr." and an initial ("John F.") go on; an acronym's last stop ("the U.S.") may end the sentence.
            String before = t.substring(0, m.start());
            if (TITLE_WORD.find(before)) continue;
            if (INITIAL.find(before) && !ACRONYM.find(before)) continue;
            return t.substring(0, m.end()).strip();
        }
        return t;
    }

    private static final Search TITLE_WORD = Search.compile("\\b(?:Dr|Mr|Mrs|Ms|St|Prof|Jr|Sr|vs|No)$");
    private static final Search INITIAL = Search.compile("(?:^|\\s)\\p{Lu}$");
    private static final Search ACRONYM = Search.compile("\\p{Lu}\\.\\p{Lu}$");

    /** A long numbered paragraph's words after its first sentence, or null when the name is the whole line. */
    private static String restOfParagraph(String text, String name) {
        String t = NUMBERING.matcher(text).replaceFirst("");
        if (!t.startsWith(name) || t.length() == name.length()) return null;
        String rest = t.substring(name.length()).strip();
        return rest.isEmpty() ? null : rest;
    }

    /** The item's text after its head: paragraphs, or the first field's value; furniture skipped; a bulleted line ends it. */
    private static String description(ItemShape.Item item, Unit head) {
        List<String> parts = new ArrayList<>();
        boolean after = false, field = false;
        for (Unit u : item.units()) {
            if (u == head) {
                after = true;
                continue;
            }
            if (!after) continue;
            switch (u.kind()) {
                case SOURCE, DATE, STAMP -> { }
                case BULLET, NUMBERED, SOURCED -> { return joined(parts); }
                case FIELD -> {
                    if (!parts.isEmpty() || field) return joined(parts);
                    parts.add(u.text().substring(u.text().indexOf(':') + 1).strip());
                    field = true;
                }
                default -> {
                    if (field) return joined(parts);
                    parts.add(u.text());
                }
            }
        }
        return joined(parts);
    }

    /** The paragraphs as one text, without a source's name closing the last ("… tools. Medium."). */
    private static String joined(List<String> parts) {
        if (parts.isEmpty()) return null;
        String t = String.join(" ", parts);
        String source = ItemShape.trailingSource(t);
        if (source != null) t = t.substring(0, t.lastIndexOf(source)).strip();
        return t.isEmpty() ? null : t;
    }
}

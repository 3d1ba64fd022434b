package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.workgraph.loader.text.Search;

/**
 * A link blog's post: under a title that names links ("Links for 2031-01-02"), each link is a bulleted title over the
 * blogger's remark and a quoted passage, set apart by blank lines, often closed by a tags line ("(tags: pay rotas)"). The
 * bullet names the row, the paragraphs under it up to the next bullet or tags line describe it. Unlike a list's items, whose
 * text shares the bullet's line, these items run over paragraphs of their own, so the list reader ends each at its bullet.
 * A link printed twice (a page stored with its post repeated) is one row. The links hang under no heading of their own.
 */
final class LinkedItems extends PageLayout {
    private static final Search BULLET = Search.compile("^[\u2022\u00B7\u25AA\u25E6*\u2013-]\\s+(\\S.*)$");
    /** A linked title: short, and not a sentence. */
    private static final int MAX_TITLE_WORDS = 24;

    @Override
    List<Item> items(Page page) {
        if (!LinkTitle.names(page.title())) return List.of();
        String title = page.text(page.titleIndex());
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            String name = title(page.text(i));
            if (name == null) continue;
            List<String> text = new ArrayList<>();
            int end = i + 1;
            for (int j = page.next(i + 1); j < page.size(); j = page.next(j + 1)) {
                String t = page.text(j);
                // The next link, the link's tags, or the post's title printed again end the item.
                if (title(t) != null || ItemFurniture.tags(t) || t.equals(title) || !page.isProse(j)) break;
                text.add(t);
                end = j + 1;
            }
            if (text.isEmpty()) return List.of(); // a bullet with nothing under it: a list's item, not a link's remark
            if (seen.add(name)) items.add(new Item(null, name, String.join(" ", text), i, end));
            i = end - 1;
        }
        return items.isEmpty() ? cited(page) : items;
    }

    /**
     * Links printed one a line, each closed by its source ("Why Notes by Hand Help. (Acme Weekly)", a remark between the title
     * and the source): each line is a row, read as a labelled list's line is, under the heading above the first link other
     * than the title (none when there is no other).
     */
    private static List<Item> cited(Page page) {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String heading = null;
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            String t = page.text(i);
            if (i == page.titleIndex() || !LabelledRuns.closesWithSource(t)) continue;
            LabelledRuns.Row row = LabelledRuns.row(t);
            if (row.name().isBlank() || !seen.add(row.name())) continue;
            if (items.isEmpty()) {
                String above = page.headingAbove(i);
                heading = above == null || above.equals(page.title()) ? null : above;
            }
            items.add(new Item(heading, row.name(), row.description(), i, i + 1, row.source()));
        }
        return items.size() >= MIN_CITED ? items : List.of();
    }

    /** Fewer lines closed by a source than this are a post's citations, not a list of links. */
    private static final int MIN_CITED = 3;

    /** The linked title a bulleted line holds, or null. */
    private static String title(String line) {
        Matcher m = BULLET.matcher(line);
        if (!m.matches()) return null;
        String name = Page.name(m.group(1));
        return Page.words(name) <= MAX_TITLE_WORDS && !name.endsWith(".") ? name : null;
    }
}

package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reading list whose items open with a citation of the outside piece: its writer, its title, where and when it appeared,
 * then what the piece says. Pages print the citation in several orders and with several marks, all of which a careful
 * reader takes for the same thing: "Lee, Ann, “TITLE”, PUBLICATION, DATE, URL – SUMMARY", "Ann Lee, TITLE, PUBLICATION
 * (DATE) PASSAGE", "Ann Lee, "TITLE"" over a "PUBLICATION - DATE" line and a paragraph. What they share is the writer's
 * name first and a comma, then the title (quoted, or closed by the publication before a date in parentheses), and a year
 * in the citation or on the line right under it. The title names the row, the text after the citation (after a spaced
 * dash, after the parenthesised date, or the paragraphs under the source line) describes it, and the publication is the
 * row's source.
 *
 * <p>A run of three citations or more, most of them with a description, over half the page's text, is a list of outside
 * pieces summarised, which is what a digest is: the layout names its own kind. A post's reference list cites without
 * summarising, and its own text outweighs it.
 */
final class CitedItems extends PageLayout {
    /** A bullet or a number opening an item. */
    private static final Pattern BULLET = Pattern.compile("^(?:[\u2022\u00B7\u25AA\u25E6\u2023\u2043*\u2013-]|\\d{1,3}[.)])\\s+");
    /**
     * The writer and the comma after it: "Lee, Ann", "Lee, Ann Marie", "Sung, Patty, et al." (surname first), or "Ann Lee",
     * "Ann B. Lee" (two or three capitalised words).
     */
    private static final Pattern WRITER = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'\u2019-]+,\\s+\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*)?"
            + "|\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,2})(?:,?\\s+et al\\.?)?,\\s+");
    /** Quotation marks opening a title (a title may be quoted twice, "“…”"). */
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"\u201C\u00AB]+");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[\"\u201D\u00BB]");
    private static final Pattern LEADING_CLOSERS = Pattern.compile("^[\"\u201D\u00BB]+");
    /** A publication printed with a stray closing quotation mark: "Global Labour Forum”". */
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\"\u201D\u00BB]+$");
    /** The spaced dash between the citation and what the piece says. */
    private static final Pattern DASH = Pattern.compile("\\s[\u2013\u2014-]\\s+(?=\\S)");
    /** A year, in a date or alone: 1987, 2020, 31-Dec-2020, 2018-11-12. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d{2}(?!\\d)");
    /** A date in parentheses closing an unquoted citation: "(2018-10-12)", "(1960-02)", "(March 2021)". */
    private static final Pattern PARENTHESISED_DATE = Pattern.compile("\\s*\\(([^()]{0,20}(?<!\\d)(?:1[89]|20)\\d{2}(?!\\d)[^()]{0,12})\\)");
    /** Where the title ends before the publication: the last comma, or the last sentence break ("… a Machine. Weekly Review"). */
    private static final Pattern COMMA = Pattern.compile(",\\s+(?=\\p{Lu})");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\u201D\u2019\"']?\\s+(?=\\p{Lu})");
    private static final Pattern PARTS = Pattern.compile(",");
    private static final Pattern VOLUME = Pattern.compile("(?:\\s+(?:vol\\.?|no\\.?)?\\s*\\d[\\d:./()-]*)+$");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:]+$");

    static final int MIN_ITEMS = 3;
    /** A title has at least this many words; a publication at most this many. */
    private static final int MIN_TITLE_WORDS = 2;
    private static final int MAX_PUBLICATION_WORDS = 6;
    /** A line under the source line this short, with no sentence in it, is a tag line, not the piece's summary. */
    private static final int MAX_TAG_WORDS = 8;
    private static final double MIN_COVERAGE = 0.5;

    /**
     * One citation as printed: the piece's writer (first name first), its title, its publication (or null), whether it holds a
     * year, and the text after it.
     */
    record Citation(String writer, String title, String publication, boolean dated, String description) {}

    @Override
    public boolean namesItsKind() { return true; }

    @Override
    List<Item> items(Page page) {
        List<Integer> starts = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        int total = 0;
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            total += page.text(i).length();
            Citation c = parse(page.text(i));
            if (c != null) {
                starts.add(i);
                citations.add(c);
            }
        }
        if (starts.size() < MIN_ITEMS) return List.of();
        List<Item> items = new ArrayList<>();
        int covered = 0, described = 0;
        for (int k = 0; k < starts.size(); k++) {
            int i = starts.get(k);
            Citation c = citations.get(k);
            boolean bulleted = BULLET.matcher(page.text(i)).lookingAt();
            int limit = k + 1 < starts.size() ? starts.get(k + 1) : page.size();
            // The lines under the citation, up to the next one: a source line, the piece's summary, tag lines.
            List<Integer> under = new ArrayList<>();
            for (int j = page.next(i + 1); j < limit; j = page.next(j + 1)) {
                // A bullet that is no citation, under bulleted citations, is the page's next list (or a cut-off item).
                if (bulleted && BULLET.matcher(page.text(j)).lookingAt()) break;
                // A heading further down ends the item; the line right under the citation may be its source line set as one.
                if (!under.isEmpty() && page.isHeading(j) && Page.words(page.text(j)) > MAX_TAG_WORDS) break;
                under.add(j);
            }
            boolean dated = c.dated();
            String publication = c.publication();
            List<String> description = new ArrayList<>();
            if (c.description() != null) description.add(c.description());
            int end = i + 1;
            for (int n = 0; n < under.size(); n++) {
                int j = under.get(n);
                String t = page.text(j);
                // The line right under a citation with no date of its own is its source line: "The Harbour Review - 4 Apr 2019".
                if (n == 0 && !dated && YEAR.matcher(t).find() && Page.words(t) <= 12) {
                    dated = true;
                    Matcher dash = DASH.matcher(t);
                    if (publication == null && dash.find()) publication = t.substring(0, dash.start()).strip();
                    end = j + 1;
                    continue;
                }
                if (description.isEmpty() && !dated) break;
                if (Page.words(t) <= MAX_TAG_WORDS && !SENTENCE_BREAK.matcher(t + " X").find()) continue;
                description.add(BULLET.matcher(t).replaceFirst(""));
                end = j + 1;
            }
            if (!dated) continue;
            String text = description.isEmpty() ? null : String.join(" ", description);
            if (text != null) described++;
            for (int j = i; j < end; j++) if (!page.isBlank(j)) covered += page.text(j).length();
            if (publication != null && Page.words(publication) > MAX_PUBLICATION_WORDS) publication = null;
            items.add(new Item(table(page, starts.get(0)), c.title(), text, i, end, publication, c.writer()));
        }
        if (items.size() < MIN_ITEMS || described * 2 <= items.size() || covered < total * MIN_COVERAGE) return List.of();
        return items;
    }

    /** The heading right above the list, when it is not the page's title (a title over the list heads the page). */
    private static String table(Page page, int first) {
        int above = page.previous(first);
        if (above < 0 || above == page.titleIndex() || !page.isHeading(above)) return null;
        return Page.name(page.text(above));
    }

    /** The citation a line opens with, or null when it opens with none. */
    static Citation parse(String line) {
        String t = BULLET.matcher(line.strip()).replaceFirst("");
        Matcher writer = WRITER.matcher(t);
        if (!writer.lookingAt()) return null;
        String rest = t.substring(writer.end());
        Matcher open = OPENING_QUOTES.matcher(rest);
        Citation c = open.lookingAt() ? quoted(rest.substring(open.end())) : unquoted(rest);
        if (c == null) return null;
        // "Lee, Ann" is Ann Lee; "Ann Lee" stays as written.
        String name = writer.group(1);
        int comma = name.indexOf(',');
        if (comma > 0) name = name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
        return new Citation(name, c.title(), c.publication(), c.dated(), c.description());
    }

    /** "TITLE”, PUBLICATION, DATE, URL – SUMMARY": the title up to its closing quotation mark. */
    private static Citation quoted(String rest) {
        Matcher close = CLOSING_QUOTE.matcher(rest);
        if (!close.find()) return null;
        String title = rest.substring(0, close.start()).strip();
        if (Page.words(title) < MIN_TITLE_WORDS) return null;
        String tail = LEADING_CLOSERS.matcher(rest.substring(close.start())).replaceFirst("");
        Matcher dash = DASH.matcher(tail);
        boolean summarised = dash.find();
        String citation = summarised ? tail.substring(0, dash.start()) : tail;
        String description = summarised ? tail.substring(dash.end()).strip() : null;
        String publication = null;
        for (String part : PARTS.split(citation)) {
            String p = part.strip();
            if (!p.isEmpty() && Character.isUpperCase(p.codePointAt(0)) && !p.contains("://")) {
                publication = TRAILING_CLOSERS.matcher(TRAILING.matcher(p).replaceFirst("")).replaceFirst("");
                break;
            }
        }
        return new Citation(null, title, publication, YEAR.matcher(citation).find(), description == null || description.isEmpty() ? null : description);
    }

    /** "TITLE, PUBLICATION (DATE) PASSAGE": the title runs to the publication before the parenthesised date. */
    private static Citation unquoted(String rest) {
        Matcher date = PARENTHESISED_DATE.matcher(rest);
        if (!date.find()) return null;
        String before = rest.substring(0, date.start()).strip();
        int split = -1, after = -1;
        Matcher comma = COMMA.matcher(before);
        while (comma.find()) {
            split = comma.start();
            after = comma.end();
        }
        Matcher stop = SENTENCE_BREAK.matcher(before);
        while (stop.find()) {
            if (stop.start() + 1 > split) {
                split = stop.start() + 1;
                after = stop.end();
            }
        }
        if (split < 0) return null;
        // A sentence break keeps its full stop with the title ("… Never Trust a Computer."); a comma goes.
        String title = before.substring(0, split).strip();
        String publication = before.substring(after).strip();
        if (Page.words(title) < MIN_TITLE_WORDS || Page.words(publication) > MAX_PUBLICATION_WORDS
                || !Character.isUpperCase(publication.codePointAt(0))) return null;
        String description = rest.substring(date.end()).strip();
        // A journal's volume and issue after its name ("Applied Labour Studies 12:3") are no part of the publication.
        publication = VOLUME.matcher(publication).replaceFirst("");
        return new Citation(null, title, publication, true, description.isEmpty() ? null : description);
    }
}

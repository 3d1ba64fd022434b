package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * Decisions on a page's head taken over the head area as a whole, after {@link HeadReader}'s reading of its opening
 * lines in order. The line-by-line reading stops at the first line it has no form for (a section name, an address, a
 * site's window title), so what stands below that line is lost to it; these decisions look at every short line above
 * the page's first paragraph of running text instead, and each one abstains unless its evidence is there:
 * <ul>
 * <li>the <b>title</b> is what the page prints more than once: a line printed again at the end or the start of another
 * line (a breadcrumb "» Home » Blog » TITLE", a window title "SITE - TITLE", "Default TITLE"), or the words two head
 * lines share at their start or their end ("TITLE (2021) (site.example)" and "TITLE (2021) (1)"). Sites of every kind
 * repeat their title in their furniture, and a masthead or a menu seldom repeats that way inside the head;</li>
 * <li>a <b>byline</b> among the head's short lines (a section name, an address, empty labelled fields before it) is the
 * post's: no response can stand above the post's first paragraph;</li>
 * <li>the <b>date</b> of a title found so is the date line right above or below it.</li>
 * </ul>
 * Every decision is made only where the head reader found nothing (or found a title that holds the repeated one and more),
 * so a head the reader already read stays as it was. Stateless: every method reads only the lines it is given.
 */
final class HeadEvidence {
    /** How many lines with text from the page's first the head area spans at most. */
    private static final int AREA_LINES = 12;
    /** A line of running text: many words and a sentence's mark inside or at its end. The head area ends at the first. */
    private static final int RUNNING_WORDS = 16;
    private static final Search SENTENCE = Search.compile(".*[.!?:](?:\\s.*|$)");
    /** A repeated title has at least this many words: two-word repeats are section names ("Community Blog"). */
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 20;
    /** What a title held beyond the repeated part, when it is trimmed to it: a site's name, a count, a year. */
    private static final int MAX_EXTRA_WORDS = 8;
    /** The short lines a byline may stand under (a section's name, an address, empty fields): a few words each. */
    private static final int MAX_SHORT_WORDS = 8;
    private static final int MAX_SHORT_LINES = 6;
    /** The opening lines a page with no blank line between its paragraphs is judged on. */
    private static final int UNBROKEN_LINES = 8;
    /** A title printed twice in a row stands among the page's first lines with text. */
    private static final int TWICE_WITHIN = 4;
    private static final Search SENTENCE_INSIDE = Search.compile(".*[.!?]\\s+\\p{Lu}.*");
    private static final int MAX_UNBROKEN_TITLE_WORDS = 15;
    /** A line of text under such a title: this many words, within this many lines of it. */
    private static final int TEXT_WORDS = 12;
    private static final int TEXT_WITHIN = 4;
    /** A date glued to the text after it at a line's start: "Thursday, June 24th, 2010I have …". */
    private static final Search GLUED_DATE = Search.compile("^(.{0,40}?\\b(?:19|20)\\d{2})(?=\\p{Lu}\\p{Ll}?)");
    private static final Search EDGE_MARKS = Search.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^?!)]]+$");
    /** A line closed as a sentence or a quotation closes: the next line is not its wrapped rest. */
    private static final Search WRAP_END = Search.compile(".*[.!?:;\u2026\"\u201D)]$");
    /** A line that opens in lower case: the rest of the line above, wrapped. */
    private static final Search LOWER_START = Search.compile("^\\p{Ll}.*");
    /** A line closed by a sentence's or a clause's mark: no title. */
    private static final Search TITLE_END = Search.compile(".*[.!?,;:\u2026]$");
    /** How a title opens: a capital, a digit or a quotation mark. */
    private static final Search TITLE_START = Search.compile("^[\\p{Lu}\\d\"'\u201C\u2018].*");
    /** A line with a letter. */
    private static final Search HAS_LETTER = Search.compile(".*\\p{L}.*");
    /** A word with two letters in a row: a word, not a date's part. */
    private static final Search TWO_LETTERS = Search.compile(".*\\p{L}\\p{L}.*");
    /** A line closed as a sentence is. */
    private static final Search SENTENCE_END = Search.compile(".*[.!?…]$");
    /** A list item's mark opening a line. */
    private static final Search LIST_MARK = Search.compile("^[\\p{Pd}•◦*·]\\s.*");
    /** Curly and angle double quotation marks, compared as straight ones. */
    private static final Search DOUBLE_QUOTES = Search.compile("[\u201C\u201D\u201E\u00AB\u00BB]");
    /** Curly single quotation marks and apostrophes, compared as straight ones. */
    private static final Search SINGLE_QUOTES = Search.compile("[\u2018\u2019]");
    /** A breadcrumb's separator or a dash left at either end of a title. */
    private static final Search CLEAN_EDGES = Search.compile("^[\\s\u00BB>/|\u2013\u2014-]+|[\\s\u00AB</|\u2013\u2014-]+$");

    private HeadEvidence() {}

    /**
     * The head as the reader read it ({@code head}), with what the head area as a whole settles where it left a part
     * unread: a title printed more than once, a byline under short lines, the date beside a title so found.
     */
    static PageHead refine(List<Line> lines, int first, PageHead head, Marks marks) {
        List<Integer> area = area(lines, first);
        PageHead out = head;
        Optional<Repeated> repeated = repeatedTitle(lines, area);
        if (repeated.isPresent()) out = withTitle(lines, area, out, repeated.get(), marks);
        if (out.title() == null && out.byline() == null) out = titleOverUnbrokenText(lines, first, out, marks);
        if (out.title() == null && out.byline() == null) out = titleTwiceInARow(lines, first, out, marks);
        if (out.byline() == null || out.byline().author() == null) out = withBylineBelow(lines, area, out, marks);
        return out;
    }

    /**
     * On a page that prints one paragraph a line with no blank line anywhere in its opening, "standing alone" cannot mark
     * a title; there the first line is the title when it is headline-shaped (three to fifteen words, no sentence's end)
     * and the line under it opens a new paragraph. A page whose lines are wrapped inside sentences (a line closing with no
     * mark over one that opens in lower case) abstains: its first line may be half a sentence. A date run into the start
     * of the line under the title ("Thursday, June 24th, 2010I have …", as flattened pages glue a date to the text) dates
     * the post.
     */
    private static PageHead titleOverUnbrokenText(List<Line> lines, int first, PageHead head, Marks marks) {
        int end = Math.min(lines.size(), first + UNBROKEN_LINES);
        if (end - first < 3 || SingleView.comment(lines)) return head;
        for (int i = first; i < end; i++) {
            if (lines.get(i).isBlank()) return head;
            String t = lines.get(i).trimmed();
            if (i + 1 < end && !WRAP_END.matches(t) && LOWER_START.matches(lines.get(i + 1).trimmed())) return head; // wrapped text
        }
        String t = lines.get(first).trimmed(), next = lines.get(first + 1).trimmed();
        int words = t.split("\\s+").length;
        if (words < MIN_TITLE_WORDS || words > MAX_UNBROKEN_TITLE_WORDS || TITLE_END.matches(t) || !TITLE_START.matches(t)) return head;
        if (!headlineShaped(t) || Header.at(lines, first).isPresent() || Masthead.isBanner(t)) return head;
        // The text starts within the next few lines: a first line over a run of short ones is a menu's or a list's.
        boolean text = false;
        for (int i = first + 1; i < Math.min(end, first + 1 + TEXT_WITHIN); i++) text |= lines.get(i).trimmed().split("\\s+").length >= TEXT_WORDS;
        if (!text) return head;
        marks.mark(lines.get(first), Segment.Role.TITLE);
        LocalDate dated = head.dated();
        Matcher glued = GLUED_DATE.matcher(next);
        if (dated == null && glued.find() && Dates.isStamp(glued.group(1))) dated = Dates.find(glued.group(1)).orElse(null);
        return new PageHead(t, head.byline(), dated, head.categories(), first + 1);
    }

    /**
     * A headline printed twice in a row among the page's first lines, under a site's blurb the head area stops at (a
     * newsletter's archive page prints the link's title as the page's heading and again as the item's): the title, and
     * what stands above it is the site's. Only where the reading found no title and no byline; a headline, not a
     * sentence (a question's mark may close it).
     */
    private static PageHead titleTwiceInARow(List<Line> lines, int first, PageHead head, Marks marks) {
        int seen = 0;
        for (int i = HeadReader.nextContent(lines, first); i < lines.size() && seen < TWICE_WITHIN; i = HeadReader.nextContent(lines, i + 1), seen++) {
            String t = lines.get(i).trimmed();
            int again = HeadReader.nextContent(lines, i + 1);
            if (again >= lines.size() || !lines.get(again).trimmed().equals(t)) continue;
            List<String> w = words(t);
            if (w.size() > MAX_UNBROKEN_TITLE_WORDS || !TITLE_START.matches(t) || SENTENCE_INSIDE.matches(t) || t.endsWith(".")
                    || !headlineShaped(t)) {
                return head;
            }
            for (int j = first; j < i; j++) if (!lines.get(j).isBlank()) marks.mark(lines.get(j), Segment.Role.MASTHEAD);
            marks.mark(lines.get(i), Segment.Role.TITLE);
            marks.mark(lines.get(again), Segment.Role.TITLE);
            return new PageHead(t, head.byline(), head.dated(), head.categories(), HeadReader.nextContent(lines, again + 1));
        }
        return head;
    }

    /** The head area: the first lines with text from {@code first}, up to the first line of running text. */
    static List<Integer> area(List<Line> lines, int first) {
        List<Integer> area = new ArrayList<>();
        for (int i = first; i < lines.size() && area.size() < AREA_LINES; i++) {
            if (lines.get(i).isBlank()) continue;
            if (isRunningText(lines.get(i).trimmed())) break;
            area.add(i);
        }
        return area;
    }

    private static boolean isRunningText(String t) {
        return t.split("\\s+").length >= RUNNING_WORDS && SENTENCE.matches(t);
    }

    /**
     * A title the page prints more than once in its head area, with the line it stands alone on (-1 if it never does)
     * and how many lines print it.
     */
    record Repeated(String title, int alone, int lines) {}

    /**
     * The title the head area repeats: the longest word run of at least three words that one line prints whole and another
     * at its start or end, or that two lines share at their start or at their end; empty when no line repeats so.
     */
    static Optional<Repeated> repeatedTitle(List<Line> lines, List<Integer> area) {
        Repeated best = null;
        for (int x = 0; x < area.size(); x++) {
            for (int y = x + 1; y < area.size(); y++) {
                Repeated r = shared(lines, area.get(x), area.get(y));
                if (r == null || !headlineShaped(r.title())) continue;
                int count = 0;
                for (int i : area) if (holds(words(lines.get(i).trimmed()), words(r.title())) != 0) count++;
                r = new Repeated(r.title(), r.alone(), count);
                if (best == null || better(r, best)) best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(Repeated a, Repeated b) {
        if (a.lines() != b.lines()) return a.lines() > b.lines();
        return words(a.title()).size() > words(b.title()).size();
    }

    /** What lines {@code a} and {@code b} repeat of each other, or null. */
    private static Repeated shared(List<Line> lines, int a, int b) {
        String ta = lines.get(a).trimmed(), tb = lines.get(b).trimmed();
        List<String> wa = words(ta), wb = words(tb);
        if (wa.isEmpty() || wb.isEmpty()) return null;
        if (wa.equals(wb)) return new Repeated(clean(ta), a, 2); // the title printed twice
        // A line printed whole at the start or the end of a line above it: a breadcrumb's last step, a window title over
        // the page's own title. A line printed first and again inside a later one is the site's name in its masthead.
        if (holds(wa, wb) != 0) return new Repeated(clean(tb), b, 2);
        // Both lines open or close with the same words: the title with different furniture after or before it.
        int prefix = 0;
        while (prefix < Math.min(wa.size(), wb.size()) && wa.get(prefix).equals(wb.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < Math.min(wa.size(), wb.size()) && wa.get(wa.size() - 1 - suffix).equals(wb.get(wb.size() - 1 - suffix))) suffix++;
        if (Math.max(prefix, suffix) < MIN_TITLE_WORDS) return null;
        if (Math.max(prefix, suffix) == Math.min(wa.size(), wb.size())) return null; // a whole line again: only below, as above
        List<String> raw = rawWords(ta);
        String title = prefix >= suffix ? String.join(" ", raw.subList(0, prefix)) : String.join(" ", raw.subList(raw.size() - suffix, raw.size()));
        return new Repeated(clean(title), -1, 2);
    }

    /**
     * Whether {@code outer} holds {@code inner} as its first or last words with at least one word more: 1 at the start,
     * -1 at the end, 0 if neither (or if it holds it only in its middle: a menu or a phrase, not a title with furniture).
     */
    private static int holds(List<String> outer, List<String> inner) {
        if (inner.size() < MIN_TITLE_WORDS || outer.size() <= inner.size()) return 0;
        if (outer.subList(0, inner.size()).equals(inner)) return 1;
        if (outer.subList(outer.size() - inner.size(), outer.size()).equals(inner)) return -1;
        return 0;
    }

    /** A title's shape: a few words with letters, no date line, no byline, no furniture or notice. */
    private static boolean headlineShaped(String t) {
        List<String> w = words(t);
        if (w.size() < MIN_TITLE_WORDS || w.size() > MAX_TITLE_WORDS || !HAS_LETTER.matches(t)) return false;
        if (Dates.isStamp(t) || Byline.parse(t).isPresent() || Furniture.is(t) || Masthead.isFurniture(t)) return false;
        // "Jul 22 '22" closing every header of a thread is a date, not a title: a title has two words of letters at least.
        if (Dates.find(t).isPresent() || w.stream().filter(x -> TWO_LETTERS.matches(x)).count() < 2) return false;
        return !ThreadBounds.isNotice(t) && !ThreadBounds.isForm(t) && ResponseCount.parse(t).isEmpty();
    }

    /**
     * The head with the repeated title where the reader found none, or found one that holds it and a few words more (a
     * site's name, a count); else the head as it was. A title the page prints alone on a line below the reader's head
     * moves the head's end below it, and the date line right above or below that line dates the post.
     */
    private static PageHead withTitle(List<Line> lines, List<Integer> area, PageHead head, Repeated r, Marks marks) {
        String title = head.title();
        if (title != null) {
            List<String> held = words(title), rep = words(r.title());
            if (holds(held, rep) == 0 || held.size() - rep.size() > MAX_EXTRA_WORDS) return head;
            return new PageHead(r.title(), head.byline(), head.dated(), head.categories(), head.next());
        }
        int next = head.next();
        LocalDate dated = head.dated();
        if (r.alone() >= next && area.contains(r.alone())) {
            // The title stands alone below what the reader took for the head: what is above it is the page's furniture.
            for (int i : area) {
                if (i >= r.alone()) break;
                if (i >= next) marks.mark(lines.get(i), Segment.Role.MASTHEAD);
            }
            marks.mark(lines.get(r.alone()), Segment.Role.TITLE);
            if (dated == null) dated = dateBeside(lines, area, r.alone()).orElse(null);
            next = HeadReader.nextContent(lines, r.alone() + 1);
        }
        return new PageHead(r.title(), head.byline(), dated, head.categories(), next);
    }

    /** The date on the line with text right above or right below line {@code i} of the head area. */
    private static Optional<LocalDate> dateBeside(List<Line> lines, List<Integer> area, int i) {
        int at = area.indexOf(i);
        for (int k : new int[] {at - 1, at + 1}) {
            if (k < 0 || k >= area.size()) continue;
            String t = lines.get(area.get(k)).trimmed();
            if (Dates.isStamp(t)) {
                Optional<LocalDate> d = Dates.find(t);
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    /**
     * The head with the byline that stands among the short lines right below it (a section's name, an address, empty
     * labelled fields, at most six lines of a few words), where the reader found no writer: above the post's first
     * paragraph a byline can only be the post's. A page that is a comment's own view keeps its header for the thread.
     */
    private static PageHead withBylineBelow(List<Line> lines, List<Integer> area, PageHead head, Marks marks) {
        if (head.title() == null || SingleView.comment(lines)) return head;
        int seen = 0;
        for (int i : area) {
            if (i < head.next()) continue;
            String t = lines.get(i).trimmed();
            if (Header.at(lines, i).filter(h -> h.form().strength == Header.Strength.STRONG && !t.regionMatches(true, 0, "by ", 0, 3)).isPresent()) break;
            Optional<Byline> b = Byline.parse(t);
            if (b.isPresent() && b.get().namesWriter()) {
                Byline found = b.get();
                if (head.byline() != null && found.date() == null) found = new Byline(found.author(), head.byline().date(), found.categories(), found.claimedCount());
                for (int j : area) if (j >= head.next() && j < i) marks.mark(lines.get(j), Segment.Role.MASTHEAD);
                marks.mark(lines.get(i), Segment.Role.BYLINE);
                return new PageHead(head.title(), found, head.dated(), head.categories(), HeadReader.nextContent(lines, i + 1));
            }
            // Only the head's short lines stand between: a sentence or a list item is the text, and a byline under it a reply's.
            if (++seen >= MAX_SHORT_LINES || t.split("\\s+").length > MAX_SHORT_WORDS || SENTENCE_END.matches(t)
                    || LIST_MARK.matches(t)) break;
        }
        return head;
    }

    /** A line's words as compared: quotation marks straightened, case and the marks at either end of each word ignored. */
    static List<String> words(String t) {
        List<String> out = new ArrayList<>();
        for (String w : SINGLE_QUOTES.matcher(DOUBLE_QUOTES.matcher(t).replaceAll("\"")).replaceAll("'").toLowerCase(Locale.ROOT).split("\\s+")) {
            String s = EDGE_MARKS.matcher(w).replaceAll("");
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** A line's words as printed, the separators between a breadcrumb's steps dropped: the same words {@link #words} counts. */
    private static List<String> rawWords(String t) {
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) if (!EDGE_MARKS.matcher(w).replaceAll("").isEmpty()) out.add(w);
        return out;
    }

    /** A title as the page prints it, without a breadcrumb's separator or a dash left at either end. */
    private static String clean(String t) {
        return CLEAN_EDGES.matcher(t).replaceAll("").trim();
    }
}

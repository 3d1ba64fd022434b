package org.workgraph.loader.blog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * A site's or a section's name printed once over the story's headline ("Harbour Gazette" / "Would you work four days?",
 * "Tidewater News Post" / "Council warns of cuts" printed twice, "Pebble Mirror" / a headline / "anna_k writes …"): the
 * reading in order takes the first short line standing alone for the title, and the headline under it for the text's
 * first line. News sites, mirrors of link-sharing boards, poll pages and newsletters print their name this way.
 * <p>
 * One page cannot tell a name printed once from a short title by its look, so the name line gives way only to a longer
 * headline right under it (at most two short lines, a tagline, between) and only with a second piece of evidence that
 * the upper line names a publication: it holds a publication's word ("News", "Post", "Gazette", "Mirror", ...), or the
 * headline is printed again right under itself, or a submitter's line opens the story under it ("NAME writes"), which
 * also names the writer. A publication's word alone needs the headline to head a story (a line of text under it) or to
 * ask (a poll's question): a site's tagline under its name stands over headings. A byline or date line under the short
 * line makes it the title (the reading in order kept it), and so does a sentence under it (a deck ends as a sentence; a
 * headline does not); a label of the page's kind ("Weekly digest"), a one-word line or a line with a number is no name.
 */
final class SiteName {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words a publication's name is made of: a masthead holds one, a headline seldom does. */
    private static final Set<String> PUBLICATION = Set.of("news", "post", "times", "daily", "gazette", "mirror", "journal",
            "herald", "tribune", "chronicle", "magazine", "weekly", "observer", "courier", "telegraph", "dispatch", "press",
            "bulletin");
    /** A submitter's line opening the story: "anna_k writes "…", "Ann Lee writes:", as link-sharing boards print it. */
    private static final Pattern SUBMITTER = Pattern.compile("^(\\S+(?:\\s+\\S+){0,2}?)\\s+writes\\s*(?::|[\"\u201C]|$)");
    /** A board's account name: "writes" vouches for it as "Posted by" does, whatever its case. */
    private static final Pattern ACCOUNT = Pattern.compile("^[\\p{L}\\d_.-]{2,30}$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** The story's first line under its headline is text: a sentence's worth of words. */
    private static final int STORY_WORDS = 8;
    /** A name line is short; a headline under it says more. */
    private static final int MAX_NAME_WORDS = 4;
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final int MAX_HEADLINE_WORDS = 20;
    /** Short lines (a tagline, a section) the headline may stand under, below the name. */
    private static final int MAX_BETWEEN = 2;
    private static final Pattern HEADLINE_START = Pattern.compile("^[\\p{Lu}\\d\"'\u201C\u2018].*");
    /** A dash or a bullet a theme prints before a byline: "- By Ann Lee". */
    private static final Pattern LEAD_MARK = Pattern.compile("^[-\u2013\u2014\u2022\u00B7|]\\s*");
    /** A question this long under a headline is its deck, not the story's headline. */
    private static final int DECK_QUESTION_WORDS = 12;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;:]$");

    /** What was read: the headline's line, the line the story starts on, and the submitter (or null). */
    record Reading(int title, int next, String submitter) {}

    private SiteName() {}

    /**
     * The head with the headline under the site's name as its title, where the reading in order took the name ({@code
     * head.title()} with no byline) and the page gives the evidence above; the head as it was otherwise.
     */
    static PageHead over(List<Line> lines, int first, PageHead head, Marks marks) {
        if (head.title() == null || head.byline() != null) return head;
        int name = -1;
        for (int i = first; i < Math.min(lines.size(), head.next()); i++) {
            if (lines.get(i).trimmed().equals(head.title())) { name = i; break; }
        }
        if (name < 0) return head;
        Optional<Reading> read = find(lines, name);
        if (read.isEmpty()) return head;
        Reading r = read.get();
        for (int j = name; j < r.title(); j++) if (!lines.get(j).isBlank()) marks.mark(lines.get(j), Segment.Role.MASTHEAD);
        marks.mark(lines.get(r.title()), Segment.Role.TITLE);
        for (int j = r.title() + 1; j < r.next(); j++) if (!lines.get(j).isBlank()) marks.mark(lines.get(j), Segment.Role.TITLE);
        Byline byline = r.submitter() == null ? null : new Byline(r.submitter(), null, List.of(), null);
        return new PageHead(lines.get(r.title()).trimmed(), byline, head.dated(), head.categories(), r.next());
    }

    /** The headline under a name line at {@code name}, with its evidence; empty when the page gives too little. */
    static Optional<Reading> find(List<Line> lines, int name) {
        String n = lines.get(name).trimmed();
        String[] nameWords = SPACES.split(n);
        if (nameWords.length < 2 || nameWords.length > MAX_NAME_WORDS || SENTENCE_END.matcher(n).matches() || n.endsWith("?") || n.endsWith("!")) return Optional.empty();
        // A label of the page's kind ("Weekly digest", "Post") or a line with a number is no publication's name.
        if (PageLabel.of(n).isPresent() || DIGIT.matcher(n).find()) return Optional.empty();
        int i = HeadReader.nextContent(lines, name + 1);
        for (int between = 0; i < lines.size(); between++) {
            String t = lines.get(i).trimmed();
            int words = SPACES.split(t).length;
            if (words >= MIN_HEADLINE_WORDS && words > nameWords.length) break;
            // Under the name a byline, a date or a count: the name line was the title after all.
            if (between >= MAX_BETWEEN || Byline.parse(t).isPresent() || Dates.isStamp(t) || Dates.find(t).isPresent()) return Optional.empty();
            // A short line that exclaims or asks is a headline of its own ("NIGHT SHIFT!"), not a tagline to pass over.
            if (t.endsWith("!") || t.endsWith("?")) return Optional.empty();
            i = HeadReader.nextContent(lines, i + 1);
        }
        if (i >= lines.size() || !headline(lines, i)) return Optional.empty();
        int under = HeadReader.nextContent(lines, i + 1);
        if (under >= lines.size()) return Optional.empty();
        String h = lines.get(i).trimmed(), u = lines.get(under).trimmed();
        if (u.equals(h)) return Optional.of(new Reading(i, HeadReader.nextContent(lines, under + 1), null));
        Matcher submitted = SUBMITTER.matcher(u);
        if (submitted.lookingAt() && (Header.nameLike(submitted.group(1)) || ACCOUNT.matcher(submitted.group(1)).matches())) {
            return Optional.of(new Reading(i, under, submitted.group(1)));
        }
        // The story under the headline opens as text, not as a byline or date (a byline there would make this a deck).
        String plain = LEAD_MARK.matcher(u).replaceFirst("");
        if (Byline.parse(plain).isPresent() || Dates.isStamp(plain)) return Optional.empty();
        // The headline heads a story (text under it) or asks its question (a poll): a site's tagline stands over headings.
        if (!h.endsWith("?") && SPACES.split(u).length < STORY_WORDS) return Optional.empty();
        for (String w : nameWords) {
            if (PUBLICATION.contains(w.toLowerCase(Locale.ROOT))) return Optional.of(new Reading(i, under, null));
        }
        return Optional.empty();
    }

    /** A headline: four to twenty words opening with a capital, a digit or a quotation mark, not closing as a sentence. */
    private static boolean headline(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        int words = SPACES.split(t).length;
        if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS || !HEADLINE_START.matcher(t).matches()) return false;
        if (t.endsWith(".") || SENTENCE_END.matcher(t).matches() || t.endsWith("?") && words > DECK_QUESTION_WORDS) return false;
        if (ResponseCount.parse(t).isPresent() || Byline.parse(t).isPresent() || Dates.find(t).isPresent()) return false;
        return Header.at(lines, i).isEmpty() && !Masthead.isFurniture(t) && PageLabel.of(t).isEmpty();
    }
}

package org.workgraph.loader.blog;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.extract.NameLexicon;

/**
 * A label a site prints over a page's title to say what kind of page it is or which listing it belongs to: "Blog archive"
 * (a link back to the blog's list of posts), "Weekly digest", "Forum Post:" run into the title's line, a post's series
 * tag printed with its date under the title ("Sunday Picks Mar 3, 2019" under "Our Sunday Picks #07"). Such a label is
 * never the title nor the writer: news sites, aggregators, forums and blog themes print it in the place a title or a
 * byline stands, and a reader that takes the first short line for the title, or a capitalised pair of words beside a
 * date for a name, takes it.
 * <p>
 * A label is told by its words, not by any site's wording: one to three words, every one a noun of a page's kind or of
 * a listing ("blog", "archive", "digest", "forum", "post", ...) or of a publishing rhythm ("weekly", "daily"), with at
 * least one noun. A label of a rhythm ("Weekly digest") names a series, which the page is filed under: its category.
 * Stateless.
 */
public final class PageLabel {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Nouns of a page's kind or of the listing it is in. */
    private static final Set<String> KIND_NOUNS = Set.of("blog", "blogs", "archive", "archives", "digest", "forum", "post", "posts",
            "newsletter", "briefing", "roundup", "round-up", "reads", "column", "thread", "topic", "entry", "entries");
    /** Words of a publishing rhythm: a label that holds one names a series. */
    private static final Set<String> RHYTHM = Set.of("weekly", "daily", "monthly", "weekend", "week's", "weeks");
    /** Other words a label may hold: "Blog archive", "The weekly digest", "Back to blog". */
    private static final Set<String> FILLER = Set.of("the", "our", "back", "to", "all", "latest", "recent", "news");
    private static final int MAX_WORDS = 3;
    /** A page's kind run into the title's line before a colon: "Forum Post: TITLE", "Thread: TITLE", "Topic: TITLE". */
    private static final Pattern RUN_IN = Pattern.compile("^(?i:(?:forum|blog)\\s+post|thread|topic)\\s*:\\s+(\\S.*)$");
    /**
     * A newsletter's or a journal's issue number on a line of its own over the issue's title: "Issue #50", "No. 112",
     * "Edition 7", "Vol. 3", "Episode 41".
     */
    private static final Pattern ISSUE = Pattern.compile("^(?i:issue|edition|no\\.?|number|vol\\.?|volume|episode)\\s*#?\\s*\\d{1,4}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d'\u2019-]+");

    private PageLabel() {}

    /** The label a line is ("Blog archive", "Weekly digest"); empty when the line holds any other word. */
    public static Optional<String> of(String trimmed) {
        if (trimmed == null || trimmed.isEmpty()) return Optional.empty();
        // "Topic:" over the subject is a label of what the page answers, read where subjects are ({@link PageSubject}).
        if (trimmed.endsWith(":")) return Optional.empty();
        if (ISSUE.matcher(trimmed).matches()) return Optional.of(trimmed);
        String[] words = SPACES.split(trimmed.toLowerCase(Locale.ROOT));
        if (words.length > MAX_WORDS) return Optional.empty();
        boolean noun = false;
        for (String w : words) {
            if (KIND_NOUNS.contains(w)) noun = true;
            else if (!RHYTHM.contains(w) && !FILLER.contains(w)) return Optional.empty();
        }
        return noun ? Optional.of(trimmed) : Optional.empty();
    }

    /** Whether a label names a series by its rhythm ("Weekly digest"): the page's category, not only a link. */
    public static boolean isSeries(String label) {
        for (String w : SPACES.split(label.toLowerCase(Locale.ROOT))) if (RHYTHM.contains(w)) return true;
        return false;
    }

    /** The title without a page's kind run into its line ("Forum Post: Four days" gives "Four days"); as it is otherwise. */
    static String withoutRunIn(String title) {
        if (title == null) return null;
        Matcher m = RUN_IN.matcher(title.trim());
        return m.matches() ? m.group(1).trim() : title;
    }

    /**
     * Whether a name a byline gives is the post's series tag rather than its writer: every word of it stands in the title
     * ("Sunday Picks" beside a date under "Our Sunday Picks #07") and it opens with no given name (a writer may name
     * themself in the title).
     */
    public static boolean isTagOf(String name, String title) {
        if (name == null || title == null) return false;
        // "Ann Lee: a year at the depot" over "Ann Lee Mar 7, 2023": a writer may name themself in the title.
        if (NameLexicon.givenName(SPACES.split(name.trim())[0])) return false;
        Set<String> titleWords = new java.util.HashSet<>();
        Matcher t = WORD.matcher(title.toLowerCase(Locale.ROOT));
        while (t.find()) titleWords.add(t.group());
        Matcher n = WORD.matcher(name.toLowerCase(Locale.ROOT));
        int words = 0;
        while (n.find()) {
            if (!titleWords.contains(n.group())) return false;
            words++;
        }
        return words >= 2 && titleWords.size() > words;
    }
}

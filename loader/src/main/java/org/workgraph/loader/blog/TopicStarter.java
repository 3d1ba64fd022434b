package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * A forum's line naming who started the topic, as board software prints it over or beside the first post: "Topic started
 * by: NAME on DATE" (a print view, after the board's path), "Discussion in 'FORUM' started by NAME, DATE", "Thread
 * starter NAME". The topic's starter is the page's writer and the date the topic's, wherever the thread reader puts the
 * posts: the label says whose topic it is, which a first post's header alone does not (a page may open mid-thread). The
 * forum the topic stands in (the quoted forum, or the last step of the board's path before the label) is its category.
 *
 * @param author   the starter's name or handle
 * @param date     the topic's date after the name, or null when none is printed ("Start date" with no value)
 * @param category the forum the topic stands in, or null
 * @param line     the line (0-based) of the label
 */
record TopicStarter(String author, LocalDate date, String category, int line) {
    /**
     * The label and what follows it: "topic started by:", "thread started by", "discussion in 'FORUM' started by",
     * "started by" opening the line, "thread starter", "topic starter". A bare "started by" inside a line is prose ("the
     * union was started by …"), so only these forms count.
     */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:\\b(?:topic|thread)\\s+started\\s+by|\\bdiscussion\\s+in\\s+['\u2018\u2019]([^'\u2018\u2019]{1,40})['\u2018\u2019]\\s+started\\s+by"
            + "|^\\W{0,3}started\\s+by|\\b(?:thread|topic)\\s+starter)\\s*:?\\s+(\\S.*)$");
    /** The name: one to four words, closed by a comma, by "on" and what follows, or by the line's end. */
    private static final Pattern NAME = Pattern.compile("^([^\\s,]+(?:\\s+[^\\s,]+){0,3}?)(?:\\s*,\\s*(.*)|\\s+(?i:on)\\s+(.*)|\\s*\\.?)$");
    /** A board's path before the label: "Forums => General => ", "Forums » General »", "Forums > General >". */
    private static final Pattern PATH_STEP = Pattern.compile("\\s*(?:=>|\u00BB|\u203A|>)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How many lines with text, from the page's first, the label may stand in: it is the board's head, never a post's. */
    private static final int HEAD_LINES = 12;
    /** A date stands right after the name: it is looked for in the first characters only. */
    private static final int DATE_CHARS = 40;

    /** The topic starter's line among the page's first lines with text from {@code from}, if any. */
    static Optional<TopicStarter> find(List<Line> lines, int from) {
        int seen = 0;
        for (int i = from; i < lines.size() && seen < HEAD_LINES; i++) {
            if (lines.get(i).isBlank()) continue;
            seen++;
            Optional<TopicStarter> s = read(lines.get(i).trimmed(), i);
            if (s.isPresent()) return s;
        }
        return Optional.empty();
    }

    static Optional<TopicStarter> read(String t, int line) {
        Matcher label = LABEL.matcher(t);
        if (!label.find()) return Optional.empty();
        Matcher m = NAME.matcher(label.group(2).trim());
        if (!m.matches()) return Optional.empty();
        String name = m.group(1).trim();
        // A name of several words is a person's name; one word may be a handle ("quillfeather", "MarlaTee").
        if (!(Header.nameLike(name) || !name.contains(" ") && Header.handleShaped(name))) return Optional.empty();
        String after = m.group(2) != null ? m.group(2) : m.group(3);
        LocalDate date = after == null ? null : Dates.find(after.substring(0, Math.min(after.length(), DATE_CHARS))).orElse(null);
        return Optional.of(new TopicStarter(name, date, category(label.group(1), t.substring(0, label.start())), line));
    }

    /** The quoted forum, or the last step of a path of at least two steps before the label. */
    private static String category(String quoted, String before) {
        if (quoted != null) return quoted.trim();
        String[] steps = PATH_STEP.split(before.trim());
        if (steps.length < 2) return null;
        String last = steps[steps.length - 1].trim();
        return last.isEmpty() || SPACES.split(last).length > 5 ? null : last;
    }
}

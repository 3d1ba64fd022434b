package org.workgraph.loader.blog;

import java.util.List;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * A page that says it has no responses, in the forms comment systems print where the count line would stand: an invitation
 * ("Be the first to comment"), a notice ("No comments yet", "No comments have been added yet"), or a zero count among a
 * post's fields ("• 0 comments • flag", "DATE | 2936 views | 0 0 comments | …", a read time then "0 comment(s)"). Such a
 * page claims 0 responses (where no count was read and no response was found: a page with a thread that prints an empty
 * widget's invitation too has its count elsewhere), and its candidates weigh against a thread ({@link ThreadRecognition}).
 * The one place these forms are read.
 */
final class NoComments {
    /** A short line that opens with the page's count of none: "0 comments", "No responses yet • Share", "There are no comments". */
    private static final Search NONE = Search.compile("^(?:[\u2022\u00B7|\\-\\s]*)(?i:(?:0|no|zero)\\s+(?:comments?|responses?|replies|thoughts)"
            + "(?:\\s+(?:yet|so far|have been (?:added|posted|made)(?: yet)?))?\\s*[.:!]?(?:\\s*[\u2022\u00B7|].*)?"
            + "|there are no comments(?: yet)?\\b.*|be the first to (?:comment|reply|respond)\\b.*|no one has commented(?: yet)?\\b.*)$");
    /** The longest line {@link #NONE} is read in: a count line, never a paragraph that opens with "No comments". */
    private static final int NONE_CHARS = 80;
    /** An invitation or a notice alone on its line. */
    private static final Pattern NOTICE = Pattern.compile("(?i)^\\W*(?:be the first to (?:comment|reply|respond|leave a comment)"
            + "|no (?:comments|replies|responses)(?: yet| so far| have been (?:added|posted|made)(?: yet)?)?)\\W*$");
    /**
     * A zero count as one of a line's fields: after a separator, the line's start or a read time, and before a separator or
     * the line's end; the number may be printed twice (an icon's label and the count: "0 0 comments").
     */
    private static final Pattern ZERO_FIELD = Pattern.compile("(?i)(?:^|[|\u00B7\u2022]|\\bmins?\\s+read|\\bminutes?\\s+read)\\s*0\\s+(?:0\\s+)?"
            + "(?:comments?|comment\\(s\\)|replies|responses)(?:\\s+so\\s+far)?\\s*(?:$|[|\u00B7\u2022])");

    private NoComments() {}

    /** Whether any line of the page from {@code from} on says it has no responses. */
    static boolean says(List<Line> lines, int from) {
        return first(lines, from) != null;
    }

    /** The first line from {@code from} on that says the page has no responses, or null. */
    static String first(List<Line> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String t = lines.get(i).trimmed();
            if (t.length() < NONE_CHARS && NONE.matches(t) || NOTICE.matcher(t).matches() || ZERO_FIELD.matcher(t).find()) return t;
        }
        return null;
    }
}

package org.workgraph.loader.blog;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * A short thread headed by bare name lines at the page's end: one or two readers' comments, each under a line that holds
 * only its writer's name ("Ann Lee", "okjob_io") and nothing of a header's other parts (no date, no "says:", no
 * avatar). News sites, newsletters and mirrors that lost the comment markup print their comments so. With three or
 * more such lines a page shows its thread by repetition ({@link ThreadParser#headers}); with one or two nothing repeats,
 * so the page's own layout has to vouch for them instead:
 * <ul>
 *   <li>the name line is the first line of the page shaped like a heading: a post with headings of its own would
 *       print its last heading the same way, so a page with any other short heading line is left alone;</li>
 *   <li>from it to the page's end (or the comment form) every line is either such a name line or running text:
 *       a comment ends the page, a heading would be followed by more of the post's furniture;</li>
 *   <li>the text under each name speaks in the first person ("I", "my"), as readers' comments do and a post's
 *       section under a heading need not;</li>
 *   <li>a post's text stands above the first name.</li>
 * </ul>
 * Where any of these fails the page keeps its text as the post's and no response is invented.
 */
final class NameLineTail {
    /** A sentence's end: running text, not a heading. */
    private static final Search SENTENCE_END = Search.compile(".*[.!?\u2026:;,\"\u201D')\\]]$");
    /** A reader speaking of themselves. */
    private static final Search FIRST_PERSON = Search.compile("(?:^|[^\\p{L}'\u2019])(?:I|I'm|I\u2019m|I've|I\u2019ve|I'd|I\u2019d|my|My|me)(?![\\p{L}'\u2019])");
    /** How many words make a line running text even without a sentence's end (a line cut off by the page's end). */
    private static final int TEXT_WORDS = 8;

    private NameLineTail() {}

    /**
     * The line of the first name line that heads the page's closing comments, or -1.
     *
     * @param headers the response headers from {@code base}, keyed by offset from it (the weak name-line form among them)
     */
    static int find(List<Line> lines, int base, int end, Map<Integer, Header> headers) {
        int first = -1, last = -1;
        boolean body = false;
        for (int j = base; j < end; j++) {
            Line line = lines.get(j);
            if (line.isBlank()) continue;
            Header h = headers.get(j - base);
            if (h != null && h.form() == Header.Form.NAME_LINE && h.name() != null && named(h.name())) {
                // Each comment speaks for its writer; a section under a name-shaped heading need not.
                if (last >= 0 && !firstPerson(lines, last, j)) return -1;
                if (first < 0) first = j;
                last = j;
                continue;
            }
            String t = line.trimmed();
            if (first < 0) {
                // Before the names: any heading-shaped line means the post has headings, and a name line is one more.
                if (heading(t)) return -1;
                body |= text(t);
            } else if (!text(t)) {
                return -1;
            }
        }
        // A post's text stands above its comments: a page of name lines alone is no post with a thread.
        return first >= 0 && body && firstPerson(lines, last, end) ? first : -1;
    }

    /** A name fit to head a comment with nothing else beside it: a handle, or two or three capitalised words. */
    private static boolean named(String name) {
        if (Header.handleShaped(name)) return true;
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 3) return false;
        for (String w : words) if (!Character.isUpperCase(w.codePointAt(0))) return false;
        return true;
    }

    /** A short line that is not a sentence, a date, or furniture: how a post prints a heading. */
    private static boolean heading(String t) {
        if (text(t) || Furniture.is(t) || ResponseCount.parse(t).isPresent()) return false;
        return Dates.find(t).isEmpty();
    }

    /** Running text: a sentence's end, or a line long enough to be one cut off. */
    private static boolean text(String t) {
        return SENTENCE_END.matches(t) || t.split("\\s+").length >= TEXT_WORDS;
    }

    /** Whether the text after line {@code from}, up to line {@code end}, speaks in the first person. */
    private static boolean firstPerson(List<Line> lines, int from, int end) {
        for (int j = from + 1; j < end; j++) if (FIRST_PERSON.find(lines.get(j).trimmed())) return true;
        return false;
    }
}

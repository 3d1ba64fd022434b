package org.workgraph.loader.blog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;
import org.workgraph.loader.text.Search;

/**
 * Where a post's body ends and its thread starts and ends, from general cues: a count line ("32 Responses to …",
 * "{ 16 comments }"), the first pingback or reblog notice, the first response header ({@link Header}), or a numbered list
 * of comments indented under the body; the thread ends at the comment form ("Leave a Reply") unless responses follow
 * the form. A thread the page shows only by space and furniture is found after the body's last wide gap.
 *
 * @param base        the first line after the page's head; the headers are keyed by line offset from here
 * @param bodyStart   the body's first line
 * @param bodyEnd     the line after the body
 * @param threadStart the thread's first line (a count line, if the thread has one); {@code lines.size()} if no thread
 * @param threadEnd   the line after the thread (the comment form, or the page's end)
 * @param firstForm   the first comment form's line, {@code lines.size()} if none
 * @param count       the count line that opens the thread, or null
 * @param signature   the post's own signature under its body (Blogger's "Posted by ann at 10:44 AM"), or null
 * @param paragraphs  whether the thread was found by a gap alone: its posts are paragraphs with footers
 */
record ThreadBounds(int base, int bodyStart, int bodyEnd, int threadStart, int threadEnd, int firstForm, ResponseCount count,
        Header signature, boolean paragraphs) {
    private static final Search FORM = Search.compile("^(?i:leave a (?:reply|comment|response)|post a comment|add a comment|"
            + "comments are closed\\.?|comments? (?:are|is) closed\\.?|join the discussion|write a comment|add your comment)\\s*$");
    private static final Search NOTICE = Search.compile("^(?:\\d{1,5}[.)]\\s+)?(?i:pingback:|trackback:|reblogged this on\\s)");
    private static final Search FIRST_COMMENT = Search.compile("^(?:1[.)]|[\u2022\u25E6\u25AA\u2023\u2219\u00B7])\\s+\\S.*$");
    /** A post's closing line under its text: "posted by ann to Work", "Posted by ann in Work". */
    private static final Search POST_CLOSE = Search.compile("^(?i:posted by)\\s+\\S+(?:\\s+\\S+){0,3}?\\s+(?i:to|in)\\s+\\p{Lu}");

    /** The same bounds with the body and thread moved (a page that opens with a post's header). */
    ThreadBounds withBody(int bodyStart, int bodyEnd, int threadStart, ResponseCount count) {
        return new ThreadBounds(base, bodyStart, bodyEnd, threadStart, threadEnd, firstForm, count, signature, paragraphs);
    }

    /** Whether the thread opens with a count line ("3 comments:"): its responses start on the line after. */
    boolean countLine(List<Line> lines) {
        return threadStart < threadEnd && ResponseCount.parse(lines.get(threadStart).trimmed()).isPresent();
    }

    /** The thread's first response line: after the count line, if any. */
    int threadFirst(List<Line> lines) {
        return countLine(lines) ? threadStart + 1 : threadStart;
    }

    /**
     * The bounds of the page from line {@code base} (the first after the head).
     *
     * @param headers the response headers from {@code base}, keyed by offset from it
     * @param title   the title the head read, or null: a count line that quotes another post's title counts nothing here
     */
    static ThreadBounds find(List<Line> lines, int base, Map<Integer, Header> headers, String title) {
        int threadStart = lines.size();
        int threadEnd = lines.size();
        int firstForm = lines.size();
        ResponseCount count = null;
        Header signature = null; // the post's own signature under its body
        boolean listed = false; // the thread starts at a comment listed without a header
        for (int j = base; j < lines.size(); j++) {
            String t = lines.get(j).trimmed();
            if (FORM.matches(t)) {
                firstForm = Math.min(firstForm, j);
                // Some pages print the form above the thread: when responses follow it and none came before, read on.
                int from = Math.min(threadStart, j) - base;
                // A comment listed without a header above the form is the thread already: what follows is the form's own.
                if (!listed && nextHeader(headers, j - base + 1) >= 0 && (nextHeader(headers, from) < 0 || nextHeader(headers, from) > j - base)) {
                    threadStart = j + 1;
                    continue;
                }
                threadStart = Math.min(threadStart, j);
                threadEnd = j;
                break;
            }
            Optional<ResponseCount> c = ResponseCount.parse(t);
            // A count line below a list taken for the first comments: the list was the post's own. Not a count of another
            // post's title ("7 comments on “Another post”", a related-posts box): that one counts nothing here.
            if (listed && c.isPresent() && (c.get().title() == null || title == null
                    || bare(c.get().title()).equalsIgnoreCase(bare(title)))) {
                count = c.get();
                threadStart = j;
                listed = false;
                continue;
            }
            if (threadStart < lines.size()) continue;
            Header h = headers.get(j - base);
            if (c.isPresent()) {
                count = c.get();
                threadStart = j;
            } else if (h != null && h.trailer() && countFollows(lines, j)) {
                // A signature right above the thread's count line signs the post itself (Blogger's "Posted by ann at
                // 10:44 AM" over "3 comments:"): the post's writer, not a first response.
                if (signature == null) signature = h;
            } else if (h != null && !h.trailer() && j > base && countNext(lines, j + h.lines())) {
                // A name and a time right above the count line ("ann at 9:41 p.m." over "3 comments:") head no text:
                // they close the post, as Blogger's post footer does, and name its writer.
                if (signature == null) signature = h;
            } else if (h != null && h.trailer()) {
                threadStart = signedTextAbove(lines, base, j);
            } else if (NOTICE.find(t) || (h != null && h.form().strength == Header.Strength.STRONG)) {
                threadStart = j;
            } else if (firstListedComment(lines, base, j)) {
                threadStart = j;
                listed = true;
            }
        }
        // A forum's view of its thread's first post alone: the post is the page's own, whatever header it carries.
        if (count == null && threadStart < lines.size() && SingleView.firstPost(lines) && headers.size() == 1) threadStart = lines.size();
        boolean paragraphs = false;
        if (threadStart == lines.size()) {
            int quiet = threadAfterGap(lines, base, firstForm);
            if (quiet < 0) quiet = FlatThread.afterGapWithHandles(lines, base, firstForm);
            if (quiet >= 0) {
                threadStart = quiet;
                paragraphs = true;
            } else {
                int posts = FlatThread.handleRun(lines, base, firstForm);
                if (posts < 0) posts = FlatThread.spacedPosts(lines, base, firstForm);
                if (posts < 0) posts = NameLineTail.find(lines, base, firstForm, headers);
                if (posts < 0) posts = SingleView.commentStart(lines, base, firstForm, headers);
                if (posts >= 0) threadStart = posts;
            }
        }
        return new ThreadBounds(base, base, Math.min(threadStart, firstForm), threadStart, threadEnd, firstForm, count, signature, paragraphs);
    }

    /** A comment form's heading: "Leave a Reply", "Comments are closed.". */
    static boolean isForm(String trimmed) {
        return FORM.matches(trimmed);
    }

    /** A pingback, trackback or reblog notice, perhaps numbered. */
    static boolean isNotice(String trimmed) {
        return NOTICE.find(trimmed);
    }

    /** The offset of the first header at or after offset {@code from}, strong forms first; -1 if none. */
    static int nextHeader(Map<Integer, Header> headers, int from) {
        for (Map.Entry<Integer, Header> e : headers.entrySet()) {
            if (e.getKey() >= from && e.getValue().form().strength == Header.Strength.STRONG) return e.getKey();
        }
        for (Map.Entry<Integer, Header> e : headers.entrySet()) if (e.getKey() >= from) return e.getKey();
        return -1;
    }

    /**
     * The count a page states below the thread's start when no count opened the thread: the post's closing line ("posted by
     * ann to Work (32 answers total)"), or a count that repeats the post's title ("16 thoughts on “Title”").
     */
    static Integer closingCount(List<Line> lines, int from, int to, String title) {
        for (int j = from; j < Math.min(to, lines.size()); j++) {
            String t = lines.get(j).trimmed();
            java.util.regex.Matcher closing = HeadReader.CLOSING.matcher(t);
            if (closing.matches() && closing.group(2) != null) return Integer.valueOf(closing.group(2).replace(",", ""));
            Optional<ResponseCount> c = ResponseCount.parse(t);
            if (c.isPresent() && title != null && c.get().title() != null
                    && bare(c.get().title()).equalsIgnoreCase(bare(title))) {
                return c.get().count();
            }
        }
        return null;
    }

    /** A title as a count line quotes it, perhaps cut off before its closing mark: without quotation marks and extra space. */
    private static String bare(String title) {
        return Text.normalizeSpace(title.replaceAll("[\"\u201C\u201D\u2018\u2019\u00AB\u00BB]", ""));
    }

    /**
     * A thread the page shows only by space and furniture: after the body, a gap of two blank lines or more, then
     * paragraphs among which a post's footer stands ("Reply", "1 Like"). Returns the first line after the last such gap
     * before the first footer, or -1. A gap alone proves nothing (pages leave one where an image or a list was).
     */
    private static int threadAfterGap(List<Line> lines, int base, int end) {
        int footer = -1;
        for (int j = base; j < end; j++) {
            if (Furniture.isFooter(lines.get(j).trimmed())) { footer = j; break; }
        }
        if (footer < 0) return -1;
        int gapEnd = -1, blanks = 0;
        boolean text = false;
        for (int j = base; j < footer; j++) {
            if (lines.get(j).isBlank()) { blanks++; continue; }
            if (blanks >= 2 && text) gapEnd = j;
            blanks = 0;
            text = true;
        }
        // Text must stand between the gap and the footer: the footer closes a post.
        return gapEnd >= 0 && gapEnd < footer ? gapEnd : -1;
    }

    /** Whether the next line with text from {@code from} is a count line ("0 comments"). */
    private static boolean countNext(List<Line> lines, int from) {
        int k = HeadReader.nextContent(lines, from);
        return k < lines.size() && ResponseCount.parse(lines.get(k).trimmed()).isPresent();
    }

    /** Whether a count line ("3 comments:") follows line {@code j} within a few lines, furniture and labels between. */
    private static boolean countFollows(List<Line> lines, int j) {
        int seen = 0;
        for (int k = j + 1; k < lines.size() && seen < 4; k++) {
            String t = lines.get(k).trimmed();
            if (t.isEmpty()) continue;
            if (ResponseCount.parse(t).isPresent()) return true;
            seen++;
        }
        return false;
    }

    /**
     * Where the first response signed under its text begins: the paragraph above its signature when it is short (a
     * comment), else only the line right above it (the post runs into its first comment with no space between).
     */
    private static int signedTextAbove(List<Line> lines, int base, int trailer) {
        // The post's own closing line ("posted by ann to Work (12 answers)", a count) bounds a text of several paragraphs.
        for (int k = trailer - 1; k > base && k >= trailer - 40; k--) {
            String t = lines.get(k).trimmed();
            if (POST_CLOSE.find(t) || ResponseCount.parse(t).isPresent()) return HeadReader.nextContent(lines, k + 1);
        }
        int end = trailer; // some pages leave a blank line between a text and its signature
        while (end > base && lines.get(end - 1).isBlank()) end--;
        int start = end;
        while (start > base && !lines.get(start - 1).isBlank()) start--;
        if (end - start <= 3) return start;
        return end - 1;
    }

    /**
     * The first comment of a numbered list indented under the body ("  1. The comment's text…"): the body is flush
     * left, so an indented list after it is the page's comment list, not the writer's own.
     */
    private static boolean firstListedComment(List<Line> lines, int bodyStart, int j) {
        Line line = lines.get(j);
        if (line.indent() == 0 || j == bodyStart || !FIRST_COMMENT.matches(line.trimmed())) return false;
        for (int k = bodyStart; k < j; k++) if (!lines.get(k).isBlank() && lines.get(k).indent() > 0) return false;
        // A list the post's own sentence leads into ("So here's the list:") is the post's.
        return !FlatThread.leadIn(lines, j);
    }
}

package org.workgraph.loader.blog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * A page that shows one post of a thread on its own, and says so: a comment's own page ("Viewing a single comment
 * thread", "View parent comment", "[ Parent ]") or a forum's single-post view ("View Single Post"). Comment systems
 * print these words on the permalink of any comment or post, so they are a system's cue, not a site's.
 * <ul>
 *   <li>On a comment's page the one header there is (even of a form the thread would only trust beside a strong one, a
 *       "NAME wrote") heads a response: the comment answers a post the page does not show, so it is no post of its
 *       own writer's, and the page's count is that one response.</li>
 *   <li>On a single-post view the post is the thread's own only when it is its first ("#1"): a later post is a
 *       response, as on a forum page that starts inside its thread.</li>
 * </ul>
 * The cue lines themselves are furniture ({@link Furniture}).
 */
final class SingleView {
    /** The words a comment's own page prints over or under it. */
    static final String COMMENT = "viewing a single comment(?: thread)?\\.?(?:\\s+view all comments\\.?)?|single comment thread|"
            + "view (?:the )?parent(?: comment)?|show parent(?: comments?)?|\\[\\s*parent\\s*\\]|parent comment";
    /** A forum's single-post view, alone or in the page's title line ("FORUM - View Single Post - TITLE"). */
    private static final Search POST = Search.compile("(?i)^(?:.*\\s[-|\u2013\u2014:]\\s+)?view single post(?:\\s+[-|\u2013\u2014:]\\s.*)?$");
    private static final Search COMMENT_LINE = Search.compile("(?i)^(?:" + COMMENT + ")$");
    /** A post's number in a forum's post header: "11:42 AM   #1". */
    private static final Search POST_NUMBER = Search.compile("(?:^|\\s)#(\\d{1,6})\\s*$");

    /** A count of a comment's own replies: "2 replies", "1 reply". */
    private static final Search REPLIES = Search.compile("(?i)^(\\d{1,4}|one)\\s+repl(?:y|ies)$");
    /** How many lines a comment's head may take before its reply count: the header again, a stamp, a badge. */
    private static final int HEADER_BLOCK = 3;

    private SingleView() {}

    /** Whether the page is a comment's own page: it says so, or its opening comment counts its replies under its header. */
    static boolean comment(List<Line> lines) {
        return lines.stream().anyMatch(l -> COMMENT_LINE.matches(l.trimmed())) || openingReplies(lines) >= 0;
    }

    /**
     * How many replies the page's opening comment says it has, or -1: the page opens with a response header and, before
     * any text, a count of replies ("Comment by ann" / "ann 4 days ago" / "2 replies"). Comment widgets and forum
     * front-ends print the count of a comment's own replies there, so the page is that comment's, the responses under it
     * answer it, and the count is not the page's. A post's count says "comments" or "responses", and follows its text.
     */
    static int openingReplies(List<Line> lines) {
        int i = HeadReader.nextContent(lines, 0);
        if (i >= lines.size()) return -1;
        Optional<Header> opening = Header.at(lines, i);
        if (opening.isEmpty() || opening.get().trailer() || opening.get().name() == null) return -1;
        int seen = 0;
        for (int k = HeadReader.nextContent(lines, i + opening.get().lines()); k < lines.size() && seen < HEADER_BLOCK; k = HeadReader.nextContent(lines, k + 1)) {
            String t = lines.get(k).trimmed();
            Matcher m = REPLIES.matcher(t);
            if (m.matches()) return m.group(1).equalsIgnoreCase("one") ? 1 : Integer.parseInt(m.group(1));
            // The header printed again with its stamp, a stamp, furniture: still the comment's head.
            if (!Dates.isStamp(t) && !Furniture.is(t) && Header.at(lines, k).isEmpty()) return -1;
            seen++;
        }
        return -1;
    }

    /** Whether the page is a forum's single-post view of the thread's first post (or of a post it does not number). */
    static boolean firstPost(List<Line> lines) {
        boolean view = false;
        for (Line l : lines) {
            String t = l.trimmed();
            if (POST.matches(t)) view = true;
            Matcher n = POST_NUMBER.matcher(t);
            if (view && n.find()) return n.group(1).equals("1");
        }
        return view;
    }

    /**
     * The line of the one header a comment's own page shows, or -1: the page's thread is that comment. Only a page that
     * says it is a comment's page, and only when exactly one line there heads a text.
     *
     * @param headers the response headers from {@code base}, keyed by offset from it
     */
    static int commentStart(List<Line> lines, int base, int end, Map<Integer, Header> headers) {
        if (!comment(lines)) return -1;
        int found = -1;
        for (Map.Entry<Integer, Header> e : headers.entrySet()) {
            int j = base + e.getKey();
            if (j >= end || e.getValue().trailer()) continue;
            if (found >= 0) return -1;
            found = j;
        }
        return found >= 0 && HeadReader.nextContent(lines, found + headers.get(found - base).lines()) < end ? found : -1;
    }
}

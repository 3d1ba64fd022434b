package org.workgraph.loader.blog;

import java.util.regex.Pattern;
import org.workgraph.loader.text.Search;

/**
 * Page furniture: the lines a comment system prints around what people wrote, which a text dump keeps. None of it
 * is anybody's words, so none of it becomes part of a response. Two kinds matter to the thread's shape:
 * <ul>
 *   <li>a <em>footer</em> closes the response above it ("Reply", "Expand full comment", "Report"): systems print one
 *       under every response, so the next text is a new response even with no header;</li>
 *   <li>everything else (counters such as "3 Likes", avatars without a name, badges, member statistics, "View all
 *       comments", a forum's "Re: subject") is dropped where it stands.</li>
 * </ul>
 * The cues are the words the systems print, shared by many sites, never one site's wording.
 */
public final class Furniture {
    private static final Search FOOTER = Search.compile("(?i)^(?:reply|reply\\s*[\u2193\u21b5]|log in to reply|login to reply|"
            + "expand full comment|collapse|report|report comment|flag|permalink|share|quote|top|loading\\.{0,3}|"
            + "like|liked by \\d+ (?:people|person)|reply to this comment|\\(?reply\\)?)$");
    private static final Search COUNTER = Search.compile("(?i)^(?:[+-]?\\d[\\d,.]*k?)(?:\\s+(?:likes?|upvotes?|points?|votes?|"
            + "hearts?|reactions?|replies|repl(?:y|ies) hidden|children))?$");
    private static final String NAV = "(?:previous|prev|next|older|newer|main|home)(?:\\s+(?:post|entry|entries|posts|page|comments?))?";
    private static final Search OTHER = Search.compile("(?i)^(?:user(?:['\u2019]s)? avatar|avatar|(?:[\\p{L}]+\\s+){0,2}badge(?:\\s*[\\p{L}]+\\s+badge)*|"
            + "(?:posts|joined|location|karma|reputation|member since|messages|points):\\s.*|"
            + "view all comments|view more comments|" + SingleView.COMMENT + "|show more replies|load more comments|more replies|"
            + "\\d+ comments? sorted by.*|sort by:?.*|read more|continue reading.*|%d bloggers like this:?|"
            + "tags:[\\s,]*|share this:?|like this:?|related|\\[-\\]|\\[\\+\\]|edited|"
            // The comment form of hosted blogs, printed as text: sign-in choices and their logos, never anybody's words.
            + "fill in your details below or click an icon to log in:?|you are commenting using your .{1,40} account\\..*|"
            + "connecting to %s|[\\p{L}.]+ (?:logo|picture|photo)|notify me of (?:new comments|new posts|follow-up comments).*|"
            + "save my name, email, and website in this browser.*|"
            // Links to the neighbouring entries, alone on a line: "previous | next", "« Older | Main | Newer »".
            + "[«‹<]?\\s*" + NAV + "(?:\\s*[|·•/]\\s*" + NAV + ")+\\s*[»›>]?)$");
    private static final Search SUBJECT = Search.compile("(?i)^re:\\s+\\S.*$");

    private Furniture() {}

    /** A reaction count printed under a post: "1 Like", "12 upvotes" (a bare number is a score, which heads one). */
    private static final Search REACTIONS = Search.compile("(?i)^\\d[\\d,.]*k?\\s+(?:likes?|upvotes?|hearts?|reactions?)$");

    /** A line that closes the response above it. */
    public static boolean isFooter(String trimmed) {
        return FOOTER.matches(trimmed) || REACTIONS.matches(trimmed);
    }

    /** A line of furniture of any kind, footers included. */
    public static boolean is(String trimmed) {
        return isFooter(trimmed) || COUNTER.matches(trimmed) || OTHER.matches(trimmed)
                || SUBJECT.matches(trimmed);
    }

    /** A forum's "Re: subject" line: the post under it answers the topic rather than opening it. */
    static boolean isReplySubject(String trimmed) {
        return SUBJECT.matches(trimmed);
    }
}

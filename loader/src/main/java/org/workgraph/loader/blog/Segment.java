package org.workgraph.loader.blog;

/**
 * What one line of a page is, as the reader took it: the explanation behind a parse, for people checking why a page
 * was read the way it was ({@code kg inspect}).
 *
 * @param line     1-based line number in the file
 * @param role     the part of the page the line belongs to
 * @param detail   for a header its form ("SAYS", "PORTRAIT", ...), else null
 * @param response the position of the response the line belongs to, or null
 * @param text     the line, trimmed
 */
public record Segment(int line, Role role, String detail, Integer response, String text) {

    /** The parts of a page. */
    public enum Role {
        /** How the reader told the page's kind, digest or post: the cues it weighed (line 0, before the page's lines). */
        KIND,
        /** Whether the page has a thread: the cues the page-level decision weighed (line 0, after the kind). */
        THREAD,
        /**
         * Whether a post's page was read as one response shown alone (a comment's permalink, a forum's single post) and
         * which cues weighed (line 0, after {@link #KIND}).
         */
        LONE,
        /**
         * Where no rule read a thread: the blocks the page's own boundary runs cut and the decision on each
         * ({@link BlockThread}; line 0, after {@link #THREAD}).
         */
        BLOCKS,
        /**
         * Where neither the rules nor the blocks read the posts: the posts the page's own rhythm cut (a name line with a post
         * count, a bare name line, wider gaps) and why ({@link RhythmThread}; line 0, after {@link #BLOCKS}).
         */
        RHYTHM,
        /** How the head was weighed where the reading in order left a part unread: the candidates' evidence (line 0). */
        HEAD,
        /** A site's name, logo or navigation line above the title. */
        MASTHEAD,
        /** A date line at the head of the page. */
        DATE,
        TITLE,
        BYLINE,
        /** The post's own text. */
        BODY,
        /** "About Ann Lee" under the post. */
        AUTHOR_BOX,
        /** The thread's count line ("32 Responses to …"). */
        COUNT,
        /** The comment form ("Leave a Reply"). */
        FORM,
        /** A response header: who wrote the response below it (or above it, for a signature). */
        HEADER,
        /** A date, badge or statistic printed with a header. */
        HEADER_DETAIL,
        /** A pingback or reblog notice: a response of its own. */
        NOTICE,
        /** A response's text. */
        RESPONSE,
        /** A line that closes the response above it ("Reply", "1 Like"). */
        FOOTER,
        /** Nobody's words: counters, avatars without a name, badges, "Re:" subjects. */
        FURNITURE,
        /** A digest's row, at its first line. */
        SIGNAL_ROW,
        /** Read as none of the above (text between the body and the thread the reader could not place). */
        UNREAD
    }
}

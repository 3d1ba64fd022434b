package org.workgraph.loader.blog;

import java.util.List;

/**
 * Why a page was, or was not, read as one response shown alone (a comment's permalink, a forum's single post, a reply's
 * own page) rather than as a post: the cues {@link LoneResponse} weighed, each with its weight, and their sum. The page is
 * one response when the cues add up to {@link #THRESHOLD}; no shape cue reaches it alone, so plain first-person prose
 * (which is also how posts are written) needs a second, different cue, and a post's own furniture (a byline, an author
 * box, a "Filed under" line, a count line, a comment form) weighs against it.
 *
 * @param lone   whether the page is read as one response
 * @param score  the sum of the cues' weights
 * @param cues   each cue as "+3 names what it answers: 'Re: …'", in the order weighed
 */
public record LoneEvidence(boolean lone, int score, List<String> cues) {
    /** The weight the cues must reach. */
    public static final int THRESHOLD = 3;

    public LoneEvidence {
        cues = List.copyOf(cues);
    }

    /** Not weighed: the page's thread was read, so it is a post with responses. */
    static LoneEvidence threadRead(int responses) {
        return new LoneEvidence(false, 0, List.of("its thread was read (" + responses + (responses == 1 ? " response)" : " responses)")));
    }

    /** One line for a report: "one response (score 4): +3 …; +1 …", or "post (score 1): …". */
    public String explain() {
        return (lone ? "one response" : "post") + " (score " + score + ")" + (cues.isEmpty() ? "" : ": " + String.join("; ", cues));
    }
}

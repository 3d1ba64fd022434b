package org.workgraph.loader.blog;

import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/**
 * Posts closed by the same short line, learnt from the page ({@link ClosingLines}). Invented systems, people and text:
 * the closing words are ones no rule knows.
 */
class ClosingLinesTest {
    @Test
    void aLineRepeatedAfterEachCommentClosesIt() throws Exception {
        BlogPost post = parse("""
                I kept bees for ten years and the first winter is always the hardest, you lose half the hive.

                Flag this post

                My grandfather swore by sugar fondant in January, and I still do what he did.
                It works better than syrup in the cold.

                Flag this post

                We lost ours to wasps in August, I had no idea they could take a whole colony.

                Flag this post

                Thanks for the tips, I will try the fondant this year and report back.
                """);
        assertEquals(List.of("I", "My", "We", "Thanks"), openings(post));
        assertTrue(post.responses().stream().noneMatch(r -> r.text().contains("Flag this")));
    }

    @Test
    void aDigestsRepeatedLabelsCutNoThread() throws Exception {
        BlogPost post = parse("""
                The week in shipping

                Port congestion eased in the second half of the month as carriers added capacity.
                Read on

                Freight rates on the main east-west lanes fell for a fourth week in a row.
                Read on

                Two carriers announced a joint service between northern Europe and the Gulf.
                Read on
                """);
        assertTrue(post.responses().isEmpty(), "third-person teasers are an article's, not a thread");
    }

    @Test
    void shapesOfAClosingLine() {
        assertTrue(ClosingLines.closing("Flag this post"));
        assertTrue(ClosingLines.closing("3 Likes"));
        assertFalse(ClosingLines.closing("Why it matters:"), "a label");
        assertFalse(ClosingLines.closing("Working The Future"), "a heading in title case");
        assertFalse(ClosingLines.closing("-"), "no word");
    }
}

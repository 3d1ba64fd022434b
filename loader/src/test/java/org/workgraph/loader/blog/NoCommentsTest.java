package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/** A page that says it has no responses claims none ({@link NoComments}); invented pages. */
class NoCommentsTest {
    private static final String TEXT = """

            The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

            We asked the depot manager for a meeting, and he said the timetable is set by head office and cannot change now.
            """;

    @Test
    void anInvitationToCommentFirst() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\nBy Orla Brennock\n" + TEXT + "\nBe the first to comment\n");
        assertEquals(0, post.claimedResponseCount());
    }

    @Test
    void aZeroCountAmongTheFields() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\nBy Orla Brennock\nMar 7, 2023 | 812 views | 0 0 comments | print\n" + TEXT);
        assertEquals(0, post.claimedResponseCount());
        post = ThreadPages.parse("The early shift at five\n" + TEXT + "\n  \u2022  0 comments  \u2022  flag\n");
        assertEquals(0, post.claimedResponseCount());
    }

    @Test
    void noSuchLineClaimsNothing() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\nBy Orla Brennock\n" + TEXT
                + "\nWe had no comments from head office, and 0 comments from the union either.\n");
        assertNull(post.claimedResponseCount());
    }

    @Test
    void theFormsThreadRecognitionWeighsAreReadHereToo() throws Exception {
        // One reading of "the page has none" for the claimed count and the thread decision: a count line that goes on after a bullet.
        BlogPost post = ThreadPages.parse("The early shift at five\nBy Orla Brennock\n" + TEXT + "\nThere are no comments yet.\n");
        assertEquals(0, post.claimedResponseCount());
        assertEquals("No responses \u2022 Share", ThreadRecognition.saysNone(java.util.List.of(
                new org.workgraph.loader.text.Line(0, "No responses \u2022 Share")), 0));
    }
}

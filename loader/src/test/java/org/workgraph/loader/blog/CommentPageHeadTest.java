package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/** A comment's own page whose heading names the comment ("Comment by NAME"): no writer or count of the page's own. */
class CommentPageHeadTest {
    @Test
    void theHeadingsWriterIsTheCommentsNotThePages() throws Exception {
        BlogPost post = ThreadPages.parse("""
                Comment by quayside_tom

                Comment by quayside_tom 3 days ago

                2 replies

                I think the early shift moved because head office wants the depot empty by noon, and nobody asked us.

                brennock_o 3 days ago

                Maybe, but I heard it was the new timetable system that decided it for them, not the managers.

                ferrisw 2 days ago

                > nobody asked us

                Nobody ever asks the drivers. That is the whole problem with the new rota, as far as I can see.
                """);
        assertNull(post.author(), "writer");
        assertNull(post.claimedResponseCount(), "count");
        assertEquals(java.util.List.of("quayside_tom", "brennock_o", "ferrisw"), ThreadPages.writers(post));
        // "2 replies" under the comment, and two responses below it: its replies.
        assertEquals(java.util.Arrays.asList(null, 1, 1), post.responses().stream().map(r -> r.replyTo()).toList());
    }

    @Test
    void aForumTopicOpeningWithItsPostersHeaderKeepsItsWriter() throws Exception {
        BlogPost post = ThreadPages.parse("""
                Posted by quayside_tom 3 days ago

                I think the early shift moved because head office wants the depot empty by noon, and nobody asked us.

                brennock_o 3 days ago

                Maybe, but I heard it was the new timetable system that decided it for them, not the managers.
                """);
        assertEquals("quayside_tom", post.author());
    }
}

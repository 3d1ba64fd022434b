package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/** A forum's line naming who started the topic ({@link TopicStarter}); invented pages. */
class TopicStarterTest {
    private static final String POST = """

            The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

            We asked the depot manager for a meeting, and he said the timetable is set by head office and cannot change now.
            """;

    @Test
    void aPrintViewsPathAndStarterLine() throws Exception {
        BlogPost post = ThreadPages.parse("Depot Boards => Shift talk => Topic started by: orlab on March 7, 2023, 08:14:02 AM Return to Full Version\n\n"
                + "Title: The early shift at five\n" + POST);
        assertEquals("orlab", post.author());
        assertEquals(LocalDate.of(2023, 3, 7), post.published());
        assertEquals(List.of("Shift talk"), post.categories());
    }

    @Test
    void aDiscussionStartedByAHandleWithItsDate() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\n\nDiscussion in 'Depot Talk' started by wheelnut77, Mar 7, 2023.\n" + POST);
        assertEquals("wheelnut77", post.author());
        assertEquals(LocalDate.of(2023, 3, 7), post.published());
        assertEquals(List.of("Depot Talk"), post.categories());
    }

    @Test
    void aThreadStarterWithNoDate() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\n\n  \u2022 Thread starter Orla\n  \u2022 ( Start date , 3 Replies)\n" + POST);
        assertEquals("Orla", post.author());
        assertNull(post.published());
    }

    @Test
    void startedByInProseIsNoStarter() {
        assertTrue(TopicStarter.read("The drivers' union was started by Orla Brennock, 2019 records say.", 0).isEmpty());
        assertTrue(TopicStarter.read("Thread starter", 0).isEmpty());
        assertTrue(TopicStarter.read("Started by the depot manager in the spring of that year", 0).isEmpty());
    }
}

package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/** A credit that names no person is no writer ({@link HeadWeighing#namesNoPerson}); invented pages. */
class CreditWriterTest {
    private static final String TEXT = """

            The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

            We asked the depot manager for a meeting, and he said the timetable is set by head office and cannot change now.
            """;

    @Test
    void aDesksCreditGivesNoWriter() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\nBy Harbourside Staff\n" + TEXT);
        assertNull(post.author());
    }

    @Test
    void aForumsNameGivesNoWriter() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\nBy Depot Talk Forum\n" + TEXT);
        assertNull(post.author());
    }

    @Test
    void aPersonsNameStays() throws Exception {
        assertEquals("Orla Brennock", ThreadPages.parse("The early shift at five\nBy Orla Brennock\n" + TEXT).author());
        assertFalse(HeadWeighing.namesNoPerson("The Hollises"));
        assertFalse(HeadWeighing.namesNoPerson("wheelnut77"));
        assertTrue(HeadWeighing.namesNoPerson("2025 AFP"));
        assertTrue(HeadWeighing.namesNoPerson("Radio Harbour"));
    }
}

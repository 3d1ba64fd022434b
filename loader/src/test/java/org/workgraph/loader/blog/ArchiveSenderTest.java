package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/** A list archive's message head with no field labels ({@link ArchiveSender}); invented pages. */
class ArchiveSenderTest {
    private static final String TEXT = """

            The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

            We asked the depot manager for a meeting, and he said the timetable is set by head office and cannot change now.

            More information about the busdrivers mailing list
            """;

    @Test
    void theSubjectWithoutTheListsTagTheSenderAndTheStamp() throws Exception {
        BlogPost post = ThreadPages.parse("[busdrivers] The early shift at five\n\nOrla Brennock orla.b at depot.example\n"
                + "Tue Mar 7 08:14:02 GMT 2023\n" + TEXT);
        assertEquals("The early shift at five", post.title());
        assertEquals("Orla Brennock", post.author());
        assertEquals(LocalDate.of(2023, 3, 7), post.published());
        assertFalse(post.body().contains("depot.example"), post.body());
    }

    @Test
    void aListNameWithACapitalIsATagToo() throws Exception {
        BlogPost post = ThreadPages.parse("[Busdrivers-l] The early shift at five\n\nOrla Brennock orla.b at depot.example\n"
                + "Tue Mar 7 08:14:02 UTC 2023\n" + TEXT);
        assertEquals("The early shift at five", post.title());
        assertEquals("Orla Brennock", post.author());
    }

    @Test
    void aSendersHandleInLowerCaseIsTheWriter() throws Exception {
        BlogPost post = ThreadPages.parse("Early shifts: what should the depot know?\n\norlabrennock orla at depot.example\n"
                + "Sat May 5 15:15:49 EDT 2007\n" + TEXT);
        assertEquals("orlabrennock", post.author());
        assertEquals(LocalDate.of(2007, 5, 5), post.published());
    }

    @Test
    void wordsInLowerCaseOverAnAddressAreNoSender() throws Exception {
        BlogPost post = ThreadPages.parse("Early shifts: what should the depot know?\n\nwrite to us at depot.example\n"
                + "Sat May 5 15:15:49 EDT 2007\n" + TEXT);
        assertNotEquals("write to us", post.author());
    }

    @Test
    void aBracketedLabelWithNoSenderUnderItStays() throws Exception {
        BlogPost post = ThreadPages.parse("[updated] The early shift at five\n" + TEXT);
        assertEquals("[updated] The early shift at five", post.title());
    }

    @Test
    void aSentenceWithAtIsNoSender() {
        assertTrue(ArchiveSender.stamp("Tue Mar 7 08:14:02 GMT 2023").isPresent());
        assertTrue(ArchiveSender.stamp("Tuesday we met at the depot").isEmpty());
    }
}

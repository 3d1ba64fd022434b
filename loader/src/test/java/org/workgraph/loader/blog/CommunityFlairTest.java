package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/** A community line's date and the flair run into the subject under it ({@link CommunityFlair}); invented pages. */
class CommunityFlairTest {
    private static final String TEXT = """

            The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

            We asked the depot manager for a meeting, and he said the timetable is set by head office and cannot change now.
            """;

    @Test
    void aFlairBeforeTheSubjectIsTheCategoryAndTheCommunityLineDatesThePost() throws Exception {
        BlogPost post = ThreadPages.parse("r/busdrivers Mar 4 '23\n\nQuestion Who decides the early shift at our depot\n" + TEXT);
        assertEquals("Who decides the early shift at our depot", post.title());
        assertEquals(List.of("Question"), post.categories());
        assertEquals(LocalDate.of(2023, 3, 4), post.published());
    }

    @Test
    void aFlairAfterTheSubjectIsTheCategory() throws Exception {
        BlogPost post = ThreadPages.parse("r/busdrivers 4 Mar '23\n\nThe early shift at five is, so far, a mess Discussion\n" + TEXT);
        assertEquals("The early shift at five is, so far, a mess", post.title());
        assertEquals(List.of("Discussion"), post.categories());
        assertEquals(LocalDate.of(2023, 3, 4), post.published());
    }

    @Test
    void aFlairOverASubjectOfOneWordLeavesTheWord() {
        assertEquals(new CommunityFlair.Subject("earlyShiftAgain", "Meme"), CommunityFlair.subject("Meme earlyShiftAgain"));
    }

    @Test
    void theSubjectsOwnWordsStay() {
        // A lowercase word after it: the word opens the subject. A determiner before it: the subject's own noun.
        assertNull(CommunityFlair.subject("Update on the early shift").flair());
        assertNull(CommunityFlair.subject("Help needed with the rota").flair());
        assertNull(CommunityFlair.subject("Drivers Join Our Discussion").flair());
        assertNull(CommunityFlair.subject("Early shift rota").flair());
    }

    @Test
    void noCommunityLineNoFlair() throws Exception {
        BlogPost post = ThreadPages.parse("Question Time At The Depot\n" + TEXT);
        assertEquals("Question Time At The Depot", post.title());
        assertEquals(List.of(), post.categories());
    }

    @Test
    void anAgeIsNoDate() {
        assertTrue(CommunityFlair.date("r/busdrivers 4d ago").isEmpty());
        assertEquals(LocalDate.of(2022, 7, 9), CommunityFlair.date("r/busdrivers Jul 9 '22").orElseThrow());
    }
}

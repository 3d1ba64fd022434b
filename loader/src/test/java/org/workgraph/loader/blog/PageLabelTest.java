package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/**
 * Labels of a page's kind over its title ({@link PageLabel}), a status page's "NAME on NETWORK:" heading
 * ({@link SocialPreview}), a forum's score after the poster's name, and name lines that recur as contributions' headers
 * rather than a byline. Every page is written for this test (invented people, sites and text).
 */
class PageLabelTest {
    private static final String TEXT = """

            The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

            We asked the depot manager for a meeting, and he said the timetable is set by head office and cannot change now.
            """;

    @Test
    void aListingsLabelOverTheTitleIsNone() throws Exception {
        BlogPost post = ThreadPages.parse("Blog archive\n\nThe early shift at five\n" + TEXT);
        assertEquals("The early shift at five", post.title());
        assertEquals(List.of(), post.categories());
    }

    @Test
    void aLabelAfterTheBlogsNameAndBylineStandsOverThePostsTitle() throws Exception {
        BlogPost post = ThreadPages.parse("Depot Diaries\n\nBy Orla Brennock\n\nBlog archive\n\nThe early shift at five\n" + TEXT);
        assertEquals("The early shift at five", post.title());
        assertEquals("Orla Brennock", post.author());
    }

    @Test
    void aSeriesLabelIsTheCategory() throws Exception {
        BlogPost post = ThreadPages.parse("Weekly digest\n\nThe early shift at five\n" + TEXT);
        assertEquals("The early shift at five", post.title());
        assertEquals(List.of("Weekly digest"), post.categories());
    }

    @Test
    void aLabelWithTextUnderItIsLeftAlone() {
        assertTrue(PageLabel.of("Blog archive").isPresent());
        assertTrue(PageLabel.of("The Weekly Digest").isPresent());
        assertTrue(PageLabel.of("Weekly shift notes").isEmpty());
        assertTrue(PageLabel.of("Topic:").isEmpty()); // a label of what the page answers, read elsewhere
        assertTrue(PageLabel.of("Early news").isEmpty()); // no noun of a page's kind
    }

    @Test
    void aPagesKindRunIntoTheTitleGoes() throws Exception {
        BlogPost post = ThreadPages.parse("Forum Post: The early shift at five\n\nPosted on Mar. 7, 2011, 6:50 p.m. EST by depotdriver (212) from Leeds, UK\n"
                + TEXT);
        assertEquals("The early shift at five", post.title());
        assertEquals("depotdriver", post.author());
        assertEquals(LocalDate.of(2011, 3, 7), post.published());
        assertEquals("Thread safety at the depot", PageLabel.withoutRunIn("Thread safety at the depot"));
    }

    @Test
    void aSeriesTagBesideTheDateIsNoWriter() throws Exception {
        BlogPost post = ThreadPages.parse("Our Depot Notes #04\n\nDepot Notes Mar 7, 2023\n" + TEXT);
        assertEquals("Our Depot Notes #04", post.title());
        assertNull(post.author());
        assertEquals(List.of("Depot Notes"), post.categories());
        assertEquals(LocalDate.of(2023, 3, 7), post.published());
        assertFalse(PageLabel.isTagOf("Helen Pettifer", "Helen Pettifer on the early shift and more"));
    }

    @Test
    void aStatusPagesHeadingNamesTheWriterAndNoTitle() throws Exception {
        BlogPost post = ThreadPages.parse("Join the network\n2024-03-10 10:37:18 UTC\n\n"
                + "Orla on Relay: The depot moved the early shift to five in the ...\n" + TEXT);
        assertNull(post.title());
        assertEquals("Orla", post.author());
        assertEquals(LocalDate.of(2024, 3, 10), post.published());
    }

    @Test
    void aHeadingWhoseWordsTheTextDoesNotOpenWithIsNoStatusHeading() throws Exception {
        BlogPost post = ThreadPages.parse("Orla on Work: Why the early shift is wrong for everyone\n" + TEXT);
        assertEquals("Orla on Work: Why the early shift is wrong for everyone", post.title());
    }

    @Test
    void nameLinesThatRecurAsContributionsAreNoByline() throws Exception {
        BlogPost post = ThreadPages.parse("""
                Readers answer: should the early shift start at five?

                Thursday, March 4, 2010; B03

                Orla Brennock

                Leeds, Harbour Ferries

                The early shift at five suits nobody with children, and the depot should have asked the drivers first.

                Declan Moyle

                York, City Transit

                We tried a five o'clock start two years ago and it lasted a month before the rota was changed back again.
                """);
        assertNull(post.author());
        assertEquals(LocalDate.of(2010, 3, 4), post.published());
        assertEquals("Readers answer: should the early shift start at five?", post.title());
    }
}

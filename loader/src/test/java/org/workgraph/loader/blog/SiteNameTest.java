package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.text.Lines;

/**
 * A site's name printed once over the story's headline ({@link SiteName}), and the head forms read with it: an issue
 * number over a newsletter's title, a date line closed by a full stop, a date in a field of its own beside the writer's,
 * a columnist's own answers labelled with the family name, a responder's avatar under a count line. Every page is
 * written for this test (invented people, sites and text).
 */
class SiteNameTest {
    private static final String TEXT = """

            The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

            We asked the depot manager for a meeting, and he said the timetable is set by head office and cannot change now.
            """;

    @Test
    void aPublicationsNameOverTheHeadlineIsNoTitle() throws Exception {
        BlogPost post = ThreadPages.parse("Tidewater Gazette\n\nWould you move to a four-day week at the depot?\n" + TEXT);
        assertEquals("Would you move to a four-day week at the depot?", post.title());
    }

    @Test
    void aNameOverAHeadlinePrintedTwiceIsNoTitle() throws Exception {
        BlogPost post = ThreadPages.parse("Harbour Lights\n\nComplete Coverage\n\nDepot manager warns of more cuts to the early shift\n\n"
                + "Depot manager warns of more cuts to the early shift\n" + TEXT);
        assertEquals("Depot manager warns of more cuts to the early shift", post.title());
    }

    @Test
    void aSubmittersLineUnderTheHeadlineNamesTheWriter() throws Exception {
        BlogPost post = ThreadPages.parse("Pebble Board\n\nDepot Moves the Early Shift to Five in the Morning\n\n"
                + "quill_42 writes \"The depot moved the early shift to five in the morning, and the drivers heard it first.\"\n" + TEXT);
        assertEquals("Depot Moves the Early Shift to Five in the Morning", post.title());
        assertEquals("quill_42", post.author());
    }

    @Test
    void aShortTitleOverAByliningDeckStays() throws Exception {
        // A short title over a subtitle and a byline: the deck is no headline of a story under a site's name.
        assertTrue(SiteName.find(Lines.of("The Depot News\n\nWhy the depot's drivers start at five in the morning now\n\nBy Orla Brennock\n" + TEXT), 0)
                .isEmpty());
        BlogPost post;
        // And a short title whose line under it is the text's first sentence stays as well.
        post = ThreadPages.parse("Depot Daily\n\nThe depot moved the early shift to five in the morning, and the drivers heard it first.\n" + TEXT);
        assertEquals("Depot Daily", post.title());
    }

    @Test
    void anIssueNumberOverTheTitleIsALabel() throws Exception {
        BlogPost post = ThreadPages.parse("Issue #12\n#12 - The early shift at five\nMarch 3, 2023\n" + TEXT);
        assertEquals("#12 - The early shift at five", post.title());
        assertEquals(LocalDate.of(2023, 3, 3), post.published());
        assertTrue(PageLabel.of("No. 112").isPresent());
        assertTrue(PageLabel.of("Issue of the week").isEmpty());
    }

    @Test
    void aDateLineClosedByAFullStopDatesThePost() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\n\nNov. 3, 2019.\n" + TEXT);
        assertEquals(LocalDate.of(2019, 11, 3), post.published());
    }

    @Test
    void aDateFieldBesideTheWritersFieldDatesThePost() throws Exception {
        BlogPost post = ThreadPages.parse("The early shift at five\n\nAuthor : Orla Brennock\nPoints : 12\nDate   : 2021-07-09 06:15 UTC (3 hours ago)\n"
                + TEXT);
        assertEquals("Orla Brennock", post.author());
        assertEquals(LocalDate.of(2021, 7, 9), post.published());
    }

    @Test
    void aColumnistsLabelledAnswersDoNotMakeHerAPersonTheTextTalksAbout() throws Exception {
        BlogPost post = ThreadPages.parse("Careers: The early shift at five\n\nHelen Pettifer\nView Comments\n\n"
                + "QUESTION: My depot moved the early shift to five in the morning and nobody asked the drivers. What can I do?\n\n"
                + "Pettifer: Ask for a meeting with the depot manager first, and bring the drivers' own timetable with you.\n" + TEXT);
        assertEquals("Helen Pettifer", post.author());
    }

    @Test
    void aRespondersAvatarUnderTheCountLineIsNoWriter() throws Exception {
        BlogPost post = ThreadPages.parse("""
                Should the depot start at five?

                A discussion between the drivers of the depot on whether the early shift should start at five.

                3 responses to “Should the depot start at five?”

                  1. u/EarlyBird Avatar
                    u/EarlyBird

                    Honestly, five is fine if the buses run. My shift did it last year and nobody was late once.

                    1. u/NightOwl Avatar
                      u/NightOwl

                      Oh, here we go. Five is fine for you because you live next to the depot, the rest of us do not.

                  2. u/Commuter Avatar
                    u/Commuter

                    The buses do not run at that hour on my side of town, so I would need a taxi every morning.
                """);
        assertNotEquals("u/EarlyBird", post.author());
        assertNotEquals("1. u/EarlyBird", post.author());
    }

    @Test
    void aHeadlineJoinedToItsSummaryIsTheTitle() throws Exception {
        BlogPost post = ThreadPages.parse("Depot moves the early shift to five, drivers say::The drivers heard about it from the notice board first.\n"
                + TEXT);
        assertEquals("Depot moves the early shift to five, drivers say", post.title());
        assertTrue(JoinedSummary.title("I will write the feature anyway. Someone will read it! ::laughing::").isEmpty());
    }

    @Test
    void anAdviceColumnsDeckNamesTheColumnistOverTheQuestion() throws Exception {
        BlogPost post = ThreadPages.parse("Should the early shift start at five?\n\n"
                + "Orla Brennock offers insight into shift work and how managers can plan a depot's hours.\n\n"
                + "Q: My depot moved the early shift to five in the morning and nobody asked the drivers. What can I do?\n\n"
                + "A: Ask for a meeting with the depot manager first, and bring the drivers' own timetable with you.\n" + TEXT);
        assertEquals("Orla Brennock", post.author());
        // A news story's deck names a person the story is about: with no reader's question under it, no writer.
        post = ThreadPages.parse("Should the early shift start at five?\n\n"
                + "Orla Brennock offers insight into shift work and how managers can plan a depot's hours.\n" + TEXT);
        assertNotEquals("Orla Brennock", post.author());
    }

    @Test
    void aHeadlineInQuotationMarksLosesThemAQuotedSentenceKeepsThem() throws Exception {
        BlogPost post = ThreadPages.parse("\u201CDrivers and Others at the Depot Take a Stand\u201D\n\nThe Depot Forum\n" + TEXT);
        assertEquals("Drivers and Others at the Depot Take a Stand", post.title());
        assertEquals("\u201CToo often, I realise after the shift that it was far too early.\u201D",
                QuotedTitle.unquoted("\u201CToo often, I realise after the shift that it was far too early.\u201D"));
        assertEquals("\u201CToo often the shift starts early\u201D", QuotedTitle.unquoted("\u201CToo often the shift starts early\u201D"));
    }
}

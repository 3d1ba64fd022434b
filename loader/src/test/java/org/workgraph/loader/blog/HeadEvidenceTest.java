package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;

/**
 * The head read over the head area as a whole ({@link HeadEvidence}): a title the page prints more than once, a byline
 * under short lines the reading in order stops at, the date beside a title so found; and the pages each cue must not
 * fire on. Every page is written for this test (invented people, sites and text).
 */
class HeadEvidenceTest {
    private static final String BODY = """

            The rota changed again this week, and nobody on the night shift was asked about it first.

            We took the question to the union meeting on Thursday and were told to wait for the review.
            """;

    static Stream<Arguments> heads() {
        return Stream.of(
                Arguments.of("a breadcrumb ending in the title, a date line, then the title alone",
                        "\uD83D\uDC08 Harbour\n\u00BB Harbour \u00BB Staff Blog \u00BB Night shifts are changing\nPage options\nMar 4, 2025\nNight shifts are changing\n" + BODY,
                        "Night shifts are changing", null, "2025-03-04"),
                Arguments.of("a window title and a post's subject line ending in the same words",
                        "Harbour Board - View Single Post - Rota changes for the night shift\nView Single Post\nOld 03-04-2025, 11:42 AM\n"
                                + "Senior Member\nPosts: 990\nDefault Rota changes for the night shift\n" + BODY,
                        "Rota changes for the night shift", null, null),
                Arguments.of("a title with a year after it, printed again with the site and with a number after the year",
                        "Night shift rota notes (2024) (2025)\n\nNight shift rota notes (2024) (harbour.example)\n"
                                + "41 points by opettifer on Mar 4, 2025 | hide | past | favorite\nNight shift rota notes (2024) (1)\n" + BODY,
                        "Night shift rota notes (2024)", "opettifer", "2025-03-04"),
                Arguments.of("a byline under the paper's section line",
                        "Night shifts are changing\n\nWork & Pay\nBy Orla Pettifer | Mar 04, 2025\n" + BODY,
                        "Night shifts are changing", "Orla Pettifer", "2025-03-04"),
                Arguments.of("a labelled byline under an address and an empty date field",
                        "Night shifts are changing\n\nhttps://harbour.example/2025/night-shifts\nSite Date:\nAuthor: Orla Pettifer\nDate of source:\n" + BODY,
                        "Night shifts are changing", "Orla Pettifer", null),
                // Where the cues must not fire.
                Arguments.of("a page with no blank line: a headline over the text",
                        "Night shifts are changing\nThe rota changed again this week, and nobody on the night shift was asked about it first.\n"
                                + "We took the question to the union meeting on Thursday and were told to wait.\n",
                        "Night shifts are changing", null, null),
                Arguments.of("a page with no blank line: a date glued to the text under the headline",
                        "Night shifts are changing\nTuesday, March 4th, 2025The rota changed again this week, and nobody on the night shift was asked.\n"
                                + "We took the question to the union meeting on Thursday.\nThey told us to wait.\n",
                        "Night shifts are changing", null, "2025-03-04"),
                Arguments.of("a page with no blank line: a headline over a dash-bulleted byline with a date without a year",
                        "Night shifts are changing on the harbour\n- Orla Pettifer\n- Mar 4\n- 3 min read\n"
                                + "The rota changed again this week, and nobody on the night shift was asked about it first.\n",
                        "Night shifts are changing on the harbour", null, null),
                Arguments.of("a page with no blank line whose lines are wrapped inside sentences has no title",
                        "One of the rotas\nI read this week was new to me. Nobody on the night\nshift was asked about it first, and we\ntook it to the union.\n",
                        null, null, null),
                Arguments.of("a page with no blank line opening with a sentence has no title",
                        "The rota changed again.\nWe took the question to the union meeting on Thursday and were told to wait for the review.\nNo more.\n",
                        null, null, null),
                Arguments.of("a published date in the footer under a count of no comments",
                        "Night shifts are changing\n" + BODY + "\n \u2022  0 comments  \u2022  flag\nShare on Harbour\nPublished on March 4, 2025 17:00\nNo comments have been added yet.\n",
                        "Night shifts are changing", null, "2025-03-04"),
                Arguments.of("a posted date in the thread under the text is a response's, not the post's",
                        "Night shifts are changing\n" + BODY + "\n2 comments\n\nPosted on March 5, 2025 by ben\nI agree with this.\n",
                        "Night shifts are changing", null, null),
                Arguments.of("a site builder's skip link over the title",
                        "top of page\n\nNight shifts are changing\n" + BODY + "\nbottom of page\n",
                        "Night shifts are changing", null, null),
                Arguments.of("two lines sharing two words only repeat no title",
                        "Staff Blog\n\nStaff Blog archive\n" + BODY,
                        "Staff Blog", null, null),
                Arguments.of("a byline under the first paragraph is not the post's",
                        "Night shifts are changing\n" + BODY + "\nBy Ben Kettle | Mar 5, 2025\n",
                        "Night shifts are changing", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    void readsTheHeadOverTheWholeArea(String why, String page, String title, String author, String date) throws Exception {
        BlogPost post = ThreadPages.parse(page);
        assertEquals(title, post.title(), "title");
        assertEquals(author, post.author(), "writer");
        assertEquals(date == null ? null : LocalDate.parse(date), post.published(), "date");
    }

    /** What the head area repeats, as the title cue reads it: the title, or nothing. */
    static Stream<Arguments> repeats() {
        return Stream.of(
                Arguments.of("a line printed again at the end of a breadcrumb", "\u00BB Harbour \u00BB Staff Blog \u00BB Night shifts are changing\nNight shifts are changing\n",
                        "Night shifts are changing"),
                Arguments.of("two lines closing with the same words", "Harbour - Rota changes for the night shift\nDefault Rota changes for the night shift\n",
                        "Rota changes for the night shift"),
                Arguments.of("a site's name printed first and again at the end of a window title",
                        "Harbour Night Notes\nNight shifts are changing | Harbour Night Notes\n", null),
                Arguments.of("a line printed again in the middle of another (a menu entry)",
                        "Harbour Board - View Single Post - Rota changes\nView Single Post\n", null),
                Arguments.of("headers closing with the same date", "u/orla_p Mar 4 '25\nu/ben_k Mar 4 '25\n", null),
                Arguments.of("lines sharing two words only", "Staff Blog\nStaff Blog archive\n", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeats")
    void theTitleIsWhatTheHeadAreaRepeats(String why, String head, String title) {
        java.util.List<org.workgraph.loader.text.Line> lines = org.workgraph.loader.text.Lines.of(head);
        assertEquals(title, HeadEvidence.repeatedTitle(lines, HeadEvidence.area(lines, 0)).map(HeadEvidence.Repeated::title).orElse(null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    void aBylineInTheHeadAreaHeadsNoResponse(String why, String page, String title, String author, String date) throws Exception {
        if (author == null || !page.contains("Orla Pettifer")) return;
        assertTrue(ThreadPages.parse(page).responses().isEmpty(), "the post's byline is no response's header");
    }

    @org.junit.jupiter.api.Test
    void aHeadlinePrintedTwiceInARowUnderASitesBlurbIsTheTitle() throws Exception {
        var post = ThreadPages.parse("""
                The Depot Letter brings you the three best links on shift work, every Monday, from a driver who reads too much.
                Subscribe now | Learn more
                Who decides when the early shift starts?

                Who decides when the early shift starts?

                The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.
                """);
        assertEquals("Who decides when the early shift starts?", post.title());
    }

    @org.junit.jupiter.api.Test
    void aSentencePrintedTwiceIsNoTitle() throws Exception {
        var post = ThreadPages.parse("""
                The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

                We said no. Then we asked again.

                We said no. Then we asked again.

                The depot manager said the timetable is set by head office and cannot change now, whatever the drivers say.
                """);
        assertNull(post.title());
    }
}

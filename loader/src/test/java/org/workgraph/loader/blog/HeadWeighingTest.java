package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;

/**
 * The head weighed as a whole ({@link HeadWeighing}): a writer chosen among the head's person-shaped lines by where it
 * stands and what stands around it, the date beside the title or the writer, a title over the writer where the head is
 * cluttered; and the pages where each piece of evidence alone must not decide. Every page is written for this test
 * (invented people, sites and text).
 */
class HeadWeighingTest {
    private static final String BODY = """

            The rota changed again this week, and nobody on the night shift was asked about it first, so we asked why.

            We took the question to the union meeting on Thursday and were told to wait for the review in the spring.
            """;

    static Stream<Arguments> heads() {
        return Stream.of(
                Arguments.of("the name printed twice on one line (a portrait's alt text and the name), then a read time",
                        "Night shifts are changing\n\nNight shifts are changing\n\nHelen Pettifer Helen Pettifer\n12 minute read\n" + BODY,
                        "Night shifts are changing", "Helen Pettifer", null),
                Arguments.of("a portrait's alt text run into the name before the title",
                        "  \u2022 Writer's pictureHelen Pettifer\n\nNight shifts are changing\n" + BODY,
                        "Night shifts are changing", "Helen Pettifer", null),
                Arguments.of("the name alone under the title, over a role line",
                        "Night shifts are changing\n\nHelen Pettifer\n\nShift Steward at Harbour Ferries\n" + BODY,
                        "Night shifts are changing", "Helen Pettifer", null),
                Arguments.of("the name alone between the title and the text",
                        "Night shifts are changing\n\nNight shifts are changing\n\nHelen Pettifer\n" + BODY,
                        "Night shifts are changing", "Helen Pettifer", null),
                Arguments.of("'By' alone on a line, the name on the next, under a teaser paragraph and a read time run into the date",
                        "Night shifts are changing\n\nThe Harbour Letter\nPublished in\n\n4 min readMar 4, 2025\n\n"
                                + "Issue #12: a ferry timetable nobody reads, why the canteen closes early, and the rota that changed without a word\n"
                                + "By\nHelen Pettifer\n" + BODY,
                        "Night shifts are changing", "Helen Pettifer", "2025-03-04"),
                Arguments.of("a labelled handle run into its label, over a labelled date",
                        "Night shifts are changing\n\n\u2022 The rota changed without a word\n\u2022 The union asked for a review\n\n"
                                + "Written by:opettifer\nPublished: March 4, 2025 09:12:40 Harbour Town\n" + BODY,
                        "Night shifts are changing", "opettifer", "2025-03-04"),
                Arguments.of("a brand line, the title, a standfirst with the date run on after a gap, the name and role",
                        "hbPro\n\n\nNight shifts are changing\n\nThe rota may change again in spring.   March 4, 2025\n\n\n"
                                + "By Helen Pettifer, Associate Editor\n" + BODY,
                        "Night shifts are changing", "Helen Pettifer", "2025-03-04"),
                Arguments.of("a paper's name, the headline, a deck question, a dashed byline with an e-mail address",
                        "The Harbour Gazette\n\nNIGHT SHIFT!\n\nAs the ferry company rewrites its rota again, will anyone ask the crews who work the nights?\n\n"
                                + "- By Helen Pettifer opettifer@gazette.example\n" + BODY,
                        "NIGHT SHIFT!", "Helen Pettifer", null),
                Arguments.of("a path of sections over the title, the date under it",
                        "Working Life / Shift Patterns\n\nNight shifts are changing on the harbour\n\n\nMar 4, 2025\n\nSee our courses\n" + BODY,
                        "Night shifts are changing on the harbour", null, "2025-03-04"),
                Arguments.of("a truncated title, the title, a lower-case byline with an initial, the site's line",
                        "Night shifts are changing: what the...\n\nNight shifts are changing: what the new rota means\n\n"
                                + "by Helen K. Pettifer\nHarbour Notes | HarbourNotes.example\n" + BODY,
                        "Night shifts are changing: what the new rota means", "Helen K. Pettifer", null),
                Arguments.of("a desk's credit gives way to the person the head names",
                        "Night shifts are changing\n\nBy Harbour Staff\n\nHelen Pettifer\nShift Steward at Harbour Ferries\n" + BODY,
                        "Night shifts are changing", "Helen Pettifer", null),
                Arguments.of("the writer introducing themself at the text's start",
                        "Night shifts are changing\n\nHi, I'm helen_p and I will be asking the crews on the night ferry what the new rota means for them.\n\n"
                                + "I asked three of them on Thursday. My first question was about the break room, and I wrote down what they said.\n",
                        "Night shifts are changing", "helen_p", null),
                Arguments.of("the writer introducing themself in a box after the text",
                        "Night shifts are changing\n" + BODY + "\nWho writes this\n\nI am Helen Pettifer, a steward who has worked the night ferry for twelve years and writes about it.\n\n"
                                + "I do this because my crew asked me to, and I think the rota matters to everyone who rides the late boats.\n",
                        "Night shifts are changing", "Helen Pettifer", null),
                Arguments.of("a date or an age read as the title is no title",
                        "Comment by helen_p\n\n12 hours ago\n\nThe rota changed again this week, and nobody on the night shift was asked about it first, so we asked why.\n",
                        null, null, null),
                // Where one piece of evidence alone must not decide.
                Arguments.of("an interviewee introducing themself in quotation marks is no writer",
                        "Night shifts are changing\n\nWe asked the crews on the night ferry what the new rota means for them, one by one, this week.\n\n"
                                + "\"Good evening! I am Helen Pettifer and I have worked nights for twelve years,\" said the first steward we met.\n\n"
                                + "We took the question to the union meeting on Thursday and were told to wait for the review in the spring.\n",
                        "Night shifts are changing", null, null),
                Arguments.of("a section's name between the title and the text is no writer",
                        "Night shifts are changing\n\nShift Work\n" + BODY,
                        "Night shifts are changing", null, null),
                Arguments.of("a name the text talks about is no writer",
                        "Night shifts are changing\n\nHelen Pettifer\n\nThe rota changed again this week, and Pettifer, a steward on the night shift, was not asked about it.\n\n"
                                + "We took the question to the union meeting on Thursday and were told to wait for the review in the spring.\n",
                        "Night shifts are changing", null, null),
                Arguments.of("a name under the first paragraph with no byline word or role is the text's",
                        "Night shifts are changing\n\nThe rota changed again this week, and nobody on the night shift was asked about it first, so we asked why.\n\n"
                                + "Helen Pettifer\n\nWe took the question to the union meeting on Thursday and were told to wait for the review in the spring.\n",
                        "Night shifts are changing", null, null),
                Arguments.of("two writers on one line: no one writer",
                        "Night shifts are changing\n\nHelen Pettifer and Ben Kettle\n\nShift Stewards at Harbour Ferries\n" + BODY,
                        "Night shifts are changing", null, null),
                Arguments.of("a date inside the head's prose is not the post's",
                        "Night shifts are changing\n\nThe rota that started on March 4, 2025 changes again\n" + BODY,
                        "Night shifts are changing", null, null),
                Arguments.of("a title over a subtitle over the byline stays the title",
                        "Night shifts are changing\n\nWhat the new rota means for the harbour crews\n\nBy Helen Pettifer\n" + BODY,
                        "Night shifts are changing", "Helen Pettifer", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    void weighsTheHeadByWhereThingsStand(String why, String page, String title, String author, String date) throws Exception {
        BlogPost post = ThreadPages.parse(page);
        assertEquals(title, post.title(), "title");
        assertEquals(author, post.author(), "writer");
        assertEquals(date == null ? null : LocalDate.parse(date), post.published(), "date");
    }

    @Test
    void theWritersLineLeavesTheBody() throws Exception {
        BlogPost post = ThreadPages.parse("Night shifts are changing\n\nHelen Pettifer\n\nShift Steward at Harbour Ferries\n" + BODY);
        assertFalse(post.body().contains("Helen Pettifer"), post.body());
        assertFalse(post.body().contains("Shift Steward"), post.body());
        assertTrue(post.body().startsWith("The rota changed"), post.body());
    }

    @Test
    void inspectShowsTheEvidence() throws Exception {
        List<Segment> segments = new BlogParser().segment(new org.workgraph.loader.model.Source("t.txt", "0".repeat(64)),
                org.workgraph.loader.text.Lines.of("Night shifts are changing\n\nHelen Pettifer Helen Pettifer\n12 minute read\n" + BODY));
        Segment head = segments.stream().filter(s -> s.role() == Segment.Role.HEAD).findFirst().orElseThrow();
        assertTrue(head.text().contains("writer 'Helen Pettifer'") && head.text().contains("printed twice") && head.text().contains("a stamp beside it"),
                head.text());
        assertTrue(segments.stream().anyMatch(s -> s.role() == Segment.Role.BYLINE && s.text().startsWith("Helen Pettifer")));
    }
}

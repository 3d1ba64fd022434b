package org.workgraph.loader.blog;

import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Header forms no rule knows, learnt from the page because they repeat over its texts ({@link RepeatedShapes}). Each
 * page is written for this test in an invented comment system's shape (invented people and text); the pages without a
 * thread check that a repeated shape alone invents none.
 */
class RepeatedShapesTest {
    static Stream<Arguments> systems() {
        return Stream.of(
                Arguments.of("a name, a cue word, a time and a short date", """
                        Lanterns on the canal

                        The town hung paper lanterns along the towpath again this year, and the walk was full by eight.

                        Bring a coat, the wind off the water is cold.
                        merrow12 said @ 9:14pm BST on 3rd Nov
                        Went on the second night and it was quieter, worth the wait.
                        Ilse Brandvold said @ 10:02pm BST on 4th Nov
                        The red ones by the lock were the best of the lot.
                        """, List.of("merrow12", "Ilse Brandvold"), List.of("Went", "The")),
                Arguments.of("a handle with a short date", """
                        Do standing desks help?

                        I bought one last spring and now I only stand for the first hour.

                        u/quillfeather Mar 3 '21

                        Same here. The novelty wears off after a week.

                        u/Tamsin_R Mar 3 '21

                        Put the keyboard on it and nothing else, then you have to stand to type.

                        u/okra-and-rye Mar 4 '21

                        A timer every forty minutes worked for me, for a while.
                        """, List.of("quillfeather", "Tamsin_R", "okra-and-rye"), List.of("Same", "Put", "A")),
                Arguments.of("a handle with a count, a place and a date under it", """
                        Why do Mondays feel longer

                        @corvid_jay (210)
                        March 2, 2015 7:10am

                        Is it only me, or does the first day of the week last twice as long?

                        2 responses

                        @lintwhite (88)
                        • Norway
                        3 Mar 15
                        The weekend resets your sense of time, so the first day drags.

                        @corvid_jay (210)
                        • Chile
                        3 Mar 15
                        That makes sense, I never thought of it that way.
                        """, List.of("lintwhite", "corvid_jay"), List.of("The", "That")),
                Arguments.of("\"by NAME\" with details that come and go, and a subject line between texts", """
                        Printer jams of the year

                        The office printer jammed forty times in March, a record we would rather not hold.

                        Paper weight matters

                        by Odo Vantreight on Tuesday March 05, 2019 @09:12AM (#5550123)

                        Most jams come from paper that is too light for the tray.

                        Re:

                        by Wenna Castellan

                        Or the tray spring is worn, which nobody ever replaces.

                        Re:

                        A kick to the left side fixes ours, every time.

                        by Bram Oakes ( 44123 ) on Tuesday March 05, 2019 @11:40AM (#5550456)

                        We bought a second printer and the jams halved.
                        """, List.of("Odo Vantreight", "Wenna Castellan", "-", "Bram Oakes"), List.of("Most", "Or", "A", "We")),
                Arguments.of("a date line alone over each reply, after the post", """
                        I eat lunch at my desk and I am not sorry

                        Everyone else goes out, I stay in with a sandwich and the quiet. It is the best hour of the day.

                        Fair enough

                        June 2, 2020 at 1:05pm

                        The quiet hour is the only one where I get anything done.

                        Not for me

                        June 2, 2020 at 3:40pm

                        I need to walk or I fall asleep by three o'clock.

                        June 3, 2020 at 8:15am

                        Crumbs in the keyboard though, think of the keyboard.
                        """, List.of("-", "-", "-"), List.of("The", "I", "Crumbs")),
                Arguments.of("a name over a stamp the known forms do not read as one", """
                        Lunch at two

                        Why does the canteen close at two? Nobody on the late shift can eat.

                        Ferrant Olsby
                        May 3, 2021 at 1:48pm GMT
                        Because the kitchen staff start at six, and that is an eight-hour day.

                        Mags Treloar
                        May 3, 2021 at 2:10pm GMT
                        Then open a second shift, it is not hard.

                        Ilkka Ramsay
                        May 4, 2021 at 9:02am GMT
                        Or bring a sandwich like the rest of us.
                        """, List.of("Ferrant Olsby", "Mags Treloar", "Ilkka Ramsay"), List.of("Because", "Then", "Or")),
                Arguments.of("a subject before \"by NAME\" and a score after it, replies under \"Re:\"", """
                        Kettles banned on the third floor

                        Facilities removed every kettle after a fuse blew during the budget meeting.

                        212 comments

                          1. Tea is a right by Orla Penhallow · · Score: 5, Funny

                            The fuse was twenty years old, the kettle was new.

                            1. Re:Tea is a right by Anonymous Coward · · Score: 3, Insightful

                              Bring a flask from home and say nothing.

                            2. Re:Tea is a right by quentin_marsh · · Score: 2

                              We hid ours in the stationery cupboard for a month.
                        """, List.of("Orla Penhallow", "-", "quentin_marsh"), List.of("The", "Bring", "We")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void aHeaderShapeTheSystemRepeatsHeadsItsResponses(String system, String page, List<String> writers, List<String> openings)
            throws Exception {
        BlogPost post = parse(page);
        assertEquals(writers, writers(post), system);
        assertEquals(openings, openings(post), system);
    }

    @Test
    void theLearntHeaderKeepsItsDateAndItsDetailLines() throws Exception {
        BlogPost post = parse((String) systems().toList().get(2).get()[1]);
        Response first = post.responses().get(0);
        assertEquals("The weekend resets your sense of time, so the first day drags.", first.text());
        assertEquals("corvid_jay", post.author(), "the page opens with its writer's header over the post");
        assertEquals(java.time.LocalDate.of(2015, 3, 2), post.published());
    }

    @Test
    void aLineRepeatedBetweenTextsClosesTheResponseAbove() throws Exception {
        BlogPost post = parse((String) systems().toList().get(3).get()[1]);
        assertEquals("Or the tray spring is worn, which nobody ever replaces.", post.responses().get(1).text());
        assertEquals("A kick to the left side fixes ours, every time.", post.responses().get(2).text());
    }

    @Test
    void aSubjectsRepliesNestUnderItByIndentation() throws Exception {
        BlogPost post = parse((String) systems().toList().get(6).get()[1]);
        assertEquals(java.util.Arrays.asList(null, 1, 1), post.responses().stream().map(Response::replyTo).toList());
    }

    /** A forum thread printed for a terminal: a bar before every line of a post, replies indented under what they answer. */
    @Test
    void aTextDumpsBarsAreNoPartOfTheTextAndItsIndentationNests() throws Exception {
        BlogPost post = parse("""
                [Board Dump] Standing meetings
                       ____________________________________

                       Standing meetings

                       Author : pellworth
                       Score  : 40 points

                       | marigold_ash wrote:
                       | We tried standing meetings for a month and they got
                       | shorter, but only because people left early.
                       |
                       | The second month they were back to an hour.

                         | tvernon wrote:
                         | Same here, the chairs came back within weeks.

                       | quill_b wrote:
                       | Ours only stand on Mondays, which is a good compromise.
                """);
        assertEquals(List.of("marigold_ash", "tvernon", "quill_b"), writers(post));
        assertEquals("We tried standing meetings for a month and they got shorter, but only because people left early. "
                + "The second month they were back to an hour.", post.responses().get(0).text());
        assertEquals(java.util.Arrays.asList(null, 1, null), post.responses().stream().map(Response::replyTo).toList());
    }

    static Stream<Arguments> noThreads() {
        return Stream.of(
                Arguments.of("a diary of dated entries", """
                        March 3, 2021 at 7:30am

                        Woke early, walked to the station, the trains were late again.

                        March 4, 2021 at 7:45am

                        Trains on time for once. Read half a book on the way in.

                        March 5, 2021 at 8:02am

                        Worked from home, which meant no train at all.
                        """),
                Arguments.of("numbered steps over paragraphs", """
                        How to clear a paper jam

                        Step 1: Open the tray

                        Pull the tray out slowly so the sheet does not tear.

                        Step 2: Find the sheet

                        Look behind the rollers with a torch.

                        Step 3: Close it again

                        Push the tray back until it clicks.
                        """),
                Arguments.of("one heading shape over every day", """
                        A week on the coast path

                        Stage 1 (Monday)

                        We set off in rain and reached the first village by noon.

                        Stage 2 (Tuesday)

                        The cliffs were closed, so we took the inland lane.

                        Stage 3 (Wednesday)

                        Sun at last, and a long lunch by the harbour.
                        """),
                Arguments.of("a byline shape printed once", """
                        The quiet office

                        by Hollis Treadgold on Monday May 06, 2019 @08:00AM

                        Nobody talks before ten, and that is how we like it.

                        The kettle is the only sound until the post arrives.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noThreads")
    void aPageThatRepeatsNoHeaderShapeHasNoThread(String layout, String page) throws Exception {
        assertEquals(List.of(), parse(page).responses(), layout);
    }
}

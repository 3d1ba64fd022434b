package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workgraph.loader.blog.ThreadPages.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.model.ThreadEvidence;
import org.workgraph.loader.text.Lines;

/**
 * The page-level thread decision, on pages written for this test (invented people and text): each cue that keeps a thread,
 * each that sets candidates aside, and what a page whose thread evidence is thin loads as (its text, no responses, a
 * warning for the load report).
 */
class ThreadRecognitionTest {

    static Stream<Arguments> threadsKept() {
        return Stream.of(
                Arguments.of("a count line above zero", "the page claims 2 responses", """
                        The long lunch returns

                        A paragraph on why lunch breaks are getting longer again, ending as sentences do.

                        2 Comments

                        Lunch breaks in the Hallam office were always long.

                        Reply

                        The canteen closes at two there.
                        """, 2),
                Arguments.of("a header worded as a comment system words it", "a header in a comment system's form (SAYS)", """
                        Desks that move

                        A paragraph on desks that move between floors, ending as sentences do.

                        Marit Olsen says:

                        The desks on the third floor moved twice in one spring.
                        """, 1),
                Arguments.of("two headers of one shape", "headers of one shape", """
                        Badges at the door

                        A paragraph on entry badges and what they record, ending as sentences do.

                        Kwame Asante
                        April 3, 2019

                        The badge readers log every door, not only the front one.

                        Lena Fischer
                        April 4, 2019

                        The log is kept for a year at the Dortmund site.
                        """, 2),
                Arguments.of("reply furniture under the responses", "reply furniture among the responses", """
                        Rotas by text message

                        A paragraph on rotas sent by text message, ending as sentences do.

                        Ines Romero
                        May 2, 2020

                        The rota arrived at midnight for the following morning.

                        Reply

                        Tariq Bell
                        May 3, 2020

                        The union branch asked for a week's notice.

                        Reply
                        """, 2),
                Arguments.of("comments numbered from one", "responses numbered 1 to 2", """
                        Parking at the depot

                        A paragraph on parking at the depot, ending as sentences do.

                          1. The depot car park filled by seven most mornings.

                          2. Night shifts park on the street outside the depot.
                        """, 2),
                Arguments.of("candidates that speak as responses do", "candidates speak as responses do", """
                        The quiet floor

                        A paragraph on a floor kept quiet for focused work, ending as sentences do.


                        I tried the quiet floor for a month and my focus improved.

                        Reply

                        Thanks for this, you put it better than my manager did.

                        Reply
                        """, 2),
                Arguments.of("a thread heading without a count", "a thread heading", """
                        Lockers for hot desks

                        A paragraph on lockers for people without a desk, ending as sentences do.

                        Comments

                        Piotr Nowak says:

                        The lockers at the Gdansk office are too small for a laptop bag.
                        """, 1),
                Arguments.of("the comment form after the responses", "the comment form follows the responses", """
                        Coffee rotas

                        A paragraph on who makes the coffee, ending as sentences do.

                        Saoirse Kelly says:

                        The rota at the Cork office lists the same three names every week.

                        Leave a Reply
                        """, 1),
                Arguments.of("a post that ends asking its readers", "the post ends asking its readers", """
                        Ask the floor

                        Our director hinted at a shorter week twice this month.

                        Would it work in a design agency?


                          \uD83D\uDC64 halden_r
                          Only after the next budget round, and then only in summer.
                        """, 1),
                Arguments.of("a pingback notice", "a pingback or reblog notice", """
                        Night buses and shift work

                        A paragraph on night buses for shift workers, ending as sentences do.

                        Pingback: Shift work roundup | A transit blog
                        """, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threadsKept")
    void aCueThatManySystemsShareKeepsTheThread(String page, String cue, String text, int responses) throws Exception {
        BlogPost post = parse(text);
        ThreadEvidence thread = post.thread();
        assertTrue(thread.thread(), thread.explain());
        assertTrue(thread.cues().stream().anyMatch(c -> c.contains(cue)), thread.explain());
        assertEquals(responses, post.responses().size(), thread.explain());
    }

    static Stream<Arguments> threadsSetAside() {
        return Stream.of(
                Arguments.of("a page that says it has no comments", "the page says it has no responses", """
                        Robots at the checkout

                        A paragraph on self-service tills and the staff who mind them, ending as sentences do.



                        So we will see how the tills fare; my own guess is that they will stay.


                         \u2022  0 comments  \u2022  flag
                        Share this post
                        Published on June 2, 2017 09:00
                        No comments have been added yet.
                        """),
                Arguments.of("an article's paragraphs under a name and a date", "a name-shaped header", """
                        Staff Room
                        Board Notes
                        Aug 9, 2021
                        The Office Is Not Finished

                        The argument that offices are over has been made often, says a columnist at a weekly paper.


                        To his credit, the columnist does not claim that offices are more productive than kitchens.


                        And he is not entirely wrong. Several large employers have asked staff back four days a week.


                        Blaming any firm's results on remote work would be hasty, the columnist writes.
                        """),
                Arguments.of("a newsletter's teaser bullets after a question to its readers", "bullets with no header or count", """
                        Issue #12
                        #12 - Why the quiet hour works
                        March 3, 2024

                        Hello again, everyone.

                        This week we kept coming back to the same idea: the best work happens when nobody can reach you.

                        So what would your week look like with one hour nobody could book?

                          \u2022 A researcher explains why you feel more tired after a day of short meetings than after one long one.
                          \u2022 We look at a team that banned calendar invites before ten and what happened to their output.
                          \u2022 A manager describes how she protects her own quiet hour from her manager.

                        As ever, you can reply to this email and tell us what you think.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threadsSetAside")
    void thinOrContraryEvidenceSetsTheCandidatesAside(String page, String cue, String text) throws Exception {
        List<String> warnings = new ArrayList<>();
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(text), warnings::add);
        ThreadEvidence thread = post.thread();
        assertFalse(thread.thread(), thread.explain());
        assertTrue(thread.candidates() > 0, "the reader proposed candidates for the decision to weigh: " + thread.explain());
        assertTrue(thread.cues().stream().anyMatch(c -> c.contains(cue)), thread.explain());
        assertEquals(List.of(), post.responses());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("no thread was read")), warnings.toString());
        assertFalse(post.body().isBlank());
    }

    @Test
    void quotedPeopleCountAgainstAThread() throws Exception {
        BlogPost post = parse("""
                What five managers told us

                A paragraph introducing five managers and the question put to them, ending as sentences do.

                Odile Marchand
                June 1, 2022

                \u201CThe office will shrink, but it will not vanish,\u201D she said at the Lyon plant.

                Piet de Vries
                June 2, 2022

                \u201CHybrid schedules are here to stay,\u201D he told the same meeting.
                """);
        ThreadEvidence thread = post.thread();
        assertTrue(thread.cues().stream().anyMatch(c -> c.contains("open with a quotation mark")), thread.explain());
    }

    @Test
    void aPageWithoutCandidatesHasNoThreadAndSaysNothingOfOne() throws Exception {
        List<String> warnings = new ArrayList<>();
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("""
                Working from home

                A paragraph on working from home, ending as sentences do.

                No comments:
                """), warnings::add);
        assertFalse(post.thread().thread());
        assertEquals(0, post.thread().candidates());
        assertFalse(post.thread().abstained());
        assertEquals(List.of(), warnings);
    }

    @Test
    void inspectionPrintsTheDecisionFirst() throws Exception {
        List<Segment> segments = new BlogParser().segment(new Source("t.txt", "0".repeat(64)), Lines.of("""
                Desks that move

                A paragraph on desks that move between floors, ending as sentences do.

                Marit Olsen says:

                The desks on the third floor moved twice in one spring.
                """));
        assertEquals(Segment.Role.THREAD, segments.get(0).role());
        assertTrue(segments.get(0).text().startsWith("thread (score "), segments.get(0).text());
    }
}

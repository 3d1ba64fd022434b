package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;

/**
 * Threads of one or two responses, where no header shape repeats: each on a page written for this test (invented people
 * and text). A page that shows such a thread by its layout reads it; a page whose last lines only look like one (a post
 * with headings, a closing section under a name) invents none.
 */
class ShortThreadsTest {

    static Stream<Arguments> nameLineThreads() {
        return Stream.of(
                Arguments.of("one comment under a full name", """
                        The end of the commute

                        A paragraph on why the commute is ending, ending like a sentence.

                        Mar 3, 2014

                        A second paragraph quoting someone who says it will never come back.

                        Orla Finnegan

                        Nonsense from start to finish.

                        In my experience the commute was never the problem; the meetings were.
                        """, List.of("Orla Finnegan"), List.of("Nonsense")),
                Arguments.of("a handle, then a full name", """
                        Unions and the office

                        A paragraph on the unions' view of returning to the office, as a sentence.

                        PebbleDash77

                        I organised a branch in the nineties and we fought this exact fight.

                        Tomas Varga

                        I agree with the post, though my own branch saw it the other way round.
                        """, List.of("PebbleDash77", "Tomas Varga"), List.of("I", "I")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nameLineThreads")
    void nameLinesAtThePagesEndHeadItsComments(String page, String text, List<String> writers, List<String> openings)
            throws Exception {
        BlogPost post = parse(text);
        assertEquals(writers, writers(post));
        assertEquals(openings, openings(post));
        assertTrue(post.body().contains("paragraph"), post.body());
    }

    static Stream<Arguments> noThread() {
        return Stream.of(
                Arguments.of("a post whose sections are headed, the last by a name", """
                        Three people who changed how we work

                        An opening paragraph that says who the three are.

                        Working Hours

                        A paragraph on hours, in the writer's own words.

                        Ada Brennan

                        I met her once; she ran the first trial of the shorter week.
                        """),
                Arguments.of("a closing section on someone, in the third person", """
                        The shorter week in practice

                        An opening paragraph on the trials, ending like a sentence.

                        Ada Brennan

                        She ran the first trial, and the firm kept the shorter week afterwards.
                        """),
                Arguments.of("an archive's dated entries divided by lines of spaces", """
                        Posts filed under "Pace"

                        March 04, 2009

                        On moving quickly

                        The first entry's opening paragraph, ending like a sentence.
                        \s
                        Here is one view from the commentary:
                        "Big firms have not been quick, and small ones have," one writer said.

                        The entry's closing paragraph, ending like a sentence.
                        \s

                        February 11, 2009

                        Slow and steady

                        The second entry's opening, cut off by the page
                        """),
                Arguments.of("a name over a short list", """
                        Notes from the meeting

                        A paragraph on who came and why, ending like a sentence.

                        Ada Brennan

                        Budget
                        Rotas
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noThread")
    void aPageWhoseLastLinesOnlyLookLikeACommentInventsNone(String page, String text) throws Exception {
        BlogPost post = parse(text);
        assertTrue(post.responses().isEmpty(), post.responses().toString());
    }

    static Stream<Arguments> commentPages() {
        return Stream.of(
                Arguments.of("a comment's page with the comment's id after the name", """
                        Viewing a single comment thread. View all comments

                        river_stone t1_abc123x wrote

                        Ha. I was at that meeting too, and I think your account of it is accurate.
                        """, "river_stone", "Ha."),
                Arguments.of("a parent link under the header", """
                        View parent comment

                        Corin Hale wrote:

                        I would add that my team tried the same and kept it.
                        """, "Corin Hale", "I"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commentPages")
    void aCommentsOwnPageIsOneResponseUnderItsOneHeader(String page, String text, String writer, String opening) throws Exception {
        BlogPost post = parse(text);
        assertEquals(List.of(writer), writers(post));
        assertEquals(List.of(opening), openings(post));
        assertEquals(null, post.title());
        assertEquals(null, post.author());
    }

    @Test
    void withoutTheCommentPagesCueAQuotedWroteLineHeadsNothing() throws Exception {
        BlogPost post = parse("""
                Corin Hale wrote:

                I would add that my team tried the same and kept it.
                """);
        assertTrue(post.responses().isEmpty(), post.responses().toString());
    }

    static Stream<Arguments> singlePosts() {
        return Stream.of(
                Arguments.of("#1", 0),
                Arguments.of("#7", 1));
    }

    /** A forum's single-post view is the thread's own post when it is the first, and a response when it is a later one. */
    @ParameterizedTest(name = "post {0}")
    @MethodSource("singlePosts")
    void aForumsSinglePostViewIsThePostOnlyWhenItIsTheFirst(String number, int responses) throws Exception {
        BlogPost post = parse("""
                Lamp Forum - View Single Post - The worst desk in the house

                View Single Post

                Old 04-11-2007, 09:15 PM   %s
                Senior Member
                Desk Lamp's Avatar
                Posts: 120

                My desk is in the laundry room and the dryer is my coworker, which I do not recommend to anyone.
                """.formatted(number));
        assertEquals(responses, post.responses().size(), post.responses().toString());
    }

    @Test
    void aNumberedItemAtTheHeadersDepthThatTakesTheNextNumberIsACommentWhoseNameWasLost() throws Exception {
        BlogPost post = parse("""
                Quitting, in a letter

                The post's own text, long enough to be a body, ending like a sentence.

                3 Responses to Quitting, in a letter

                  1. Wren Hollis says:

                    Helps to say it out loud, doesn't it? My list for next time:

                    1. Say it.
                    2. Mean it.

                  2. I want to like this, and I feel the same about my own job.

                  3. I told myself I have options, and wrote them down.
                """);
        assertEquals(List.of("Wren Hollis", "-", "-"), writers(post));
        assertEquals(List.of("Helps", "I", "I"), openings(post));
        assertTrue(post.responses().get(0).text().contains("Mean it."), post.responses().get(0).text());
    }
}

package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;

import java.util.List;
import java.util.stream.Stream;

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
}

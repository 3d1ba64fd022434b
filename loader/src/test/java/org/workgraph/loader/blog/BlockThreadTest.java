package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Threads no header rule knows, read block by block from the page's own boundary runs ({@link BlockThread}); each page
 * written for this test (invented people, handles and text). A block is read where its boundary shows two kinds of
 * evidence (a writer's slot, a stamp, furniture, a shape that recurs); a page whose boundaries show one kind keeps its
 * text as the post's.
 */
class BlockThreadTest {

    static Stream<Arguments> pagesWithBlocks() {
        return Stream.of(
                Arguments.of("a link-sharing board: handle and short-year stamp over each comment, scores, deleted comments", """
                        212
                        u/quillmaker 2\u2206 Mar 3 '21
                        I think the office will come back for two days a week, not five.
                        Most of my team already split the week that way.
                        31
                        Mar 3 '21
                        [deleted]
                        12
                        u/quillmaker 2\u2206 Mar 3 '21
                        You are right that commuting is the real cost, and I should have said so.
                        4
                        Mar 4 '21
                        [deleted]
                        """, List.of("quillmaker", "-", "quillmaker", "-"), List.of("I", "[deleted]", "You", "[deleted]")),
                Arguments.of("a federated comment's own page: handle line, then furniture one word per line, then the text", """
                        \u2022 marrowbone@instance.example
                            link
                            fedilink
                            arrow-up
                            17
                            \u00B7
                            2 years ago

                            Shorter weeks only help if the work shrinks with them; ours did not.

                            We tried it for a year and went back.
                        """, List.of("marrowbone@instance.example"), List.of("Shorter")),
                Arguments.of("a single-comment view: 'NAME ID wrote', a quotation, the text, its score", """
                        Viewing a single comment thread. View all comments

                        tinderbox_9 c7_zq81kd wrote

                        >the robots will need minders

                        That line matters more than the rest of the article. You cannot hire minders you never trained.

                        6
                        """, List.of("tinderbox_9"), List.of(">the")),
                Arguments.of("a journal's comments: a stamp to the minute over each of three, names lost", """
                        a long week at the depot

                        They closed the night shift and moved four of us to days. I am still working out what it means.

                        Current Mood: tired

                        Stamp:March 2nd, 2019 08:14 am (UTC)
                        that is rough. ours went the same way last spring.

                        Stamp:March 2nd, 2019 09:30 am (UTC)
                        Days are not so bad once the sleep comes back, I promise.

                        Stamp:March 3rd, 2019 11:02 pm (UTC)
                        Thank you both, it helps to hear it.
                        """, List.of("-", "-", "-"), List.of("that", "Days", "Thank")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithBlocks")
    void blocksWithTwoKindsOfBoundaryEvidenceAreResponses(String page, String text, List<String> writers, List<String> openings)
            throws Exception {
        BlogPost post = parse(text);
        assertEquals(writers, writers(post), page);
        assertEquals(openings, openings(post), page);
    }

    @Test
    void aPageThatOpensWithABlockHasNoWriterOrDateOfItsOwn() throws Exception {
        BlogPost post = parse("""
                \u2022 marrowbone@instance.example
                    link
                    fedilink
                    17
                    \u00B7
                    2 years ago

                    Shorter weeks only help if the work shrinks with them; ours did not.
                """);
        assertNull(post.author());
        assertNull(post.published());
        assertEquals(1, post.responses().size());
    }

    static Stream<Arguments> pagesWithoutBlocks() {
        return Stream.of(
                Arguments.of("a diary of dated entries in the first person (stamp and repeat, no writer, no furniture)", """
                        Notes from the night shift

                        Mar 3, 2021

                        I started the new rota today and my team took it well.

                        Mar 10, 2021

                        I changed the rota again because the handover ran late.
                        """),
                Arguments.of("a post quoting a colleague under 'NAME wrote:' (one kind of evidence)", """
                        What my manager said about hybrid work

                        A paragraph of the post about the memo that went round, ending as a sentence does.

                        Petra Lindqvist wrote:

                        I would rather we met on Tuesdays and Thursdays than not at all.

                        The post goes on to disagree with her, at some length, as posts do.
                        """),
                Arguments.of("two stamps to the minute, names lost (a stamp-only shape printed twice)", """
                        A long week at the depot

                        They closed the night shift. I am still working out what it means for my team.

                        March 2nd, 2019 08:14 am

                        I went in early and the new rota was already pinned up.

                        March 3rd, 2019 11:02 pm

                        I stayed late to see how the handover went.
                        """),
                Arguments.of("a post under its own date line", """
                        The four-day week, a year on

                        Posted Mar 3, 2021

                        We moved to four days last spring. Here is what I learnt about my own work.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithoutBlocks")
    void boundariesWithOneKindOfEvidenceLeaveThePostAlone(String page, String text) throws Exception {
        assertEquals(List.of(), parse(text).responses(), page);
    }

    @Test
    void eachBlocksDecisionIsShownWithItsCues() throws Exception {
        List<Segment> segments = new BlogParser().segment(new Source("t.txt", "0".repeat(64)), Lines.of("""
                tinderbox_9 c7_zq81kd wrote

                That line matters more than the rest of the article. You cannot hire minders you never trained.

                6
                """));
        Segment blocks = segments.stream().filter(s -> s.role() == Segment.Role.BLOCKS).findFirst().orElseThrow();
        assertTrue(blocks.text().startsWith("1 of 1 blocks read as responses"), blocks.text());
        assertTrue(blocks.text().contains("+2 a writer's slot: 'tinderbox_9'"), blocks.text());
        assertTrue(segments.stream().anyMatch(s -> s.role() == Segment.Role.HEADER && "BLOCK".equals(s.detail())), segments.toString());
    }
}

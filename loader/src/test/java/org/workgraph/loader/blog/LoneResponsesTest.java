package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Pages that show one response alone, with no post above it (a comment's permalink, a forum's single post, a reply's own
 * page), each written for this test with invented people and text: the page-level decision ({@link LoneResponse}) reads
 * such a page as that one response when its cues add up, and abstains on a post whose shape alone looks like one.
 */
class LoneResponsesTest {

    /** Pages whose context, writer's line or furniture says the text is one response: writer, opening word, page title. */
    static Stream<Arguments> oneResponse() {
        return Stream.of(
                Arguments.of("the article it discusses named over it, a portrait's alt text", """
                        Harbour Forum

                        Discussion on: Why the night shift is disappearing

                        4417 profile image

                        Good piece, though the warehouses near me are hiring more night staff than ever, not fewer.

                        The agencies pay a premium for it and the queues for those shifts are long.
                        """, "4417", "Good", "Why the night shift is disappearing"),
                Arguments.of("a reply's subject line over a bare reply", """
                        Re: Would you take a pay cut to work from home?

                        Not a chance. The savings on the train barely cover the heating bill in winter.
                        """, "-", "Not", "Re: Would you take a pay cut to work from home?"),
                Arguments.of("a quotation of the post it answers", """
                        Quote Originally Posted by marlowe_k View Post
                        the canteen was the only reason anyone came in on a Friday, and now it is gone

                        That was true at my place too, and the car park emptied the same month the canteen shut.
                        """, "-", "the", null),
                Arguments.of("a header that calls the text a comment, with its id", """
                        Comment from Ilse Varnhagen

                        I run a small bakery and the new scheduling rules would cost me two of my four early shifts.

                        Comment ID: PUB-2031-0044 | 04-Mar-21
                        """, "Ilse Varnhagen", "I", null),
                Arguments.of("a forum's edit note under its one post", """
                        Speaking as someone who covers weekend shifts, the four-day week sounds like a luxury to me.

                        Last edited by Corwen - on 3 May 2022
                        """, "Corwen", "Speaking", null),
                Arguments.of("a name and a stamp run into the text", """
                        Tamsin Oct 2, 2019 8:15 am Interesting article. My team went remote two years ago and nobody wants to go back.
                        """, "Tamsin", "Interesting", null),
                Arguments.of("a comment page's parent link and a signature under the text", """
                        I find the opposite: the open office costs me an hour of work a day in interruptions.

                        by Pellworth (pellworth (at) mail.example) on Tue Mar 4th, 2014 at 10:02:11 AM EST
                        [ Parent ]
                        """, "Pellworth", "I", null),
                Arguments.of("a stamp with a time over a text that answers", """
                        7:42 am, June 3, 2016

                        I agree with the other readers: the survey never asked the night staff what they wanted.
                        """, "-", "I", null),
                Arguments.of("plain text that opens by answering", """
                        I don't agree that a shorter week makes people lazy. Most of my colleagues already work longer than their contract says.

                        Whatever the rule ends up being, let the staff choose. I see your point, though.
                        """, "-", "I", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneResponse")
    void aPageThatIsOneResponseIsReadAsIt(String page, String text, String writer, String opening, String title) throws Exception {
        BlogPost post = parse(text);
        assertEquals(List.of(writer), writers(post));
        assertEquals(List.of(opening), openings(post));
        assertEquals(text.contains("[ Parent ]") ? ResponseKind.REPLY : ResponseKind.COMMENT, post.responses().get(0).kind(),
                "a link to its parent makes the one comment a reply");
        assertEquals(title, post.title());
        assertNull(post.author(), "the page is the response: no post of its own, so no writer of its own");
        assertTrue(!post.body().contains(opening + " "), "the response's text is not the page's: " + post.body());
    }

    @Test
    void theCuesAreNotTheResponsesWords() throws Exception {
        BlogPost post = parse("""
                Comment from Ilse Varnhagen

                I run a small bakery and the new scheduling rules would cost me two of my four early shifts.

                Comment ID: PUB-2031-0044 | March 4, 2021
                """);
        String text = post.responses().get(0).text();
        assertTrue(text.endsWith("early shifts."), text);
        assertEquals(LocalDate.of(2021, 3, 4), post.responses().get(0).date(), "the comment's date is the one its id line prints");
    }

    /** Pages that stay posts: the shape of one response alone, but nothing else says so, or a post's own furniture. */
    static Stream<Arguments> stayPosts() {
        return Stream.of(
                Arguments.of("a short first-person paragraph and nothing else", """
                        I have been trying a four-day week in my shop since spring, and so far the orders have kept up.
                        """),
                Arguments.of("a titled post that opens by answering", """
                        Why I stopped commuting

                        I think the commute was the worst part of every job I had, and I said so to every manager.

                        Now I work from a shed at the end of the garden.
                        """),
                Arguments.of("a post closed by its own furniture", """
                        I agree with the union that the new rota is unfair, and I wrote to my councillor about it.

                        This entry was posted in Work and tagged rota, unions.
                        """),
                Arguments.of("a post with its comment form", """
                        Great article in the paper today on the four-day week; I have nothing to add but my own week.

                        Leave a Reply
                        """),
                Arguments.of("a numbered list of short texts", """
                        1. I agree with the plan, though the rota needs another look before it starts.

                        2. I agree too. The night staff were never asked what they wanted.
                        """),
                Arguments.of("a post with a byline", """
                        The view from the night shift

                        By Oriel Manderley

                        I have worked nights for eleven years and the canteen has never once been open.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stayPosts")
    void aPostWhoseShapeAloneLooksLikeOneResponseStaysAPost(String page, String text) throws Exception {
        BlogPost post = parse(text);
        assertEquals(List.of(), writers(post), "no invented response");
        assertTrue(!post.body().isBlank(), "the text stays the post's");
    }

    @Test
    void wordsAboutAnothersTextAloneDoNotMakeAPostOneResponse() throws Exception {
        // A first-person post that quotes its readers has the shape of a response and words about another's text; without
        // a context, a writer's line or furniture it stays a post.
        BlogPost post = parse("""
                I get letters from readers every week, and most of them are kind.

                One reader wrote that I had made a good point about hiring a coach, and another said I had it all wrong. I answer both kinds the same way: check who you pay.
                """);
        assertEquals(List.of(), writers(post), "no invented response");
        assertTrue(post.body().contains("letters from readers"), "the text stays the post's");
    }

    @Test
    void inspectShowsTheDecisionAndItsCues() throws Exception {
        List<Segment> segments = new BlogParser().segment(new Source("t.txt", "0".repeat(64)), Lines.of("""
                Re: Would you take a pay cut to work from home?

                Not a chance. The savings on the train barely cover the heating bill in winter.
                """));
        Segment decision = segments.stream().filter(s -> s.role() == Segment.Role.LONE).findFirst().orElseThrow();
        assertTrue(decision.text().startsWith("one response (score "), decision.text());
        assertTrue(decision.text().contains("+3 a reply's subject line"), decision.text());
        assertTrue(segments.stream().anyMatch(s -> s.role() == Segment.Role.RESPONSE && s.response() != null && s.response() == 1), segments.toString());
    }

    @Test
    void aPageWhoseThreadWasReadIsNotWeighed() throws Exception {
        List<Segment> segments = new BlogParser().segment(new Source("t.txt", "0".repeat(64)), Lines.of("""
                The end of the commute

                A paragraph on why the commute is ending, ending like a sentence.

                2 Comments

                Orla Finnegan says:
                I agree with you about the commute.

                Tomas Varga says:
                Not where I live.
                """));
        assertEquals("post (score 0): its thread was read (2 responses)",
                segments.stream().filter(s -> s.role() == Segment.Role.LONE).findFirst().orElseThrow().text());
    }
}

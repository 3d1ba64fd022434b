package org.workgraph.loader.blog;

import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Threads that lost their headers, and writers and reply targets in the forms newer comment systems print, each on a
 * page written for this test (invented people and text): where such a thread starts, where one response gives way to
 * the next, and that a page with no thread cue invents none.
 */
class FlatThreadsTest {
    private final BlogParser parser = new BlogParser();

    @Test
    void handleLinesRepeatedOverTextsHeadTheirResponses() throws Exception {
        BlogPost post = parse("""
                Would you take a four-day week for less pay?

                The question as its poster put it, ending like a sentence.

                quill_88

                Only if the fifth day were really mine, which it never is.

                MarrowBone

                We tried it and kept the pay. Nobody wants to go back.

                quill_88

                Keeping the pay is the whole point, surely.

                tern-watcher

                Ours became four long days instead. Not the same thing.
                """);
        assertEquals(List.of("quill_88", "MarrowBone", "quill_88", "tern-watcher"), writers(post));
        assertEquals("We tried it and kept the pay. Nobody wants to go back.", post.responses().get(1).text());
        assertEquals("The question as its poster put it, ending like a sentence.", post.body());
    }

    @Test
    void headingsOverParagraphsAreNoThread() throws Exception {
        BlogPost post = parse("""
                A guide to the shorter week

                An opening paragraph that says what the guide covers.

                Pay

                A paragraph on how pay changes when hours do.

                Hours

                A paragraph on how hours are counted.

                Rota Planning

                A paragraph on planning rotas around a shorter week.
                """);
        assertTrue(post.responses().isEmpty(), post.responses().toString());
        assertTrue(post.body().contains("planning rotas"));
    }

    @Test
    void aGapThenParagraphsThatSpeakToAHandleIsAThread() throws Exception {
        BlogPost post = parse("""
                A shared article on working from anywhere

                A forum post sharing a long article, with a quoted passage.

                The quoted passage, which ends like a sentence.


                Thanks @pelham for finding this, a good read.

                Great find @pelham, it matches what I hear.

                Most of the people I sit for work from home now.
                They say they would not go back.
                """);
        assertEquals(3, post.responses().size());
        assertEquals("Great find @pelham, it matches what I hear.", post.responses().get(1).text());
        assertEquals("Most of the people I sit for work from home now. They say they would not go back.", post.responses().get(2).text());
        assertTrue(post.body().endsWith("ends like a sentence."));
    }

    @Test
    void aHandleInAPostWithoutAGapIsNoThread() throws Exception {
        BlogPost post = parse("""
                A title

                A first paragraph that thanks @pelham for the idea.

                A second paragraph of the same post.
                """);
        assertTrue(post.responses().isEmpty());
    }

    @Test
    void fediversePostsOpeningWithHandlesAreAThreadAndTheWriterAnsweringIsAReply() throws Exception {
        BlogPost post = parse("""
                @larkspur my employer moved to four days last year, same pay.
                @wren_k @larkspur where is that and are they hiring?
                @moth42 @larkspur sadly not, but the retention numbers speak for themselves.
                """);
        assertEquals(2, post.responses().size());
        Response first = post.responses().get(0), second = post.responses().get(1);
        assertEquals(ResponseKind.COMMENT, first.kind());
        assertEquals(ResponseKind.REPLY, second.kind());
        assertEquals(1, second.replyTo());
        assertTrue(post.body().contains("same pay"));
    }

    @Test
    void linesUnderACountLineWithNothingBetweenAreOneResponseEach() throws Exception {
        BlogPost post = parse("""
                A title

                The post's text, long enough to be the post's body, and ending like a sentence.

                3 comments

                A first reader's comment on the post.
                A second reader asking a question about the first?
                A third answering that question.
                """);
        assertEquals(3, post.responses().size());
        assertEquals("A second reader asking a question about the first?", post.responses().get(1).text());
    }

    @Test
    void aCommentCutOffBeforeItsSignatureIsStillAResponse() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, which is long enough to be a body and ends like a sentence.

                Comments

                Having said that, I agree with you.
                Posted by: Nell | 28 November 2006 at 10:44 AM
                A second comment, also signed.
                Posted by: Ivo | 28 November 2006 at 11:39 AM
                And a third that the page cuts off befo
                """);
        assertEquals(List.of("Nell", "Ivo", "-"), writers(post));
        assertEquals("And a third that the page cuts off befo", post.responses().get(2).text());
    }

    @Test
    void aSignatureCutShortLeavesItsTextAResponseWithoutAWriter() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, ending like a sentence.


                  \u2022 I admit that I read them.

                    By Blogger Quilted Finch, at 12:20 PM

                  \u2022 Lovely post!

                    By Blog
                """);
        assertEquals(List.of("Quilted Finch", "-"), writers(post));
        assertEquals("Lovely post!", post.responses().get(1).text().replaceFirst("^\u2022\\s*", ""));
    }

    @Test
    void textAfterTheLastSignatureThatEndsLikeASentenceStaysThePages() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, which is long enough to be a body and ends like a sentence.

                Comments

                Having said that, I agree with you.
                Posted by: Nell | 28 November 2006 at 10:44 AM
                A second comment, also signed.
                Posted by: Ivo | 28 November 2006 at 11:39 AM
                Comments are moderated and may take a day to appear.
                """);
        assertEquals(List.of("Nell", "Ivo"), writers(post));
    }

    @Test
    void aHeaderCutOffByThePagesEndIsAResponseWithAWriterAndNoText() throws Exception {
        BlogPost post = parse("""
                Odile Marsh | May 2, 2011

                The post's own text, ending like a sentence.

                Odile Marsh | May 2, 2011
                A first comment by the writer.

                Teo Varga | May 3, 2011
                A second comment.

                Odile Marsh | May 4, 2
                """);
        assertEquals(List.of("Odile Marsh", "Teo Varga", "Odile Marsh"), writers(post));
        assertEquals("A second comment.", post.responses().get(1).text());
        assertEquals("", post.responses().get(2).text());
    }

    @Test
    void aListedCommentAboveTheCommentFormIsTheThreadAndTheFormIsNobodysWords() throws Exception {
        BlogPost post = parse("""
                A title

                The post's text, flush left, ending like a sentence.


                  1. A comment numbered by the theme, its writer's name lost.

                    Liked by 2 people

                Leave a Reply

                Fill in your details below or click an icon to log in:

                Example.com Logo

                You are commenting using your Example.com account. Log Out /  Change )

                Connecting to %s
                """);
        assertEquals(1, post.responses().size());
        assertEquals("A comment numbered by the theme, its writer's name lost.", post.responses().get(0).text());
    }

    @Test
    void aCountLineWhoseClosingQuoteIsLostStillStartsTheThread() throws Exception {
        BlogPost post = parse("""
                Ten reasons to work from home

                  1. A list that belongs to the post.
                  2. Its second item.

                4 thoughts on “Ten reasons to work from home

                    1. Imre Salo Post author

                      A reply by the post's writer, the comment it answers not shown.
                """);
        assertEquals(4, post.claimedResponseCount());
        assertEquals(List.of("Imre Salo"), writers(post));
        assertTrue(post.body().contains("Its second item."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Imre Salo Post author|Imre Salo",
            "imre (author)|imre",
            "Imre Salo \u00B7 Moderator|Imre Salo",
            "Imre Salo Silver badge|Imre Salo",
            "by imre_s 4 days ago|imre_s",
            "by Imre Salo on March 3, 2013|Imre Salo",
            "imre_s replied|imre_s",
            "Imre Salo commented \u00B7 2 hours ago|Imre Salo",
            "u/imre_s 4d ago|imre_s",
            "Avatar of Imre Salo|Imre Salo",
            "Imre Salo's avatar|Imre Salo",
            "Imre Salo, PhD \uD83C\uDF31's avatar|Imre Salo, PhD \uD83C\uDF31",
            "\u2022 @imre_s 3 months ago|imre_s",
            "Comment by imre_s|imre_s",
            "Reply from Imre Salo on March 3, 2013|Imre Salo",
            "Imre Salo on March 3, 2013 at 10:14 am|Imre Salo",
            "Imre Salo @imre@example.social \u00B7 3h|Imre Salo",
            "Imre Salo (@imre_s)|Imre Salo",
            "imre_s \u00B7 2d|imre_s",
    })
    void writersInTheFormsNewerSystemsPrint(String header, String writer) throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.

                2 comments

                %s

                The comment's text.

                Avatar of Nils Orm

                Another comment's text.
                """.formatted(header));
        assertEquals(List.of(writer, "Nils Orm"), writers(post));
        assertEquals("The comment's text.", post.responses().get(0).text());
    }

    @Test
    void aWordBeforeAnAgeIsNoWriter() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.

                founded 2 years ago

                2 comments

                Avatar of Nils Orm

                A comment's text.
                """);
        assertEquals(List.of("Nils Orm"), writers(post));
    }

    @Test
    void repliedToNamesTheResponseItAnswers() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.

                3 comments

                Nils Orm commented

                A first comment.

                Ada Quist commented

                A second comment.

                Imre Salo replied to Nils Orm

                An answer to the first comment.
                """);
        assertEquals(List.of("Nils Orm", "Ada Quist", "Imre Salo"), writers(post));
        Response reply = post.responses().get(2);
        assertEquals(ResponseKind.REPLY, reply.kind());
        assertEquals(1, reply.replyTo());
        assertNull(post.responses().get(1).replyTo());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"\u21B3 Nils Orm", "In reply to Nils Orm.", "Replying to @Nils"})
    void aNestingCueUnderAHeaderMakesAReply(String cue) throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.

                3 comments

                Nils Orm's avatar

                A first comment.

                Ada Quist's avatar

                A second comment.

                Imre Salo's avatar
                %s

                An answer to the first comment.
                """.formatted(cue));
        Response reply = post.responses().get(2);
        assertEquals(ResponseKind.REPLY, reply.kind());
        assertEquals(1, reply.replyTo());
        assertEquals("An answer to the first comment.", reply.text());
    }

    @Test
    void eachResponseNoHeaderStartedKeepsTheCueThatStartedIt() throws Exception {
        List<Segment> segments = parser.segment(new Source("t.txt", "0".repeat(64)), Lines.of("""
                A shared article

                The post's text, ending like a sentence.


                Thanks @pelham for this.

                A second reader's view.
                """));
        List<String> cues = segments.stream().filter(s -> s.role() == Segment.Role.RESPONSE && s.detail() != null)
                .map(Segment::detail).toList();
        assertEquals(List.of("start: thread start", "start: paragraph"), cues);
    }

    @Test
    void aDateLineAloneStartsTheNextResponseOfANamelessThread() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.

                2 comments

                March 3, 2013 at 10:14 am
                A first comment whose writer's name the copy lost.
                March 4, 2013 at 8:02 pm
                A second comment, a day later.
                """);
        assertEquals(2, post.responses().size());
        assertEquals(java.time.LocalDate.of(2013, 3, 4), post.responses().get(1).date());
        assertEquals("A second comment, a day later.", post.responses().get(1).text());
    }

    @Test
    void thanksToSomeoneAsAWholeResponseIsNoSignature() throws Exception {
        BlogPost post = parse("""
                A shared article

                The post's text, ending like a sentence.


                Thanks @pelham for this.

                Thanks, Juniper.
                """);
        assertEquals(List.of("-", "-"), writers(post));
    }

    @Test
    void postsDividedByLinesOfSpacesAreResponsesWhoseParagraphsStayTogether() throws Exception {
        // A forum dump: each post ends with a line holding a single space; a post's paragraphs are divided by empty lines.
        BlogPost post = parse("A thread about unions\n\nA first post, its writer's name lost.\n \n"
                + "A second post, in two paragraphs.\n\nIts second paragraph.\n \n\nA third post.\n");
        assertEquals(List.of("A first post, its writer's name lost.", "A second post, in two paragraphs. Its second paragraph.",
                "A third post."), post.responses().stream().map(Response::text).toList());
    }

    @Test
    void oneLineOfSpacesIsNoThread() throws Exception {
        BlogPost post = parse("A title\n\nA first paragraph.\n \nA second paragraph.\n\nA third.\n");
        assertTrue(post.responses().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Is this the same thing? Or am I mistaken? Oskar Lind.|Oskar Lind",
            "I tried it for a year and it worked. Good Luck.|-",
            "We moved to Lower Saxony.|-",
    })
    void aFullNameAsTheLastSentenceSignsANamelessComment(String text, String writer) throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.

                2 comments

                  1. A first comment with no name.

                    Liked by 2 people

                  2. %s
                """.formatted(text));
        assertEquals(List.of("-", writer), writers(post));
    }

    @Test
    void aShortReplySpeakingToAHandleIsNoHeader() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.

                2 comments

                Avatar of Nils Orm

                A comment's text.

                Thanks @nils_o

                Avatar of Ada Quist

                Another comment.
                """);
        assertEquals(List.of("Nils Orm", "Ada Quist"), writers(post));
        assertEquals("A comment's text. Thanks @nils_o", post.responses().get(0).text());
    }

    @Test
    void namesWithHandlesOneUnderAnotherAreASignatureBlockNotHeaders() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.
                Imre Salo (@imre_s)
                Nils Orm (@nils_o)
                Ada Quist (@adaq)*
                *Who edited this
                """);
        assertTrue(post.responses().isEmpty(), post.responses().toString());
    }

    @Test
    void aPageThatOpensWithItsWritersHeadStillCountsItsThread() throws Exception {
        BlogPost post = parse("""
                Imre Salo (@imre_s)

                The post's own text, long enough to be a body, ending like a sentence.

                No comments
                """);
        assertEquals("Imre Salo", post.author());
        assertEquals(0, post.claimedResponseCount());
        assertTrue(post.responses().isEmpty());
        assertTrue(post.body().endsWith("ending like a sentence."), post.body());
    }

    @Test
    void aNameAndATimeRightAboveTheCountLineCloseThePost() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, long enough to be a body, ending like a sentence.

                quillon at 9:41 p.m.

                2 comments:

                Nils Orm's avatar

                A first comment.

                Ada Quist's avatar

                A second comment.
                """);
        assertEquals("quillon", post.author());
        assertEquals(2, post.claimedResponseCount());
        assertEquals(List.of("Nils Orm", "Ada Quist"), writers(post));
    }

    @Test
    void aListThePostLeadsIntoWithAColonIsThePostsOwn() throws Exception {
        BlogPost post = parse("""
                What a remote worker needs

                I have worked from a spare room for six years and learnt a few things on the way.

                So here is what you need, in no particular order:

                  • Patience with slow connections
                  • A door that shuts
                  • A reason to go outside at lunchtime
                """);
        assertEquals(List.of(), post.responses());
        assertTrue(post.body().contains("A door that shuts"), post.body());
    }

    @Test
    void aWritersBadgeAloneNamesNoOne() throws Exception {
        BlogPost post = parse("""
                Borders for remote workers

                More countries now offer visas to people who work for a company abroad.

                2 Comments

                I love this idea, and I hope more places follow.

                Expand full comment

                author

                Thank you, there is a longer piece on it next week.

                Expand full comment
                """);
        assertEquals(List.of("-", "-"), writers(post));
        assertEquals(List.of("I", "Thank"), openings(post));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource(delimiter = ';', value = {"previous | next", "« Older posts | Main | Newer posts »", "Prev / Next"})
    void linksToTheNeighbouringEntriesAreNoResponse(String links) throws Exception {
        BlogPost post = parse("""
                A short week

                Everyone left early on Friday and nobody said why.

                0 comments so far

                %s
                """.formatted(links));
        assertEquals(List.of(), post.responses());
    }
}

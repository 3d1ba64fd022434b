package org.workgraph.loader.blog;

import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
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
 * The comment-system layouts the page reader knows by general cues, each on a page written for this test (invented
 * people and text): the forms of response headers, page furniture, where a thread starts and who wrote the page.
 */
class PageLayoutsTest {
    private final BlogParser parser = new BlogParser();

    @Test
    void saysHeadersWithStampLinesAndListsThatRestartWhenNested() throws Exception {
        BlogPost post = parse("""
                  1. Pell Orrin says:
                    04/11/2021 at 9:15 AM

                    The first comment's text.

                    1. quietfox says:
                      04/11/2021 at 10:02 AM

                      A reply nested under the first.

                  2. Mara Wend says:
                    04/12/2021 at 8:00 PM

                    A second comment.
                """);
        assertEquals(List.of("Pell Orrin", "quietfox", "Mara Wend"), writers(post));
        assertEquals(1, post.responses().get(1).replyTo());
        assertEquals(ResponseKind.REPLY, post.responses().get(1).kind());
        assertNull(post.responses().get(2).replyTo());
        assertEquals(LocalDate.of(2021, 4, 11), post.responses().get(0).date());
        assertEquals("The first comment's text.", post.responses().get(0).text());
    }

    @Test
    void portraitAltTextNamesTheWriterAndAnonymousPortraitsAreFurniture() throws Exception {
        BlogPost post = parse("""
                Notes on the four-day week

                A post body that is long enough to be a body, and ends like a sentence.

                2 Comments
                User's avatar
                Tamsin Reyes's avatar

                I tried it for a quarter and it worked.

                Like
                Reply
                ollie_k's picture
                Member Badge

                Not in my industry.
                """);
        assertEquals(List.of("Tamsin Reyes", "ollie_k"), writers(post));
        assertEquals("I tried it for a quarter and it worked.", post.responses().get(0).text());
        assertEquals(2, post.claimedResponseCount());
    }

    @Test
    void aForumPostQuotingAnotherIsOneResponse() throws Exception {
        BlogPost post = parse("""
                Four-day weeks

                A forum for serious talk
                User avatar
                hobnail
                Posts: 120

                Re: Four-day weeks

                Post by hobnail » Tue Mar 02, 2021 7:41 pm

                gannet wrote:
                Mon Mar 01, 2021 6:00 pm
                Nobody will pay for it.
                They will if output holds.

                Re: Four-day weeks

                Post by gannet » Wed Mar 03, 2021 8:12 am

                Fair point.
                """);
        assertEquals(List.of("hobnail", "gannet"), writers(post));
        assertTrue(post.responses().get(0).text().startsWith("gannet wrote:"));
        assertEquals(LocalDate.of(2021, 3, 2), post.responses().get(0).date());
    }

    @Test
    void aNameOverAStampHeadsAResponseAfterTheBody() throws Exception {
        BlogPost post = parse("""
                Offices are getting smaller, and the people who used them are not coming back any time soon.

                Rhea Vance
                Tue, 12/20/2005 - 12:29pm

                I have worked from home for six years.
                """);
        assertEquals(List.of("Rhea Vance"), writers(post));
        assertEquals(LocalDate.of(2005, 12, 20), post.responses().get(0).date());
        assertTrue(post.body().startsWith("Offices are getting smaller"));
    }

    @Test
    void footersCloseUnheadedResponses() throws Exception {
        BlogPost post = parse("""
                12 Comments

                The first reader's comment.

                It has two paragraphs.

                Expand full comment

                The second reader's comment.

                Expand full comment
                """);
        assertEquals(2, post.responses().size());
        assertEquals("The first reader's comment. It has two paragraphs.", post.responses().get(0).text());
        assertEquals(12, post.claimedResponseCount());
    }

    @Test
    void aThreadPrintedBelowTheCommentFormIsRead() throws Exception {
        BlogPost post = parse("""
                Hiring in a downturn

                A post body that asks a question of its readers, long enough to be a body.

                Leave a Reply

                Ines Carvalho

                My sense is that it depends on the team.


                A second comment whose writer the page does not show.

                Oskar Lind

                Short answer: no.
                """);
        assertEquals(List.of("Ines Carvalho", "-", "Oskar Lind"), writers(post));
        assertFalse(post.body().contains("Leave a Reply"));
    }

    @Test
    void aPageThatOpensWithAHeaderIsThatWritersPost() throws Exception {
        BlogPost post = parse("""
                Site Logo
                corvid 3 days ago

                The opening post of the discussion.

                wren_b 2 days ago | parent | next [-]

                A reply to it.
                """);
        assertEquals("corvid", post.author());
        assertNull(post.title());
        assertEquals("The opening post of the discussion.", post.body());
        assertEquals(List.of("wren_b"), writers(post));
    }

    @Test
    void anUnnamedNumberedListUnderTheBodyIsTheThread() throws Exception {
        BlogPost post = parse("""
                Dream jobs

                What would yours be?


                  1. I would open a bookshop, and print the books myself in the back room.

                    1. Thanks, that sounds lovely.

                  2. A baker.

                    Or a cheesemaker, to be honest.
                """);
        List<Response> r = post.responses();
        assertEquals(3, r.size());
        assertEquals(1, r.get(1).replyTo());
        assertEquals("A baker. Or a cheesemaker, to be honest.", r.get(2).text());
        assertEquals("What would yours be?", post.body());
    }

    @Test
    void aThreadShownOnlyBySpaceAndLikeCountersIsOneResponsePerParagraph() throws Exception {
        BlogPost post = parse("""
                Is hybrid here to stay?

                I started a new job last autumn and the article matches my experience. Anyone else?


                Thanks for sharing this, it rang true for me.

                Same here: ten years remote before it was common.

                2 Likes

                Thanks for the perspective, that helps.
                """);
        assertEquals(3, post.responses().size());
        assertEquals("Same here: ten years remote before it was common.", post.responses().get(1).text());
        assertTrue(post.body().endsWith("Anyone else?"));
    }

    @Test
    void aGapWithoutFooterIsNoThread() throws Exception {
        BlogPost post = parse("""
                A title

                A first paragraph of the post.


                A second paragraph after a removed image.
                """);
        assertTrue(post.responses().isEmpty());
    }

    @Test
    void aClaimedThreadThatCannotBeReadIsReportedNotInvented() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        BlogPost post = parser.parse(new Source("t.txt", "0".repeat(64)), Lines.of("""
                A title

                The post's text.

                1 thought on “A title”

                Comments are closed.
                """), warnings::add);
        assertTrue(post.responses().isEmpty());
        assertEquals(1, post.claimedResponseCount());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("line 5: the page claims 1 responses"), warnings.get(0));
    }

    @Test
    void signaturesUnderTheTextSignIt() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, which is long enough to be a body and ends like a sentence.

                Comments

                Having said that, I agree with you.
                Posted by: Nell | 28 November 2006 at 10:44 AM
                Posted by: Ivo | 28 November 2006 at 11:39 AM
                A third, after an empty one.
                Posted by: Sunny-B. | 29 November 2006 at 01:02 PM
                """);
        assertEquals(List.of("Nell", "Ivo", "Sunny-B."), writers(post));
        assertEquals("Having said that, I agree with you.", post.responses().get(0).text());
        assertEquals("", post.responses().get(1).text());
        assertEquals(LocalDate.of(2006, 11, 29), post.responses().get(2).date());
    }

    @Test
    void bulletedCommentsSignedUnderneathWithTheBloggerIconLabel() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, ending like a sentence.


                  \u2022 I admit that I read them.

                    By Blogger Quilted Finch, at 12:20 PM

                  \u2022 Great post!

                    By Anonymous, at 3:33 PM
                """);
        assertEquals(List.of("Quilted Finch", "-"), writers(post));
        assertEquals("Great post!", post.responses().get(1).text());
    }

    @Test
    void bloggerIconLabelsBeforeANameAreNotPartOfIt() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, ending like a sentence.

                Anonymous Anonymous said...

                First.

                Anonymous tamsin said...

                Second.

                Blogger Rue Hale said...

                Third, by the blog's writer.
                """);
        assertEquals(List.of("-", "tamsin", "Rue Hale"), writers(post));
    }

    @Test
    void iconsScoresAndCollapseTogglesAroundANameAreDecoration() throws Exception {
        BlogPost post = parse("""
                A question for the forum?

                The question's text, ending like a sentence.

                \uD83D\uDC64 kestrel_9 Accepted Answer \u2713
                No, and here is why.

                [\u2013] lark@example.social 104 points 1 day ago (2 children)

                I disagree.
                """);
        assertEquals(List.of("kestrel_9", "lark"), writers(post));
    }

    @Test
    void aListOfScoresIsNoTextOfItsComments() throws Exception {
        BlogPost post = parse("""
                1. 14
                    1. 44

                      If you want me back in the office, make it worth going to.

                    2. 33

                      A second comment.
                """);
        assertEquals(2, post.responses().size());
        assertEquals("If you want me back in the office, make it worth going to.", post.responses().get(0).text());
        assertNull(post.title());
    }

    @Test
    void aListHeaderThatIsNoNameStillHeadsItsResponse() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, ending like a sentence.

                2 Responses to \u201CA title\u201D

                  1. Orla <b>bold</b> Finch

                    A comment under a header of markup.

                  2. Tamsin Rook

                    A second comment.
                """);
        assertEquals(2, post.responses().size());
        assertEquals("A comment under a header of markup.", post.responses().get(0).text());
        assertEquals("Orla <b>bold</b> Finch", post.responses().get(0).writer()); // the mapping decides it names no one
    }

    @Test
    void aMemberBlockBesideAForumPostIsFurnitureAndInspectionShowsEachLinesRole() throws Exception {
        String page = """
                Four-day weeks

                A forum for serious talk

                Re: Four-day weeks

                Post by hobnail \u00BB Tue Mar 02, 2021 7:41 pm

                They will if output holds.

                User avatar
                gannet
                Regular
                Posts: 120

                Re: Four-day weeks

                Post by gannet \u00BB Wed Mar 03, 2021 8:12 am

                Fair point.
                1 Like
                """;
        BlogPost post = parse(page);
        assertEquals("They will if output holds.", post.responses().get(0).text());
        List<Segment> segments = parser.segment(new Source("t.txt", "0".repeat(64)), Lines.of(page));
        java.util.Map<Integer, String> roles = new java.util.HashMap<>();
        segments.forEach(s -> roles.put(s.line(), s.role() + (s.response() == null ? "" : " #" + s.response())));
        assertEquals("TITLE", roles.get(1));
        assertEquals("HEADER #1", roles.get(7));
        assertEquals("RESPONSE #1", roles.get(9));
        assertEquals("FURNITURE", roles.get(11));
        assertEquals("FURNITURE", roles.get(12), "a member's name in the block beside a post is no text of the post above");
        assertEquals("HEADER #2", roles.get(18));
        assertEquals("RESPONSE #2", roles.get(20));
        assertEquals("FOOTER", roles.get(21));
    }

    @Test
    void answersSignedUnderneathWithTimeAndDateAfterAPostClosedByItsOwnLine() throws Exception {
        BlogPost post = parse("""
                Should I tell my manager about the leak?

                March 8, 2011 5:31 PM   Subscribe

                A colleague keeps leaving confidential files on the printer. What would you do?

                posted by anonymous to Work & Money (3 answers total)

                Talk to them first.

                If it happens again, then tell the manager.

                posted by quillfeather at 5:41 PM on March 8, 2011 [2 favorites]

                Leave a note on the printer.
                posted by Oren B at 5:44 PM on March 8, 2011
                """);
        assertEquals("Should I tell my manager about the leak?", post.title());
        assertEquals(LocalDate.of(2011, 3, 8), post.published());
        assertEquals(List.of("quillfeather", "Oren B"), writers(post));
        assertEquals("Talk to them first. If it happens again, then tell the manager.", post.responses().get(0).text());
    }

    @Test
    void aPostSignedAboveTheCountLineIsSignedByItsWriter() throws Exception {
        BlogPost post = parse("""
                A title

                The post's own text, which ends like a sentence.

                Posted by Ada Brenner at 10:44 AM

                2 comments:

                Nell said...
                Lovely.
                """);
        assertEquals("Ada Brenner", post.author());
        assertEquals(List.of("Nell"), writers(post));
        assertTrue(post.body().startsWith("The post's own text"));
    }

    @Test
    void aListNumberedInAnotherStyleInsideACommentIsItsText() throws Exception {
        BlogPost post = parse("""
                Robots and jobs

                The post's text.

                  1. For every job a robot takes, how many does it make to:
                    1) design it
                    2) build it

                    And who pays for the training?

                  2. Nobody knows yet.
                """);
        assertEquals(2, post.responses().size());
        assertEquals("For every job a robot takes, how many does it make to: 1) design it 2) build it And who pays for the training?",
                post.responses().get(0).text());
        assertNull(post.responses().get(1).replyTo());
    }

    @Test
    void aCountWithItsWordFirstAndCommentsClosedByReplyLinks() throws Exception {
        BlogPost post = parse("""
                Do you talk about the news at work?
                Comments 3
                We argued about the election all week.
                Reply
                Reply
                Never: it only ends in tears.
                Reply
                Only with friends.
                Reply
                Leave a comment
                """);
        assertEquals(3, post.claimedResponseCount());
        assertEquals(List.of("We argued about the election all week.", "Never: it only ends in tears.", "Only with friends."),
                post.responses().stream().map(Response::text).toList());
    }

    @Test
    void aForumTopicWhosePostsAreHeadedBySubjectAndRe() throws Exception {
        BlogPost post = parse("""
                Members Forum

                 View Only
                  \u2022 1.  Four-day weeks

                    Posted 02-25-2023 10:05
                    Has anyone tried one?

                  \u2022 2.  RE: Four-day weeks

                    Posted 02-28-2023 15:05

                    We did, for a year.

                  \u2022 3.  Re: Four-day weeks

                    Posted 03-04-2023 16:44

                    Not yet.
                """);
        assertEquals("Four-day weeks", post.title());
        assertEquals(LocalDate.of(2023, 2, 25), post.published());
        assertEquals("Has anyone tried one?", post.body());
        assertEquals(List.of("We did, for a year.", "Not yet."), post.responses().stream().map(Response::text).toList());
        assertEquals(List.of("-", "-"), writers(post));
        assertEquals(LocalDate.of(2023, 3, 4), post.responses().get(1).date());
    }

    @Test
    void readersCommentsSignedWithANameLineUnderEachText() throws Exception {
        BlogPost post = parse("""
                Should school start later?

                Tell us what you think in the comments below.

                Yes, because I am always tired in the first lesson.

                Mila - Age 11

                I like starting early so I can go home early.


                No, it is fine as it is.

                Jonah - Age 9

                Later, please!

                Priya Shah - Age 10

                We publish a selection of comments every week.
                """);
        assertEquals(List.of("Mila", "-", "Jonah", "Priya Shah"), writers(post));
        assertEquals("Yes, because I am always tired in the first lesson.", post.responses().get(0).text());
        assertEquals("Tell us what you think in the comments below.", post.body());
    }

    @Test
    void oneNameLineWithADetailIsNoSignatureRhythm() throws Exception {
        BlogPost post = parse("""
                A title

                The post's text, which ends like a sentence.

                Ann Lee - Leeds

                More of the post's text.
                """);
        assertTrue(post.responses().isEmpty());
    }

    @Test
    void aQuestionUnderItsAskersNameBelowASiteNameInCapitals() throws Exception {
        BlogPost post = parse("""
                ASK THE CROWD
                \uD83D\uDCE3 tamsin_k

                Is the four-day week coming to agencies?


                Our director hinted at it twice this month.

                What do you think?


                  \uD83D\uDC64 rowan_p
                  Not before the next budget round.
                """);
        assertEquals("Is the four-day week coming to agencies?", post.title());
        assertEquals("tamsin_k", post.author());
        assertEquals("Our director hinted at it twice this month. What do you think?", post.body());
        assertEquals(List.of("rowan_p"), writers(post));
    }

    @Test
    void theBlogsNameThenADateHeaderThenThePostsTitle() throws Exception {
        BlogPost post = parse("""
                Notes from the Night Shift

                Wednesday, October 26, 2005

                The Meeting About Meetings

                This morning the manager asked who keeps a blog.
                """);
        assertEquals("The Meeting About Meetings", post.title());
        assertEquals(LocalDate.of(2005, 10, 26), post.published());
        assertEquals("This morning the manager asked who keeps a blog.", post.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Submitted by quill_77 on March 3, 2014 ; quill_77 ; 2014-03-03",
            "Submitted by quill_77 on ; quill_77 ; ",
            "Ada Brenner Profile picture for user adab May 22, 2013 ; Ada Brenner ; 2013-05-22",
            "Ada Brenner | May 22, 2013 ; Ada Brenner ; 2013-05-22",
            // An age is no date: the writer stays, the date is unknown.
            "by quill_77 40 days ago ; quill_77 ; ",
            // A name, an empty date field and a category between bars.
            "Ada Brenner | | Night Work ; Ada Brenner ; ",
            // A date, then meta fields: an empty category and a link to the comments.
            "14 May 2013 . category: . Comments ; ; 2013-05-14",
            "this post was submitted on 14 May 2013 ; ; 2013-05-14"})
    void bylinesUnderTheTitle(String byline, String author, String date) throws Exception {
        BlogPost post = parse("A title\n" + byline + "\n\nThe body of the post, which ends like a sentence.\n");
        assertEquals("A title", post.title());
        assertEquals(author, post.author());
        assertEquals(date == null ? null : LocalDate.parse(date), post.published());
    }

    @Test
    void aCategoryInTheBylinesFieldsIsThePostsCategory() throws Exception {
        BlogPost post = parse("A title\nAda Brenner | | Night Work\n\nThe body of the post, which ends like a sentence.\n");
        assertEquals(List.of("Night Work"), post.categories());
        post = parse("A title\n14 May 2013 . category: Rotas . 3 Comments\n\nThe body of the post, which ends like a sentence.\n");
        assertEquals(List.of("Rotas"), post.categories());
        assertEquals(3, post.claimedResponseCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // A reading time under the date is no title printed under a masthead.
            "Notes on Rotas\\n\\nMay 22, 2013\\n\\n6 mins\\n\\n ; Notes on Rotas",
            "Notes on Rotas\\n\\n12 min read\\n\\n ; Notes on Rotas",
            // A navigation line of short links between bars is the site's, not the page's title.
            "Workroom home | new | ask | jobs\\n\\nNotes on Rotas\\n\\n ; Notes on Rotas"})
    void readingTimesAndNavigationLinesAreNoTitles(String head, String title) throws Exception {
        BlogPost post = parse(head.replace("\\n", "\n") + "The body of the post, which ends like a sentence.\n");
        assertEquals(title, post.title());
        assertEquals("The body of the post, which ends like a sentence.", post.body());
    }

    @Test
    void theTitlePrintedAgainUnderItsDateIsConfirmedAndTheLineAfterItIsNoTitle() throws Exception {
        BlogPost post = parse("""
                Notes on Rotas

                May 22, 2013

                6 mins

                Notes on Rotas
                Pell Orrin

                The body of the post, which ends like a sentence.
                """);
        assertEquals("Notes on Rotas", post.title());
        assertEquals(LocalDate.of(2013, 5, 22), post.published());
    }

    @Test
    void thePostAuthorBadgeInTheThreadNamesAPostWithoutAByline() throws Exception {
        BlogPost post = parse("""
                Small joys of the night shift

                The body of the post, which ends like a sentence.

                3 thoughts on “Small joys of the night shift”

                  1. Pell Orrin

                     The first comment, which likes the list.

                     1. Mara Wend Post author

                        Thanks, Pell, the kettle is the best part.
                """);
        assertEquals("Mara Wend", post.author());
    }

    @Test
    void aDateLineClosingThePostDatesItAndHeadsNoResponse() throws Exception {
        BlogPost post = parse("""
                Home From the Office

                The body of the post, which ends like a sentence.

                A second paragraph of the post.

                Published Tuesday, 6 July 2021
                """);
        assertEquals(LocalDate.of(2021, 7, 6), post.published());
        assertEquals(List.of(), post.responses());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // The fields run together on one line, the sender's details after a comma.
            "Subject:Night shifts From:\"Pell Orrin, Ward 4, ext 2231\" <porrin -at- example -dot- org> Date:Mon, 31 Jan 1994 08:54:42 EST",
            // Each field on a line of its own, the address after the name.
            "Subject: Night shifts\\nFrom: Pell Orrin <porrin at example.org>\\nDate: Mon, 31 Jan 1994 08:54:42 -0500"})
    void aMailingListMessageTakesItsSubjectSenderAndDate(String header) throws Exception {
        BlogPost post = parse("The Rota List archive keeps every message sent to the list since it began, for anyone to read.\n"
                + header.replace("\\n", "\n") + "\nSomeone asked about night shifts, and here is what I found.\n");
        assertEquals("Night shifts", post.title());
        assertEquals("Pell Orrin", post.author());
        assertEquals(LocalDate.of(1994, 1, 31), post.published());
        assertEquals("Someone asked about night shifts, and here is what I found.", post.body());
    }

    @Test
    void aDateLineAboveTheTitleIsThePostsDateAndAnAuthorBoxItsWriter() throws Exception {
        BlogPost post = parse("""
                Sunday, March 15, 2020

                Working from the kitchen table

                The body of the post, which ends like a sentence.

                About Ada Brenner

                Consultant and writer.
                """);
        assertEquals("Working from the kitchen table", post.title());
        assertEquals(LocalDate.of(2020, 3, 15), post.published());
        assertEquals("Ada Brenner", post.author());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{ 16 comments… read them below } | 16", "1 comment: | 1", "434 comments sorted by | 434",
            "4 thoughts on “A title” | 4", "One Response to A title | 1"})
    void countLines(String line, int count) {
        assertEquals(count, ResponseCount.parse(line).orElseThrow().count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Great post, thanks", "Leave a Reply", "Sat Aug 08, 2020 8:46 am", "User's avatar",
            "Why this matters", "3 Likes"})
    void linesThatAreNoWritersName(String line) {
        assertTrue(Header.at(Lines.of(line + "\n\nSome text.\n"), 0).map(Header::name).isEmpty(), line);
    }
}

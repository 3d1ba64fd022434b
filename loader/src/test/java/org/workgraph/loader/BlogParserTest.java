package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** Thread layouts beyond the source documents: deeper nesting, dates in headers, bylines, flat threads. */
class BlogParserTest {
    private final BlogParser parser = new BlogParser();

    private BlogPost parse(String text) throws ParseException {
        return parser.parse(new Source("t.txt", "0".repeat(64)), Lines.of(text));
    }

    @Test
    void nestedRepliesAnswerTheCommentTheyAreIndentedUnder() throws Exception {
        BlogPost post = parse("""
                Gardens of work

                A body paragraph about shared gardens.

                3 Responses to “Gardens of work”

                  1. Ann Lee says: March 3, 2013 at 10:14 am

                    First comment text.

                    • Bo Chan

                      A reply to Ann.

                      • Ann Lee

                        A reply to Bo, nested two deep.

                  2. Cy Dee

                    Second comment, top level again.

                Leave a Reply
                """);
        List<Response> r = post.responses();
        assertEquals(4, r.size());
        assertEquals("Ann Lee", r.get(0).writer());
        assertEquals(LocalDate.of(2013, 3, 3), r.get(0).date());
        assertEquals(ResponseKind.REPLY, r.get(1).kind());
        assertEquals(1, r.get(1).replyTo());
        assertEquals(ResponseKind.REPLY, r.get(2).kind());
        assertEquals(2, r.get(2).replyTo());
        assertEquals(ResponseKind.COMMENT, r.get(3).kind());
        assertNull(r.get(3).replyTo());
        assertEquals("2", r.get(3).label());
        assertEquals("Second comment, top level again.", r.get(3).text());
        assertEquals(3, post.claimedResponseCount());
        assertEquals("A body paragraph about shared gardens.", post.body());
    }

    @Test
    void aNumberedLineInsideACommentIsText() throws Exception {
        BlogPost post = parse("""
                Lists

                Body.

                2 Comments

                  1. Ann Lee

                    My points:
                    3. not a header, the numbering does not follow

                  2. Bo Chan

                    Fine.
                """);
        assertEquals(2, post.responses().size());
        assertTrue(post.responses().get(0).text().contains("3. not a header"));
    }

    @Test
    void bylineGivesAuthorDateCategoriesAndCount() throws Exception {
        BlogPost post = parse("""
                Posted by Ann Lee on Mar 22, 2014 in Future of Work, Careers | 4 Comments

                Text.
                """);
        assertEquals("Ann Lee", post.author());
        assertEquals(LocalDate.of(2014, 3, 22), post.published());
        assertEquals(List.of("Future of Work", "Careers"), post.categories());
        assertEquals(4, post.claimedResponseCount());
        assertNull(post.title());
    }

    @Test
    void flatThreadSplitsNoticesCommentsAndTheWritersSignedReply() throws Exception {
        BlogPost post = parse("""
                A first paragraph that is long enough to be body text, and it ends like a sentence.
                Reblogged this on "Other Blog" and commented:
                Worth a read
                Pingback: One post | Dee Ray's Notes
                Pingback: Two post | Dee Ray's Notes
                Pingback: Elsewhere | Some Site
                A reader's comment with no name.
                It goes on for a second line.
                Thank you for the kind note Sam and for reading. Best wishes, Dee
                Pingback: Three | Dee Ray's Notes
                """);
        List<Response> r = post.responses();
        assertEquals(List.of(ResponseKind.REBLOG, ResponseKind.PINGBACK, ResponseKind.PINGBACK, ResponseKind.PINGBACK,
                ResponseKind.COMMENT, ResponseKind.REPLY, ResponseKind.PINGBACK), r.stream().map(Response::kind).toList());
        assertEquals("Other Blog", r.get(0).sourceSite());
        assertTrue(r.get(0).text().endsWith("Worth a read"));
        assertEquals("One post", r.get(1).sourceTitle());
        assertEquals("Dee Ray's Notes", r.get(1).sourceSite());
        assertNull(r.get(4).writer());
        assertTrue(r.get(4).text().endsWith("second line."));
        assertEquals("Dee", r.get(5).writer());
        assertEquals(5, r.get(5).replyTo());
        assertNull(post.title());
    }

    @Test
    void aThankYouByAnyoneButThePostsWriterAnswersThePost() throws Exception {
        BlogPost post = parse("""
                A first paragraph that is long enough to be body text, and it ends like a sentence.
                Pingback: Elsewhere | Some Site
                A reader's comment with no name.
                Thank you Sam, I agree. Cheers, Kim
                """);
        assertEquals(ResponseKind.COMMENT, post.responses().get(2).kind());
        assertEquals("Kim", post.responses().get(2).writer());
    }

    @Test
    void anEmptyDocumentIsAnError() {
        ParseException e = assertThrows(ParseException.class, () -> parse("\n  \n"));
        assertTrue(e.getMessage().contains("empty"));
    }
}

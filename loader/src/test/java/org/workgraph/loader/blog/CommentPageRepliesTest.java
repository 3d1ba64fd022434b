package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;

/**
 * A comment's own page whose opening comment counts its replies under its header ({@link SingleView#openingReplies}): the
 * comment is a response, not the page's post, the header printed twice heads one response, and the responses it counts
 * answer it. Every page is written for this test (invented handles and text).
 */
class CommentPageRepliesTest {

    @Test
    void theRepliesAnOpeningCommentCountsAnswerIt() throws Exception {
        BlogPost post = parse("""
                Comment by wrenfield

                Comment by wrenfield 3 days ago

                2 replies

                I think the new rota is fair, but nobody asked the night shift what they wanted.

                oakapple 3 days ago

                You should raise it with the union rep before the trial starts.

                birchmoor 2 days ago

                We did, and they said it would be reviewed after a month.
                """);
        assertEquals(List.of("wrenfield", "oakapple", "birchmoor"), writers(post));
        assertEquals(Arrays.asList(null, 1, 1), post.responses().stream().map(Response::replyTo).toList());
        assertEquals(List.of(ResponseKind.COMMENT, ResponseKind.REPLY, ResponseKind.REPLY),
                post.responses().stream().map(Response::kind).toList());
        assertNull(post.author(), "the page is the comment's, not a post of its writer's");
    }

    @Test
    void aPostsOwnCountAfterItsTextCountsNoReplies() throws Exception {
        BlogPost post = parse("""
                Rota trial at the depot

                The depot starts a four-day rota trial in May for the night shift.

                2 comments

                oakapple 3 days ago

                You should raise it with the union rep before the trial starts.

                birchmoor 2 days ago

                We did, and they said it would be reviewed after a month.
                """);
        assertEquals(List.of("oakapple", "birchmoor"), writers(post));
        assertEquals(Arrays.asList(null, null), post.responses().stream().map(Response::replyTo).toList());
    }
}

package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/**
 * A list message that replies above the message it quotes ({@link OriginalMessage}): the quoted message is the document,
 * the reply its one response, signed by the name under it. Every page is written for this test (invented names and text).
 */
class OriginalMessageTest {

    @Test
    void theReplyAboveTheQuotedMessageIsItsResponse() throws Exception {
        BlogPost post = parse("""
                Wren,

                Thanks for sending this round again, and well done on keeping the
                list going for so long. It is still the best place to argue about rotas.

                Ilse Varkonyi

                -----Original Message-----
                From: depot-list@example.org
                [mailto:depot-list@example.org]On Behalf Of Wren Aldous
                Sent: Monday, March 4, 2019 9:12 AM
                To: depot-list@example.org
                Subject: FW: The list's tenth year

                Ten years ago we opened this list by sending the following message to
                the drivers and dispatchers of the depot, and most of it still holds.
                """);
        assertEquals(List.of("Ilse Varkonyi"), writers(post));
        assertEquals(List.of("Wren,"), openings(post));
        assertEquals("Wren Aldous", post.author());
        assertEquals("The list's tenth year", post.title());
        assertEquals(LocalDate.of(2019, 3, 4), post.published());
    }

    @Test
    void aForwardWithALineOfNoteIsNoReply() throws Exception {
        BlogPost post = parse("""
                See below.

                -----Original Message-----
                From: Wren Aldous
                Sent: Monday, March 4, 2019 9:12 AM
                Subject: The list's tenth year

                Ten years ago we opened this list by sending the following message to
                the drivers and dispatchers of the depot, and most of it still holds.
                """);
        assertEquals(List.of(), writers(post));
    }
}

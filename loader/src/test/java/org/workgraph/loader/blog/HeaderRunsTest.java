package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;

/**
 * Headers that run over more than one line, or carry more than the name: the comment system's interface lines under
 * each header, a portrait's alt text over the name it shows, pronouns in a portrait's alt text. Invented pages.
 */
class HeaderRunsTest {
    @Test
    void interfaceLinesRepeatedUnderEveryHeaderAreTheHeaders() throws Exception {
        BlogPost post = parse("""
                Desk plants that survive the office::A survey of office workers found that most desk plants die within a year, mostly from too little light and weekends without water, and that a few hardy kinds do far better than the rest.

                  • fernwick@plants.example
                    link
                    share
                    arrow-up
                    12
                    ·
                    edited
                    2 years ago

                    A snake plant survived two winters by the radiator on our floor.

                    • tallow_moss@leaf.example
                      link
                      share
                      arrow-up
                      4
                      ·
                      2 years ago

                      Ours died in a month, but nobody watered it.
                """);
        assertEquals(List.of("fernwick", "tallow_moss"), writers(post));
        assertEquals(List.of("A", "Ours"), openings(post));
        assertEquals(Arrays.asList(null, 1), post.responses().stream().map(Response::replyTo).toList());
    }

    @Test
    void aPortraitOverTheNameItShowsIsOneHeader() throws Exception {
        BlogPost post = parse("""
                Should meetings have agendas?

                6 responses to “Should meetings have agendas?”

                  1. u/Brisket_Owl Avatar
                    u/Brisket_Owl

                    Always. A meeting without an agenda is a chat with a calendar invite.

                    1. u/lamplighter9 Avatar
                      u/lamplighter9

                      Some of the best ideas I heard came out of chats, though.
                """);
        assertEquals(List.of("Brisket_Owl", "lamplighter9"), writers(post));
        assertEquals(List.of("Always.", "Some"), openings(post));
        assertEquals(Arrays.asList(null, 1), post.responses().stream().map(Response::replyTo).toList());
    }

    @Test
    void pronounsInAPortraitsAltTextAreNoPartOfTheName() throws Exception {
        BlogPost post = parse("""
                12 Comments
                User's avatar
                Orrin Vell's avatar

                I switched to a four-day week last spring and I am not going back.

                Expand full comment
                Tamsin Ruk (she/her)'s avatar

                Same here, though Fridays still fill up with email.

                Expand full comment
                """);
        assertEquals(List.of("Orrin Vell", "Tamsin Ruk"), writers(post));
    }
}

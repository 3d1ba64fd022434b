package org.workgraph.loader.blog;

import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;

/**
 * The template a comment system prints around each response, learnt from the page ({@link ResponseTemplate}): the same
 * short lines at the edge of two texts or more are the system's, not the writers'. Invented systems, people and text.
 */
class ResponseTemplateTest {
    @Test
    void aMemberBlockUnderEachPostIsNoPartOfItsText() throws Exception {
        BlogPost post = parse("""
                Growing tomatoes on a balcony

                  1. Orla Kestrel says:

                    Orla Kestrel Seedling Grower

                    Member since:
                    Apr 2, 2019
                    Posts:
                    1,204
                    Region:
                    Wales
                    Mine split every time it rains after a dry week, what am I doing wrong?
                    Thumbs x 2
                  2. pelham_ray says:

                    pelham_ray Old Hand

                    Member since:
                    Jan 9, 2011
                    Posts:
                    88
                    Region:
                    Lisbon
                    Water them a little every day instead of a lot at once, the skins cannot stretch fast enough.
                    Thumbs x 5
                  3. Wren Adair says:

                    Wren Adair Newcomer

                    Member since:
                    Oct 30, 2023
                    Posts:
                    3
                """);
        assertEquals(List.of("Orla Kestrel", "pelham_ray"), writers(post), "the last post, cut off after its block, says nothing");
        assertEquals(List.of("Mine", "Water"), openings(post));
        assertFalse(post.responses().get(1).text().contains("Member since"));
        assertFalse(post.responses().get(1).text().contains("Thumbs"), "the line under every text is the system's");
        assertFalse(post.responses().get(1).text().contains("Old Hand"), "the writer's name again with a title is the header's");
        assertNull(post.responses().get(1).date(), "the date under 'Member since:' is the member's, not the post's");
    }

    @Test
    void aShortLineUnderOneTextAloneStaysText() throws Exception {
        BlogPost post = parse("""
                Best walking boots

                  1. Tamsin Roe says:

                    Leather ones last longer if you wax them each autumn.
                    Worth it
                  2. Dov Akers says:

                    Mine are ten years old and still dry inside.
                    Same here
                """);
        assertEquals(List.of("Tamsin Roe", "Dov Akers"), writers(post));
        assertTrue(post.responses().get(0).text().endsWith("Worth it"));
        assertTrue(post.responses().get(1).text().endsWith("Same here"));
    }

    @Test
    void keysAbstractNumbersAndDates() {
        assertEquals(ResponseTemplate.key("Posts: 1,204"), ResponseTemplate.key("Posts: 88"));
        assertEquals(ResponseTemplate.key("Apr 2, 2019"), ResponseTemplate.key("Oct 30, 2023"));
        assertTrue(ResponseTemplate.echoes("pelham_ray Old Hand", "pelham_ray"));
        assertFalse(ResponseTemplate.echoes("pelham_ray", "pelham_ray"));
    }
}

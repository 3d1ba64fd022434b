package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.model.SignalDigest;

/**
 * Link blogs' and reading lists' posts: a title that names links or reads ("Links for DATE", "Links I Love", "Weekly Reads"),
 * bulleted links each over a remark, a quoted passage and a tags line, or links one a line closed by their source. Every
 * page is invented for this test.
 */
class DigestLinkPostsTest {
    @Test
    void aDailyLinksPostReadsEachBulletedLinkOverItsRemarkAndPassageUpToItsTags() throws Exception {
        // The skip link and the tags line are the page's furniture; the post stored twice is one row.
        String page = """
                Skip to content


                Links for 2031-03-04

                  • Night rotas are quietly changing the depot

                    Well, who knew? I always assumed the night crews chose their shifts, tbh.

                    the night crews at the northern yards now pick their shifts a month ahead, and the managers say it has cut sick days by a third since the winter.

                    (tags: rotas depots night-shifts)

                Links for 2031-03-04

                  • Night rotas are quietly changing the depot

                    Well, who knew? I always assumed the night crews chose their shifts, tbh.

                    (tags: rotas depo
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals("Links for 2031-03-04", d.title());
        assertEquals(List.of("Night rotas are quietly changing the depot"), names(d));
        assertTrue(d.rows().get(0).description().startsWith("Well, who knew?"));
        assertTrue(d.rows().get(0).description().endsWith("since the winter."));
        assertNull(d.rows().get(0).heading());
    }

    @Test
    void linksOneALineClosedByTheirSourceAreRowsUnderTheHeadingAboveThem() throws Exception {
        String page = """
                Links I Read This Week: March 4, 2031

                Here is what I have been reading, laughing at and arguing with all week. Pour a coffee and enjoy.

                Links I Read

                Ten Ways to Run a Fairer Night Rota. (Yard Weekly)

                Why Drivers Prefer Fixed Weekends. (Freight Ledger)

                3 odd places to hire a forklift driver. I doubt the canteen is one of them, but the rest is sound. (Depot Daily)

                The Quiet End of the Paper Docket. (Haulage Review)
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Ten Ways to Run a Fairer Night Rota", "Why Drivers Prefer Fixed Weekends",
                "3 odd places to hire a forklift driver", "The Quiet End of the Paper Docket"), names(d));
        assertEquals("Links I Read", d.rows().get(0).heading());
        assertEquals("Freight Ledger", d.rows().get(1).source());
        assertTrue(d.rows().get(2).description().startsWith("I doubt the canteen"));
    }

    @Test
    void aTitleOnTheLinksBetweenThingsNamesNoListAndStaysAPost() throws Exception {
        String post = """
                The links between night rotas and sick days

                I have run the night crew at the depot for six years, and I have come to think the rota matters more than the pay.

                  • Fixed rotas mean people can plan their sleep
                  • Swapped shifts mean nobody can

                That is the whole of it, really: plan the nights and the sick days fall.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(post));
    }
}

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
 * Picks printed as a title line over a standfirst line, with no blank line between the pairs; some standfirsts are fragments
 * that look like headlines, and a title may carry its writer or publisher after a dash. Every page is invented for this test;
 * the last one checks that a thread of name lines over comments is no list of pairs.
 */
class DigestPairedLinesTest {
    @Test
    void titleAndStandfirstPairsAreRowsWithTheirCreditsAsSources() throws Exception {
        String page = """
                Our Depot Reads #07

                Depot Reads Mar 4, 2031

                Welcome to the seventh edition of our Depot Reads series, a short list of what the yard read this week.

                Here are the five stories we picked for you this week:

                Volunteers on the night shift — Mireille Okafor
                Why the north's depots stopped hiring for nights, and what happened to the sick days after.
                The Tablet That Ended the Paper Docket
                Drivers sign on a shared tablet, and the office keeps no copy
                Loading bays get their own weather. - Freight Ledger
                How short forecasts for each bay changed the order in which the yard opens.
                The Crews Who Plan Around the Rain
                Crews plan their breaks around the forecast
                What a yard manager reads first
                Not the news: the weather, the rota and the docket queue, in that order.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page)); // an issue announcing its picks
        SignalDigest d = parse(page);
        assertEquals(List.of("Volunteers on the night shift", "The Tablet That Ended the Paper Docket", "Loading bays get their own weather.",
                "The Crews Who Plan Around the Rain", "What a yard manager reads first"), names(d));
        assertEquals("Drivers sign on a shared tablet, and the office keeps no copy", d.rows().get(1).description());
        assertEquals("Mireille Okafor", d.rows().get(0).source());
        assertEquals("Freight Ledger", d.rows().get(2).source());
        assertNull(d.rows().get(0).heading()); // a lead-in sentence names no table
    }

    @Test
    void nameLinesOverCommentsAreNoPairs() {
        String page = """
                Night shifts at the depot

                We stopped hiring for the night shift last year and asked for volunteers instead. Here is what people said.

                Ann Lee
                We tried it in the north and the sick days fell by half in a winter.
                Piet Castellan
                Same here. The volunteers stay longer than anyone we hired for it.
                Teodora Villanueva
                It only works if the pay for the hours is better, in my experience.
                Oskar Brandt
                Agreed, and the rota has to be fair about weekends too.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(page));
    }
}

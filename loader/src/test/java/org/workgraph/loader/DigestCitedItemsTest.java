package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;

/**
 * Reading lists whose items open with a citation of the outside piece (writer, title, publication, date) and then say what
 * it says, in the orders pages print them. Every page is invented for this test; the last one checks that a post's reference
 * list, which cites without summarising, stays a post.
 */
class DigestCitedItemsTest {
    @Test
    void surnameFirstCitationsWithQuotedTitlesAndADashBeforeTheSummary() throws Exception {
        String page = """
                  • Okafor, Mireille, “Why depots stopped hiring for the night”, Yard Weekly, 03-Mar-2031, https://yard.example/night-hiring – Depots across the north now staff nights with volunteers only. The change came after two winters of sick days.

                  • Brandt, Oskar, “The tablet that ended the paper docket”, Freight Ledger, 12-Feb-2031, https://ledger.example/docket – Drivers sign on a shared tablet. The office keeps no paper copy any more.

                  • Villanueva, Teodora, et al., “Loading bays and the weather: a field study”, Harbour Institute, 2030, https://harbour.example/bays.pdf – This report follows six depots through a year of short forecasts for each bay.

                  • Castellan, Piet,
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page)); // a list of outside pieces summarised names its own kind
        SignalDigest d = parse(page);
        assertEquals(List.of("Why depots stopped hiring for the night", "The tablet that ended the paper docket",
                "Loading bays and the weather: a field study"), names(d));
        assertTrue(d.rows().get(0).description().startsWith("Depots across the north"));
        assertEquals("Freight Ledger", d.rows().get(1).source());
        assertNull(d.rows().get(0).heading());
    }

    @Test
    void writerFirstCitationsWithUnquotedTitlesAndAParenthesisedDate() throws Exception {
        String page = """
                A fortnight of reading, 2031-W09

                  • Mireille Okafor, Why do depots feel so quiet? It’s the volunteers, Yard Weekly (2031-02-12) Most depots now staff the night with volunteers, who are paid a third more for the hours they work.
                  • Oskar Brandt, The Tablet That Ended the Paper Docket, Freight Ledger (2031-02-20) "Nobody misses the carbon copies," the yard manager said. The drivers agree.
                  • Teodora Villanueva, I Run a Loading Bay. Here’s Why I Read the Weather First. Depot Notes 12:3 (2031-01-30) The forecast decides which bay opens first, and the crews plan their breaks around it.
                  • ep. 4 | the yard
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Why do depots feel so quiet? It’s the volunteers", "The Tablet That Ended the Paper Docket",
                "I Run a Loading Bay. Here’s Why I Read the Weather First."), names(d));
        assertEquals("Depot Notes", d.rows().get(2).source());
        assertTrue(d.rows().get(1).description().startsWith("\"Nobody misses"));
    }

    @Test
    void aCitationOverItsSourceLineAndASummaryParagraph() throws Exception {
        String page = """
                    Mireille Okafor, "Why Depots Stopped Hiring for the Night"

                    Yard Weekly - 3 Mar 2031

                    Depots across the north now staff the night with volunteers only, and sick days at night have halved since the change (reads in 4 min).

                  • LOGISTICS, Staffing

                    Oskar Brandt, "The Tablet That Ended the Paper Docket"

                    Freight Ledger - metered paywall - 12 Feb 2031

                    Drivers sign for loads on a shared tablet, and the office no longer files a copy of anything at all (reads in 3 min).

                  • LOGISTICS, Technology

                    Teodora Villanueva, "“Loading Bays Get Their Own Weather”"

                    Depot Notes - 30 Jan 2031

                    Crews plan the day around short forecasts for each bay, which the yard office reads out at six every morning (reads in 5 min).
                """;
        SignalDigest d = parse(page);
        assertEquals(List.of("Why Depots Stopped Hiring for the Night", "The Tablet That Ended the Paper Docket",
                "Loading Bays Get Their Own Weather"), names(d));
        SignalRow first = d.rows().get(0);
        assertTrue(first.description().startsWith("Depots across the north"));
        assertEquals("Yard Weekly", first.source());
        assertEquals("Mireille Okafor", first.writer());
        // A source line long enough to look like a heading is still the citation's source line.
        assertTrue(d.rows().get(1).description().startsWith("Drivers sign for loads"));
        assertEquals("Freight Ledger", d.rows().get(1).source().split(" - ")[0]);
    }

    @Test
    void aPostsReferenceListCitesWithoutSummarisingAndStaysAPost() {
        String page = """
                What the depot taught me about nights

                I have run the night shift at our depot for six years, and I want to set down what changed when we stopped
                hiring for it and asked for volunteers instead. It was not what the head office expected, and it was not what
                I expected either: the volunteers stayed, the sick days fell, and the yard was quieter than it had ever been.

                The rest of this post is about why I think that happened, and what I would tell another manager who tries it.
                Mostly it comes down to asking people rather than telling them, and paying a little more for the hours nobody
                wants. The reading below helped me think it through.

                References

                  • Mireille Okafor, "Why Depots Stopped Hiring for the Night", Yard Weekly, 2031.
                  • Oskar Brandt, "The Tablet That Ended the Paper Docket", Freight Ledger, 2031.
                  • Teodora Villanueva, "Loading Bays Get Their Own Weather", Depot Notes, 2030.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(page));
    }
}

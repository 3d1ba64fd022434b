package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.text.Lines;

/**
 * Section headings over a digest's items: the heading is the rows' table, never a row of its own, whichever layout read the
 * items. Lists of one-line items under headings in capitals, headline items under short section names, and a pictograph
 * heading over a title closed by a colon. Every page is invented here.
 */
class SectionHeadingsTest {
    private static final String CAPITALS = """
            Open Questions for the Harbour Depot
            The map is read from the bottom row up, from the ground the depot stands on to the town around it.
            TRENDS
            Pace of automation in the loading bays
            Growth of weekend ferry traffic
            Share of crews on rolling contracts
            CREWS
            Willingness of drivers to take night rotas
            Training places for crane operators
            Age of the longest serving dockers
            MONEY
            Wage share of the depot's takings
            Cost of diesel for the yard tractors
            Rents in the streets around the harbour
            """;

    @Test
    void oneLineItemsUnderHeadingsInCapitalsAreRowsOfThoseTables() throws ParseException {
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(CAPITALS), () -> new DigestParser().recognise(Lines.of(CAPITALS)).toString());
        SignalDigest d = parse(CAPITALS);
        assertEquals(9, d.rows().size(), () -> names(d).toString());
        assertEquals("Pace of automation in the loading bays", d.rows().get(0).name());
        assertEquals(List.of("TRENDS", "TRENDS", "TRENDS", "CREWS", "CREWS", "CREWS", "MONEY", "MONEY", "MONEY"),
                d.rows().stream().map(SignalRow::heading).toList());
        // A heading is no row, and no row's description either: each line is a row of its own.
        for (SignalRow r : d.rows()) {
            assertFalse(List.of("TRENDS", "CREWS", "MONEY").contains(r.name()), r.name());
            assertNull(r.description(), r.name());
        }
    }

    private static final String PICKS = """
            The Best Reads on Depot Work

            Every week our readers pick the pieces on working life they saved and shared the most.

            Videos
            Watch one to get a quick overview.
            Why Night Rotas Became a Choice at the Harbour
            A depot manager walks through the roster the crews drafted themselves and what it cost to run for a year.
            How the Ferry Crews Rewrote Their Own Contract
            The crews' association explains the clauses it fought for and the one it gave up to win the ballot.
            Trending
            These pieces are making the rounds this week.
            What Orchard Pickers Want From a Longer Season
            Growers offered contracts before the blossom, and the pickers answered with a list of their own.
            The Quiet End of the Paper Timesheet in Bakeries
            Night bakers log their hours on a shared tablet now, and the arguments about overtime have stopped.
            Inside the Crane School That Cannot Train Enough Drivers
            The harbour's only training yard has a waiting list of two years and a single instructor left.
            """;

    @Test
    void shortSectionNamesAmongHeadlinesHeadTheRowsUnderThem() throws ParseException {
        SignalDigest d = parse(PICKS);
        List<String> names = names(d);
        assertFalse(names.contains("Videos"), names::toString);
        assertFalse(names.contains("Trending"), names::toString);
        assertTrue(names.contains("Why Night Rotas Became a Choice at the Harbour"), names::toString);
        for (SignalRow r : d.rows()) {
            if (r.name().startsWith("Why Night") || r.name().startsWith("How the Ferry")) assertEquals("Videos", r.heading(), r.name());
            if (r.name().startsWith("What Orchard") || r.name().startsWith("Inside the Crane")) assertEquals("Trending", r.heading(), r.name());
        }
    }

    private static final String DECORATED = """
            👋 Your weekend round-up: this week's remarkable stories on work, crews and the depot.
            📚 Reading
            Harbour Hours:
            The depot moved its night shift to a rota the crews drafted themselves, and the first year shows fewer sick days and no fall in the tonnage handled at the quay, which surprised the managers who had fought it for a decade.
            👊 —The Depot Letter
            Why the Ferry Crews Voted No on the New Roster
            The crews' association had drafted the roster itself, yet the ballot went against it by two to one, because the clause on weekend cover was written after the vote was called and nobody had read it aloud.
            🧐 Notes on Rosters—Ann Kettering
            What Orchard Pickers Asked For Before the Blossom
            Growers offered contracts a month earlier than last year, and the pickers answered with a list of their own that put housing first, wages second and the length of the season last of all.
            🎧 Listening
            Crane School and the Missing Instructors:
            An hour with the last instructor at the harbour's training yard, on a waiting list of two years and why the school cannot hire the drivers it trained to teach the next ones.
            Bo Lindqvist—The Yard Hour
            """;

    @Test
    void aDecoratedHeadingOverATitleClosedByAColonHeadsThatTitlesRow() throws ParseException {
        SignalDigest d = parse(DECORATED);
        List<String> names = names(d);
        assertFalse(names.contains("📚 Reading") || names.contains("Reading"), names::toString);
        assertFalse(names.contains("🎧 Listening") || names.contains("Listening"), names::toString);
        SignalRow first = d.rows().stream().filter(r -> r.name().startsWith("Harbour Hours")).findFirst().orElseThrow(() -> new AssertionError(names));
        assertEquals("Harbour Hours", first.name());
        assertEquals("Reading", first.heading());
        assertTrue(first.description().startsWith("The depot moved its night shift"), first.description());
        SignalRow last = d.rows().get(d.rows().size() - 1);
        assertEquals("Crane School and the Missing Instructors", last.name());
        assertEquals("Listening", last.heading());
    }

    private static final String SHORT_NAMES = """
            Five Trends for the Depot in 2031

            Remote rostering

            Crews will choose their night shifts on a shared calendar, and the depots that tried it report fewer sick days and steadier tonnage through the winter months.

            Crane operators will be trained in the yard instead of the college

            The harbour's training school cannot keep up, so depots will train their own drivers on the job, with an instructor shared between three yards.

            Weekend ferry cover will be paid at the night rate

            The association's new contract sets weekend cover at the night rate, and the ferry companies are expected to follow within the year.

            Paper timesheets will disappear from the bakeries

            Night bakers already log their hours on a tablet, and the last paper sheets will go when the new payroll runs in the spring.
            """;

    @Test
    void aShortTrendNameOverItsOwnParagraphStaysARow() throws ParseException {
        SignalDigest d = parse(SHORT_NAMES);
        List<String> names = names(d);
        assertTrue(names.contains("Remote rostering"), names::toString);
        assertEquals(4, d.rows().size(), names::toString);
    }
}

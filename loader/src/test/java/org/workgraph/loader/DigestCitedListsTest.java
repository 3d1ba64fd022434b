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
 * Lists of outside pieces as reading lists and link roundups print them: numbered "TITLE (PUBLICATION)" lines under a lead-in
 * that points at them, bullets "TITLE – COMMENT [SOURCE]", a title over an optional publication line and a summary, and a
 * numbered list under a long introducing sentence with a sponsor's block above it. Every page is invented for this test.
 */
class DigestCitedListsTest {
    @Test
    void numberedTitlesClosedByTheirPublicationUnderAPointingLeadIn() throws Exception {
        String page = """
                Weekly roundup

                Eight Pieces Depot Managers Should Read This Week

                Harbour crane at dusk

                With night rotas in the news again this week, depot managers have had a lot to read about volunteers and pay.

                Northgate cut its night crews by a third this spring — twice the cuts of last year. And Eastfield moved its rota online too.

                Here are the pieces worth your time this week:

                  1. Night Rotas Are Hard. Yet Crews Can Share Them Fairly (Freight Ledger)
                  2. Depot Schools — the Fix for the Forklift Gap (Yard Weekly)
                  3. New Survey Finds Drivers Prefer Fixed Weekends (Haulage Review)
                  4. Hiring in 2031: How Yards Are Meeting a Tight Market (Depot Daily)
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        // The two paragraphs under the photo's caption are the introduction, not a second list; a subtitle after a dash stays.
        assertEquals(List.of("Night Rotas Are Hard. Yet Crews Can Share Them Fairly", "Depot Schools — the Fix for the Forklift Gap",
                "New Survey Finds Drivers Prefer Fixed Weekends", "Hiring in 2031: How Yards Are Meeting a Tight Market"), names(d));
        assertEquals("Yard Weekly", d.rows().get(1).source());
        assertNull(d.rows().get(0).heading()); // "Here are …:" points at the list and names no table
    }

    @Test
    void roundupBulletsGiveTheTitleBeforeTheCommentAndTheBracketedSource() throws Exception {
        String page = """
                Volunteer Night Crews, a Rota Experiment, & Taking on the Docket Queue – Link Roundup


                  • Inside the Volunteer Night Crews of the Northern Yards – I enjoy any look inside a depot at night. It is striking how much of the work is waiting. [Freight Ledger]
                  • Fixed Weekends Hit a Nerve in the North – Not sure what to make of this. It is good for drivers, less so for the yards. [Yard Weekly]
                  • Farewell to the Paper Docket – why the office kept the paper long after the tablets came, and what changed it. [Haulage Review]
                  • Ann Lee – The Forklift Pioneer of the Eastern Yards – I find her story remarkable
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Inside the Volunteer Night Crews of the Northern Yards", "Fixed Weekends Hit a Nerve in the North", "Farewell to the Paper Docket",
                "Ann Lee – The Forklift Pioneer of the Eastern Yards"), names(d));
        assertTrue(d.rows().get(0).description().startsWith("I enjoy any look inside a depot at night."));
        assertEquals("Freight Ledger", d.rows().get(0).source());
        assertEquals("I find her story remarkable", d.rows().get(3).description());
    }

    @Test
    void aPublicationLineUnderOneTitleIsItsSourceNotARow() throws Exception {
        String page = """
                The Depot Shelf: Short reads for the weekend

                It is almost the weekend. Here is some light reading curated by the depot desk to help with your rota fix.

                The Debate Inside Depot Offices: How to Close a Night Shift

                The Freight Ledger

                Sooner or later every yard manager's year brings a night shift that has to close. The hybrid rota added more to weigh, such as whether to tell crews by phone.

                Managers, Ignore the Noise and Do What Is Fair


                Owners have pushed back on fixed weekends for drivers. The writer says it is still worth it to keep younger crews.

                Yard Friendships Are Worth the Awkward Breaks


                Over ten years of rotas, two researchers found that friendships on a shift keep people in the job longer than pay rises do.
                """;
        SignalDigest d = parse(page);
        assertEquals(List.of("The Debate Inside Depot Offices: How to Close a Night Shift", "Managers, Ignore the Noise and Do What Is Fair",
                "Yard Friendships Are Worth the Awkward Breaks"), names(d));
        assertEquals("The Freight Ledger", d.rows().get(0).source());
        assertTrue(d.rows().get(0).description().startsWith("Sooner or later"));
    }

    @Test
    void aSponsorsHeadingAboveALongLeadInNamesNoTable() throws Exception {
        String page = """
                Depot Edge Weekly - Spring Picks Issue #31

                Here are 12 of the most popular rota, yard and crew articles and resources from March.

                Welcome to this special Spring Picks issue of Depot Edge Weekly and to the new readers who subscribed this month!

                10 Ways Yards Can Act in 2031

                Yards are partners to growth. But their impact is less about a new rota model; it is about the problems crews face.

                Download our white paper on 10 ways yards can act in 2031.

                This special issue brings you 12 of the most popular articles from the March issues. They fall into three sections:

                  1. Yard Trends. Night rotas, the 2031 crew report, tablets, the four-day week and weekend pay.

                  2. Crew Practices. Overtime, hiring for nights, keeping drivers, fair weekends and forklift training.

                  3. Office Effectiveness. Managers' impact in three areas and a template for weighing priorities.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Yard Trends", "Crew Practices", "Office Effectiveness"), names(d));
        assertNull(d.rows().get(0).heading()); // the sponsor's heading stands over its own paragraphs, not the list
    }

    @Test
    void titlesFoundViaASourceAndBlocksOfFieldsAreOneRowEach() throws Exception {
        String page = """
                Today's episode is the audio companion to the monthly Depot Notes newsletter. Every month, Mara shares pieces she has read and episodes she has heard.

                Tea Break Reads:

                The quiet side of night shifts via Yard Weekly

                Fixed weekends lower sick days, a large new survey finds  via Freight Ledger, based on a study in Haulage Review

                Depot tablets kept every signature from 2029 on, auditors say via Depot Daily
                'I lost a month of pay to a rota scam' via Harbour News

                (This month's pieces are all a bit gloomy, but it is a coincidence!)

                Things to Hear:

                Show: The Yard Hour
                Episode: Ann Lee — Planning a Year of Nights, Keeping Crews Rested and Tips for the Long Winter (#212)
                Date: 29 December 2030

                Show: Nights Forever
                Episode: Piet Castellan, Thirty Years of Night Rotas on Paper and Tablets
                Date: 18 December 2030
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("The quiet side of night shifts", "Fixed weekends lower sick days, a large new survey finds",
                "Depot tablets kept every signature from 2029 on, auditors say", "I lost a month of pay to a rota scam",
                "Ann Lee — Planning a Year of Nights, Keeping Crews Rested and Tips for the Long Winter (#212)",
                "Piet Castellan, Thirty Years of Night Rotas on Paper and Tablets"), names(d));
        assertEquals("Freight Ledger", d.rows().get(1).source());
        assertEquals("Things to Hear", d.rows().get(4).heading());
        // The block's other fields stay with its row, to be read for mentions as the description is; the line the row is
        // named by is its name, not another field.
        assertTrue(d.rows().get(4).fields().contains("Show: The Yard Hour"), d.rows().get(4).fields());
        assertFalse(d.rows().get(4).fields().contains("Episode:"), d.rows().get(4).fields());
    }
}

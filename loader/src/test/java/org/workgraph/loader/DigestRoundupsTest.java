package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Digests as newsletters, roundups and trend cards print them: headlines over a paragraph, cards whose field labels
 * recur, dated stories, a labelled list of names, and the summary only where the page labels one. Every page is invented
 * for this test; each test names the cue it rests on, and the last ones check that posts with lists stay posts.
 */
class DigestRoundupsTest {
    @Test
    void aNewslettersLongHeadlinesAreRowsUnderTheSectionTheyStandIn() throws Exception {
        String page = """
                The Tidewater Newsletter: May issue


                Worth reading

                Picture this: the late shift of 2035

                It is a Tuesday in 2035 and the depot runs itself until the first driver signs in at ten, tired but paid for the wait.

                Nobody on the rota remembers the old split shifts, and the union's archive keeps the last paper timetable behind glass.

                Port authority proposes paying dock crews for standby hours from next spring onward
                The proposal covers every crew on call, and the authority says the cost is smaller than the overtime it replaces.

                Spotted by Wren Halloway

                As ports automate their cranes, the question of who waits, and who is paid to wait, has moved to the bargaining table.

                Regional bus operator ends split shifts after drivers' petition gathers four thousand names
                The operator says its new timetable keeps the busiest hours covered while giving drivers one block of work a day, starting in
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page)); // the title names a newsletter
        SignalDigest d = parse(page);
        assertEquals(List.of("Port authority proposes paying dock crews for standby hours from next spring onward",
                "Regional bus operator ends split shifts after drivers' petition gathers four thousand names"), names(d));
        // The section heading and its introduction of two paragraphs are not an item; the credit line is no item either.
        assertEquals("Picture this: the late shift of 2035", d.rows().get(0).heading());
        assertTrue(d.rows().get(0).description().startsWith("The proposal covers every crew on call"));
        assertTrue(d.rows().get(1).description().endsWith("starting in")); // the page's last line, cut off, still describes it
    }

    @Test
    void cardsWhoseLabelsRecurAndRunIntoTheirTextEndTheDescription() throws Exception {
        String page = """
                Rotas & pay

                Rotas & pay

                Weekly notes on how shift work is organised and paid.

                Standby pay is now written into a third of new care contracts, and it costs less than expected

                A survey of new care contracts finds that one in three now pays for standby hours at half the normal rate.

                Why it mattersStandby used to be unpaid everywhere; the change moves cost onto employers who plan badly.
                What this means for you
                Ask whether your contract pays standby before you sign it.
                Signal 4/5 · Important

                Rotas & pay

                A second supermarket chain lets staff swap shifts in its app without a manager's sign-off

                Staff at the chain can now swap shifts among themselves, and the app checks the hours rules before a swap goes through.

                Why it mattersManagers lose a chore and a lever at once; swaps decided by staff shift who carries the late hours.
                What this means for you
                Expect the app to show your swaps to your manager after the fact.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page)); // "Signal 4/5" among the rows says what they are
        SignalDigest d = parse(page);
        assertEquals(List.of("Standby pay is now written into a third of new care contracts, and it costs less than expected",
                "A second supermarket chain lets staff swap shifts in its app without a manager's sign-off"), names(d));
        assertEquals("A survey of new care contracts finds that one in three now pays for standby hours at half the normal rate.",
                d.rows().get(0).description()); // the glued "Why it matters" field is not part of it
        assertEquals("Rotas & pay", d.rows().get(0).heading());
        assertNull(d.summary()); // a strapline is not labelled as a summary
    }

    @Test
    void datedStoriesUnderTheSitesNameAreADigestWithoutAnyCueWord() throws Exception {
        String page = """
                Subscribe for our weekly picks

                Privacy policy | © Larkspur Lane Ltd 2020

                Larkspur Lane

                Good Reads

                Stories from elsewhere that we found worth your time...

                Larkspur Lane
                2 March 2020: Night buses are quietly becoming commuter buses. Transit review, City Ledger

                Ridership after midnight rose by a third in two years, most of it people travelling to work, the review finds. Read more here.

                Larkspur Lane

                28 February 2020: The long goodbye of the paper payslip. Column by Idris Fenn

                Fewer than one employer in ten still prints payslips, and the ones that do are mostly small family firms. Read more
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals("Good Reads", d.title()); // the call to action, the legal line and the site's name are no title
        assertEquals(List.of("Night buses are quietly becoming commuter buses", "The long goodbye of the paper payslip"), names(d));
        assertEquals("Good Reads", d.rows().get(0).heading());
        assertEquals("Ridership after midnight rose by a third in two years, most of it people travelling to work, the review finds.",
                d.rows().get(0).description()); // the link's "Read more here." is the page's
    }

    @Test
    void aLabelledListOfTrendsIsOneRowEachWithTheLabelAsTheTableAndTheLabelledTakeawayAsTheSummary() throws Exception {
        String page = """
                Ways of Waiting

                Key takeaway:

                Paid standby, shift swapping and shorter rotas are turning waiting time into working time across care and transport.

                Trend type: Labour & Pay

                Sub-trends: Paid standby, Staff-run swaps, Shorter rotas, Night transit

                Standby in care
                Care homes are the first to pay for standby in most contracts, and the practice is spreading to home care.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Paid standby", "Staff-run swaps", "Shorter rotas", "Night transit"), names(d));
        assertEquals("Sub-trends", d.rows().get(0).heading());
        assertTrue(d.summary().startsWith("Paid standby, shift swapping and shorter rotas"));
        assertEquals(List.of("Labour & Pay"), d.categories());
    }

    @Test
    void aRoundupsLastHeadlineCutOffByTheEndOfThePageIsStillARow() throws Exception {
        String page = """
                Shift Work Roundup - Week of 3 March

                Harbour buses add a night route

                The new route runs every forty minutes between the docks and the hospitals, for staff on the late shifts.

                Depot canteen opens all night

                Drivers on the late rota asked for hot food after ten, and the depot agreed to a year's trial.

                Payslips go paperless

                The
                """;
        SignalDigest d = parse(page);
        assertEquals(List.of("Harbour buses add a night route", "Depot canteen opens all night", "Payslips go paperless"), names(d));
        assertEquals("The", d.rows().get(2).description());
    }

    @Test
    void aCardsBylineCategoryIsKept() throws Exception {
        String page = """
                Four Signals in Shift Work

                Wren Halloway | | Future of Rotas

                1. Paid standby
                Waiting for a call is paid in a third of new contracts.
                2. Staff-run swaps
                Apps let staff swap shifts without a manager.
                3. Shorter rotas
                Rotas are planned two weeks ahead instead of four.
                """;
        SignalDigest d = parse(page);
        assertEquals("Wren Halloway", d.author());
        assertEquals(List.of("Future of Rotas"), d.categories());
    }

    @Test
    void postsWithPingbacksListsOrOneDatedLineStayPosts() throws Exception {
        String pingbacks = """
                Why I stopped planning rotas a month ahead

                Planning four weeks out made every change a renegotiation, so we moved to two.

                Pingback: Rotas, technology and the night shift | Larkspur Lane

                Larkspur Lane

                Pingback: What the depot taught me about technology | Idris Fenn's notebook

                Idris Fenn's notebook
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(pingbacks));
        String oneDated = """
                What the depot taught me

                3 March 2020: the day the paper rota came down. I kept a copy and still have it in a drawer at home.

                We had planned by hand for thirty years, and nobody missed it after the first week.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(oneDated));
        String headlines = """
                Notes from the late shift

                The bus was late again and the canteen shut at ten, which is how most of my Tuesdays go lately

                Nobody on the rota was asked about the change, and the manager said the review would settle it.

                I took it to the union meeting anyway and was told to wait like everyone else

                Waiting is most of what a night shift is, and it is the part nobody pays for.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(headlines)); // headline-shaped lines, but nothing says this lists items
    }

    @Test
    void aPostsHeadAndTheBylineCategoryRemainThePostsWhenReadAsAPost() throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("""
                Subscribe for our weekly picks

                Privacy policy | © Larkspur Lane Ltd 2020

                Larkspur Lane

                What the depot taught me

                We had planned by hand for thirty years, and nobody missed it after the first week.
                """));
        assertEquals("What the depot taught me", post.title());
    }
}

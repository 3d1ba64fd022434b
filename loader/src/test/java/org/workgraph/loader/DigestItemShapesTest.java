package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;

/**
 * The shapes in which pages open their items, learned from the page's own repetition: numbered names written as
 * sentences, bullets of news items, a list under a lead-in line, paragraphs opened by a run-in label, a tracker of labelled
 * figures under a decorated heading, and a list the end of an excerpt cuts short. Every page is invented for this test;
 * the last tests check that posts with the same shapes but nothing that says they list items stay posts.
 */
class DigestItemShapesTest {
    /** How pages number an item whose name is written as a sentence. */
    @ParameterizedTest
    @ValueSource(strings = {"%d. ", "Forecast #%d. ", "Trend %d: ", "#%d "})
    void numberedNamesWrittenAsSentencesAreRowsWithTheirParagraphs(String numbering) throws Exception {
        String page = """
                Three Trends in Depot Work for 2031

                Every year we ask depot managers what changed, and the answers this year were sharper than usual.

                %sNight rotas become optional.

                Most depots now staff the night only with volunteers, who are paid a third more for the hours.

                Managers say the volunteers stay longer, and that sick days at night have halved since the change.

                %sLoading bays get their own weather reports.

                Crews plan the day around short forecasts for each bay, which the yard office reads out at six.

                %sThe paper docket is retired at last.

                Drivers sign for loads on a shared tablet, and the office no longer files a copy of anything.
                """.formatted(numbering.formatted(1), numbering.formatted(2), numbering.formatted(3));
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page)); // the title names trends
        SignalDigest d = parse(page);
        assertEquals(List.of("Night rotas become optional.", "Loading bays get their own weather reports.",
                "The paper docket is retired at last."), names(d));
        // Numbered items may run to several paragraphs: the description goes on to the next numbered name.
        assertTrue(d.rows().get(0).description().startsWith("Most depots now staff the night"));
        assertTrue(d.rows().get(0).description().endsWith("halved since the change."));
        assertEquals("Three Trends in Depot Work for 2031", d.rows().get(0).heading());
    }

    @Test
    void aListTheExcerptCutsShortIsStillAListWhenTheTitleCountsItsItems() throws Exception {
        String page = """
                Warning: Cannot modify header information in /srv/www/site/functions.php on line 12

                Five Workplace Trends to Watch - Larkspur Lane

                Five Workplace Trends to Watch

                Our editors asked a dozen planners what they expect, and these are the answers that came up most.

                1. Shorter weeks.

                Trials of a four-day week have spread from offices to depots, where the savings are harder to find.

                2. Paid standby.

                Contracts now pay for the hours a worker waits on call, and employers say the cost is lower than they
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        // The server's warning and the window title above the heading are the page's furniture, not its title.
        assertEquals("Five Workplace Trends to Watch", d.title());
        assertEquals(List.of("Shorter weeks.", "Paid standby."), names(d));
        assertTrue(d.rows().get(1).description().endsWith("lower than they")); // cut off by the end of the text
    }

    @Test
    void aTitleThatCountsThingsToComeNamesAListOfForecasts() throws Exception {
        String forecasts = """
                7 things that will change at the depot this year

                Ann Lee

                Reporter covering logistics, based in Leeds.

                Every January we ask managers what they expect, and this year the answers were unusually alike.

                1. Crews will choose their own rotas

                Several operators plan to let crews draw up the month's rota themselves, after trials in two regions went well and
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(forecasts));
        SignalDigest d = parse(forecasts);
        assertEquals(List.of("Crews will choose their own rotas"), names(d)); // one of seven: the excerpt stops inside it
        // The bare name over a one-line bio is the writer, as in a post, and no heading of the rows.
        assertEquals("Ann Lee", d.author());
        assertEquals("7 things that will change at the depot this year", d.rows().get(0).heading());
        String reasons = forecasts.replace("7 things that will change at the depot this year", "7 reasons I like the depot");
        assertEquals(DocumentKind.BLOG_POST, kind(reasons)); // a count of points, not of things to come
        String tips = forecasts.replace("7 things that will change at the depot this year", "7 depot tips for 2031");
        assertEquals(DocumentKind.BLOG_POST, kind(tips)); // a year alone dates a list; it does not make it a forecast
    }

    @Test
    void aPageWithNoDateOfItsOwnIsDatedByTheHeadingOfItsRows() throws Exception {
        String page = """
                Look for the signals

                We read a few hundred links a week and keep the ones that point somewhere new.

                What moved: Friday, March 7th, 2031

                  • Port crews now vote on their own rotas. The first votes chose shorter shifts.
                  • Depots are buying fewer uniforms. Dress codes have gone.
                  • A warehouse ran a month without a night manager. Nobody noticed.
                """;
        assertEquals(java.time.LocalDate.of(2031, 3, 7), parse(page).published());
    }

    @Test
    void aNumberedListTooShortWithoutACountingTitleIsNoDigest() {
        String page = """
                Trends I noticed at the depot

                1. Shorter weeks.

                Trials of a four-day week have spread from offices to depots, where the savings are harder to find.

                2. Paid standby.

                Contracts now pay for the hours a worker waits on call, and employers say the cost is lower than they
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(page)); // two items, and nothing says more were cut off
    }

    @Test
    void bulletsOfNewsItemsAreNamedByTheirFirstSentence() throws Exception {
        String page = """
                Signals from the yard

                We read a few hundred links a week and keep the ones that point somewhere new.

                What moved: week 14

                  • Port crews in three cities now vote on their own rotas. The first votes chose shorter shifts. 2 minute read
                  • Can a warehouse run without a night manager? One operator tried it for a month. Short video
                  • Drivers are buying fewer uniforms than a decade ago. Employers have dropped dress codes at the depot, and the
                    suppliers feel it. 5 minute read
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Port crews in three cities now vote on their own rotas.", "Can a warehouse run without a night manager?",
                "Drivers are buying fewer uniforms than a decade ago."), names(d));
        assertEquals("One operator tried it for a month. Short video", d.rows().get(1).description());
        assertTrue(d.rows().get(2).description().endsWith("suppliers feel it. 5 minute read")); // the wrapped line goes with it
        assertEquals("What moved: week 14", d.rows().get(0).heading());
    }

    @Test
    void aLeadInThatNamesABriefingHeadsItsListAndLabelledParagraphsAreRows() throws Exception {
        String page = """
                In this morning's briefing:

                  • Depots try paid standby.
                  • Rotas move to an app.
                  • A quiet week for hiring.

                Good morning from the desk!

                The Numbers

                The latest hiring count: Employers added about eleven thousand warehouse jobs last month, slightly more than in the month before.

                The wage picture: Hourly pay for night work rose faster than for day work for the fourth month running.

                Our interview this week is with a depot manager who moved her whole team to self-made rotas in the spring.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page)); // the lead-in names a briefing
        SignalDigest d = parse(page);
        assertEquals(List.of("Depots try paid standby.", "Rotas move to an app.", "A quiet week for hiring.", "The latest hiring count",
                "The wage picture"), names(d));
        assertEquals("In this morning's briefing", d.rows().get(0).heading());
        assertEquals("The Numbers", d.rows().get(3).heading());
        assertNull(d.rows().get(0).description());
        // The text outside the rows is kept as the digest's prose, where mentions are read; it is no row.
        assertTrue(d.prose().contains("Our interview this week is with a depot manager"));
    }

    @Test
    void paragraphsOpenedByARunInLabelAreRowsAndUnlabelledParagraphsContinueThem() throws Exception {
        String page = """
                Three Rota Trends for the Coming Year
                The union's research desk summarised what members reported this year and what they expect next.
                Self-made rotas. Several depots now let crews draw up their own rotas each month, and the managers who tried it report fewer swaps and fewer late calls.
                Paid standby hours. Contracts signed this year pay for the hours a worker waits on call, at half the usual rate in most cases we saw.
                As reported on Nov. 3, the largest operator in the region has agreed to pay standby from the spring, and two smaller ones are expected to follow.
                A shop steward at one depot said the change was overdue, and that members had asked for it since the first lockdown ended.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        // Two items, the third cut off: the title counts three. "As reported on Nov." is a sentence, not a label.
        assertEquals(List.of("Self-made rotas", "Paid standby hours"), names(d));
        assertTrue(d.rows().get(0).description().startsWith("Several depots now let crews"));
        assertTrue(d.rows().get(1).description().endsWith("since the first lockdown ended."));
        assertEquals("Three Rota Trends for the Coming Year", d.rows().get(0).heading());
    }

    @Test
    void aTrackerOfLabelledFiguresUnderADecoratedHeadingNamesItsTable() throws Exception {
        String page = """
                The Weekly Roundup

                Here is what we counted this week.

                \uD83D\uDCCA Depot Jobs Tracker

                  • March 2031: 4,000+ night roles cut

                  • Year to date: 11,000+ roles cut (12% more than last year)

                  • Since 2029: 30,000+ roles automated
                """;
        SignalDigest d = parse(page);
        assertEquals(List.of("March 2031", "Year to date", "Since 2029"), names(d));
        assertEquals("Depot Jobs Tracker", d.rows().get(0).heading());
        assertEquals("4,000+ night roles cut", d.rows().get(0).description());
    }

    @Test
    void onlyTheNumberedLinesOfARunAreItemsAndTheTitleIsNone() throws Exception {
        String page = """

                Depot Work: Trends to Watch in 2031
                Focus keyword: depot work
                Depot work is changing quickly, with new rota tools, new contracts and new expectations from the people who do it.
                Trend 1: Paid Standby
                Contracts pay for the hours a worker waits on call, which was unheard of five years ago.
                Trend 2: Self-made Rotas
                Crews draw up their own rotas each month, and the managers who tried it report fewer swaps.
                Trend 3: Shared Tablets
                Drivers sign for loads on a shared tablet, and the office files nothing on paper.
                """;
        SignalDigest d = parse(page);
        assertEquals(List.of("Paid Standby", "Self-made Rotas", "Shared Tablets"), names(d));
        assertEquals("Depot Work: Trends to Watch in 2031", d.rows().get(0).heading());
    }

    @Test
    void aBreadcrumbEndingInTheTitleIsNotTheTitle() throws Exception {
        String page = """
                Home News Four Depot Trends for 2031

                Four Depot Trends for 2031

                1. Paid standby.

                Contracts pay for the hours a worker waits on call, which was unheard of five years ago.

                2. Self-made rotas.

                Crews draw up their own rotas each month, and the managers who tried it report fewer swaps and
                """;
        SignalDigest d = parse(page);
        assertEquals("Four Depot Trends for 2031", d.title());
        assertEquals(List.of("Paid standby.", "Self-made rotas."), d.rows().stream().map(SignalRow::name).toList());
    }

    /** A pictograph that opens several lines is the page's bullet: a diamond, an arrow, a check mark. */
    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDD39", "\u25B6", "\u2705"})
    void aPictographThatOpensSeveralLinesIsTheListsBullet(String mark) throws Exception {
        String page = """
                The Monday Briefing

                Good morning! Here is what moved last week.

                %1$s Remote hiring: More firms hire across borders, and payroll tools follow them.
                %1$s Paid standby: Contracts pay for the hours a worker waits on call.
                %1$s Shared tablets: Drivers sign for loads on a shared tablet.
                """.formatted(mark);
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Remote hiring", "Paid standby", "Shared tablets"), names(d));
        assertEquals("Contracts pay for the hours a worker waits on call.", d.rows().get(1).description());
    }

    @Test
    void blocksHeadedByTwoShortLinesAreNamedByTheUpperOne() throws Exception {
        String page = """
                Depot Newsletter #42

                Firms pay for standby hours
                The Ledger
                Contracts signed this year pay for the hours a worker waits on call, at half the usual rate in most cases.

                Crews draw their own rotas
                Depot Weekly
                Several depots now let crews draw up their own rotas each month, and managers report fewer swaps.

                Tablets replace the paper docket
                Yard News
                Drivers sign for loads on a shared tablet, and the office files nothing on paper any more these days.
                """;
        SignalDigest d = parse(page);
        // Every block has the same two-line head: the headline first, its source under it.
        assertEquals(List.of("Firms pay for standby hours", "Crews draw their own rotas", "Tablets replace the paper docket"), names(d));
        assertEquals("Depot Newsletter #42", d.rows().get(0).heading());
        assertTrue(d.rows().get(1).description().startsWith("Several depots"));
    }

    @Test
    void aTitleWithASubtitleKeepsItWhenTheSubtitleIsPrintedAsAHeading() throws Exception {
        String page = """
                Depot Trends for 2031: What Changes

                What Changes

                1. Paid standby.

                Contracts pay for the hours a worker waits on call, which was unheard of five years ago.

                2. Self-made rotas.

                Crews draw up their own rotas each month, and the managers who tried it report fewer swaps.

                3. Shared tablets.

                Drivers sign for loads on a shared tablet, and the office files nothing on paper any more.
                """;
        assertEquals("Depot Trends for 2031: What Changes", parse(page).title()); // no breadcrumb: the words before end in a colon
    }

    @Test
    void postsWithNumberedSentencesBulletsOfPointsOrShortOpeningSentencesStayPosts() {
        String numbered = """
                What ten years of night shifts taught me

                I started on nights the year the depot opened, and these are the lessons I would pass on.

                1. Sleep comes first.

                Nothing else works if you do not protect the hours after the shift, whatever the family says.

                2. Eat before you start.

                The canteen closes at ten, and the vending machine is no plan for a twelve-hour night.

                3. Find one friend on the crew.

                Someone who notices when you are not yourself is worth more than any rota app I have used.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(numbered));
        String bullets = """
                Why I left the depot

                  • The rota changed every week and nobody asked us. I stopped planning anything outside work.
                  • The pay was fine but the standby hours were unpaid. That adds up over a year.
                  • My knees gave up on the loading bay. The doctor said to stop before it got worse.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(bullets));
        String runIn = """
                A long week at the depot
                Monday. The new rota arrived by text at midnight, and half the crew had already gone to bed without seeing it.
                Tuesday. We found out the loading bay would close early for repairs, which nobody had mentioned the week before.
                Wednesday. The manager apologised at the morning meeting and promised a printed rota from next month onwards.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(runIn));
    }
}

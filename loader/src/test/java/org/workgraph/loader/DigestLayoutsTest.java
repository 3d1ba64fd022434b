package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;

/**
 * Digests as pages lay them out without column tables: lists, labelled fields, headed blocks, flattened and
 * delimited tables. Every page here is invented; each test names the cue the layout rests on.
 */
class DigestLayoutsTest {
    @Test
    void aLeadInThatCountsTheListStartsItAndACaptionIsNoHeading() throws Exception {
        String page = """
                Trends in Shift Work

                Every month another report says where shift work is going, and most of them agree on very little at all.

                Night market illustrationNight market at dusk, photo by a reader

                Where the Study Looked

                A union study, for example, looked at rotas in four countries. The three trends it identified are:

                Self-scheduling apps

                Workers pick their own shifts from a pool that the app fills from the week's demand.

                Split shifts return

                Employers cut days into two short blocks to match the busiest hours of trade.

                Pay for standby

                Time spent waiting for a call is starting to be paid, first in care work and then in retail.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Self-scheduling apps", "Split shifts return", "Pay for standby"), names(d));
        assertEquals("Where the Study Looked", d.rows().get(0).heading()); // the section the list stands in
    }

    @Test
    void numberedBlocksAreRowsAndTheUnnumberedSectionsAfterThemAreNot() throws Exception {
        String page = """
                Labour radar
                What we keep an eye on.
                Our desk follows slow changes in how work is organised, paid and measured across many sectors and countries.

                1
                Shift swapping
                Workers trade shifts among themselves in group chats before a manager sees the rota.
                2
                Pay visibility
                Posted salary ranges are making pay gaps inside teams easier to see.
                3
                Sensor fatigue
                Staff tire of badges that count their steps, and unions are starting to bargain over them.
                About this page
                We update the list when a change shows up in at least three places we trust, and remove it when it fades.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals("Labour radar", d.title());
        assertEquals(List.of("Shift swapping", "Pay visibility", "Sensor fatigue"), names(d));
        SignalRow first = d.rows().get(0);
        assertEquals("Labour radar", first.heading());
        assertEquals(SignalTable.SIGNALS, first.table());
        assertEquals("Workers trade shifts among themselves in group chats before a manager sees the rota.", first.description());
        assertEquals(1, first.rowNumber());
        assertEquals(3, d.rows().get(2).rowNumber());
        assertNull(d.article());
    }

    @Test
    void aNestedListTakesItsOuterItemsAsHeadingsAndItsGlossesAsDescriptions() throws Exception {
        String page = """
                Trend inventory

                The inventory groups the trends we follow under broad themes:

                  • Automation at work
                    • Warehouse robots (mobile picking and packing machines)
                    • Scheduling software
                    • Algorithmic management (e.g. ratings, automated warnings)
                  • Emerging technologies
                    • Exoskeletons
                    • Brain-computer interfaces (early research, mostly in medicine
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Warehouse robots", "Scheduling software", "Algorithmic management", "Exoskeletons", "Brain-computer interfaces"), names(d));
        assertEquals("Automation at work", d.rows().get(0).heading());
        assertEquals("mobile picking and packing machines", d.rows().get(0).description());
        assertNull(d.rows().get(1).description());
        assertEquals("e.g. ratings, automated warnings", d.rows().get(2).description());
        SignalRow exo = d.rows().get(3);
        assertEquals("Emerging technologies", exo.heading());
        assertEquals(SignalTable.TECHNOLOGIES, exo.table(), "the heading's last word names the table");
        assertEquals(1, exo.rowNumber(), "rows are numbered under their own heading");
        assertEquals("early research, mostly in medicine", d.rows().get(4).description(), "a gloss cut off by the page's end");
    }

    @Test
    void labelledFieldsNameEachRowByTheHeadingAboveThemAndSummariseInARecapSection() throws Exception {
        String page = """
                Weekly signals for team leads

                Three things moved this week. None of them is loud, all of them will reach your team.

                Part 1: Quiet Cutting

                The change

                Firms are moving people into roles they did not ask for instead of laying them off.

                Who it affects

                Mid-career staff in shrinking functions.

                Part 2: Meeting-Free Days

                The change

                More teams block one or two days a week with no meetings at all, and protect them.

                Who it affects

                Anyone whose work needs long stretches of focus.

                In short

                Watch how roles are reassigned, and guard the time your team needs to think.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals("Weekly signals for team leads", d.title());
        assertEquals(List.of("Quiet Cutting", "Meeting-Free Days"), names(d));
        assertEquals("Firms are moving people into roles they did not ask for instead of laying them off.", d.rows().get(0).description());
        assertEquals("Weekly signals for team leads", d.rows().get(0).heading());
        assertEquals("Watch how roles are reassigned, and guard the time your team needs to think.", d.summary());
    }

    @Test
    void aNameFieldNamesTheRowAndADescriptionFieldDescribesIt() throws Exception {
        String page = """
                Signals from the shop floor
                Monday, 2 June 2025

                Trend: Robot Buddies
                Why it matters: Workers who train robots gain a new kind of seniority.
                Description: Cobots are set up and taught by the people who work beside them.

                Trend: Heat Breaks
                Why it matters: Heat rules are written into more contracts each year.
                Description: Crews stop work in the hottest hours and make the time up at dawn.

                Summary: The floor is changing from within.
                """;
        SignalDigest d = parse(page);
        assertEquals(LocalDate.of(2025, 6, 2), d.published());
        assertEquals(List.of("Robot Buddies", "Heat Breaks"), names(d));
        assertEquals("Cobots are set up and taught by the people who work beside them.", d.rows().get(0).description());
        assertEquals("The floor is changing from within.", d.summary());
    }

    @Test
    void aQuestionUnderTheTitleIsItsLeadInNotTheNameOfTheList() throws Exception {
        String page = """
                Drivers of Change at Work
                Which forces will decide how we work next?
                Care Economy
                Paid care work grows as populations age, and employers compete for the people who do it.
                Four-Day Weeks
                Trials in several countries report the same output in fewer hours, and more firms are trying it.
                Gig Platforms
                More people earn part of their living through apps that match them to short tasks.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Care Economy", "Four-Day Weeks", "Gig Platforms"), names(d));
        assertEquals("Drivers of Change at Work", d.rows().get(0).heading());
    }

    @Test
    void aNumberedListUnderItsOwnHeadingWithADateLineAboveTheTitle() throws Exception {
        String page = """
                Wednesday, March 5, 2025

                What Moves Hiring Now

                We spoke to recruiters in four countries. Most of what they told us fits under a few forces that all
                push the same way:

                Main drivers
                  1. Skills Over Degrees – Employers test for what people can do rather than what they studied.
                  2. Pay Transparency: Published ranges change how offers are negotiated
                     and how raises are asked for.
                  3. Recruiting Bots. Candidates meet a chat assistant before they meet a person.

                Summary: fewer filters at the door, more machines behind it.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals("What Moves Hiring Now", d.title());
        assertEquals(LocalDate.of(2025, 3, 5), d.published());
        assertEquals(List.of("Skills Over Degrees", "Pay Transparency", "Recruiting Bots"), names(d));
        assertEquals("Main drivers", d.rows().get(0).heading());
        assertEquals("Published ranges change how offers are negotiated and how raises are asked for.", d.rows().get(1).description());
        assertEquals("Candidates meet a chat assistant before they meet a person.", d.rows().get(2).description());
        assertEquals("fewer filters at the door, more machines behind it.", d.summary());
    }

    @Test
    void aListItemMayPutItsDescriptionOnTheLinesBelowItsName() throws Exception {
        String page = """
                Technology watch

                1. Voice Rostering
                   Staff call a line to swap shifts, and software settles the rota.
                2. Digital Badges
                   Short courses end in a badge an employer can check.
                3. Shared Desks
                   Fewer desks than staff, booked by app.
                """;
        SignalDigest d = parse(page);
        assertEquals(List.of("Voice Rostering", "Digital Badges", "Shared Desks"), names(d));
        assertEquals("Fewer desks than staff, booked by app.", d.rows().get(2).description());
    }

    @Test
    void shortListsUnderSeveralHeadingsAndADateInTheTitle() throws Exception {
        String page = """
                ## Trend notes, 12 May 2025

                ## Money
                - Earned wage access – Pay drawn daily instead of monthly.
                - Pay audits – Firms check their own pay gaps before a regulator does.

                ## Places
                - Satellite offices – Small hubs near where staff live.
                - Desk booking – Seats reserved by app, fewer than staff.
                """;
        SignalDigest d = parse(page);
        assertEquals("Trend notes, 12 May 2025", d.title());
        assertEquals(LocalDate.of(2025, 5, 12), d.published());
        assertEquals(List.of("Earned wage access", "Pay audits", "Satellite offices", "Desk booking"), names(d));
        assertEquals("Money", d.rows().get(1).heading());
        assertEquals("Places", d.rows().get(2).heading());
        assertEquals(2, d.rows().get(3).rowNumber());
    }

    @Test
    void aFlattenedTablePassesOverTheShortFieldsAfterEachDescription() throws Exception {
        String page = """
                Trends found

                Four-day weeks
                Trials in several countries found output held steady while sick days fell, and more firms now offer the option.
                2024
                Europe
                Shorter commutes
                Hybrid schedules cut the number of trips to the office, which changes where people choose to live.
                2023
                Global
                Later retirement
                People work longer as pensions start later, so teams span more generations than before.
                2022
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Four-day weeks", "Shorter commutes", "Later retirement"), names(d));
        assertEquals("Trends found", d.rows().get(0).heading());
        assertTrue(d.rows().get(1).description().startsWith("Hybrid schedules cut"));
        assertNull(d.summary());
    }

    @Test
    void aDelimitedTableReadsItsHeaderForTheNameAndDescriptionColumns() throws Exception {
        String page = "Technology radar\n\nYear\tTechnology\tWhat it does\n"
                + "2024\tSmart Badges\tBadges that log where staff are, used for safety checks.\n"
                + "2023\tRota Bots\tChat assistants that fill open shifts overnight.\n"
                + "2025\tTalent Marketplaces\tInternal platforms that match staff to short projects.\n";
        SignalDigest d = parse(page);
        assertEquals(List.of("Smart Badges", "Rota Bots", "Talent Marketplaces"), names(d));
        assertEquals("Chat assistants that fill open shifts overnight.", d.rows().get(1).description());
        assertEquals("Technology radar", d.rows().get(0).heading());
    }

    @Test
    void aWeeklyRoundupIsADigestOfItsHeadlinesAndItsTitlePrintedAgainIsNoRow() throws Exception {
        String page = """
                Shift Work Roundup - Week of May 6

                May 6, 2024

                Shift Work Roundup - Week of May 6

                Each week we bring you the stories about shift work that we think matter most.

                “Open rotas” spread to retail

                Two grocery chains now let staff swap shifts in an app without asking a manager first.

                Night pay under review

                A wage council has asked employers how they pay for hours worked after midnight.

                Standby time counts

                A court ruled that time spent waiting for a call-out is working time.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals("Shift Work Roundup - Week of May 6", d.title());
        assertEquals(LocalDate.of(2024, 5, 6), d.published());
        // The heading may open with a quotation mark; the welcome under the repeated title is no row.
        assertEquals(List.of("“Open rotas” spread to retail", "Night pay under review", "Standby time counts"), names(d));
        assertEquals("Shift Work Roundup - Week of May 6", d.rows().get(0).heading());
    }

    @Test
    void numberedSectionsOfSeveralParagraphsAreRowsUnderABylineAndTheCutOffLastLineDescribesTheLast() throws Exception {
        String page = """
                The Six Drivers Reshaping Care Work (Part 2)

                Odile Varga | | Future of Care

                Varga_Ward Rounds

                Last time we looked at the first three drivers. These are the rest.

                    4. The spread of remote monitoring

                    Sensors let one nurse watch over more beds at night than before.

                    It also changes what a night shift is for.

                    5. Longer working lives

                    Staff stay in work well past sixty and ask for lighter rotas.

                    Employers are only starting to plan for it.

                    6. Care as a career

                    Training schools
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals("Odile Varga", d.author());
        assertEquals(List.of("The spread of remote monitoring", "Longer working lives", "Care as a career"), names(d));
        // An image's file name above the list is no heading: the rows are the title's.
        assertEquals("The Six Drivers Reshaping Care Work (Part 2)", d.rows().get(0).heading());
        assertEquals("Sensors let one nurse watch over more beds at night than before. It also changes what a night shift is for.",
                d.rows().get(0).description());
        assertEquals("Training schools", d.rows().get(2).description());
    }

    @Test
    void aBylineNamesTheDigestsWriterAndASentenceOpeningWithByNamesNobody() throws Exception {
        String named = """
                Signals from the warehouse floor
                By Pell Orrin

                1. Pick rates – Targets rise each quarter as the software learns.
                2. Heat rules – Summer shifts start earlier to avoid the afternoon.
                3. Robot aisles – Some aisles are closed to people while robots pick.
                """;
        assertEquals("Pell Orrin", parse(named).author());
        String nobody = named.replace("By Pell Orrin", "By 2030, most warehouses will run two shifts");
        assertNull(parse(nobody).author());
    }

    @Test
    void aLabelRepeatedUnderEveryItemIsAFieldOfTheRowNotARowOfItsOwn() throws Exception {
        String page = """
                Signal Desk: what this week's stories say about shift work
                Three stories from the week, and what each means for the people who plan rotas.
                Rotas by text message
                A bus company now sends each driver's rota by text, and drivers can swap by replying.
                In practice: Check that swaps still respect rest periods.
                Shorter nights
                A hospital trial splits the night shift in two so that no one works past three.
                In practice: Ask staff which half they would choose before you plan it.
                Quiet rooms
                A call centre has added rooms where staff can rest between difficult calls.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("Rotas by text message", "Shorter nights", "Quiet rooms"), names(d));
        assertEquals("A bus company now sends each driver's rota by text, and drivers can swap by replying.", d.rows().get(0).description());
    }

    @Test
    void postsWithListsOrSubheadingsStayPosts() {
        // A numbered list under a title that names no signals, trends or drivers: a post's points.
        assertEquals(DocumentKind.BLOG_POST, kind("""
                Ten Reasons I Love My Job

                1. The People – My colleagues are kind and funny.
                2. The Coffee – It is free and strong.
                3. The Commute – I walk to work.
                """));
        // A title that names trends, over an essay in sections of several paragraphs: an essay.
        assertEquals(DocumentKind.BLOG_POST, kind("""
                Why I stopped chasing trends

                I used to read every list of predictions that came out each January.

                Where it started

                It began with a newsletter I subscribed to years ago.

                Then it grew into a habit I could not break.

                What changed

                A new job left me no time for it.

                I did not miss it at all.

                Where I am now

                I read one long book a month instead.

                It is better for me.
                """));
        // Comments under a post whose title names a trend: a comment's header is no row name.
        assertEquals(DocumentKind.BLOG_POST, kind("""
                Is remote work a passing trend?

                I think it is here to stay, but tell me what you think.

                Ann Lee says:
                I agree completely, my team has never been more productive at home.
                Bo Chen says:
                Not for me, I miss the office and the chats by the coffee machine.
                Cy Diaz says:
                It depends on the job, and on how long the commute is for each person.
                """));
    }

    @Test
    void freeFormHeadingsGetTheirOwnIrisWhileTheFiveTablesKeepTheirs() {
        Iris iris = new Iris("https://example.org/id/");
        SignalRow a = new SignalRow(SignalTable.SIGNALS, "Forces at work", 1, "A", null, null, null, null, null, 3);
        SignalRow b = new SignalRow(SignalTable.SIGNALS, "Forces at home", 1, "B", null, null, null, null, null, 7);
        SignalRow c = new SignalRow(SignalTable.SIGNALS, "Signals", 1, "C", null, null, null, null, null, 9);
        assertNotEquals(iris.signal("p.txt", a), iris.signal("p.txt", b));
        assertTrue(iris.signal("p.txt", c).getURI().endsWith("/signals/1"));
        assertEquals(SignalTable.SIGNALS, SignalTable.ofHeading("Forces at work"));
        assertEquals(SignalTable.ISSUES, SignalTable.ofHeading("Open issues"));
    }
}

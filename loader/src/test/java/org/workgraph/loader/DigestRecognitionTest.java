package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.digest.KindEvidence;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.text.Lines;

/**
 * A digest recognised with no cue word in its title, by cues many sites share weighed together (an introduction announcing
 * what follows, rows that state changes, a recurring "The trend:" or "Why it matters:" label, a newsletter issue's form),
 * and posts with the same parallel shapes that stay posts (a listicle of points, a comment thread, advice). Every page is
 * invented for this test.
 */
class DigestRecognitionTest {
    /** A news site's list with no title in the excerpt: an introduction that announces trends, then name lines and paragraphs. */
    private static final String ANNOUNCED_HEADED_ITEMS = """
            Harbour cranes at dusk over the container yard at Linmouth|Oskar Brandvold|CC BY 2.0
            The last year brought more change to the docks than the decade before it. Here is what crews can expect next.
            Port economists point to several trends likely to spread across the yards in the coming year.
            Shared crane rotas
            Crane drivers at three terminals already swap shifts through a common rota, and unions expect the practice to spread.
            Heat breaks by the hour
            Summer heat will push more yards to fixed cooling breaks, paid at the normal rate and logged on the gate tablet.
            Night shifts shrinking
            Automated stacking could cut night crews by a third, as the quiet hours are left to machines and a single supervisor.
            """;

    /** A newsletter issue of labelled fields: no title, no heading, an opening paragraph, items of "The trend:" and "The details:". */
    private static final String LABELLED_TRENDS = """
            Orchards are hiring differently this season. This edition we look at pickers' contracts and the apps that schedule them.

            The trend: Growers are moving pickers from day rates to seasonal contracts with a guaranteed minimum of hours.
            The details: A survey of forty orchards in the valley found that most now offer a contract before the blossom, and fewer rely on the morning queue at the gate.
            Why it matters: A guaranteed minimum changes who can afford to come back each year.
            The trend: Scheduling apps are replacing the foreman's whiteboard in the packing sheds.
            The details: Sheds that adopted an app report fewer missed shifts, though older pickers say the reminders come too late at night.
            """;

    /** Numbered items under an introduction that announces the forces reshaping work, with a "What this means:" line. */
    private static final String ANNOUNCED_NUMBERED = """
            As the new year opens, deep shifts in how bakeries staff their ovens will reshape early-morning work across the region.
            1. The Rise of Split Shifts in Bakeries
            Owners are dividing the night shift in two.
            -
            Half the bakeries surveyed now run two short shifts instead of one long one.
            What this means: Bakers with children can take the later half.
            2. Apprenticeships Return to the Ovens
            Training on the job is growing again.
            -
            Guilds expect twice as many apprentices as five years ago.
            3. Flour Prices Slow New Openings
            Fewer bakeries will open this year, as costs rise faster than
            """;

    static Stream<Arguments> digestsWithoutACueWordInTheTitle() {
        return Stream.of(
                Arguments.of(ANNOUNCED_HEADED_ITEMS, List.of("Shared crane rotas", "Heat breaks by the hour", "Night shifts shrinking"),
                        "the introduction announces what follows"),
                Arguments.of(LABELLED_TRENDS, List.of(
                        "Growers are moving pickers from day rates to seasonal contracts with a guaranteed minimum of hours.",
                        "Scheduling apps are replacing the foreman's whiteboard in the packing sheds."),
                        "a recurring field label names what a digest lists"),
                Arguments.of(ANNOUNCED_NUMBERED, List.of("The Rise of Split Shifts in Bakeries", "Apprenticeships Return to the Ovens",
                        "Flour Prices Slow New Openings"), "the introduction announces what follows"));
    }

    @ParameterizedTest
    @MethodSource("digestsWithoutACueWordInTheTitle")
    void aDigestIsRecognisedBySeveralSharedCuesAndItsRowsAreRead(String page, List<String> rows, String cue) throws Exception {
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        KindEvidence evidence = new DigestParser().recognise(Lines.of(page));
        assertTrue(evidence.digest());
        assertTrue(evidence.score() >= KindEvidence.THRESHOLD, evidence.explain());
        assertTrue(evidence.cues().stream().anyMatch(c -> c.contains(cue)), evidence.explain());
        SignalDigest d = parse(page);
        assertEquals(rows, names(d));
    }

    @Test
    void aNewsletterSignedUnderItsSignOffNamesItsWriterAndAnUnsignedListNamesNone() throws Exception {
        assertEquals("Marta", parse(DECORATED_TRACKER).author(), "a name under 'See you at the gate,' signs the letter");
        assertNull(parse(ANNOUNCED_HEADED_ITEMS).author(), "a photographer's credit in a caption is no writer");
        assertNull(parse(LABELLED_TRENDS).author());
    }

    @Test
    void aCaptionClosedByItsPhotographerAndLicenceIsNoRow() throws Exception {
        SignalDigest d = parse(ANNOUNCED_HEADED_ITEMS);
        assertEquals(3, d.rows().size());
        assertTrue(d.rows().get(0).description().startsWith("Crane drivers at three terminals"));
    }

    @Test
    void aLabelledTrendIsNamedByItsSentenceAndDescribedByItsDetails() throws Exception {
        SignalDigest d = parse(LABELLED_TRENDS);
        assertTrue(d.rows().get(0).description().startsWith("A survey of forty orchards"));
        assertNull(d.summary()); // the opening paragraph is no labelled summary
    }

    /**
     * A community post printed without blank lines: an "Executive Summary" heading over the summary, a lead-in, numbered
     * items whose names the text dump wrapped, each with a "Why this matters:" field alone on a line, then a decorated
     * heading over a dash list.
     */
    private static final String UNSPACED_NEWSLETTER = """
            Executive Summary
            The ferry crews had a quieter month, but the timetable changes are real.
            Below are the updates from last month that will matter on the quay.
            What changed on the ferries:
            1) Night sailings are moving to
            a volunteer rota
            Two operators now staff the last sailing only with volunteers.
            Why this matters on the quay:
            Fewer crews will be asked to stay late without notice.
            2) Ticket offices are closing at the smaller piers
            Passengers buy on board, and the office staff move to the boats.
            Why this matters on the quay:
            Pier staff are retrained rather than let go.
            3) Winter timetables start earlier
            The winter schedule now begins in October instead of November.
            Why this matters on the quay:
            Seasonal contracts end a month sooner.
            \uD83D\uDD0D Quick Signals
            - Crews are rotating between routes more often
            - Pier cafes are staffing the ticket desks
            """;

    @Test
    void aNewsletterWithoutBlankLinesIsReadItemByItemUnderItsLeadInAndItsDecoratedHeading() throws Exception {
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(UNSPACED_NEWSLETTER));
        SignalDigest d = parse(UNSPACED_NEWSLETTER);
        assertNull(d.title()); // the recap's heading heads the summary, not the page
        assertEquals("The ferry crews had a quieter month, but the timetable changes are real. "
                + "Below are the updates from last month that will matter on the quay.", d.summary());
        assertEquals(List.of("Night sailings are moving to a volunteer rota", "Ticket offices are closing at the smaller piers",
                "Winter timetables start earlier", "Crews are rotating between routes more often",
                "Pier cafes are staffing the ticket desks"), names(d));
        // The field under every item is not part of its description, and the heading after the last item is not either.
        assertEquals("Two operators now staff the last sailing only with volunteers.", d.rows().get(0).description());
        assertEquals("The winter schedule now begins in October instead of November.", d.rows().get(2).description());
        assertEquals("What changed on the ferries", d.rows().get(0).heading());
        assertEquals("Quick Signals", d.rows().get(3).heading());
    }

    /**
     * A newsletter's letter, then its tracker of labelled figures under a heading decorated with a pictograph: no cue word
     * anywhere, but the "this week", the decorated section heading and figures that state changes add up.
     */
    private static final String DECORATED_TRACKER = """
            Dear depot friends,

            This week the rota fights are back at the yards, and so are the overtime queues.

            See you at the gate,

            Marta

            Here is the usual count:

            \uD83D\uDCC8 Overtime Tracker

              \u2022 March: 1,200 hours logged (8% increase)

              \u2022 Since January: 3,400 hours in all

              \u2022 Night shifts: 15% drop in volunteers
            """;

    @Test
    void aTrackerUnderADecoratedHeadingInANewsletterIsADigest() throws Exception {
        KindEvidence evidence = new DigestParser().recognise(Lines.of(DECORATED_TRACKER));
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(DECORATED_TRACKER), evidence.explain());
        assertTrue(evidence.cues().stream().anyMatch(c -> c.contains("decorated as a newsletter's section")), evidence.explain());
        SignalDigest d = parse(DECORATED_TRACKER);
        assertEquals(List.of("March", "Since January", "Night shifts"), names(d));
        assertEquals("Overtime Tracker", d.rows().get(0).heading());
    }

    /** A trend's description is its paragraph: the bulleted points under it and the page's closing paragraph are not. */
    @Test
    void aDescriptionStopsAtTheBulletsUnderItAndAtThePagesConclusion() throws Exception {
        String page = """
                Across the region, deep shifts in how clinics book their nurses will reshape the working week.
                1. The Rise of Self-Rostering Nurses
                Nurses choose their own shifts in a shared calendar.
                -
                Four clinics in five now let nurses swap without a manager.
                -
                Sick days fell where the calendar was adopted.
                2. Agency Shifts Slow Down
                Clinics book fewer agency nurses than a year ago.
                3. Night Clinics Open in Towns
                Small towns will get their first night clinics this winter.
                Overall, the week will be shorter for some nurses and longer for others.
                """;
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(List.of("The Rise of Self-Rostering Nurses", "Agency Shifts Slow Down", "Night Clinics Open in Towns"), names(d));
        assertEquals("Nurses choose their own shifts in a shared calendar.", d.rows().get(0).description());
        assertEquals("Small towns will get their first night clinics this winter.", d.rows().get(2).description());
    }

    /** Pages with parallel items that a careful reader takes for posts: each is missing what says the items are changes. */
    static Stream<Arguments> postsWithParallelItems() {
        return Stream.of(
                // A listicle of points: its title counts reasons, its items are opinions.
                Arguments.of("""
                        Top 7 Reasons I Work From the Allotment

                        Several friends asked why I moved my desk outdoors, and these trends in my own mood will explain it.

                        Fresh air
                        The shed smells of tomatoes and nobody schedules a meeting before ten, which I recommend to everyone.

                        Quiet mornings
                        The only noise is the neighbour's radio, and it goes off when the cricket finishes in the afternoon.

                        Cheap lunches
                        Whatever is ripe is lunch, and the courgettes will grow faster than anyone could eat them.
                        """),
                // A comment thread: its count line, then comments under bare names that talk of headlines and change.
                Arguments.of("""
                        Why the night bus matters

                        The night bus is how half the hospital gets home.

                        4 Comments

                        Priya Castellane
                        This post cuts through the gloomy headlines and shows the key forces that will keep the buses running.

                        Tomas Welling
                        Agreed, though the timetable will change again in spring, and fewer drivers could mean longer waits.

                        Ines Harrow
                        The drivers I know expect the route to grow once the new ward opens next to the depot.
                        """),
                // Advice: an announcing introduction, but the items tell the reader what to do.
                Arguments.of("""
                        Getting through the busy season

                        Here are the key updates to our packing routine, and several tips that will help the new starters.

                        How to label a crate
                        Write the row number on the short side first, so the forklift driver can read it from the seat.

                        How to stack the cold room
                        Put the oldest crates at the front and never above the red line, or the fans will not reach the top.

                        Don't skip the break
                        The afternoon break is paid, and the shed will be there when you come back from it.
                        """));
    }

    @ParameterizedTest
    @MethodSource("postsWithParallelItems")
    void postsWithParallelItemsStayPosts(String page) {
        KindEvidence evidence = new DigestParser().recognise(Lines.of(page));
        assertEquals(DocumentKind.BLOG_POST, kind(page), evidence.explain());
        assertFalse(evidence.digest());
        assertTrue(evidence.score() < KindEvidence.THRESHOLD, evidence.explain());
    }
}

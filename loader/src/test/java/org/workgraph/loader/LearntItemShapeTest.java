package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.Arrays;
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
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.text.Lines;

/**
 * Digests with no cue word, no announcing introduction and no repeated analysis label, recognised by the item shape the
 * page repeats (learnt from the page itself) together with what a digest's items carry and a post's sections do not: a
 * source per item, a date per item, a dated issue. And the pages with the same repeated shape that stay posts: a how-to's
 * imperative steps, comment threads whose items are stamped with names, dates and times. Every page is invented here.
 */
class LearntItemShapeTest {
    /** A reading list: headline, "– SOURCE" line, paragraph, four times, under a title. */
    private static final String HEADLINE_SOURCE_PARAGRAPH = """
            Harbour Notes – Crane rotas go digital

            Crane rotas go digital at the northern terminals
            – The Linmouth Courier
            Drivers at three terminals now swap shifts through one shared app, and the port authority says the paper board will go by spring.

            Pickers sign seasonal contracts before the blossom
            – Valley Grower
            Forty orchards now offer a contract with a guaranteed minimum of hours, and fewer rely on the morning queue at the gate.

            Bakeries split the night shift in two
            – The Flour Gazette
            Half the bakeries surveyed run two short shifts instead of one long one, so bakers with children can take the later half.

            Ferry crews vote on a four-day roster
            – Coastline Weekly
            The crews' association put the roster to a ballot after a summer trial, and the result is due at the end of the month.
            """;

    /** A news category page: date line, headline, teaser, "read", three times; a breadcrumb above. */
    private static final String DATE_HEADLINE_TEASER = """
            Stories/Docks

            Mar 4, 2031

            Terminal operators agree a common heat-break rule for the summer

            The agreement sets fixed cooling breaks, paid at the normal rate and logged on the gate tablet, at every yard of the port...

            read
            Mar 3, 2031

            Automated stacking trial cuts night crews at the east yard

            The trial left the quiet hours to machines and a single supervisor, and the union asked for a review of the rota...

            read
            Mar 3, 2031

            Crane school doubles its intake as older drivers retire

            The school will train twice as many drivers this year, with half the places reserved for people already working at the
            """;

    /** Numbered facts each closed by their source in parentheses, under a month's title line. */
    private static final String NUMBERED_FACTS = """
            March 2031 – On orchards, rotas and apprentices

              1. Two in three orchards now offer seasonal contracts before the blossom. (Valley Growers Survey)
              2. Shared crane rotas cut missed shifts by a fifth at the northern terminals. (Port Authority)
              3. Apprentice bakers are back at twice the number of five years ago. (Bakers Guild)
              4. Also, ferry crews trialled a four-day roster over the summer.
              5. Night crews at the east yard fell by a third in the stacking trial. (Linmouth Courier)
            """;

    /** A link archive: each comment closed by the issue it was sent in; some items have a title line. */
    private static final String STAMPED_COMMENTS = """
            Issue #[[item.number]] published [[item.date]]

            Crane drivers swap shifts in an app now. Worth reading for anyone who still runs a paper rota.
            Issue #12 published 4 Mar 2031
            Heat breaks, by the hour
            The port's new rule pays cooling breaks at the normal rate. A model for other yards.
            Issue #14 published 4 Mar 2031
            Stacking machines took the night shift at the east yard, and the union wants the rota reviewed.
            Issue #15 published 4 Mar 2031
            Crane school doubles its intake
            Half the places go to people already working at the port. Good news for older drivers.
            Issue #17 published 4 Mar 2031
            """;

    /** A dated issue of an email newsletter: edition line, date line, then headline and paragraph items. */
    private static final String DATED_ISSUE = """
            The port's working week, in five minutes

            Harbour Edition

            4th March 2031

            Crane rotas go digital at the northern terminals
            Drivers at three terminals now swap shifts through one shared app, and the port authority says the paper board will go by spring.
            Heat-break rule agreed for every yard
            The agreement sets fixed cooling breaks, paid at the normal rate and logged on the gate tablet, from the first of June.
            Crane school doubles its intake this year
            The school will train twice as many drivers, with half the places reserved for people already working at the port.
            """;

    static Stream<Arguments> digestsByTheirItemShape() {
        return Stream.of(
                Arguments.of(HEADLINE_SOURCE_PARAGRAPH, List.of("Crane rotas go digital at the northern terminals",
                        "Pickers sign seasonal contracts before the blossom", "Bakeries split the night shift in two",
                        "Ferry crews vote on a four-day roster"), "most items name an outside source"),
                Arguments.of(DATE_HEADLINE_TEASER, List.of("Terminal operators agree a common heat-break rule for the summer",
                        "Automated stacking trial cuts night crews at the east yard", "Crane school doubles its intake as older drivers retire"),
                        "most items carry their own date"),
                Arguments.of(NUMBERED_FACTS, List.of("Two in three orchards now offer seasonal contracts before the blossom.",
                        "Shared crane rotas cut missed shifts by a fifth at the northern terminals.",
                        "Apprentice bakers are back at twice the number of five years ago.",
                        "Also, ferry crews trialled a four-day roster over the summer.",
                        "Night crews at the east yard fell by a third in the stacking trial."), "most items name an outside source"),
                Arguments.of(STAMPED_COMMENTS, List.of(
                        "Crane drivers swap shifts in an app now. Worth reading for anyone who still runs a paper rota.",
                        "Heat breaks, by the hour",
                        "Stacking machines took the night shift at the east yard, and the union wants the rota reviewed.",
                        "Crane school doubles its intake"), "most items carry their own date"),
                Arguments.of(DATED_ISSUE, List.of("Crane rotas go digital at the northern terminals", "Heat-break rule agreed for every yard",
                        "Crane school doubles its intake this year"), "a dated issue"));
    }

    @ParameterizedTest
    @MethodSource("digestsByTheirItemShape")
    void aRepeatedItemShapeWithASourceOrADatePerItemMakesADigest(String page, List<String> rows, String cue) throws Exception {
        KindEvidence evidence = new DigestParser().recognise(Lines.of(page));
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page), evidence.explain());
        assertTrue(evidence.cues().stream().anyMatch(c -> c.contains("items of one shape repeat")), evidence.explain());
        assertTrue(evidence.cues().stream().anyMatch(c -> c.contains(cue)), evidence.explain());
        assertEquals(rows, names(parse(page)));
    }

    @Test
    void theSourceIsNeitherNameNorDescriptionAndTheTitleHeadsTheRows() throws Exception {
        SignalDigest d = parse(HEADLINE_SOURCE_PARAGRAPH);
        SignalRow first = d.rows().get(0);
        assertEquals("Drivers at three terminals now swap shifts through one shared app, and the port authority says the paper board will go by spring.",
                first.description());
        assertEquals("Harbour Notes – Crane rotas go digital", first.heading());
        // A teaser's date and "read" are the item's furniture; a breadcrumb above the list heads nothing.
        SignalDigest news = parse(DATE_HEADLINE_TEASER);
        assertNull(news.rows().get(0).heading());
        assertTrue(news.rows().get(0).description().startsWith("The agreement sets fixed cooling breaks"));
        // Facts closed by their source: the title line over them is the title and their table; the source is dropped.
        SignalDigest facts = parse(NUMBERED_FACTS);
        assertEquals("March 2031 – On orchards, rotas and apprentices", facts.title());
        assertEquals("March 2031 – On orchards, rotas and apprentices", facts.rows().get(0).heading());
        assertNull(facts.rows().get(0).description());
        // An unfilled template line is no title and no heading; an item with no title line is named by its comment alone.
        SignalDigest archive = parse(STAMPED_COMMENTS);
        assertNull(archive.title());
        assertNull(archive.rows().get(0).description());
        assertEquals("The port's new rule pays cooling breaks at the normal rate. A model for other yards.", archive.rows().get(1).description());
    }

    @ParameterizedTest
    @MethodSource("headlinesClosedByTheirSource")
    void aHeadlineClosedByItsSourceIsNamedWithoutIt(String suffix) throws Exception {
        String page = Arrays.stream(new String[] {"Crane rotas go digital at the northern terminals", "Pickers sign seasonal contracts before the blossom",
                        "Bakeries split the night shift in two"})
                .map(h -> h + suffix + "\nWhat to Know: " + h.toLowerCase() + " across the region this spring, say the people who run them.\n"
                        + "Where to Focus: rotas and contracts will need a second look before the summer.")
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        SignalDigest d = parse(page);
        assertEquals(List.of("Crane rotas go digital at the northern terminals", "Pickers sign seasonal contracts before the blossom",
                "Bakeries split the night shift in two"), names(d));
        // The first field's value is the description; the next field ends it.
        assertTrue(d.rows().get(0).description().startsWith("crane rotas go digital"), d.rows().get(0).description());
        assertFalse(d.rows().get(0).description().contains("Where to Focus"));
    }

    static Stream<String> headlinesClosedByTheirSource() {
        return Stream.of(" (The Linmouth Courier)", " | Docks | The Linmouth Courier", " - Valley Grower, Mar 2031");
    }

    /** A how-to post: imperative headings over the writer's advice. */
    private static final String HOW_TO = """
            Running a crane crew across two terminals

            Running a crew split across two terminals is harder than it looks. Here is what worked for me over three seasons.

            Agree the rota a week ahead
            Drivers plan their lives around the rota, so publish it early and change it only when a ship is late, never for convenience.

            Walk both yards every morning
            Half the problems show up at the gate before the first lift, and a supervisor who is there sees them before they cost a shift.

            Keep the radio channel quiet
            One channel per terminal, and only for lifts: everything else can wait for the break room and the tablet.

            Write down what the night shift learns
            The night crew finds the faults first; a short note in the log saves the day crew an hour of searching.
            """;

    /** A process page of numbered steps, each heading printed twice. */
    private static final String STEPS = """
            How to onboard a new crane driver
            A short guide for supervisors at the terminal.
            1 Step 1: Book the simulator for the first week
            Step 1: Book the simulator for the first week
            New drivers spend their first mornings in the simulator, with an instructor beside them and the log open.
            2 Step 2: Pair them with a senior driver
            Step 2: Pair them with a senior driver
            A senior driver rides along for the first real lifts, and signs off each kind of container in the log.
            3 Step 3: Review the first month together
            Step 3: Review the first month together
            Sit down with the driver and the senior at the end of the month and agree what still needs practice.
            """;

    /** A thread: each comment headed by a name and a date on one line. */
    private static final String NAME_DATE_THREAD = """
            Ann Lee | March 4, 2031
            I started at the terminal last week and the shared rota is the best thing about it, honestly, better than the pay.
            Tom Berg | March 4, 2031
            Wait until the summer. The heat breaks are fine on paper but the gate tablet never logs them when it should.
            Ann Lee | March 5, 2031
            That is fair. My supervisor says they will fix the tablet before June, but he said that about the radios too.
            Rosa Pell | March 6, 2031
            The radios work now. Give it time, the east yard took two seasons to get used to the app as well.
            """;

    /** A thread: a numbered name, a date line, a comment. */
    private static final String NUMBERED_NAME_THREAD = """
              1. ann lee
                March 4, 2031
                The shared rota is the best thing about the terminal, and the app makes swapping shifts easy for everyone.
              2. Tom Berg
                March 4, 2031
                Wait until the summer, the heat breaks are fine on paper but the gate tablet never logs them when it should.
              3. Rosa Pell
                March 6, 2031
                The radios work now, give it time, the east yard took two seasons to get used to the app as well.
            """;

    /** A poll's comments, each stamped with a date, a time and "says...". */
    private static final String TIMED_THREAD = """
            Would you work a four-day roster?
            March 4, 2031
            6:31 a.m.
            craneann says...
            Are we talking four ten-hour days on the cranes, or four eights with less pay at the end of the month?
            March 4, 2031
            7:02 a.m.
            tomb says...
            Four tens. The crews in the trial said the long days were fine once the heat breaks were paid properly.
            March 5, 2031
            9:18 a.m.
            rosap says...
            I would take it tomorrow, the commute alone would save me five hours a week and a lot of diesel.
            """;

    static Stream<String> postsWithARepeatedShape() {
        return Stream.of(HOW_TO, STEPS, NAME_DATE_THREAD, NUMBERED_NAME_THREAD, TIMED_THREAD);
    }

    @ParameterizedTest
    @MethodSource("postsWithARepeatedShape")
    void instructionsAndCommentThreadsWithARepeatedShapeStayPosts(String page) {
        KindEvidence evidence = new DigestParser().recognise(Lines.of(page));
        assertEquals(DocumentKind.BLOG_POST, kind(page), evidence.explain());
        assertTrue(evidence.score() < KindEvidence.THRESHOLD, evidence.explain());
    }

    @Test
    void theKindLineShowsTheLearntShapeAndTheInstructionsThatOutweighIt() {
        KindEvidence howTo = new DigestParser().recognise(Lines.of(HOW_TO));
        assertTrue(howTo.explain().contains("items of one shape repeat"), howTo.explain());
        assertTrue(howTo.explain().contains("most items are instructions"), howTo.explain());
        KindEvidence list = new DigestParser().recognise(Lines.of(HEADLINE_SOURCE_PARAGRAPH));
        assertTrue(list.explain().contains("HEADLINE SOURCE TEXT x4"), list.explain());
    }
}

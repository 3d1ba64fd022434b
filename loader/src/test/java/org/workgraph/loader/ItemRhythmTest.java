package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.List;
import java.util.stream.Stream;

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
 * Digests whose rows are found by the rhythm of their items' opening lines, learnt from the page (which line shape opens
 * an item, at what spacing, and which lines come back once per item as its markers), with no cue word: an emoji headline
 * over a paragraph and a pointed source line, a date over an excerpt opening in capitals and a report number, "Link:"
 * lines with the writer and the source, headlines over a "By WRITER, PUBLICATION" line (one headline lost), and headlines
 * whose date and "Read more" the extraction ran into the next line. And pages with the same rhythm that stay posts: the
 * writer's advice to "you", numbered tips. Every page is invented here.
 */
class ItemRhythmTest {
    private static final String EMOJI_HEADLINES = """
            Hello again, crew!
            A short letter this time. Here is what people on the docks were talking about:
            🚢 Harbour crews trial a shared shift calendar
            Three terminals moved their rotas onto one calendar, and swaps now clear in a day instead of a week.
            👉 Linmouth Courier
            🍎 Orchards offer contracts before the blossom
            Forty orchards signed seasonal pickers a month earlier than last year, citing a thin labour market.
            👉 Valley Grower
            🥖 Bakeries split the long night shift in two
            Half the bakeries surveyed now run two short shifts, so bakers with children can take the later half.
            👉 Flour Gazette
            ⛴️ Ferry crews ballot on a four-day roster
            The crews' association put the roster to a vote after a summer trial, and the count closes on Friday.
            👉 Coastline Weekly
            And speaking of rosters, a word on why I stopped fighting my own calendar this year.
            It began with a missed ferry and ended with a spreadsheet nobody asked for.
            """;

    private static final String DATED_EXCERPTS = """
            March 9, 2031
            NIGHT ROTAS ARE NO LONGER A FIXED CHOICE at the larger depots, where drivers now pick their nights a month ahead and... Continue
            Bulletin 31-12
            March 2, 2031
            APPRENTICE NUMBERS CLIMB AGAIN in the port trades, after two years in which the intake barely covered retirements and... Continue
            Bulletin 31-11
            February 23, 2031
            THE PAPER TIMESHEET IS GOING with the last of the regional yards switching to tablets at the gate, which the union... Continue
            Bulletin 31-10
            February 16, 2031
            HEAT BREAKS BECOME A CONTRACT TERM in the summer agreements signed this month, paid at the normal rate and... Continue
            """;

    private static final String LINK_LINES = """

            A handful of pieces from this year worth another look before the new one starts.
            Link: The Quiet Depot by Ann Okafor (Harbour Review)
            A long look at a freight depot that cut its night shift to one supervisor and a row of machines.
            Link: Why the Ferry Crews Said No by Tom Reyes (Coastline Weekly)
            The crews rejected a roster their own association drafted, and this piece follows the count.
            It also asks what a ballot means when half the crew works on contract.
            Link: Counting Orchard Hours by Mei Lin (Valley Grower)
            Pickers kept their own logs for a season, and the gap with the official hours was wide.
            Link: The Timesheet Is Dead by Ravi Shah (Depot Weekly)
            A short history of the paper timesheet, from the first punch clock to the tablet at the gate.
            """;

    private static final String BYLINES = """
            Crane drivers vote to strike over rotas

            By Ann Okafor and Tom Reyes, The Linmouth Courier

            Crane drivers at the northern terminals voted to walk out next month after talks on the new rota broke down.

            Orchard pickers win a guaranteed minimum

            By Mei Lin, Valley Grower

            Seasonal pickers at forty orchards will be paid for a minimum of twenty hours a week under the new contract.


            By Ravi Shah,

            Depot managers have been asking for a clearer rule on heat breaks for three summers, and the board has yet to answer.

            Bakers' union signs night shift deal

            By Sara Holm,

            The deal splits the night shift in two and pays the later half at the night rate.

            Ferry Crews Reject the Roster. The Trial Goes On.

            By Jon Park, Coastline Weekly

            The crews voted down the four-day roster, but the company will run the trial through the winter anyway.
            """;

    private static final String GLUED = """
            docks
            Crane drivers vote to strike over the new rotas
            March 9, 2031Drivers at the northern terminals will walk out next month after talks broke down.
            Read moreOrchard pickers win a guaranteed weekly minimum
            March 7, 2031Forty orchards will pay for twenty hours a week whatever the weather.
            Read moreBakers split the long night shift in two
            March 4, 2031The later half of the shift is paid at the night rate under the new deal.
            Read moreFerry crews reject the four-day roster again
            March 1, 2031The company will run the trial through the winter anyway.
            Read more
            """;

    static Stream<Arguments> digests() {
        return Stream.of(
                Arguments.of("emoji headline, paragraph, pointed source; then the issue's own essay", EMOJI_HEADLINES,
                        List.of("Harbour crews trial a shared shift calendar", "Orchards offer contracts before the blossom",
                                "Bakeries split the long night shift in two", "Ferry crews ballot on a four-day roster"),
                        "Three terminals moved their rotas onto one calendar, and swaps now clear in a day instead of a week."),
                Arguments.of("date, excerpt opening in capitals, report number", DATED_EXCERPTS,
                        List.of("NIGHT ROTAS ARE NO LONGER A FIXED CHOICE", "APPRENTICE NUMBERS CLIMB AGAIN", "THE PAPER TIMESHEET IS GOING",
                                "HEAT BREAKS BECOME A CONTRACT TERM"),
                        "at the larger depots, where drivers now pick their nights a month ahead and..."),
                Arguments.of("\"Link:\" title by writer (source), paragraphs", LINK_LINES,
                        List.of("The Quiet Depot", "Why the Ferry Crews Said No", "Counting Orchard Hours", "The Timesheet Is Dead"),
                        "A long look at a freight depot that cut its night shift to one supervisor and a row of machines."),
                Arguments.of("headline, By-line with the publication, paragraph; one headline lost", BYLINES,
                        List.of("Crane drivers vote to strike over rotas", "Orchard pickers win a guaranteed minimum",
                                "Bakers' union signs night shift deal", "Ferry Crews Reject the Roster. The Trial Goes On."),
                        "Crane drivers at the northern terminals voted to walk out next month after talks on the new rota broke down."),
                Arguments.of("date and \"Read more\" run into the next line", GLUED,
                        List.of("Crane drivers vote to strike over the new rotas", "Orchard pickers win a guaranteed weekly minimum",
                                "Bakers split the long night shift in two", "Ferry crews reject the four-day roster again"),
                        "Drivers at the northern terminals will walk out next month after talks broke down."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("digests")
    void rowsFollowTheItemsRhythm(String layout, String page, List<String> names, String firstDescription) throws ParseException {
        KindEvidence evidence = new DigestParser().recognise(Lines.of(page));
        assertTrue(evidence.digest(), () -> "a digest: " + evidence);
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(names, names(d));
        assertEquals(firstDescription, d.rows().get(0).description());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("digests")
    void markersAreNotTheDescription(String layout, String page, List<String> names, String firstDescription) throws ParseException {
        for (SignalRow row : parse(page).rows()) {
            String text = row.description() == null ? "" : row.description();
            assertFalse(text.contains("👉") || text.startsWith("By ") || text.endsWith("Continue") || text.contains("Read more")
                    || text.contains("Bulletin 31-"), () -> row.name() + ": " + text);
        }
    }

    static Stream<Arguments> posts() {
        return Stream.of(
                Arguments.of("the writer's advice to the reader under headings", """
                        How I Plan a Week of Night Shifts

                        Start with the nights you cannot move
                        Before anything else, mark the nights your family needs you at home, and build the rest around them.

                        Keep one evening for yourself
                        You will be tempted to swap it away when a colleague asks, but your week falls apart when you do.

                        Write the swaps down the same day
                        I learnt this the hard way: a swap you only agreed in the canteen is a swap you will forget.

                        Sleep before the first night, not after
                        Your body needs the long sleep on the afternoon before, and I take mine behind blackout blinds.
                        """),
                Arguments.of("numbered imperative tips under a title that counts them", """
                        5 Tips for Surviving Your First Night Shift

                        1. Eat a proper meal before you go
                        A full meal at six keeps you going far better than snacks at three in the morning.

                        2. Bring layers for the cold hours
                        The depot gets cold after two, and the heaters in the cabs are never enough.

                        3. Take your breaks away from the screen
                        Walk the yard for ten minutes; it does more than another coffee.

                        4. Drive home with the window open
                        The drive home is the most dangerous part of the night, so keep yourself awake.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posts")
    void postsWithTheSameRhythmStayPosts(String what, String page) {
        assertEquals(DocumentKind.BLOG_POST, kind(page), () -> new DigestParser().recognise(Lines.of(page)).toString());
    }
}

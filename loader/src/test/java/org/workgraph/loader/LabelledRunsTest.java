package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.ArrayList;
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
 * Digests whose items are one line each under the label that names them: a podcast page's timestamped stories and its list
 * of linked titles, a newsletter's decorated section of sourced headlines beside its run-in takeaways (and its contents list,
 * which is no list of stories), an episode page's "Topics covered:" and "Takeaways:", and quick links with a reading time and
 * a gloss. And pages with such lines that stay posts: a letter's paragraphs under a greeting, a post's short list of points,
 * a sidebar of recent posts, a menu. Every page is invented here.
 */
class LabelledRunsTest {
    private static final String PODCAST = """
            This week: night rotas at the depot, and why the ferry crews said no. Two hosts meet each week to talk about the news of working life.

            The stories this week

            03:15 Night rotas become a choice at the harbour depot

            17:40 Ferry crews reject the roster their own association drafted

            Other stories we mention

            Orchards sign their pickers a month earlier than last year

            Why the paper timesheet is finally going

            Bakeries split the long night shift in two

            Our earlier conversation on crane drivers and heat breaks

            You can subscribe to this show wherever you get your podcasts.
            """;

    private static final String NEWSLETTER = """
            The Depot Letter: Rotas, Ballots and Heat Breaks

            Hello, depot people!

            Every roster I read this month says the same thing: the night shift is no longer a given, and crews know it.

            📰 In This Issue

              • The Depot Letter: Rotas, Ballots and Heat Breaks

              • Why the ferry ballot matters

            📣 Trending Depot News

              • Harbour crews trial a shared shift calendar (Linmouth Courier)

              • Orchards offer contracts before the blossom (Valley Grower)

              • Bakeries split the long night shift in two (Flour Gazette)

            Why the ferry ballot matters

            The crews voted on a roster their own association drafted, and the count says more about contracts than about rotas.

            Key Takeaways:

              • 📊 Count the hours: Crews that log their own hours win the argument about overtime.

              • 🚀 Ask early: The depots that asked their crews first had the fewest complaints.

              • ⏱️ Mind the nights: Nobody wants the night shift forced on them.
            """;

    private static final String EPISODE = """
            Sign up to keep your episodes
            In this episode we go from the harbour to the orchards, and end with a long talk about who keeps the depots running at night.
            🎧 Topics Covered:
            Night rotas at the harbour depot
            The ferry crews' ballot and what it means for contracts
            Orchard pickers signed before the blossom
            Heat breaks written into the summer agreements
            🧭 Takeaways:
            Crews that count their own hours win.
            Ballots matter even when the roster is drafted by friends.
            Nobody should have the night shift forced on them.
            """;

    private static final String QUICK_LINKS = """
            The Depot Briefing
            May 3, 2031
            A short issue: the ballot count is on Friday.
            ⚡ Quick Links
            Depots Move Rotas to One Shared Calendar (2 min read) — The swap that took a week now clears in a day.
            Ferry Crews Reject Their Own Roster (3 min read) — The vote turned on contracts, not on hours.
            Orchards Sign Pickers a Month Early (1 min read) — A thin labour market moves the season forward.
            Bakers Split the Long Night in Two (2 min read) — Parents take the later half.
            """;

    static Stream<Arguments> digests() {
        return Stream.of(
                Arguments.of("timestamped stories and linked titles under two labels", PODCAST,
                        List.of("Night rotas become a choice at the harbour depot", "Ferry crews reject the roster their own association drafted",
                                "Orchards sign their pickers a month earlier than last year", "Why the paper timesheet is finally going",
                                "Bakeries split the long night shift in two", "Our earlier conversation on crane drivers and heat breaks"),
                        List.of("The stories this week", "The stories this week", "Other stories we mention", "Other stories we mention",
                                "Other stories we mention", "Other stories we mention"),
                        null),
                Arguments.of("sourced headlines and run-in takeaways under decorated labels, the contents list left out", NEWSLETTER,
                        List.of("Harbour crews trial a shared shift calendar", "Orchards offer contracts before the blossom",
                                "Bakeries split the long night shift in two", "Count the hours", "Ask early", "Mind the nights"),
                        List.of("Trending Depot News", "Trending Depot News", "Trending Depot News", "Key Takeaways", "Key Takeaways", "Key Takeaways"),
                        null),
                Arguments.of("an episode's topics and takeaways, one per line", EPISODE,
                        List.of("Night rotas at the harbour depot", "The ferry crews' ballot and what it means for contracts",
                                "Orchard pickers signed before the blossom", "Heat breaks written into the summer agreements",
                                "Crews that count their own hours win.", "Ballots matter even when the roster is drafted by friends.",
                                "Nobody should have the night shift forced on them."),
                        List.of("Topics Covered", "Topics Covered", "Topics Covered", "Topics Covered", "Takeaways", "Takeaways", "Takeaways"),
                        null),
                Arguments.of("quick links: a title, its reading time and a gloss after a dash", QUICK_LINKS,
                        List.of("Depots Move Rotas to One Shared Calendar", "Ferry Crews Reject Their Own Roster",
                                "Orchards Sign Pickers a Month Early", "Bakers Split the Long Night in Two"),
                        List.of("Quick Links", "Quick Links", "Quick Links", "Quick Links"),
                        "The swap that took a week now clears in a day."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("digests")
    void oneLineItemsUnderALabelAreRows(String layout, String page, List<String> names, List<String> tables, String firstDescription)
            throws ParseException {
        KindEvidence evidence = new DigestParser().recognise(Lines.of(page));
        assertTrue(evidence.digest(), () -> "a digest: " + evidence);
        assertTrue(evidence.cues().stream().anyMatch(c -> c.contains("one-line items")), () -> "the runs are the evidence: " + evidence);
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(page));
        SignalDigest d = parse(page);
        assertEquals(names, names(d));
        List<String> headings = new ArrayList<>();
        for (SignalRow r : d.rows()) headings.add(r.heading());
        assertEquals(tables, headings);
        assertEquals(firstDescription, d.rows().get(0).description());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("digests")
    void theSourceAndTheMarksAreNotTheName(String layout, String page, List<String> names, List<String> tables, String firstDescription)
            throws ParseException {
        for (SignalRow r : parse(page).rows()) {
            assertFalse(r.name().matches("^(?:\\d|•|\\p{So}).*") || r.name().endsWith(")") || r.name().contains("min read"),
                    () -> "a bare name: " + r.name());
        }
    }

    private static final String LETTER = """
            Notes from the depot

            Hello, crew!

            It has been a long month at the depot, and I have spent most of it on the night shift myself, watching the rota change.

            The swap that used to take a week now clears in a day, which I did not expect when we started the trial last spring.

            I am writing this from the canteen, where the coffee is still bad and the conversation is still about the ballot.

            More next month, when the count is in and we know what the ferry crews decided.
            """;

    private static final String POINTS = """
            What a year on the night shift taught me

            I spent a year on nights at the depot. It changed how I sleep, how I eat and how I think about the people who set the rota.
            The first months were the hardest. Nobody tells you how quiet the yard gets at three in the morning, or how loud your own thoughts become.
            By the summer I had a routine, and by the autumn I had opinions about it, which my partner heard more of than she wanted.
            What I learned:
            Sleep in blocks
            Eat before the shift
            Keep one day for the family
            None of that is new, and all of it took me a year. If you are starting nights next month, start with the sleep and let the rest follow.
            The rota will change again next year, and I will be on days by then. I will miss the quiet, and not much else about it.
            """;

    private static final String SIDEBAR = """
            Why I still like the night shift

            Posted by Ann on 3 May 2031

            I have worked nights at the depot for six years now. People ask why I do not move to days, and the honest answer is that I like the quiet and the crew.
            The night crew is small, and you know everyone. When something breaks, the four of us fix it, and nobody has to send an email about it first.
            It is not for everyone, and I would not tell anyone to choose it. But it suits me, and I hope the new rota keeps a place for people like me.

            Recent Posts
            What the ferry ballot means for contracts
            Orchard pickers and the early season
            The paper timesheet is finally going
            Heat breaks in the summer agreements
            """;

    private static final String MENU = """
            The depot blog

            I started this blog to keep a record of the rota changes at the depot, and of what the crews said about them at the time.
            Most of it is written on my breaks, so forgive the typos. The posts go back four years now, and the early ones read strangely today.

            Categories
            Rotas
            Ballots
            Safety
            Pay
            """;

    static Stream<Arguments> posts() {
        return Stream.of(
                Arguments.of("a letter's paragraphs under a greeting", LETTER),
                Arguments.of("a post's short list of points among its paragraphs", POINTS),
                Arguments.of("a post with a sidebar of recent posts", SIDEBAR),
                Arguments.of("a blog's home with a menu of categories", MENU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posts")
    void linesUnderALabelThatAreNoListOfStoriesStayPosts(String what, String page) {
        assertEquals(DocumentKind.BLOG_POST, kind(page), () -> new DigestParser().recognise(Lines.of(page)).toString());
    }
}

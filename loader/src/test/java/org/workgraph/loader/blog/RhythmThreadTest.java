package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Threads whose posts are divided by nothing a header rule knows, read from the page's own rhythm ({@link RhythmThread}):
 * a name line with the writer's post count, a bare name line over each post, wider gaps between posts than between a
 * post's paragraphs, numbered posts opening with their writer's name line. Every page is written for this test (invented
 * people, handles and text). A rhythm seen once, or headings over an article's sections, is no thread.
 */
class RhythmThreadTest {

    static Stream<Arguments> rhythmicThreads() {
        return Stream.of(
                Arguments.of("a forum mirror: an article's opening, then a name line over each reply with its post count run in", """
                        Depot workers vote on a union this week

                        Ballots close on Friday at the regional depot, where four hundred staff work the night shift.
                        Organisers say turnout is high.
                        larkspur
                        (1,204 posts)I hope the vote carries. We waited years for this.
                        Tomas Reyes
                        (87 posts)Collective bargaining is the only lever the night shift has.
                        My brother works there and says the mood is good.
                        quill_and_ink
                        (15,310 posts)You would think the company would want a contract too.
                        """, List.of("larkspur", "Tomas Reyes", "quill_and_ink"), List.of("I", "Collective", "You")),
                Arguments.of("a forum thread: a name line over a member line over each post", """
                        Four-day week at our office?

                        We are trialling a four-day week from March and I would like to hear how it went for others.

                        fernhollow
                        Posts: 312 Member
                        We did it last year. My team got more done in four days than in five.

                        Odile Marchetti
                        Staff member
                        It depends on the work. Our call centre could not cover Fridays.
                        """, List.of("fernhollow", "Odile Marchetti"), List.of("We", "It")),
                Arguments.of("a plain forum dump: a bare name line over each of three posts", """
                        Anyone else asked to train their replacement?

                        My manager wants me to document everything before the team moves to the new system.

                        gravelroad

                        I had to do this last spring. Keep copies of what you write for yourself.

                        Maple Jensen

                        You are not obliged to make it easy. Ask what happens to your role first.

                        tern77

                        We went through the same thing and half of us were kept on in the end.
                        """, List.of("gravelroad", "Maple Jensen", "tern77"), List.of("I", "You", "We")),
                Arguments.of("a topic copied without names: two empty lines between posts, one between a post's paragraphs", """
                        Should shifts be four days?


                        Saw this in the paper this morning:


                        I think it would help with childcare more than anything else.

                        My sister works four tens and loves it.


                        Not for me, my job would just cram five days of work into four.


                        You would still need someone covering the fifth day though.


                        We tried rotating the day off and it worked fine.
                        """, List.of("-", "-", "-", "-"), List.of("I", "Not", "You", "We")),
                Arguments.of("a blog page whose head (links to the posts around it, the dateline, a follow-the-comments line) stands "
                        + "between wide gaps too: the head is no reply", """
                        « The night rota | Main | Pay talks resume »
                        March 03, 2024


                        Feed You can follow this conversation by subscribing to the comment feed for this post.


                        I think the rota change was overdue, we asked for it for two years.


                        You will find the night shift much quieter now.


                        We moved to days in May and nobody wants to go back.


                        I agree, the new rota suits families better.
                        """, List.of("-", "-", "-", "-"), List.of("I", "You", "We", "I")),
                Arguments.of("a post whose title and byline open the first piece: that piece is the post, the rest reply", """
                        Rota changes at the depot
                        By Imogen Treadwell | Mar 04, 2024
                        The depot moves to a four-day rota in May, the operator said.


                        I think this is overdue, we asked for it years ago.


                        You will find the nights quieter now.


                        We moved to days in May and nobody wants to go back.
                        """, List.of("-", "-", "-"), List.of("I", "You", "We")),
                Arguments.of("a discussion's comments alone, the first a long line in sentence case: a reply, not a title", """
                        Cuz it is cheaper in the long run and you cut the wage bill


                        I build packing lines for a living and the robots still need people to feed and fix them.


                        Good, let the machines do the night shifts and we can all go home earlier.


                        You would think a robot could at least spell the job advert right.
                        """, List.of("-", "-", "-", "-"), List.of("Cuz", "I", "Good,", "You")),
                Arguments.of("a later page of a topic, no title: every piece between wide gaps is a reply", """
                        When I started remote work my manager checked in every hour. It stopped after a month.


                        You should ask for fewer meetings, we did and nobody missed them.


                        Our team keeps one call a week and writes everything else down.


                        I agree with the above, the written updates are better than calls.
                        """, List.of("-", "-", "-", "-"), List.of("When", "You", "Our", "I")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rhythmicThreads")
    void readsThePostsTheRhythmDivides(String page, String text, List<String> writers, List<String> openings) throws Exception {
        BlogPost post = parse(text);
        assertEquals(writers, writers(post), page);
        assertEquals(openings, openings(post), page);
    }

    static Stream<Arguments> noThread() {
        return Stream.of(
                Arguments.of("an article with section headings over third-person paragraphs", """
                        How the depot changed its rota

                        Background

                        The depot ran three shifts until last year, when the operator cut the night shift.

                        Outcome

                        Staff moved to days and the operator reported lower costs in the first quarter.

                        Reaction

                        The union said the change had been made without consultation.
                        """),
                Arguments.of("a name line once, over a quoted reply: no rhythm", """
                        A note on hiring

                        The firm hired twelve engineers this spring and plans more in autumn.

                        harrowgate
                        (44 posts)They said the same last year.
                        """),
                Arguments.of("an essay with wide gaps between its sections, speaking of others", """
                        The long decline of the office


                        Offices were built for clerks who filed paper, and the paper has gone.


                        Landlords now offer shorter leases and shared floors to keep tenants.


                        Cities have begun to convert towers into flats where the demand holds.


                        Planners expect the change to take a decade or more.
                        """),
                Arguments.of("a listicle to the reader: each section between wide gaps opens with a heading of its own", """
                        Running a team across three time zones is harder than it looks, and you will feel it in week one.

                        Here are the habits I rely on.


                        Agree on the hours you overlap

                        You need at least two hours a day when everyone can answer. Put them in the calendar.


                        Write the decisions down

                        Your team cannot ask across the desk, so every decision goes into the shared notes.


                        Pick one channel for urgent news

                        If you use three, people will miss the one that matters. Tell them which.
                        """),
                Arguments.of("an article whose kicker and byline open the first section, with sentence-case headings over the rest", """
                        How scheduling software reshaped the depot

                        Work & Money
                        By Imogen Treadwell | Mar 04, 2024
                        You might not notice the rota app until it breaks. [stock photo]

                        The depot moved its rota to an app two years ago and managers say planning takes half the time.

                        Shift swaps

                        Staff used to swap shifts on a paper sheet by the canteen. Now you swap in the app and it is approved in minutes.

                        Holiday requests

                        Requests go to a queue that your manager answers within a day, the operator says.

                        Overtime offers

                        The app offers spare shifts to whoever is free first, which you may or may not like.
                        """),
                Arguments.of("a comic strip's captions between wide gaps, closed by the post's own dateline", """
                        Back to the desk

                        I'm staying home unless you pay for the bus!


                        Don't be silly. Look at the new coffee machine...


                        You sleep here on Tuesdays. You have your bike here. Your plants live here.


                        So you already stay at home, because this is your home.

                        Published Monday, 3 March 2025
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noThread")
    void abstainsWhereTheRhythmIsThinOrThePageIsAnArticle(String page, String text) throws Exception {
        BlogPost post = parse(text);
        assertEquals(List.of(), post.responses(), page);
    }

    @Test
    void aQuoteBlockAtTheHeadOfAPostStaysInThatPost() throws Exception {
        BlogPost post = parse("""
                # Night shift cut at the depot

                ## wrenfield

                They are cutting the night shift from May. Is anyone else affected?

                ----------

                ## oakapple

                wrenfield said:


                > They are cutting the night shift from May.


                Same here, and nobody asked us first.

                ----------

                ## birchmoor

                We heard it will be reviewed in a year.
                """);
        assertEquals(List.of("oakapple", "birchmoor"), writers(post));
        assertTrue(post.responses().get(0).text().startsWith("They are cutting the night shift from May. Same here"),
                post.responses().get(0).text());
    }

    @Test
    void aWroteLineOverADateIsNoQuoteBlockAndStaysInTheText() throws Exception {
        BlogPost post = parse("""
                Overtime rules

                Post by wrenfield » Mon Mar 02, 2020 9:10 am
                Does anyone get paid for answering email at home?

                Post by oakapple » Mon Mar 02, 2020 11:42 am
                birchmoor wrote:
                Sun Mar 01, 2020 8:05 pm
                Nobody pays for that here.
                We get a flat allowance, which is something.
                """);
        // The topic's first post is the document's; the reply keeps its quote's introducing line, which no "> " line follows.
        assertEquals(List.of("oakapple"), writers(post));
        assertTrue(post.responses().get(0).text().startsWith("birchmoor wrote:"), post.responses().get(0).text());
    }

    @Test
    void kgInspectShowsWhichRhythmCutThePosts() throws Exception {
        List<Segment> segments = new BlogParser().segment(new Source("t.txt", "0".repeat(64)), Lines.of("""
                A question about overtime

                Is unpaid overtime normal where you work?
                larkspur
                (1,204 posts)Not where I work, it is all logged.
                Tomas Reyes
                (87 posts)You should keep your own record of the hours.
                """));
        Segment rhythm = segments.stream().filter(s -> s.role() == Segment.Role.RHYTHM).findFirst().orElseThrow();
        assertTrue(rhythm.text().contains("'larkspur': a name line with the writer's post count"), rhythm.text());
    }
}

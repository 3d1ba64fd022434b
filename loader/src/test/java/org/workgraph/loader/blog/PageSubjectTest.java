package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;

/**
 * The subject and the writer where forum, social, journal and newsletter pages print them ({@link PageSubject}), and
 * the head furniture that is never a title ({@link HeadFurniture}); with the pages where a cue must not decide. Every
 * page is written for this test (invented people, sites and text).
 */
class PageSubjectTest {
    private static final String TEXT = """

            The depot moved the early shift to five in the morning, and the drivers heard about it from the notice board first.

            We asked the depot manager for a meeting, and he said the timetable is set by head office and cannot change now.
            """;

    static Stream<Arguments> pages() {
        return Stream.of(
                // Furniture that is never the title.
                Arguments.of("a skip link over the subject: the subject is the next line",
                        "Jump to navigation\n\nwhy the early shift moved\n\n\nPinned Posts\n" + TEXT, "why the early shift moved", null),
                Arguments.of("a lost logo's label ('... with') over the page is no title",
                        "Brought to you with\n" + TEXT, null, null),
                Arguments.of("a sentence asking the reader to subscribe is no title",
                        "Follow You can keep up with this thread by subscribing to its feed in your reader.\n" + TEXT, null, null),
                Arguments.of("a thread heading that points at the page is no title",
                        "Comments on this article\n\nquayside_tom's avatar\n" + TEXT + "\nExpand full comment\nbrennock_o's avatar\n\nWe were told the same at the north depot, by a notice pinned over the kettle.\n",
                        null, null),
                Arguments.of("a handle alone over a comment is no title",
                        "quayside_tom\n" + TEXT, null, null),
                Arguments.of("a greeting opening the text is no title",
                        "Hello friends!!\n" + TEXT, null, null),
                Arguments.of("an image's credit over the title is passed over",
                        "Photo by Orla Brennock on Snapshots\n\nThe early shift at five\n" + TEXT, "The early shift at five", null),
                Arguments.of("a bare web address is no title",
                        "https://depot.example/notices/early-shift\n" + TEXT, null, null),
                Arguments.of("a person's name alone over the text is no title",
                        "Helen Pettifer\n" + TEXT, null, null),
                // The subject in a thread's or a journal's form.
                Arguments.of("a heading marked '# ' over posts with repeated headers: the subject and the opening post's writer",
                        "# Early shift moved without asking\n\n\n## Orla Brennock (Mar 3, 2021)\n" + TEXT
                                + "\n----------\n\n## quayside_tom (Jan 9, 2019)\n\nSame at our depot, nobody asked us either.\n",
                        "Early shift moved without asking", "Orla Brennock"),
                Arguments.of("a journal's icon line is no title",
                        "brennock_o: (work)\n" + TEXT, null, "brennock_o"),
                Arguments.of("pictographs opening a newsletter's title are icons, not words",
                        "\uD83D\uDE8C Early shifts & the depot\n\nPLUS: what the timetable review means\n" + TEXT, "Early shifts & the depot", null),
                Arguments.of("a journal's time, then the subject",
                        "07:15 pm: the early shift, again\n" + TEXT, "the early shift, again", null),
                Arguments.of("a label naming what the page answers, then the subject",
                        "In reply to:\n\nDepot Moves Early Shift To Five\n\nquayside_tom Wrote: Mar 03, 2021 07:10 AM\n" + TEXT,
                        "Depot Moves Early Shift To Five", null),
                Arguments.of("a short first line ending in an ellipsis over numbered posts",
                        "If drivers can't choose their shifts..\n\n  1. then who does? the timetable is a mystery to all of us.\n  2. Head office, as always.\n",
                        "If drivers can't choose their shifts..", null),
                Arguments.of("a community line over the subject: the subject and its poster",
                        "r/busdrivers \u2022 u/quayside_tom \u2022 3d ago\nEarly shift moved to five, nobody asked\n" + TEXT,
                        "Early shift moved to five, nobody asked", "quayside_tom"),
                Arguments.of("a viewer counter run onto the subject's end",
                        "Early Shift At Five (2 Viewers)\n\n  \u2022 Thread starter Orla Brennock\n" + TEXT, "Early Shift At Five", "Orla Brennock"),
                // The writer where the structure prints the opening post's.
                Arguments.of("a journal's icon line",
                        "brennock_o: (work)\n[personal profile] brennock_o\n" + TEXT, null, "brennock_o"),
                Arguments.of("'NAME (account) wrote,' over a journal entry",
                        "Orla (brennock_o) wrote,\n\n  \u2022 Mood:\n" + TEXT, null, "Orla"),
                Arguments.of("a name run into a read time under a standfirst",
                        "The early shift\n\nWhat happens when a depot stops asking the people who drive the first buses of the day.\nOrla Brennock 7 min read\n" + TEXT,
                        "The early shift", "Orla Brennock"),
                Arguments.of("the first avatar's alt text in a forum post's head",
                        "Depot news - View Single Post - The early shift\nView Single Post\nquayside_tom's Avatar\nJoin Date: Jan 2019\n" + TEXT,
                        null, "quayside_tom"),
                // Where a cue must not decide.
                Arguments.of("an avatar under a thread heading is a responder's",
                        "Discussion about this post\n\nquayside_tom's avatar\n" + TEXT + "\nExpand full comment\nbrennock_o's avatar\n\nWe were told the same at the north depot, by a notice pinned over the kettle.\n",
                        null, null),
                Arguments.of("a rank over member fields is no writer",
                        "The early shift\n\nKeeper of the Keys\nJoined\n3 Jan 2019\nPosts\n1,204\n" + TEXT, "The early shift", null),
                Arguments.of("a post header printed once is no repeated shape",
                        "# Early shift moved without asking\n\n\n## Orla Brennock (Mar 3, 2021)\n" + TEXT, "Early shift moved without asking", null),
                Arguments.of("a long first line ending in an ellipsis is text, not a subject",
                        "So the depot moved the early shift again and nobody asked any of the drivers who actually work it...\n" + TEXT, null, null),
                Arguments.of("'Posted by' over a name is a byline, not a lost logo's label",
                        "The early shift\n\nPosted by\nOrla Brennock\n" + TEXT, "The early shift", "Orla Brennock"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsTheSubjectAndTheWriterWhereThePageShowsThem(String why, String page, String title, String author) throws Exception {
        BlogPost post = ThreadPages.parse(page);
        assertEquals(title, post.title(), "title");
        assertEquals(author, post.author(), "writer");
    }

    static Stream<Arguments> furniture() {
        return Stream.of(
                Arguments.of("Skip to main content", true), Arguments.of("Jump to content", true),
                Arguments.of("In association with", true), Arguments.of("Sponsored by", true),
                Arguments.of("Was this digest sent on to you? Subscribe to get your own copy.", true),
                Arguments.of("www.depot.example/notices", true), Arguments.of("Back to the Depot", false), Arguments.of("Go to Work", false),
                Arguments.of("By", false), Arguments.of("Posted by", false), Arguments.of("Skipping the early shift", false),
                Arguments.of("Why drivers skip to the front of the queue", false),
                Arguments.of("What you should know before you subscribe to a union", false),
                Arguments.of("Photo by Orla Brennock on Snapshots", true), Arguments.of("Photo by Orla Brennock / Snapshots", true),
                Arguments.of("Image: Depot Archive", true), Arguments.of("Photography by the sea", false),
                Arguments.of("Photo by photo, the depot changed.", false),
                Arguments.of("Report Inappropriate Comments", true), Arguments.of("Report abuse", true),
                Arguments.of("Report on the early shift", false));
    }

    @ParameterizedTest(name = "{0}: chrome {1}")
    @MethodSource("furniture")
    void chromeIsToldByItsShape(String line, boolean chrome) {
        assertEquals(chrome, HeadFurniture.chrome(line).isPresent(), line);
    }

    @Test
    void inspectShowsTheEvidence() throws Exception {
        List<Segment> segments = new BlogParser().segment(new org.workgraph.loader.model.Source("t.txt", "0".repeat(64)),
                org.workgraph.loader.text.Lines.of("r/busdrivers \u2022 u/quayside_tom \u2022 3d ago\nEarly shift moved to five, nobody asked\n" + TEXT));
        Segment head = segments.stream().filter(s -> s.role() == Segment.Role.HEAD).findFirst().orElseThrow();
        assertTrue(head.text().contains("writer 'quayside_tom' (the poster in a community line)"), head.text());
        assertTrue(segments.stream().anyMatch(s -> s.role() == Segment.Role.TITLE && s.text().startsWith("Early shift moved")));
    }
}

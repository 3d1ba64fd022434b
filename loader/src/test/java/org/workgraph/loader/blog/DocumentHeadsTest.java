package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * A post's head in the forms pages print it: the title among mastheads and the site's name, the byline in its many
 * forms, the categories a post is filed under, an author box or bio at the end, and the count a page states. Every page
 * is written for this test (invented people, sites and text); each test names the cue it rests on.
 */
class DocumentHeadsTest {
    private static BlogPost parse(String text) throws Exception {
        return new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(text));
    }

    private static final String BODY = """

            The rota changed again this week, and nobody on the night shift was asked about it first.

            We took the question to the union meeting on Thursday and were told to wait for the review.
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            a date line before the title;       Tuesday, 4 March 2025|Night shift notes;                                    Night shift notes;  ;               2025-03-04;
            by NAME on DATE under the title;    Night shift notes|by Orla Pettifer on March 4, 2025;                        Night shift notes;  Orla Pettifer;  2025-03-04;
            Posted in CATEGORY by NAME;         Night shift notes|Posted in Rotas by Orla Pettifer;                         Night shift notes;  Orla Pettifer;  ;               Rotas
            a relative date is no date;         Night shift notes|by Orla Pettifer 2 years ago;                             Night shift notes;  Orla Pettifer;  ;
            an age on a line of its own;        Night shift notes||Updated 2 years ago;                                     Night shift notes;  ;               ;
            Written by NAME;                    Night shift notes|Written by Orla Pettifer;                                 Night shift notes;  Orla Pettifer;  ;
            Author: NAME;                       Night shift notes|Author: Orla Pettifer;                                    Night shift notes;  Orla Pettifer;  ;
            By NAME, role;                      Night shift notes|By Orla Pettifer, Night Desk Reporter;                    Night shift notes;  Orla Pettifer;  ;
            NAME · DATE · read time;            Night shift notes|Orla Pettifer · Mar 4, 2025 · 5 min read;                 Night shift notes;  Orla Pettifer;  2025-03-04;
            DATE · read time;                   Night shift notes|Mar 4, 2025 · 5 min read;                                 Night shift notes;  ;               2025-03-04;
            DATE by NAME;                       Night shift notes|March 4, 2025 by Orla Pettifer;                           Night shift notes;  Orla Pettifer;  2025-03-04;
            NAME on DATE;                       Night shift notes|Orla Pettifer on March 4, 2025;                           Night shift notes;  Orla Pettifer;  2025-03-04;
            a call to action and a legal line;  Subscribe for weekly notes|Privacy policy | © Quillmoor Ltd 2021|Night shift notes; Night shift notes; ;         ;
            the site's name a copyright line gives; Quillmoor|Night shift notes;                          Night shift notes;  ;               ;
            a logo spelled out letter by letter; M E N U|Night shift notes;                                                 Night shift notes;  ;               ;
            a bulleted notice above the title;  • Welcome to the new Quillmoor boards, mind the changes while we move in|Night shift notes; Night shift notes; ; ;
            TITLE | SITE over the bare title;   Night shift notes | Quillmoor Weekly|Night shift notes;                     Night shift notes;  ;               ;
            TITLE - SITE over the bare title;   Night shift notes - Quillmoor Weekly|Night shift notes;                     Night shift notes;  ;               ;
            a bare name over a one-line bio;    Night shift notes|Orla Pettifer|Reporter based in Harrowgate.;              Night shift notes;  Orla Pettifer;  ;
            """)
    void headForms(String form, String head, String title, String author, String date, String category) throws Exception {
        // The site's name in the head is known by the copyright line at the foot of the page.
        BlogPost post = parse(String.join("\n", head.split("\\|(?! )")) + "\n" + BODY + "\n\u00A9 2021 Quillmoor. All rights reserved.\n");
        assertEquals(title, post.title(), form);
        assertEquals(author, post.author(), form);
        assertEquals(date == null ? null : LocalDate.parse(date), post.published(), form);
        assertEquals(category == null ? List.of() : List.of(category), post.categories(), form);
        assertTrue(post.body().startsWith("The rota changed again"), form + ": " + post.body());
    }

    @Test
    void aTitleWithADashOfItsOwnKeepsItWhenNotPrintedBare() throws Exception {
        BlogPost post = parse("Night shift notes - week two\n" + BODY);
        assertEquals("Night shift notes - week two", post.title());
    }

    @Test
    void aNameOverAnOrdinaryLineIsNoByline() throws Exception {
        BlogPost post = parse("""
                Night shift notes
                Orla Pettifer
                Harbour Lane depot, week two

                The rota changed again this week.
                """);
        assertNull(post.author());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Filed under;  Filed under: Rotas, Night work;   Rotas|Night work
            Categories;   Categories: Rotas;                Rotas
            Tags;         Tags: rotas, night work, pay;      rotas|night work|pay
            Posted in;    Posted in Rotas, Pay;              Rotas|Pay
            """)
    void categoriesFiledUnderTheText(String form, String line, String expected) throws Exception {
        BlogPost post = parse("Night shift notes\n" + BODY + "\n" + line + "\n");
        assertEquals(List.of(expected.split("\\|")), post.categories(), form);
    }

    @Test
    void aSentenceThatOpensWithTagsIsNoCategoryLine() throws Exception {
        BlogPost post = parse("Night shift notes\n" + BODY + "\nTags: we never use them here, and that is a choice.\n");
        assertEquals(List.of(), post.categories());
    }

    @Test
    void anAuthorBoxAtTheEndNamesTheWriter() throws Exception {
        BlogPost post = parse("Night shift notes\n" + BODY + """

                About the author

                Orla Pettifer writes the night desk's column on rotas and pay.
                """);
        assertEquals("Orla Pettifer", post.author());
    }

    @Test
    void aClosingBioNamesTheWriterButANameInTheTextDoesNot() throws Exception {
        BlogPost bio = parse("Night shift notes\n" + BODY + "\nOrla Pettifer is a freelance reporter based in Harrowgate.\n");
        assertEquals("Orla Pettifer", bio.author());
        BlogPost text = parse("Night shift notes\n" + BODY + "\nDenby Marsh is a manager who never asks anyone.\n");
        assertNull(text.author()); // no trade or beat that a bio states: a sentence about someone
    }

    @Test
    void aQuestionPagesClosingLineGivesItsCategoryAndCount() throws Exception {
        BlogPost post = parse("""
                Should I tell my manager about the rota?
                March 4, 2025 9:15 PM

                My manager changed the rota without asking anyone. Should I raise it, or wait for the review?

                posted by anonymous to Workplace Matters (12 answers total) 3 users marked this as a favorite
                """);
        assertEquals(List.of("Workplace Matters"), post.categories());
        assertEquals(12, post.claimedResponseCount());
    }

    @Test
    void aCountInTheClosingLineOverNoReadableThreadIsReported() throws Exception {
        String page = """
                Should I tell my manager about the rota?

                My manager changed the rota without asking anyone. Should I raise it, or wait for the review?

                posted by anonymous to Workplace Matters (12 answers total)
                """;
        List<String> warnings = new java.util.ArrayList<>();
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(page), warnings::add);
        assertEquals(List.of(), post.responses());
        assertEquals(List.of("the page claims 12 responses, but no response could be told apart; loaded as a document with its text"),
                warnings);
        List<String> none = new java.util.ArrayList<>();
        new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(page.replace("(12 answers total)", "(0 answers total)")),
                none::add);
        assertEquals(List.of(), none, "a page that claims no responses has none to miss");
    }

    @Test
    void aCountThatRepeatsTheTitleBelowTheThreadsStartIsTheClaimedCount() throws Exception {
        BlogPost post = parse("""
                Five things about night shifts

                A short list of mine, flush left, and then the comments.

                  1. The buses stop at midnight.
                  2. The canteen shuts at ten.

                2 thoughts on “Five things about night shifts
                """);
        assertEquals(2, post.claimedResponseCount());
    }

    @Test
    void aCountOfAnotherTitleIsNotThisPagesCount() throws Exception {
        BlogPost post = parse("""
                Five things about night shifts

                A short list of mine, flush left, and then the comments.

                  1. The buses stop at midnight.
                  2. The canteen shuts at ten.

                7 comments on “A different post”
                """);
        assertNull(post.claimedResponseCount());
    }

    /**
     * Heads as sites nobody on this project wrote print them: the page's own lines above the title (a server's error, a
     * section's name, a profile line, links to the next post, a breadcrumb trail), the byline on lines of its own under
     * the title, the writer's signature at the end. Each page has the same body after its head.
     */
    static Stream<Arguments> unseenHeads() {
        return Stream.of(
                Arguments.of("section lines above the title, found by the byline under it",
                        "Local News\nRotas\n\nNight shifts are changing again\n\nBy Orla Pettifer\n",
                        "Night shifts are changing again", "Orla Pettifer", null, null),
                Arguments.of("a title ending in a full stop over a name over a reading time run into the date",
                        "Night shifts need to end.\n\nOrla Pettifer\n12 min readOct 14, 2024\n",
                        "Night shifts need to end.", "Orla Pettifer", "2024-10-14", null),
                Arguments.of("the writer, the publication and 'Published in' over the date",
                        "Night shift notes\n\nOrla Pettifer\nThe Harbour Desk\nPublished in\n10 min readFeb 6, 2023\n",
                        "Night shift notes", "Orla Pettifer", "2023-02-06", null),
                Arguments.of("the writer's profile photo over the title",
                        "Skip to Content\nAuthor's profile photo Orla Pettifer\n\nNight shift notes\n",
                        "Night shift notes", "Orla Pettifer", null, null),
                Arguments.of("a server's error over the window's title over the title with curly quotes",
                        "Notice: Undefined variable: depot in /var/www/harbour/functions.php on line 12\n\n"
                                + "Night shift \"notes\" from the depot - Harbour Desk\n\n\nNight shift \u201Cnotes\u201D from the depot\n",
                        "Night shift \u201Cnotes\u201D from the depot", null, null, null),
                Arguments.of("a category label over its value, over the title",
                        "Categories\nRotas\n\nNight shift notes\n",
                        "Night shift notes", null, null, "Rotas"),
                Arguments.of("links to the previous and next posts are no title",
                        "\u00AB The canteen closes early | Main | Buses after midnight \u00BB\n\nMarch 4, 2025\n",
                        null, null, "2025-03-04", null),
                Arguments.of("a breadcrumb trail ending in the title, over the title",
                        "Home News Night shift notes from the depot\n\nNight shift notes from the depot\n",
                        "Night shift notes from the depot", null, null, null),
                Arguments.of("Posted by NAME at DATE under the text",
                        "Night shift notes\n" + BODY + "\nPosted by Orla Pettifer at March 4, 2025 03:08 PM\n\nTrackback Pings\n",
                        "Night shift notes", "Orla Pettifer", null, null),
                Arguments.of("a dash signature under the text",
                        "Night shift notes\n" + BODY + "\n\u2014 Orla Pettifer, Night Editor, Harbour Weekly\n",
                        "Night shift notes", "Orla Pettifer", null, null),
                Arguments.of("an author box under a handle",
                        "Night shift notes\n" + BODY + "\n\nAbout opettifer2\n\nI work nights and write about it.\n",
                        "Night shift notes", "opettifer2", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unseenHeads")
    void unseenHeadForms(String form, String head, String title, String author, String date, String category) throws Exception {
        BlogPost post = parse(head.contains("The rota changed again") ? head : head + BODY);
        assertEquals(title, post.title(), form);
        assertEquals(author, post.author(), form);
        assertEquals(date == null ? null : LocalDate.parse(date), post.published(), form);
        assertEquals(category == null ? List.of() : List.of(category), post.categories(), form);
        assertTrue(post.body().startsWith("The rota changed again"), form + ": " + post.body());
    }

    @Test
    void aByLineInTheTextOfAPageThatOpensWithItsTextFindsNoTitle() throws Exception {
        BlogPost post = parse("""
                Rotas
                The rota changed again this week, and nobody on the night shift was asked about it first, again.

                By the end of the week the union had written to the depot manager.
                """);
        assertNull(post.title());
        assertNull(post.author());
    }

    @Test
    void aSignatureThatNamesTheWriterIsNoPartOfTheText() throws Exception {
        BlogPost post = parse("Night shift notes\n" + BODY + "\n\u2014 Orla Pettifer, Night Editor, Harbour Weekly\n");
        assertEquals("Orla Pettifer", post.author());
        assertFalse(post.body().contains("Orla Pettifer"), post.body());
        assertTrue(post.body().endsWith("wait for the review."), post.body());
    }

    @Test
    void aNameOverAnOrdinaryDateLessLineOrAnAboutUsBoxNamesNobody() throws Exception {
        assertNull(parse("Night shift notes\n\nOrla Pettifer\nThe Harbour Desk\n" + BODY).author());
        assertNull(parse("Night shift notes\n" + BODY + "\nAbout us\n\nWe are a small union branch.\n").author());
        assertNull(parse("Night shift notes\n" + BODY + "\n\u2014 Anonymous\n").author());
    }
}

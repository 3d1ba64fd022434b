package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * A post's title, writer, date and categories where pages print them away from a head's usual order: a title under a
 * day's date that ends as a sentence may, a byline inside a link aggregator's score line or spread over a forum's short
 * lines, a date stamp over the title. Every page is written for this test (invented people, sites and text); each case
 * names the cue it rests on, and each cue has a page it must not fire on.
 */
class HeadsAwayFromTheHeadTest {
    private static final String BODY = """

            The rota changed again this week, and nobody on the night shift was asked about it first.

            We took the question to the union meeting on Thursday and were told to wait for the review.
            """;

    private static BlogPost parse(String text) throws Exception {
        return new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(text));
    }

    static Stream<Arguments> heads() {
        return Stream.of(
                Arguments.of("a title ending in an ellipsis under a day's date",
                        "Tuesday, March 4, 2025\n\nNight shifts again...\n",
                        "Night shifts again...", null, "2025-03-04"),
                Arguments.of("a title ending in a full stop right under a day's date, the text right under it",
                        "Tuesday, March 4, 2025\nI am done with night shifts.",
                        "I am done with night shifts.", null, "2025-03-04"),
                Arguments.of("a blog's name, a day's date, a title asking a question",
                        "Orla's Night Notes\n\nTuesday, March 4, 2025\n\nA Four-Night Week?\n",
                        "A Four-Night Week?", null, "2025-03-04"),
                Arguments.of("a long first sentence under a day's date is the text, no title",
                        "Tuesday, March 4, 2025\n\nI went in on Monday night expecting the usual handover and found that the whole rota had been redrawn without a word.\n",
                        null, null, "2025-03-04"),
                Arguments.of("two sentences under a day's date are the text, no title",
                        "Tuesday, March 4, 2025\n\nIt rained. We stayed in.\n",
                        null, null, "2025-03-04"),
                Arguments.of("a byline inside a link aggregator's score line",
                        "Night shift notes (harbour.example)\n41 points by opettifer on Mar 4, 2025 | hide | past | favorite | 12 comments\n",
                        "Night shift notes (harbour.example)", "opettifer", "2025-03-04"),
                Arguments.of("a forum's byline over three short lines, under the topic's Re: line",
                        "Post\nTopic\nRe: Night shift notes\nby\nOrlaPettifer\non 16/07/2025, 08:42:40 UTC\n",
                        "Re: Night shift notes", "OrlaPettifer", "2025-07-16"),
                Arguments.of("'by' and 'on' around no date make no byline",
                        "Night shift notes\n\nWe were told by Orla on the night shift that the rota would change.\n",
                        "Night shift notes", null, null),
                Arguments.of("a page's machine date stamp with the site's name is no title: the headline over the byline is",
                        "date 2025-03-04 Harbour Weekly\nRotas\n\nNight shift notes\n\nBy Orla Pettifer\n",
                        "Night shift notes", "Orla Pettifer", null),
                Arguments.of("a page's machine date stamp over a name and text is no title, nor is the name",
                        "date 2025-03-04 Harbour Weekly\nOrlaP\n",
                        null, null, null));
    }

    /** Where the writer or the date stands under or after the text, each page headed "Night shift notes". */
    static Stream<Arguments> afterTheText() {
        return Stream.of(
                Arguments.of("a first name under a newsletter's sign-off, with more text after it",
                        BODY + "\nWith warm regards and strong tea,\n\nOrla\n\nIn case you missed it, here is the week's rota.\n",
                        "Orla", null),
                Arguments.of("a full name under a sign-off",
                        BODY + "\nBest wishes,\nOrla Pettifer\n",
                        "Orla Pettifer", null),
                Arguments.of("a titled name as the post's last line, under its motto",
                        BODY + "\n\"Mind the gap\"\nRev. Orla Pettifer\n",
                        "Orla Pettifer", null),
                Arguments.of("a name with its handle as the post's last line",
                        BODY + "\nOrla Pettifer (@opettifer)\n",
                        "Orla Pettifer", null),
                Arguments.of("a list of names with their handles signs nothing",
                        BODY + "\nOrla Pettifer (@opettifer)\nBram Kestle (@bkestle)\n",
                        null, null),
                Arguments.of("a bare two-word last line may be a series' name or a rank: no signature",
                        BODY + "\nSenior Member\n",
                        null, null),
                Arguments.of("a line ending in a comma over a sentence is no sign-off",
                        BODY + "\nAnd so,\nwe wait for the review like everyone else.\n",
                        null, null),
                Arguments.of("an author box under a handle with a capital inside it, over a bio",
                        BODY + "\nAbout NightDeskOP\n\nThe night desk has covered depot rotas and shift pay for twenty years.\n",
                        "NightDeskOP", null),
                Arguments.of("'About' a brand over a list of links is no author box",
                        BODY + "\nAbout LinkedIn\n\nPrivacy\n",
                        null, null),
                Arguments.of("a date line under the standfirst",
                        "\nNight shifts are changing, and the depot did not ask\nMar 4, 2025\n" + BODY,
                        null, "2025-03-04"),
                Arguments.of("a date line further down the text is no post date",
                        BODY + "\nThe review is due on\n\nMar 4, 2025\n",
                        null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("afterTheText")
    void writerAndDateAfterTheText(String form, String page, String author, String date) throws Exception {
        BlogPost post = parse("Night shift notes\n" + page);
        assertEquals("Night shift notes", post.title(), form);
        assertEquals(author, post.author(), form);
        assertEquals(date == null ? null : LocalDate.parse(date), post.published(), form);
        assertTrue(post.body().contains("The rota changed again"), form + ": " + post.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    void headForms(String form, String head, String title, String author, String date) throws Exception {
        BlogPost post = parse(head + BODY);
        assertEquals(title, post.title(), form);
        assertEquals(author, post.author(), form);
        assertEquals(date == null ? null : LocalDate.parse(date), post.published(), form);
        assertEquals(List.of(), post.categories(), form);
        assertTrue(post.body().contains("The rota changed again"), form + ": " + post.body());
    }
}

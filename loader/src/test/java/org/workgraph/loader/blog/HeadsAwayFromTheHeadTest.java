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

package org.workgraph.loader.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An essay or blog post with the thread its page shows.
 *
 * @param title                 the page's title, or null
 * @param author                the writer the page states (a byline), or null
 * @param published             the date the page states, or null
 * @param categories            categories the page states
 * @param claimedResponseCount  the count the page claims ("32 Responses", "No Comments" = 0), or null
 * @param body                  the post's text, whitespace normalised
 * @param responses             every response in page order
 */
public record BlogPost(Source source, String title, String author, LocalDate published, List<String> categories,
                       Integer claimedResponseCount, String body, List<Response> responses) implements Document {
    public BlogPost {
        categories = List.copyOf(categories);
        responses = List.copyOf(responses);
    }
}

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
 * @param thread                why the page's thread was read or set aside ({@link ThreadEvidence#NONE} when the reader
 *                              did not weigh it: a feed, an export, a page whose markup holds its comments)
 */
public record BlogPost(Source source, String title, String author, LocalDate published, List<String> categories,
                       Integer claimedResponseCount, String body, List<Response> responses, ThreadEvidence thread) implements Document {
    public BlogPost {
        categories = List.copyOf(categories);
        responses = List.copyOf(responses);
        if (thread == null) thread = ThreadEvidence.NONE;
    }

    /** A post whose thread the reader took as the source gives it, nothing weighed. */
    public BlogPost(Source source, String title, String author, LocalDate published, List<String> categories,
                    Integer claimedResponseCount, String body, List<Response> responses) {
        this(source, title, author, published, categories, claimedResponseCount, body, responses, ThreadEvidence.NONE);
    }
}

package org.workgraph.server.api;

import java.util.List;

/**
 * The shapes the JSON API answers with. Field names are part of the API (documented in openapi.json):
 * they are record components, so they change only when this file does. Absent values are null, never
 * missing; lists are empty, never null.
 */
final class Json {
    private Json() {}

    /** A reference to another resource: its IRI (which dereferences) and a human label. */
    record Ref(String id, String label) {
        static Ref of(String id, String label) { return id == null ? null : new Ref(id, label); }

        /** The read model's link as the API shows it. */
        static Ref of(org.workgraph.server.read.ReadModel.Ref ref) { return ref == null ? null : new Ref(ref.iri(), ref.label()); }
    }

    /** One page of a list. {@code next} is the path of the next page, or null on the last. */
    record Page<T>(List<T> items, long total, int limit, long offset, String next) {}

    record Error(int status, String error, String message) {}

    record DocumentSummary(String id, String key, String href, String kind, String title, Ref creator, String created,
            String sourceFile, Integer claimedResponseCount, long responseCount, long signalCount) {}

    record Document(String id, String key, String kind, String title, Ref creator, String created, String sourceFile,
            Integer claimedResponseCount, List<String> categories, String content, String summary, Source source,
            List<Ref> addresses, List<Ref> mentions, List<Ref> ideas, long responseCount, List<Response> thread,
            List<Signal> signals) {}

    record Source(String id, String title, Ref creator) {}

    /** A response and, nested, the responses that answer it. */
    record Response(String id, Integer position, String kind, Ref author, String label, String content, String created,
            String sourceTitle, String sourceSite, String inReplyTo, List<Ref> addresses, List<Ref> mentions,
            List<Ref> ideas, List<Response> replies) {}

    record PersonSummary(String id, String key, String href, String name, long wrote, long answered, long answeredBy,
            long mentionedIn) {}

    record Person(String id, String key, String name, List<String> aliases, List<Work> wrote, List<Exchange> answered,
            List<Exchange> answeredBy, List<Work> mentionedIn) {}

    /** Something written: a document, a response, a cited work. */
    record Work(String id, String kind, String label, Ref document) {}

    /** One response that answers someone: the response, where it is, and the other person. */
    record Exchange(String response, Ref document, Ref person) {}

    /**
     * An idea with how widely it is discussed: {@code documentCount} documents, {@code itemCount} documents and responses.
     * {@code documents} is the path of its documents' list (paged), {@code timeline} of its timeline.
     */
    record IdeaSummary(String id, String key, String href, String label, List<String> altLabels, long documentCount,
            long itemCount, String documents, String timeline) {}

    /** A document that discusses an idea; {@code items} counts the document and its responses that do. */
    record IdeaDocument(String id, String key, String href, String title, long items) {}

    record Signal(String id, String kind, String table, Integer rowNumber, String label, String description,
            String change, String tenYearOutlook, String drivingForce, Integer relevancy, Ref digest) {}

    record SearchResult(String id, String kind, String label, double score, String property, String snippet,
            String snippetHtml, Ref document) {}

    record SearchPage(String query, List<SearchResult> items, long total, int limit, long offset, String next) {}

    // The analyst's views (AnalystViews): a person's acts, unanswered questions, disputed posts, discussed signals,
    // an idea's timeline.

    /** A person's acts, the most frequent first. */
    record PersonActs(String id, String key, String name, long responses, List<ActCount> acts) {}

    /** One act: how many of the person's responses have it as their main act, how many perform it at all, and which. */
    record ActCount(String act, String concept, long main, long all, List<ActResponse> responses) {}

    /** A response performing an act; {@code to} is what its main act takes up (answers, asks, agrees or disagrees with), and its writer. */
    record ActResponse(String id, Integer position, boolean main, Ref document, String to, Ref toPerson) {}

    record Question(String id, Integer position, Ref document, Ref author, String label, String content, String created) {}

    record DisputedPost(String id, String key, String title, Ref creator, long responseCount, long disagreements,
            long negativeReactions, long disputes, List<Disputing> disputing) {}

    /** A response that disputes a post, with its dispute acts ("disagreement", "negative-reaction"). */
    record Disputing(String id, Integer position, Ref author, List<String> acts) {}

    record DiscussedSignal(String id, String kind, String label, Ref digest, long discussions, long documents, long responses,
            Double bestScore, List<Discussion> discussedIn) {}

    /** A document or response that discusses a signal, with the best score of the link's evidence. */
    record Discussion(String id, String kind, Double score, Ref document, Integer position, Ref author) {}

    record IdeaTimeline(String id, String key, String label, FirstSeen firstSeen, List<TimelineItem> items) {}

    /** Where an idea first appears: the document, the date it states (or null), and "stated date" or "fallback order". */
    record FirstSeen(Ref document, String date, String basis) {}

    /** A document or response that takes up an idea: {@code created} its own date, {@code date} its place in time. */
    record TimelineItem(String id, String kind, String created, String date, Ref document, Integer position, Ref author,
            boolean first) {}
}

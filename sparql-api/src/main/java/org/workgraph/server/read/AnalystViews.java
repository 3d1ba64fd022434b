package org.workgraph.server.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.Kinds;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.query.Values;
import org.workgraph.server.read.ReadModel.Ref;

/**
 * The analyst's views of the conversation, which the JSON API and the explorer share as they share
 * {@link ReadModel}: a person's discourse acts, the unanswered questions, the most disputed documents, the signals
 * the writing discusses most, and an idea's timeline. Each view is answered by the query files of this package's
 * folder named after it and returned as typed records; a list view is paged by the store, and what it describes
 * for a page's rows comes in one more query for the whole page.
 */
public final class AnalystViews {
    /** One act of one response a person wrote; {@code target} is what its main act answers, asks, agrees or disagrees with. */
    public record ActUse(String response, String act, String notation, boolean main, Integer position, Ref document,
                         String label, String target, Ref targetCreator) {}

    /** How often a person performs one act: as the main act, at all, and the responses that do. */
    public record ActTally(String act, String notation, long main, long all, List<ActUse> uses) {}

    /** A response whose main act is a question no one has replied to or answered. */
    public record Question(String iri, Integer position, Ref document, Ref creator, String label, String content, String created) {}

    /** A response that disputes a document: its dispute acts (disagreement, negative-reaction). */
    public record Disputing(String iri, Integer position, Ref creator, List<String> acts) {}

    /** A document by how disputed its thread is. */
    public record DisputedPost(String iri, String title, Ref creator, long responses, long disagreements,
                               long negativeReactions, long disputes, List<Disputing> disputing) {}

    /** A document or response that discusses a signal, with the best score of the link's evidence. */
    public record Discussion(String iri, String kind, Double score, Ref document, Integer position, Ref creator) {}

    /** A signal by how much it is discussed. */
    public record DiscussedSignal(String iri, String kind, String label, Ref digest, long discussions, long documents,
                                  long responses, Double bestScore, List<Discussion> discussedIn) {}

    /** Where and when an idea first appears, as the store records it; {@code basis} says what the date rests on. */
    public record FirstSeen(Ref document, String date, String basis) {}

    /**
     * A document or response that takes up an idea. {@code created} is its own stated date, {@code date} the one it has
     * on the timeline (its own, else its document's); {@code first} marks the first appearance.
     */
    public record TimelineItem(String iri, String kind, String created, String date, Ref document, Integer position,
                               Ref creator, boolean first) {}

    /** An idea's timeline: its first appearance and everything that takes it up, in time order (undated last). */
    public record IdeaTimeline(String iri, String label, FirstSeen firstSeen, List<TimelineItem> items) {}

    private final QueryRunner queries;
    private final Query personActs = QueryRunner.load(AnalystViews.class, "person-acts.rq");
    private final Query unanswered = QueryRunner.load(AnalystViews.class, "unanswered-questions.rq");
    private final Query disputed = QueryRunner.load(AnalystViews.class, "disputed-posts.rq");
    private final Query disputing = QueryRunner.load(AnalystViews.class, "disputing-responses.rq");
    private final Query discussed = QueryRunner.load(AnalystViews.class, "discussed-signals.rq");
    private final Query discussions = QueryRunner.load(AnalystViews.class, "signal-discussions.rq");
    private final Query idea = QueryRunner.load(AnalystViews.class, "idea.rq");
    private final Query timeline = QueryRunner.load(AnalystViews.class, "idea-timeline.rq");

    public AnalystViews(QueryRunner queries) {
        this.queries = queries;
    }

    /** A person's acts, tallied per act: the most frequent first (then by name), each with its responses. */
    public List<ActTally> personActs(Node person) {
        Map<String, List<ActUse>> byAct = new LinkedHashMap<>();
        for (Binding r : queries.select(personActs, Map.of("person", person))) {
            boolean main = "true".equals(Rows.text(r, "main"));
            // What a response takes up belongs to its main act: its other acts are shown without it.
            ActUse use = new ActUse(Rows.text(r, "r"), Rows.text(r, "act"), notation(r), main,
                    Rows.integer(r, "position"), Ref.of(Rows.text(r, "document"), Rows.text(r, "documentTitle")), Rows.text(r, "label"),
                    main ? Rows.text(r, "target") : null,
                    main ? Ref.of(Rows.text(r, "targetCreator"), Rows.text(r, "targetCreatorName")) : null);
            byAct.computeIfAbsent(use.act(), k -> new ArrayList<>()).add(use);
        }
        List<ActTally> out = new ArrayList<>();
        byAct.forEach((act, uses) -> out.add(new ActTally(act, uses.get(0).notation(), uses.stream().filter(ActUse::main).count(),
                uses.size(), List.copyOf(uses))));
        out.sort(Comparator.comparingLong(ActTally::all).reversed().thenComparing(ActTally::notation));
        return List.copyOf(out);
    }

    /** One page of the unanswered questions, in document order. */
    public List<Question> unansweredQuestions(long limit, long offset) {
        return queries.select(unanswered, Map.of(), limit, offset).stream().map(r -> new Question(Rows.text(r, "r"),
                Rows.integer(r, "position"), Ref.of(Rows.text(r, "document"), Rows.text(r, "documentTitle")),
                Ref.of(Rows.text(r, "creator"), Rows.text(r, "creatorName")), Rows.text(r, "label"), Rows.text(r, "content"),
                Rows.text(r, "created"))).toList();
    }

    public long unansweredQuestionCount() { return queries.count(unanswered, Map.of()); }

    /** One page of the disputed documents, most disputes first, each with its disputing responses (one more query). */
    public List<DisputedPost> disputedPosts(long limit, long offset) {
        return queries.read(() -> {
            List<Binding> rows = queries.select(disputed, Map.of(), limit, offset);
            if (rows.isEmpty()) return List.of();
            Map<String, List<Disputing>> byDoc = new LinkedHashMap<>();
            for (Binding r : queries.select(Values.fill(disputing, "doc", rows.stream().map(b -> b.get("doc")).toList()), Map.of())) {
                String acts = Rows.text(r, "acts");
                byDoc.computeIfAbsent(Rows.text(r, "doc"), k -> new ArrayList<>()).add(new Disputing(Rows.text(r, "r"),
                        Rows.integer(r, "position"), Ref.of(Rows.text(r, "creator"), Rows.text(r, "creatorName")),
                        acts == null || acts.isBlank() ? List.of() : List.of(acts.trim().split("\\s+"))));
            }
            return rows.stream().map(r -> new DisputedPost(Rows.text(r, "doc"), Rows.text(r, "title"),
                    Ref.of(Rows.text(r, "creator"), Rows.text(r, "creatorName")), Rows.count(r, "responses"),
                    Rows.count(r, "disagreements"), Rows.count(r, "negativeReactions"), Rows.count(r, "disputes"),
                    List.copyOf(byDoc.getOrDefault(Rows.text(r, "doc"), List.of())))).toList();
        });
    }

    public long disputedPostCount() { return queries.count(disputed, Map.of()); }

    /** One page of the signals by how much they are discussed, each with what discusses it (one more query). */
    public List<DiscussedSignal> discussedSignals(long limit, long offset) {
        return queries.read(() -> {
            List<Binding> rows = queries.select(discussed, Map.of(), limit, offset);
            if (rows.isEmpty()) return List.of();
            Map<String, List<Discussion>> bySignal = discussionsOf(rows.stream().map(b -> b.get("signal")).toList());
            return rows.stream().map(r -> new DiscussedSignal(Rows.text(r, "signal"), Kinds.ofList(Rows.text(r, "types")),
                    Rows.text(r, "label"), Ref.of(Rows.text(r, "digest"), Rows.text(r, "digestTitle")), Rows.count(r, "discussions"),
                    Rows.count(r, "documents"), Rows.count(r, "responses"), decimal(r, "bestScore"),
                    bySignal.getOrDefault(Rows.text(r, "signal"), List.of()))).toList();
        });
    }

    public long discussedSignalCount() { return queries.count(discussed, Map.of()); }

    /** What discusses one signal, best score first. */
    public List<Discussion> discussionsOf(Node signal) {
        return discussionsOf(List.of(signal)).getOrDefault(signal.getURI(), List.of());
    }

    private Map<String, List<Discussion>> discussionsOf(List<Node> signals) {
        Map<String, List<Discussion>> out = new LinkedHashMap<>();
        for (Binding r : queries.select(Values.fill(discussions, "signal", signals), Map.of())) {
            out.computeIfAbsent(Rows.text(r, "signal"), k -> new ArrayList<>()).add(new Discussion(Rows.text(r, "x"),
                    Kinds.ofList(Rows.text(r, "types")), decimal(r, "score"), Ref.of(Rows.text(r, "document"), Rows.text(r, "documentTitle")),
                    Rows.integer(r, "position"), Ref.of(Rows.text(r, "creator"), Rows.text(r, "creatorName"))));
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /**
     * An idea's timeline, or empty when the IRI is no idea. Items are in time order: dated ones by date; undated ones
     * after them, the first appearance first (it may rest on the fallback order, which has no date), then by document
     * and place.
     */
    public Optional<IdeaTimeline> ideaTimeline(Node concept) {
        return queries.read(() -> {
            List<Binding> found = queries.select(idea, Map.of("idea", concept));
            Binding me = found.isEmpty() ? null : found.get(0);
            if (me == null || Rows.count(me, "found") == 0) return Optional.empty();
            String firstIn = Rows.text(me, "firstSeenIn");
            FirstSeen first = firstIn == null && Rows.text(me, "firstSeen") == null ? null
                    : new FirstSeen(Ref.of(firstIn, Rows.text(me, "firstSeenInTitle")), Rows.text(me, "firstSeen"), Rows.text(me, "basis"));
            List<TimelineItem> items = new ArrayList<>();
            for (Binding r : queries.select(timeline, Map.of("idea", concept))) {
                String item = Rows.text(r, "item");
                String own = Rows.text(r, "created");
                items.add(new TimelineItem(item, Kinds.ofList(Rows.text(r, "types")), own, own != null ? own : Rows.text(r, "documentCreated"),
                        Ref.of(Rows.text(r, "document"), Rows.text(r, "documentTitle")), Rows.integer(r, "position"),
                        Ref.of(Rows.text(r, "creator"), Rows.text(r, "creatorName")), item.equals(firstIn)));
            }
            items.sort(Comparator.comparing(TimelineItem::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(TimelineItem::first, Comparator.reverseOrder())
                    .thenComparing(i -> i.document() == null ? i.iri() : i.document().iri())
                    .thenComparing(TimelineItem::position, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(TimelineItem::iri));
            return Optional.of(new IdeaTimeline(concept.getURI(), Rows.text(me, "label"), first, List.copyOf(items)));
        });
    }

    /** The act's name: its skos:notation, else the local name of its concept ("QuestionAct" reads "question"). */
    private static String notation(Binding r) {
        String n = Rows.text(r, "notation");
        if (n != null) return n;
        String iri = Rows.text(r, "act");
        String local = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1).replaceFirst("Act$", "");
        return local.replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(java.util.Locale.ROOT);
    }

    private static Double decimal(Binding r, String var) {
        String s = Rows.text(r, var);
        if (s == null) return null;
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

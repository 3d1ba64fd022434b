package org.workgraph.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.workgraph.server.linkeddata.IriSpace;
import org.workgraph.server.query.Kinds;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Values;
import org.workgraph.server.query.Rows;
import org.workgraph.server.read.ReadModel;

/**
 * {@code /api/people}: everyone with counts, and one person with what they wrote, whom they answered, who
 * answered them and where they are named. "Answered" means a response whose {@code sioc:reply_of} target
 * was written by someone else.
 */
final class PeopleApi {

    private final QueryRunner queries;
    private final IriSpace iris;
    private final Query list = QueryRunner.load(PeopleApi.class, "people.rq");
    private final Query keys = QueryRunner.load(PeopleApi.class, "person-keys.rq");
    private final Query counts = QueryRunner.load(PeopleApi.class, "person-counts.rq");
    private final Query answered = QueryRunner.load(PeopleApi.class, "person-answered.rq");
    private final Query answeredBy = QueryRunner.load(PeopleApi.class, "person-answered-by.rq");
    private final Query mentioned = QueryRunner.load(PeopleApi.class, "person-mentioned.rq");

    private final ReadModel reads;

    PeopleApi(QueryRunner queries, ReadModel reads, IriSpace iris) {
        this.queries = queries;
        this.reads = reads;
        this.iris = iris;
    }

    Json.Page<Json.PersonSummary> list(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> {
            Optional<ReadModel.Totals> stored = reads.totals();
            if (stored.isPresent()) return storedList(paging, stored.get().people(), req);
            List<Json.PersonSummary> items = new ArrayList<>();
            List<Binding> rows = queries.select(list, Map.of(), paging.limit(), paging.offset());
            Map<Node, Binding> pageCounts = Values.byNode(
                    queries.select(Values.fill(counts, "person", rows.stream().map(r -> r.get("person")).toList()), Map.of()), "person");
            for (Binding row : rows) {
                Node p = row.get("person");
                Binding n = pageCounts.getOrDefault(p, BindingFactory.empty());
                items.add(summary(p, Rows.text(row, "name"), Rows.count(n, "wrote"), Rows.count(n, "answered"),
                        Rows.count(n, "answeredBy"), Rows.count(n, "mentionedIn")));
            }
            return paging.page(items, queries.count(list, Map.of()), req);
        });
    }

    /**
     * The same page from the stored counts: only the people's IRIs are sorted (not grouped with their names first),
     * the page's names and counts are looked up, and the total is stored.
     */
    private Json.Page<Json.PersonSummary> storedList(Paging paging, long total, HttpServletRequest req) {
        List<Node> page = reads.sorted().page(keys, "person", paging.limit(), paging.offset());
        List<ReadModel.PersonCounts> counted = reads.personCounts(page);
        List<Json.PersonSummary> items = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            ReadModel.PersonCounts c = counted.get(i);
            items.add(summary(page.get(i), reads.name(page.get(i)), c.wrote(), c.answered(), c.answeredBy(), c.mentionedIn()));
        }
        return paging.page(items, total, req);
    }

    private Json.PersonSummary summary(Node p, String name, long wrote, long answered, long answeredBy, long mentionedIn) {
        String key = iris.personKey(p.getURI());
        return new Json.PersonSummary(p.getURI(), key, key == null ? null : "/api/people/" + key, name, wrote, answered,
                answeredBy, mentionedIn);
    }

    Json.Person one(String key) {
        Node p = iris.person(key);
        if (p == null) throw ApiException.notFound("No person " + key);
        return queries.read(() -> {
            ReadModel.Person who = reads.person(p).orElseThrow(() -> ApiException.notFound("No person " + key));
            return new Json.Person(who.iri(), key, who.name(), who.aliases(), wrote(p), exchanges(answered, p),
                    exchanges(answeredBy, p), works(mentioned, p));
        });
    }

    /** What the person wrote, in the API's order: by document IRI (none first), then by IRI. */
    private List<Json.Work> wrote(Node p) {
        return reads.wrote(p).stream()
                .sorted(Comparator.comparing((ReadModel.Written w) -> w.document() == null ? null : w.document().iri(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(ReadModel.Written::iri))
                .map(w -> new Json.Work(w.iri(), w.kind(), w.label(), Json.Ref.of(w.document()))).toList();
    }

    private List<Json.Work> works(Query q, Node p) {
        return queries.select(q, Map.of("person", p)).stream().map(r -> new Json.Work(Rows.text(r, "work"),
                Kinds.ofList(Rows.text(r, "types")), Rows.text(r, "label"),
                Json.Ref.of(Rows.text(r, "document"), Rows.text(r, "documentTitle")))).toList();
    }

    private List<Json.Exchange> exchanges(Query q, Node p) {
        return queries.select(q, Map.of("person", p)).stream().map(r -> new Json.Exchange(Rows.text(r, "response"),
                Json.Ref.of(Rows.text(r, "document"), Rows.text(r, "documentTitle")),
                Json.Ref.of(Rows.text(r, "other"), Rows.text(r, "otherName")))).toList();
    }
}

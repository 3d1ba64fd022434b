package org.workgraph.server.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

/**
 * {@code /api/people}: everyone with counts, and one person with what they wrote, whom they answered, who
 * answered them and where they are named. "Answered" means a response whose {@code sioc:reply_of} target
 * was written by someone else.
 */
final class PeopleApi {
    static final String PREFIX = "person/";

    private final QueryRunner queries;
    private final IriSpace iris;
    private final Query list = QueryRunner.load(PeopleApi.class, "people.rq");
    private final Query counts = QueryRunner.load(PeopleApi.class, "person-counts.rq");
    private final Query person = QueryRunner.load(PeopleApi.class, "person.rq");
    private final Query wrote = QueryRunner.load(PeopleApi.class, "person-wrote.rq");
    private final Query answered = QueryRunner.load(PeopleApi.class, "person-answered.rq");
    private final Query answeredBy = QueryRunner.load(PeopleApi.class, "person-answered-by.rq");
    private final Query mentioned = QueryRunner.load(PeopleApi.class, "person-mentioned.rq");

    PeopleApi(QueryRunner queries, IriSpace iris) {
        this.queries = queries;
        this.iris = iris;
    }

    Json.Page<Json.PersonSummary> list(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> {
            List<Json.PersonSummary> items = new ArrayList<>();
            List<Binding> rows = queries.select(list, Map.of(), paging.limit(), paging.offset());
            Map<Node, Binding> pageCounts = Values.byNode(
                    queries.select(Values.fill(counts, "person", rows.stream().map(r -> r.get("person")).toList()), Map.of()), "person");
            for (Binding row : rows) {
                Node p = row.get("person");
                Binding n = pageCounts.getOrDefault(p, BindingFactory.empty());
                String key = iris.keyAfter(p.getURI(), PREFIX);
                items.add(new Json.PersonSummary(p.getURI(), key, key == null ? null : "/api/people/" + key,
                        Rows.text(row, "name"), Rows.count(n, "wrote"), Rows.count(n, "answered"),
                        Rows.count(n, "answeredBy"), Rows.count(n, "mentionedIn")));
            }
            return paging.page(items, queries.count(list, Map.of()), req);
        });
    }

    Json.Person one(String key) {
        Node p = iris.underBase(PREFIX, key);
        if (p == null) throw ApiException.notFound("No person " + key);
        return queries.read(() -> {
            List<Binding> rows = queries.select(person, Map.of("person", p));
            // An aggregate query answers one row even for nobody: ?found counts the matches.
            Binding b = rows.isEmpty() ? null : rows.get(0);
            if (b == null || Rows.count(b, "found") == 0) throw ApiException.notFound("No person " + key);
            String aliases = Rows.text(b, "aliases");
            return new Json.Person(p.getURI(), key, Rows.text(b, "name"),
                    aliases == null || aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\u001F")),
                    works(wrote, p), exchanges(answered, p), exchanges(answeredBy, p), works(mentioned, p));
        });
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

package org.workgraph.server.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/** {@code /api/documents}: the list, and one document with its whole thread nested as it appears on the page. */
final class DocumentsApi {
    static final String PREFIX = "doc/";
    private static final String SEPARATOR = "\u001F";

    private final QueryRunner queries;
    private final IriSpace iris;
    private final SignalsApi signals;
    private final Query keys = QueryRunner.load(DocumentsApi.class, "document-keys.rq");
    private final Query list = QueryRunner.load(DocumentsApi.class, "documents.rq");
    private final Query counts = QueryRunner.load(DocumentsApi.class, "document-counts.rq");
    private final Query one = QueryRunner.load(DocumentsApi.class, "document.rq");
    private final Query thread = QueryRunner.load(DocumentsApi.class, "thread.rq");
    private final Query links = QueryRunner.load(DocumentsApi.class, "document-links.rq");

    DocumentsApi(QueryRunner queries, IriSpace iris, SignalsApi signals) {
        this.queries = queries;
        this.iris = iris;
        this.signals = signals;
    }

    Json.Page<Json.DocumentSummary> list(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> {
            List<Json.DocumentSummary> items = new ArrayList<>();
            List<Binding> rows = queries.page(keys, "doc", list, Map.of(), paging.limit(), paging.offset());
            Map<Node, Binding> pageCounts = Values.byNode(
                    queries.select(Values.fill(counts, "doc", rows.stream().map(r -> r.get("doc")).toList()), Map.of()), "doc");
            for (Binding row : rows) {
                Node doc = row.get("doc");
                Binding n = pageCounts.getOrDefault(doc, BindingFactory.empty());
                String key = iris.keyAfter(doc.getURI(), PREFIX);
                items.add(new Json.DocumentSummary(doc.getURI(), key, key == null ? null : "/api/documents/" + key,
                        Kinds.ofList(Rows.text(row, "types")), Rows.text(row, "title"),
                        Json.Ref.of(Rows.text(row, "creator"), Rows.text(row, "creatorName")), Rows.text(row, "created"),
                        Rows.text(row, "sourceFile"), Rows.integer(row, "claimed"),
                        Rows.count(n, "responses"), Rows.count(n, "signals")));
            }
            return paging.page(items, queries.count(keys, Map.of()), req);
        });
    }

    Json.Document one(String key) {
        Node doc = iris.underBase(PREFIX, key);
        if (doc == null) throw ApiException.notFound("No document " + key);
        return queries.read(() -> {
            List<Binding> rows = queries.select(one, Map.of("doc", doc));
            Binding d = rows.isEmpty() ? null : rows.get(0);
            if (d == null || Rows.text(d, "types") == null || Rows.text(d, "types").isEmpty()) throw ApiException.notFound("No document " + key);

            Map<String, Map<String, List<Json.Ref>>> linked = links(doc);
            List<Json.Response> responses = thread(doc, linked);
            String source = Rows.text(d, "source");
            return new Json.Document(doc.getURI(), key, Kinds.ofList(Rows.text(d, "types")), Rows.text(d, "title"),
                    Json.Ref.of(Rows.text(d, "creator"), Rows.text(d, "creatorName")), Rows.text(d, "created"),
                    Rows.text(d, "sourceFile"), Rows.integer(d, "claimed"), split(Rows.text(d, "categories")),
                    Rows.text(d, "content"), Rows.text(d, "summary"),
                    source == null ? null : new Json.Source(source, Rows.text(d, "sourceTitle"),
                            Json.Ref.of(Rows.text(d, "sourceCreator"), Rows.text(d, "sourceCreatorName"))),
                    refs(linked, doc.getURI(), "addresses"), refs(linked, doc.getURI(), "mentions"), refs(linked, doc.getURI(), "ideas"),
                    countResponses(responses), responses,
                    signals.ofDigest(doc));
        });
    }

    /** item IRI → relation ("addresses", "mentions", "ideas") → the linked resources. */
    private Map<String, Map<String, List<Json.Ref>>> links(Node doc) {
        Map<String, Map<String, List<Json.Ref>>> out = new HashMap<>();
        for (Binding row : queries.select(links, Map.of("doc", doc))) {
            out.computeIfAbsent(Rows.text(row, "item"), k -> new HashMap<>())
                    .computeIfAbsent(Rows.text(row, "relation"), k -> new ArrayList<>())
                    .add(new Json.Ref(Rows.text(row, "target"), Rows.text(row, "label")));
        }
        return out;
    }

    private static List<Json.Ref> refs(Map<String, Map<String, List<Json.Ref>>> linked, String item, String relation) {
        return linked.getOrDefault(item, Map.of()).getOrDefault(relation, List.of());
    }

    /**
     * The responses nested as the page shows them: those answering the document at the top, each reply under
     * what it answers, in page order. A response whose target is not on this page stays at the top.
     */
    private List<Json.Response> thread(Node doc, Map<String, Map<String, List<Json.Ref>>> linked) {
        List<Binding> rows = new ArrayList<>(queries.select(thread, Map.of("doc", doc)));
        rows.sort(Comparator.comparing((Binding r) -> Rows.integer(r, "position"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> Rows.text(r, "r")));
        Map<String, Binding> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put(Rows.text(r, "r"), r));
        Map<String, List<String>> children = new HashMap<>();
        List<String> top = new ArrayList<>();
        for (Binding r : rows) {
            String parent = Rows.text(r, "parent");
            if (parent != null && byId.containsKey(parent) && !parent.equals(Rows.text(r, "r"))) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(Rows.text(r, "r"));
            } else {
                top.add(Rows.text(r, "r"));
            }
        }
        return top.stream().map(id -> nest(id, byId, children, linked, 0)).toList();
    }

    private Json.Response nest(String id, Map<String, Binding> byId, Map<String, List<String>> children,
            Map<String, Map<String, List<Json.Ref>>> linked, int depth) {
        Binding r = byId.get(id);
        // A page's thread is a tree; the depth bound only guards against a malformed cycle in the data.
        List<Json.Response> replies = depth > 100 ? List.of()
                : children.getOrDefault(id, List.of()).stream().map(c -> nest(c, byId, children, linked, depth + 1)).toList();
        return new Json.Response(id, Rows.integer(r, "position"), Kinds.ofList(Rows.text(r, "types")),
                Json.Ref.of(Rows.text(r, "creator"), Rows.text(r, "creatorName")), Rows.text(r, "label"),
                Rows.text(r, "content"), Rows.text(r, "created"), Rows.text(r, "sourceTitle"), Rows.text(r, "sourceSite"),
                Rows.text(r, "parent"), refs(linked, id, "addresses"), refs(linked, id, "mentions"), refs(linked, id, "ideas"),
                replies);
    }

    private static long countResponses(List<Json.Response> responses) {
        return responses.stream().mapToLong(r -> 1 + countResponses(r.replies())).sum();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}

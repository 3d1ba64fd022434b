package org.workgraph.server.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.linkeddata.IriSpace;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.read.ReadModel;

/** {@code /api/documents}: the list, and one document with its whole thread nested as it appears on the page. */
final class DocumentsApi {
    private final QueryRunner queries;
    private final ReadModel reads;
    private final IriSpace iris;
    private final SignalsApi signals;
    private final Query links = QueryRunner.load(DocumentsApi.class, "document-links.rq");

    DocumentsApi(QueryRunner queries, ReadModel reads, IriSpace iris, SignalsApi signals) {
        this.queries = queries;
        this.reads = reads;
        this.iris = iris;
        this.signals = signals;
    }

    Json.Page<Json.DocumentSummary> list(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> {
            List<Json.DocumentSummary> items = new ArrayList<>();
            for (ReadModel.DocumentSummary d : reads.documents(ReadModel.DocumentOrder.BY_IRI, paging.limit(), paging.offset())) {
                String key = iris.documentKey(d.iri());
                items.add(new Json.DocumentSummary(d.iri(), key, key == null ? null : "/api/documents/" + key, d.kind(), d.title(),
                        Json.Ref.of(d.creator()), d.created(), d.sourceFile(), d.claimedResponseCount(), d.responses(), d.signals()));
            }
            return paging.page(items, reads.documentCount(), req);
        });
    }

    Json.Document one(String key) {
        Node doc = iris.document(key);
        if (doc == null) throw ApiException.notFound("No document " + key);
        return queries.read(() -> {
            ReadModel.Document d = reads.document(doc).orElseThrow(() -> ApiException.notFound("No document " + key));
            Map<String, Map<String, List<Json.Ref>>> linked = links(doc);
            List<Json.Response> responses = thread(doc, linked);
            ReadModel.Source source = d.source();
            return new Json.Document(d.iri(), key, d.kind(), d.title(), Json.Ref.of(d.creator()), d.created(), d.sourceFile(),
                    d.claimedResponseCount(), d.categories(), d.content(), d.summary(),
                    source == null ? null : new Json.Source(source.iri(), source.title(), Json.Ref.of(source.creator())),
                    refs(linked, d.iri(), "addresses"), refs(linked, d.iri(), "mentions"), refs(linked, d.iri(), "ideas"),
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
        Map<String, ReadModel.Response> byId = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        List<String> top = new ArrayList<>();
        List<ReadModel.Response> rows = reads.thread(doc);
        rows.forEach(r -> byId.put(r.iri(), r));
        for (ReadModel.Response r : rows) {
            String parent = r.parent();
            if (parent != null && byId.containsKey(parent) && !parent.equals(r.iri())) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r.iri());
            } else {
                top.add(r.iri());
            }
        }
        return top.stream().map(id -> nest(id, byId, children, linked, 0)).toList();
    }

    private Json.Response nest(String id, Map<String, ReadModel.Response> byId, Map<String, List<String>> children,
            Map<String, Map<String, List<Json.Ref>>> linked, int depth) {
        ReadModel.Response r = byId.get(id);
        // A page's thread is a tree; the depth bound only guards against a malformed cycle in the data.
        List<Json.Response> replies = depth > 100 ? List.of()
                : children.getOrDefault(id, List.of()).stream().map(c -> nest(c, byId, children, linked, depth + 1)).toList();
        return new Json.Response(id, r.position(), r.kind(), Json.Ref.of(r.creator()), r.label(), r.content(), r.created(),
                r.sourceTitle(), r.sourceSite(), r.parent(), refs(linked, id, "addresses"), refs(linked, id, "mentions"),
                refs(linked, id, "ideas"), replies);
    }

    private static long countResponses(List<Json.Response> responses) {
        return responses.stream().mapToLong(r -> 1 + countResponses(r.replies())).sum();
    }
}

package org.workgraph.server.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.workgraph.server.linkeddata.IriSpace;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.query.Values;
import org.workgraph.server.read.ReadModel;

/**
 * {@code /api/ideas}: the ideas ({@code wg:Idea}), each with how widely it is discussed and a link to its documents;
 * {@code /api/ideas/KEY}, one of them; {@code /api/ideas/KEY/documents}, the documents that discuss it, paged.
 * <p>
 * The list used to nest every idea's documents: at 100,000 documents a popular idea is discussed in 35,000-40,000 of
 * them, so a page of 50 ideas was a 19 MB answer that took seconds to build. Each idea now carries its counts (stored by
 * the loader's counts graph, or counted for the page on a store without it) and the documents are a list of their own,
 * paged like every other list.
 */
final class IdeasApi {
    private static final Pattern ALT_SEPARATOR = Pattern.compile("\u001F");

    private final QueryRunner queries;
    private final ReadModel reads;
    private final IriSpace iris;
    private final Query list = QueryRunner.load(IdeasApi.class, "ideas.rq");
    private final Query one = QueryRunner.load(IdeasApi.class, "idea.rq");
    private final Query counts = QueryRunner.load(IdeasApi.class, "idea-counts.rq");
    private final Query documentKeys = QueryRunner.load(IdeasApi.class, "idea-document-keys.rq");
    private final Query documents = QueryRunner.load(IdeasApi.class, "idea-documents.rq");

    IdeasApi(QueryRunner queries, ReadModel reads, IriSpace iris) {
        this.queries = queries;
        this.reads = reads;
        this.iris = iris;
    }

    Json.Page<Json.IdeaSummary> list(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> {
            Optional<ReadModel.Totals> stored = reads.totals();
            List<Binding> rows = queries.select(list, Map.of(), paging.limit(), paging.offset());
            List<Json.IdeaSummary> items = summaries(rows, stored.isPresent());
            return paging.page(items, stored.map(ReadModel.Totals::ideas).orElseGet(() -> queries.count(list, Map.of())), req);
        });
    }

    Json.IdeaSummary one(String key) {
        Node idea = idea(key);
        return queries.read(() -> {
            return summaries(described(idea, key), reads.totals().isPresent()).get(0);
        });
    }

    /** The documents that discuss an idea, by IRI, paged; {@code total} is the idea's document count. */
    Json.Page<Json.IdeaDocument> documents(String key, HttpServletRequest req) {
        Node idea = idea(key);
        Paging paging = Paging.of(req);
        return queries.read(() -> {
            described(idea, key);
            List<Json.IdeaDocument> items = new ArrayList<>();
            // the idea's documents sorted once per version of the data, as the other lists' keys are; the page described
            List<Node> page = reads.sorted().page(documentKeys, Map.of("idea", idea), "doc", paging.limit(), paging.offset());
            Map<Node, Binding> described = page.isEmpty() ? Map.of()
                    : Values.byNode(queries.select(Values.fill(documents, "doc", page), Map.of("idea", idea)), "doc");
            for (Node p : page) {
                Binding d = described.getOrDefault(p, BindingFactory.empty());
                String doc = p.getURI();
                String docKey = iris.documentKey(doc);
                items.add(new Json.IdeaDocument(doc, docKey, docKey == null ? null : "/api/documents/" + docKey,
                        Rows.text(d, "title"), Rows.count(d, "items")));
            }
            long total = reads.totals().isPresent() ? reads.ideaCounts(List.of(idea)).get(0).documents()
                    : Rows.count(count(List.of(idea)).getOrDefault(idea, BindingFactory.empty()), "documents");
            return paging.page(items, total, req);
        });
    }

    /** The idea's row of {@code idea.rq}, as a one-row list; 404 when the store has no such idea. */
    private List<Binding> described(Node idea, String key) {
        List<Binding> rows = queries.select(Values.fill(one, "idea", List.of(idea)), Map.of()).stream()
                .filter(r -> r.get("idea") != null).toList();
        if (rows.isEmpty()) throw ApiException.notFound("No idea " + key);
        return rows;
    }

    private Node idea(String key) {
        Node idea = iris.idea(key);
        if (idea == null) throw ApiException.notFound("No idea " + key);
        return idea;
    }

    /** The ideas of these rows (of {@code ideas.rq}) with their counts, stored or counted for just these ideas. */
    private List<Json.IdeaSummary> summaries(List<Binding> rows, boolean stored) {
        List<Node> ideas = rows.stream().map(r -> r.get("idea")).toList();
        List<long[]> n = new ArrayList<>();
        if (stored) {
            reads.ideaCounts(ideas).forEach(c -> n.add(new long[] {c.documents(), c.items()}));
        } else {
            Map<Node, Binding> counted = count(ideas);
            for (Node i : ideas) {
                Binding b = counted.getOrDefault(i, BindingFactory.empty());
                n.add(new long[] {Rows.count(b, "documents"), Rows.count(b, "items")});
            }
        }
        List<Json.IdeaSummary> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Binding row = rows.get(i);
            String iri = Rows.text(row, "idea");
            String key = iris.ideaKey(iri);
            String alts = Rows.text(row, "altLabels");
            String href = key == null ? null : "/api/ideas/" + key;
            out.add(new Json.IdeaSummary(iri, key, href, Rows.text(row, "label"),
                    alts == null || alts.isEmpty() ? List.of() : Arrays.asList(ALT_SEPARATOR.split(alts)),
                    n.get(i)[0], n.get(i)[1], href == null ? null : href + "/documents", href == null ? null : href + "/timeline"));
        }
        return out;
    }

    private Map<Node, Binding> count(List<Node> ideas) {
        return ideas.isEmpty() ? Map.of() : Values.byNode(queries.select(Values.fill(counts, "idea", ideas), Map.of()), "idea");
    }
}

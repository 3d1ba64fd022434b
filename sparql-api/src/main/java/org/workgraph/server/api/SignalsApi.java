package org.workgraph.server.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.linkeddata.IriSpace;
import org.workgraph.server.query.Kinds;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.query.Values;
import org.workgraph.server.read.ReadModel;

/**
 * {@code /api/signals}: digest rows, filtered by {@code table} (a table heading such as "Signals" or
 * "Concerns", any case), {@code relevancy} (1–5) and {@code digest} (a document key or IRI).
 * <p>
 * A filtered list's keys are sorted once per version of the data and per filter ({@link ReadModel#sorted()}), as the
 * documents' and an idea's documents are: at 100,000 documents relevancy=5 selects 9,515 of about 200,000 rows, and sorting
 * them (and counting them again for the total) on every request, not the page, was what a request cost.
 */
final class SignalsApi {
    private final QueryRunner queries;
    private final ReadModel reads;
    private final IriSpace iris;
    private final Query keys = QueryRunner.load(SignalsApi.class, "signal-keys.rq");
    private final Query signals = QueryRunner.load(SignalsApi.class, "signals.rq");

    SignalsApi(QueryRunner queries, ReadModel reads, IriSpace iris) {
        this.queries = queries;
        this.reads = reads;
        this.iris = iris;
    }

    Json.Page<Json.Signal> list(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        String table = Params.text(req, "table");
        long relevancy = Params.integer(req, "relevancy", 0, 1, 5);
        String digest = Params.text(req, "digest");
        String digestIri = "";
        if (digest != null) {
            boolean isIri = digest.startsWith("http://") || digest.startsWith("https://");
            Node key = isIri ? null : iris.document(digest);
            if (!isIri && key == null) throw ApiException.badRequest("'digest' must be a document key or IRI");
            digestIri = isIri ? digest : key.getURI();
        }
        Map<String, Node> filters = filters(table == null ? "" : table, relevancy, digestIri);
        return queries.read(() -> {
            List<Node> page = reads.sorted().page(keys, filters, "signal", paging.limit(), paging.offset());
            Map<Node, Binding> described = page.isEmpty() ? Map.of()
                    : Values.byNode(queries.select(Values.fill(signals, "signal", page), filters), "signal");
            List<Json.Signal> items = page.stream().map(described::get).filter(Objects::nonNull).map(SignalsApi::signal).toList();
            return paging.page(items, reads.sorted().size(keys, filters, "signal"), req);
        });
    }

    /** Every row of one digest, for the document endpoint. */
    List<Json.Signal> ofDigest(Node digest) {
        return queries.page(keys, "signal", signals, filters("", 0, digest.getURI()), Query.NOLIMIT, Query.NOLIMIT)
                .stream().map(SignalsApi::signal).toList();
    }

    private static Map<String, Node> filters(String table, long relevancy, String digestIri) {
        Map<String, Node> filters = new HashMap<>(Map.of("tableWanted", NodeFactory.createLiteralString(table),
                "relevancyWanted", NodeFactory.createLiteralDT(Long.toString(relevancy), XSDDatatype.XSDinteger),
                "digestWanted", NodeFactory.createLiteralString(digestIri)));
        // One digest wanted: bind the digest itself, so that the store reads that digest's rows from the index
        // rather than testing every row in the store against the filter.
        if (!digestIri.isEmpty()) filters.put("digest", NodeFactory.createURI(digestIri));
        return filters;
    }

    private static Json.Signal signal(Binding r) {
        return new Json.Signal(Rows.text(r, "signal"), Kinds.ofList(Rows.text(r, "types")), Rows.text(r, "table"),
                Rows.integer(r, "rowNumber"), Rows.text(r, "label"), Rows.text(r, "description"), Rows.text(r, "change"),
                Rows.text(r, "tenYearOutlook"), Rows.text(r, "drivingForce"), Rows.integer(r, "relevancy"),
                Json.Ref.of(Rows.text(r, "inDigest"), Rows.text(r, "digestTitle")));
    }
}

package org.workgraph.server.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.query.Query;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.read.ReadModel;

/** {@code /api/ideas}: the ideas ({@code wg:Idea}), each with the documents that discuss it. */
final class IdeasApi {
    private final QueryRunner queries;
    private final Query list = QueryRunner.load(IdeasApi.class, "ideas.rq");
    private final Query documents = QueryRunner.load(IdeasApi.class, "idea-documents.rq");

    private final ReadModel reads;

    IdeasApi(QueryRunner queries, ReadModel reads) {
        this.queries = queries;
        this.reads = reads;
    }

    Json.Page<Json.Idea> list(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> paging.page(queries.select(list, Map.of(), paging.limit(), paging.offset()).stream().map(row -> {
            String alts = Rows.text(row, "altLabels");
            List<Json.IdeaDocument> docs = queries.select(documents, Map.of("idea", row.get("idea"))).stream()
                    .map(d -> new Json.IdeaDocument(Rows.text(d, "doc"), Rows.text(d, "title"), Rows.count(d, "items"))).toList();
            return new Json.Idea(Rows.text(row, "idea"), Rows.text(row, "label"),
                    alts == null || alts.isEmpty() ? List.of() : Arrays.asList(alts.split("\u001F")), docs);
        }).toList(), reads.totals().map(ReadModel.Totals::ideas).orElseGet(() -> queries.count(list, Map.of())), req));
    }
}

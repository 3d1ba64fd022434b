package org.workgraph.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.Kinds;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.search.SearchHit;
import org.workgraph.server.search.TextSearch;

/** {@code /api/search?q=}: ranked full-text search, each hit with its matching snippet and its document. */
final class SearchApi {
    static final int MAX_QUERY_LENGTH = 500;

    private final QueryRunner queries;
    private final TextSearch search;
    private final Query hit = QueryRunner.load(SearchApi.class, "search-hit.rq");

    SearchApi(QueryRunner queries, TextSearch search) {
        this.queries = queries;
        this.search = search;
    }

    Json.SearchPage search(HttpServletRequest req) {
        String q = Params.text(req, "q");
        if (q == null) throw ApiException.badRequest("'q' is required: the words to search for");
        if (q.length() > MAX_QUERY_LENGTH) throw ApiException.badRequest("'q' is longer than " + MAX_QUERY_LENGTH + " characters");
        if (!search.available()) throw new ApiException(503, "This dataset has no text index");
        Paging paging = Paging.of(req);
        return queries.read(() -> {
            List<SearchHit> hits = search.search(q);
            List<Json.SearchResult> items = new ArrayList<>();
            int end = (int) Math.min(hits.size(), paging.offset() + paging.limit());
            for (int i = (int) Math.min(paging.offset(), hits.size()); i < end; i++) {
                SearchHit h = hits.get(i);
                Binding about = queries.select(hit, Map.of("s", NodeFactory.createURI(h.resource()))).get(0);
                items.add(new Json.SearchResult(h.resource(), Kinds.ofList(Rows.text(about, "types")), Rows.text(about, "label"),
                        h.score(), h.property(), h.snippet(), h.snippetHtml(),
                        Json.Ref.of(Rows.text(about, "document"), Rows.text(about, "documentTitle"))));
            }
            return new Json.SearchPage(q, items, hits.size(), paging.limit(), paging.offset(), paging.next(hits.size(), req));
        });
    }
}

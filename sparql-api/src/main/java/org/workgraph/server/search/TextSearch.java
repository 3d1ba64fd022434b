package org.workgraph.server.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.workgraph.server.http.Html;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;

/**
 * Ranked full-text search through the jena-text index, by SPARQL {@code text:query} like any client would.
 * The user's words are escaped for Lucene's query parser, so they are searched as words (any of them, best
 * matches first) and can neither fail to parse nor reach other fields. A resource indexed under several
 * properties or graphs appears once, at its best score.
 */
public final class TextSearch {
    /** How many index entries one search considers before grouping by resource. */
    public static final int MAX_ENTRIES = 1000;
    // Private-use characters mark matches in jena-text's highlighter output: they never occur in the data and
    // survive its option parsing (which trims whitespace and control characters).
    private static final String START = "\uE000";
    private static final String END = "\uE001";
    private static final String HIGHLIGHT = "highlight:s:" + START + " | e:" + END + " | z:160 | m:2 | f:…";

    private final QueryRunner queries;
    private final Query search;

    public TextSearch(QueryRunner queries) {
        this.queries = queries;
        this.search = QueryRunner.load(TextSearch.class, "search.rq");
    }

    /** Whether the dataset has a text index at all (without one, text:query silently matches nothing useful). */
    public boolean available() {
        return queries.dataset().getContext().get(TextQuery.textIndex) != null;
    }

    /** Every matching resource, best first. */
    public List<SearchHit> search(String words) {
        // Lower case first: the classic parser reads upper-case AND, OR, NOT as operators; the analyzer lower-cases anyway.
        String lucene = QueryParserBase.escape(words.strip().toLowerCase(java.util.Locale.ROOT));
        List<Binding> rows = queries.select(search, Map.of(
                "q", NodeFactory.createLiteralString(lucene),
                "max", NodeFactory.createLiteralDT(Integer.toString(MAX_ENTRIES), XSDDatatype.XSDinteger),
                "highlight", NodeFactory.createLiteralString(HIGHLIGHT)));
        Map<String, SearchHit> best = new LinkedHashMap<>();
        for (Binding row : rows) { // already ordered by score, best first
            String resource = Rows.text(row, "s");
            if (resource == null || best.containsKey(resource)) continue;
            String marked = Rows.text(row, "snippet");
            best.put(resource, new SearchHit(resource, Double.parseDouble(Rows.text(row, "score")), Rows.text(row, "property"),
                    plain(marked), html(marked)));
        }
        return new ArrayList<>(best.values());
    }

    static String plain(String marked) {
        return marked == null ? null : marked.replace(START, "").replace(END, "");
    }

    static String html(String marked) {
        if (marked == null) return null;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < marked.length()) {
            int s = marked.indexOf(START, i);
            if (s < 0) { sb.append(Html.escape(marked.substring(i))); break; }
            int e = marked.indexOf(END, s);
            if (e < 0) { sb.append(Html.escape(plain(marked.substring(i)))); break; }
            sb.append(Html.escape(marked.substring(i, s))).append("<mark>")
                    .append(Html.escape(marked.substring(s + START.length(), e))).append("</mark>");
            i = e + END.length();
        }
        return sb.toString();
    }
}

package org.workgraph.server.explorer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.Kinds;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.search.SearchHit;
import org.workgraph.server.search.TextSearch;

/**
 * Search results: the full-text index's best hits, each with its highlighted snippet, a link to its own page
 * and to its place in its document. The details of every hit shown come from one query.
 */
final class SearchPage {
    static final int MAX_QUERY_LENGTH = 500;
    static final int SHOWN = 50;

    private final QueryRunner queries;
    private final TextSearch search;
    private final Links links;
    private final Query details = HomePage.load("search-hits.rq");

    SearchPage(QueryRunner queries, TextSearch search, Links links) {
        this.queries = queries;
        this.search = search;
        this.links = links;
    }

    String render(String q) {
        String words = q == null ? "" : q.strip();
        if (words.isEmpty()) {
            return Frame.page("Search", h -> h.element("h1", "Search").element("p", "Type some words in the search box: every post, "
                    + "comment, reply and digest row is searched, names and titles too."));
        }
        if (words.length() > MAX_QUERY_LENGTH) {
            return Frame.page("Search", words.substring(0, MAX_QUERY_LENGTH),
                    h -> h.element("h1", "Search").element("p", "That is longer than " + MAX_QUERY_LENGTH + " characters: try fewer words."));
        }
        if (!search.available()) {
            return Frame.page("Search", words, h -> h.element("h1", "Search").element("p", "This store has no full-text index."));
        }
        return queries.read(() -> {
            List<SearchHit> hits = search.search(words);
            List<SearchHit> shown = hits.subList(0, Math.min(SHOWN, hits.size()));
            Map<String, Binding> about = new HashMap<>();
            if (!shown.isEmpty()) {
                List<Node> iris = shown.stream().map(s -> NodeFactory.createURI(s.resource())).toList();
                for (Binding b : queries.select(Values.bind(details, "s", iris), Map.of())) about.put(Rows.text(b, "s"), b);
            }
            return Frame.page("Search: " + words, words, h -> {
                h.element("h1", "Search: " + words);
                h.element("p", hits.isEmpty() ? "Nothing matches." : Prose.plural(hits.size(), "match", "matches")
                        + (hits.size() > SHOWN ? ", the best " + SHOWN + " shown." : "."), "class", "meta", "role", "status");
                h.open("ol", "class", "hits");
                for (SearchHit hit : shown) hit(h, hit, about.get(hit.resource()));
                h.close("ol");
            });
        });
    }

    private void hit(Markup h, SearchHit hit, Binding about) {
        String kind = about == null ? null : Kinds.ofList(Rows.text(about, "types"));
        String doc = about == null ? null : Rows.text(about, "document");
        Integer position = about == null ? null : Rows.integer(about, "position");
        String label = about == null ? null : Rows.text(about, "label");
        String who = about == null ? null : Rows.text(about, "creatorName");
        if (position != null) label = "#" + position + (who == null ? "" : " by " + who);
        h.open("li", "class", "hit").element("span", Prose.kind(kind, "Resource"), "class", "kind").text(" ")
                .link(links.page(hit.resource()), label == null ? hit.resource() : label, "class", "hit-title");
        if (doc != null && !doc.equals(hit.resource())) {
            h.text(" on ").link(links.inDocument(doc, position), DocumentPage.or(Rows.text(about, "documentTitle"), doc), "class", "in-document");
        }
        if (hit.snippetHtml() != null) h.open("p", "class", "snippet").safe(new Markup.Safe(hit.snippetHtml())).close("p");
        h.close("li");
    }
}

package org.workgraph.server.explorer;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;

/** An idea's page: its names, every document and response that discusses it, and the ideas discussed with it. */
final class IdeaPage {
    private final QueryRunner queries;
    private final Links links;
    private final Query idea = HomePage.load("idea.rq");
    private final Query items = HomePage.load("idea-items.rq");
    private final Query related = HomePage.load("idea-related.rq");

    IdeaPage(QueryRunner queries, Links links) {
        this.queries = queries;
        this.links = links;
    }

    String render(Node concept) {
        Map<String, Node> p = Map.of("idea", concept);
        return queries.read(() -> {
            Binding me = queries.select(idea, p).get(0);
            String label = DocumentPage.or(Rows.text(me, "label"), concept.getURI());
            List<String> alt = PersonPage.split(Rows.text(me, "altLabels"));
            List<Binding> where = queries.select(items, p);
            List<Binding> near = queries.select(related, p);
            return Frame.page(label, h -> {
                h.element("p", "Idea", "class", "kind");
                h.element("h1", label);
                if (!alt.isEmpty()) h.open("p", "class", "meta").text("Also: " + String.join(", ", alt)).close("p");
                h.open("p", "class", "views").link(links.ideaTimeline(concept.getURI()), "Its timeline")
                        .text(": where it first appears and who takes it up after").close("p");
                h.open("section", "id", "discussed").element("h2", "Discussed in (" + where.size() + ")");
                h.open("ul", "class", "items");
                for (Binding w : where) {
                    String item = Rows.text(w, "item");
                    String doc = Rows.text(w, "document");
                    h.open("li");
                    if (item.equals(doc)) {
                        h.link(links.page(item), DocumentPage.or(Rows.text(w, "documentTitle"), item)).text(" (the document)");
                    } else {
                        h.link(links.page(item), (Rows.text(w, "position") == null ? "a response" : "response #" + Rows.text(w, "position"))
                                + (Rows.text(w, "creatorName") == null ? "" : " by " + Rows.text(w, "creatorName")));
                        if (doc != null) h.text(" on ").link(links.inDocument(doc, Rows.integer(w, "position")),
                                DocumentPage.or(Rows.text(w, "documentTitle"), doc));
                    }
                    h.close("li");
                }
                h.close("ul").close("section");
                h.open("section", "id", "related").element("h2", "Discussed alongside");
                if (near.isEmpty()) h.element("p", "Nothing else, yet.", "class", "meta");
                h.open("ul", "class", "tags");
                for (Binding n : near) {
                    long together = Rows.count(n, "together");
                    h.open("li").link(links.page(Rows.text(n, "other")), DocumentPage.or(Rows.text(n, "label"), Rows.text(n, "other")),
                            "title", "together in " + Prose.plural(together, "place", "places")).close("li");
                }
                h.close("ul").close("section");
            });
        });
    }
}

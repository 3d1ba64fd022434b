package org.workgraph.server.explorer;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.read.AnalystViews;

/** A digest row's page: its columns, its relevancy drawn as a meter, its digest, and the posts and responses that discuss it. */
final class SignalPage {
    private final QueryRunner queries;
    private final Links links;
    private final AnalystViews views;
    private final Query signal = HomePage.load("signal.rq");

    SignalPage(QueryRunner queries, AnalystViews views, Links links) {
        this.queries = queries;
        this.views = views;
        this.links = links;
    }

    String render(Node row, String kind) {
        // The row and what discusses it, from one snapshot of the store.
        Map.Entry<Binding, List<AnalystViews.Discussion>> read = queries.read(() ->
                Map.entry(queries.select(signal, Map.of("s", row)).get(0), views.discussionsOf(row)));
        Binding s = read.getKey();
        List<AnalystViews.Discussion> discussedIn = read.getValue();
        String label = DocumentPage.or(Rows.text(s, "label"), row.getURI());
        return Frame.page(label, h -> {
            h.element("p", Prose.kind(kind, "Signal"), "class", "kind");
            h.element("h1", label);
            h.open("p", "class", "meta");
            if (Rows.text(s, "table") != null) h.text("Row " + DocumentPage.or(Rows.text(s, "rowNumber"), "?") + " of the "
                    + Rows.text(s, "table") + " table in ");
            else h.text("In ");
            h.link(links.page(Rows.text(s, "digest")), DocumentPage.or(Rows.text(s, "digestTitle"), "its digest")).close("p");
            Integer relevancy = Rows.integer(s, "relevancy");
            if (relevancy != null) {
                h.open("p", "class", "relevancy").text("Relevancy ")
                        .element("meter", relevancy + " of " + RelevancyChart.SCALE, "min", "0", "max", Integer.toString(RelevancyChart.SCALE),
                                "value", relevancy.toString(), "aria-label", "relevancy")
                        .text(" " + relevancy + " of " + RelevancyChart.SCALE).close("p");
            }
            h.open("dl", "class", "fields");
            String[][] fields = {{"description", "Description"}, {"change", "Change"}, {"tenYearOutlook", "In ten years"},
                    {"drivingForce", "Driving force"}};
            for (String[] f : fields) {
                if (Rows.text(s, f[0]) != null) h.element("dt", f[1]).element("dd", Rows.text(s, f[0]));
            }
            h.close("dl");
            h.open("section", "id", "discussed").element("h2", "Discussed in (" + discussedIn.size() + ")");
            if (discussedIn.isEmpty()) h.element("p", "No post or response in this store is linked to it.", "class", "meta");
            DiscussedSignalsPage.discussions(h, links, discussedIn, Integer.MAX_VALUE);
            h.open("p", "class", "meta").link(ExplorerServlet.DISCUSSED, "The signals with the most discussion").close("p");
            h.close("section");
        });
    }
}

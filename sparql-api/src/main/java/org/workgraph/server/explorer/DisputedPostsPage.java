package org.workgraph.server.explorer;

import java.util.List;

import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.AnalystViews;

/**
 * The most disputed posts: documents by how many of their responses disagree or react negatively, each with
 * those responses. Three queries (the count, the page, the page's disputing responses).
 */
final class DisputedPostsPage {
    private final QueryRunner queries;
    private final AnalystViews views;
    private final Links links;

    DisputedPostsPage(QueryRunner queries, AnalystViews views, Links links) {
        this.queries = queries;
        this.views = views;
        this.links = links;
    }

    String render(Pager pager) {
        return queries.read(() -> {
            long total = views.disputedPostCount();
            List<AnalystViews.DisputedPost> posts = views.disputedPosts(Pager.SIZE, pager.offset());
            return Frame.page("Most disputed posts", h -> {
                h.element("p", "Analyst view", "class", "kind");
                h.element("h1", "Most disputed posts");
                h.element("p", "Documents by how many responses in their threads disagree or react negatively (any of a response's "
                        + "acts, not only its main one). Documents without any are left out.", "class", "meta");
                if (posts.isEmpty()) {
                    h.element("p", "No response in this corpus disagrees or reacts negatively.");
                    return;
                }
                h.open("table", "class", "view").open("thead").open("tr").element("th", "post").element("th", "disagreements")
                        .element("th", "negative reactions").element("th", "responses").element("th", "disputing responses")
                        .close("tr").close("thead").open("tbody");
                for (AnalystViews.DisputedPost d : posts) {
                    h.open("tr").open("td").link(links.page(d.iri()), DocumentPage.or(d.title(), d.iri()));
                    if (d.creator() != null) h.text(" by ").link(links.page(d.creator().iri()), DocumentPage.or(d.creator().label(), d.creator().iri()));
                    h.close("td").element("td", d.disagreements(), "class", "n").element("td", d.negativeReactions(), "class", "n")
                            .element("td", d.responses(), "class", "n").open("td");
                    boolean comma = false;
                    for (AnalystViews.Disputing r : d.disputing()) {
                        if (comma) h.text(", ");
                        comma = true;
                        h.link(links.inDocument(d.iri(), r.position()), (r.position() == null ? "a response" : "#" + r.position())
                                + (r.creator() == null || r.creator().label() == null ? "" : " " + r.creator().label()),
                                "title", String.join(", ", r.acts().stream().map(PersonActsPage::label).toList()));
                    }
                    h.close("td").close("tr");
                }
                h.close("tbody").close("table");
                pager.links(h, ExplorerServlet.DISPUTED, posts.size(), total);
            });
        });
    }
}

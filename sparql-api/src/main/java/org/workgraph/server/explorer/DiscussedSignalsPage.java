package org.workgraph.server.explorer;

import java.util.List;
import java.util.Locale;

import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.AnalystViews;

/**
 * The signals with the most discussion: digest rows by how many documents and responses discuss them
 * ({@code wg:discusses}), each with the best-scored of those. Three queries.
 */
final class DiscussedSignalsPage {
    /** How many of a signal's discussions the list shows; its own page has them all. */
    private static final int SHOWN = 5;

    private final QueryRunner queries;
    private final AnalystViews views;
    private final Links links;

    DiscussedSignalsPage(QueryRunner queries, AnalystViews views, Links links) {
        this.queries = queries;
        this.views = views;
        this.links = links;
    }

    String render(Pager pager) {
        return queries.read(() -> {
            long total = views.discussedSignalCount();
            List<AnalystViews.DiscussedSignal> signals = views.discussedSignals(Pager.SIZE, pager.offset());
            return Frame.page("Signals with the most discussion", h -> {
                h.element("p", "Analyst view", "class", "kind");
                h.element("h1", "Signals with the most discussion");
                h.element("p", "Digest rows by how many posts and responses discuss them, found by text similarity and shared ideas; "
                        + "each link has a score and its evidence.", "class", "meta");
                if (signals.isEmpty()) {
                    h.element("p", "No signal in this store is linked to a discussion.");
                    return;
                }
                h.open("ol", "class", "ranked", "start", Long.toString(pager.offset() + 1));
                for (AnalystViews.DiscussedSignal s : signals) {
                    h.open("li").link(links.page(s.iri()), DocumentPage.or(s.label(), s.iri()))
                            .text(" ").element("span", Prose.kind(s.kind(), "Signal"), "class", "kind");
                    if (s.digest() != null) h.text(" in ").link(links.page(s.digest().iri()), DocumentPage.or(s.digest().label(), s.digest().iri()));
                    h.element("span", " · " + Prose.plural(s.documents(), "post", "posts") + ", "
                            + Prose.plural(s.responses(), "response", "responses")
                            + (s.bestScore() == null ? "" : ", best score " + score(s.bestScore())), "class", "meta");
                    discussions(h, links, s.discussedIn(), SHOWN);
                    h.close("li");
                }
                h.close("ol");
                pager.links(h, ExplorerServlet.DISCUSSED, signals.size(), total);
            });
        });
    }

    /** What discusses a signal, best first, at most {@code max} of them. */
    static void discussions(Markup h, Links links, List<AnalystViews.Discussion> items, int max) {
        if (items.isEmpty()) return;
        h.open("ul", "class", "items");
        for (AnalystViews.Discussion d : items.subList(0, Math.min(max, items.size()))) {
            boolean document = d.document() != null && d.iri().equals(d.document().iri());
            String doc = d.document() == null ? d.iri() : DocumentPage.or(d.document().label(), d.document().iri());
            h.open("li").link(links.page(d.iri()), document ? doc : (d.position() == null ? "a response" : "response #" + d.position()) + " on " + doc);
            if (d.creator() != null) h.text(" by ").link(links.page(d.creator().iri()), DocumentPage.or(d.creator().label(), d.creator().iri()));
            if (d.score() != null) h.element("span", " score " + score(d.score()), "class", "meta");
            h.close("li");
        }
        if (items.size() > max) h.element("li", "and " + (items.size() - max) + " more", "class", "meta");
        h.close("ul");
    }

    static String score(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }
}

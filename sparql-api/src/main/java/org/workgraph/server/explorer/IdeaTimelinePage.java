package org.workgraph.server.explorer;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.workgraph.server.read.AnalystViews;

/**
 * An idea's timeline: where and when it first appears (and what that rests on), a chart of the documents and
 * responses that take it up over time, and the same as a table with who wrote each. Two queries.
 */
final class IdeaTimelinePage {
    private final AnalystViews views;
    private final Links links;

    IdeaTimelinePage(AnalystViews views, Links links) {
        this.views = views;
        this.links = links;
    }

    /** The page, or null when the key names no idea. */
    String render(String key) {
        Node concept = links.idea(key);
        if (concept == null) return null;
        AnalystViews.IdeaTimeline t = views.ideaTimeline(concept).orElse(null);
        if (t == null) return null;
        String label = DocumentPage.or(t.label(), t.iri());
        return Frame.page("Timeline of " + label, h -> {
            h.element("p", "Idea · timeline", "class", "kind");
            h.open("h1").text("Timeline of ").link(links.page(t.iri()), label).close("h1");
            first(h, t.firstSeen());
            if (t.items().isEmpty()) {
                h.element("p", "Nothing in this corpus takes it up.");
                return;
            }
            Set<String> people = new LinkedHashSet<>();
            t.items().forEach(i -> { if (i.creator() != null) people.add(DocumentPage.or(i.creator().label(), i.creator().iri())); });
            h.element("p", Prose.plural(t.items().size(), "place takes", "places take") + " it up"
                    + (people.isEmpty() ? "" : ", written by " + Prose.plural(people.size(), "person", "people") + " the store names") + ".",
                    "class", "meta");
            h.open("section", "class", "picture")
                    .element("p", "Each lane is a document; the large dot is the document, the small ones its responses, placed by the date "
                            + "they state (a response without one takes its document's). Undated ones sit at the right.", "class", "meta")
                    .safe(TimelineChart.svg("Timeline of " + label, t.items().stream().map(i -> new TimelineChart.Dot(
                            i.document() == null ? i.iri() : DocumentPage.or(i.document().label(), i.document().iri()),
                            i.document() == null ? null : links.page(i.document().iri()), itemLabel(i), links.page(i.iri()), i.date(),
                            i.document() != null && i.iri().equals(i.document().iri()), i.first())).toList()))
                    .close("section");
            h.open("section", "id", "taken-up").element("h2", "Taken up by");
            h.open("table", "class", "view").open("thead").open("tr").element("th", "date").element("th", "where")
                    .element("th", "by").close("tr").close("thead").open("tbody");
            for (AnalystViews.TimelineItem i : t.items()) {
                h.open("tr", "class", i.first() ? "first" : null).open("td").text(i.date() == null ? "undated" : i.date())
                        .text(i.created() == null && i.date() != null ? " (its document's)" : "").close("td");
                h.open("td").link(links.page(i.iri()), itemLabel(i));
                if (i.first()) h.text(" ").element("strong", "first seen");
                h.close("td").open("td");
                if (i.creator() != null) h.link(links.page(i.creator().iri()), DocumentPage.or(i.creator().label(), i.creator().iri()));
                h.close("td").close("tr");
            }
            h.close("tbody").close("table").close("section");
        });
    }

    private void first(Markup h, AnalystViews.FirstSeen f) {
        h.open("p", "class", "first-seen");
        if (f == null || f.document() == null) {
            h.text("The store records no first appearance for this idea.");
        } else {
            h.text("First seen in ").link(links.page(f.document().iri()), DocumentPage.or(f.document().label(), f.document().iri()));
            if (f.date() != null) h.text(" on " + f.date());
            if (f.basis() != null) h.text(" (" + f.basis() + ")");
            h.text(".");
        }
        h.close("p");
    }

    private static String itemLabel(AnalystViews.TimelineItem i) {
        String doc = i.document() == null ? i.iri() : DocumentPage.or(i.document().label(), i.document().iri());
        boolean document = i.document() != null && i.iri().equals(i.document().iri());
        return document ? doc : (i.position() == null ? "a response" : "response #" + i.position()) + " on " + doc;
    }
}

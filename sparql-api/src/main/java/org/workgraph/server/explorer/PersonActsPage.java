package org.workgraph.server.explorer;

import java.util.List;

import org.apache.jena.graph.Node;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.AnalystViews;
import org.workgraph.server.read.ReadModel;

/**
 * A person's acts: how often their responses ask, answer, agree, disagree and so on (as the main act and at all),
 * drawn as bars, then every response under its act with what it takes up. Two queries.
 */
final class PersonActsPage {
    private final QueryRunner queries;
    private final ReadModel reads;
    private final AnalystViews views;
    private final Links links;

    PersonActsPage(QueryRunner queries, ReadModel reads, AnalystViews views, Links links) {
        this.queries = queries;
        this.reads = reads;
        this.views = views;
        this.links = links;
    }

    /** The page, or null when the key names no person. */
    String render(String key) {
        Node who = links.person(key);
        if (who == null) return null;
        return queries.read(() -> {
            ReadModel.Person me = reads.person(who).orElse(null);
            if (me == null) return null;
            String name = DocumentPage.or(me.name(), who.getURI());
            List<AnalystViews.ActTally> acts = views.personActs(who);
            long responses = acts.stream().flatMap(t -> t.uses().stream()).map(AnalystViews.ActUse::response).distinct().count();
            return Frame.page("Acts of " + name, h -> {
                h.element("p", "Person · discourse acts", "class", "kind");
                h.open("h1").text("What ").link(links.page(who.getURI()), name).text(" does in the conversation").close("h1");
                h.element("p", "Each response has a main act and may perform others (the coarse discourse acts of Zhang, Culbertson and "
                        + "Paritosh, ICWSM 2017), read by the loader with its evidence. A bar counts the responses that perform the act; "
                        + "its dark part, those where it is the main act.", "class", "meta");
                if (acts.isEmpty()) {
                    h.element("p", "No response of theirs has an act in this corpus.");
                    return;
                }
                h.element("p", Prose.plural(responses, "response", "responses") + " with acts.");
                h.open("section", "class", "picture")
                        .safe(ActChart.svg("Acts of " + name, acts.stream().map(t -> new ActChart.Bar(label(t.notation()),
                                "#act-" + t.notation(), t.all(), t.main())).toList()))
                        .close("section");
                for (AnalystViews.ActTally t : acts) {
                    h.open("section", "id", "act-" + t.notation())
                            .element("h2", label(t.notation()) + " (" + t.all() + "; the main act of " + t.main() + ")");
                    h.open("ul", "class", "items");
                    for (AnalystViews.ActUse u : t.uses()) {
                        h.open("li").link(links.page(u.response()), u.position() == null ? "a response" : "response #" + u.position());
                        if (u.document() != null) {
                            h.text(" on ").link(links.inDocument(u.document().iri(), u.position()),
                                    DocumentPage.or(u.document().label(), u.document().iri()));
                        }
                        if (u.main()) h.text(" ").element("span", "main act", "class", "kind");
                        if (u.main() && u.target() != null) {
                            h.text(" — takes up ").link(links.page(u.target()), u.targetCreator() == null ? "this"
                                    : DocumentPage.or(u.targetCreator().label(), u.targetCreator().iri()));
                        }
                        h.close("li");
                    }
                    h.close("ul").close("section");
                }
            });
        });
    }

    /** An act's name as readers say it: "negative-reaction" is "negative reaction". */
    static String label(String notation) {
        return notation == null ? "act" : notation.replace('-', ' ');
    }
}

package org.workgraph.server.explorer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.ReadModel;
import org.workgraph.server.query.Rows;

/**
 * A person's page: every spelling of their name, what they wrote (with the text of each response), whom
 * they answered and who answered them, and where they are named. Four queries.
 */
final class PersonPage {
    private static final int EXCERPT = 240;

    private final QueryRunner queries;
    private final ReadModel reads;
    private final Links links;
    private final Query answers = HomePage.load("person-answers.rq");
    private final Query named = HomePage.load("person-named.rq");

    PersonPage(QueryRunner queries, ReadModel reads, Links links) {
        this.queries = queries;
        this.reads = reads;
        this.links = links;
    }

    String render(Node who) {
        Map<String, Node> p = Map.of("person", who);
        return queries.read(() -> {
            ReadModel.Person me = reads.person(who).orElse(new ReadModel.Person(who.getURI(), null, List.of()));
            String name = DocumentPage.or(me.name(), who.getURI());
            List<String> aliases = me.aliases().stream().filter(a -> !a.isBlank()).sorted().toList();
            List<ReadModel.Written> works = reads.wrote(who);
            List<Binding> talk = queries.select(answers, p);
            List<Binding> mentions = queries.select(named, p);
            return Frame.page(name, h -> {
                h.element("p", "Person", "class", "kind");
                h.element("h1", name);
                List<String> others = aliases.stream().filter(a -> !a.equals(name)).toList();
                if (!others.isEmpty()) h.open("p", "class", "meta").text("Also written as: " + String.join(", ", others)).close("p");
                h.open("p", "class", "views").link(links.personActs(who.getURI()), "Their acts")
                        .text(": how often they ask, answer, agree, dispute…").close("p");

                h.open("section", "id", "wrote").element("h2", "Wrote (" + works.size() + ")");
                if (works.isEmpty()) h.element("p", "Nothing in this corpus.", "class", "meta");
                h.open("ul", "class", "items");
                for (ReadModel.Written w : works) work(h, w);
                h.close("ul").close("section");

                answers(h, "answered", "Answered", "to", talk);
                answers(h, "answered-by", "Was answered by", "from", talk);

                h.open("section", "id", "named").element("h2", "Named in (" + mentions.size() + ")");
                if (mentions.isEmpty()) h.element("p", "Not named anywhere in this corpus.", "class", "meta");
                h.open("ul", "class", "items");
                for (Binding m : mentions) {
                    h.open("li").link(links.page(Rows.text(m, "work")), label(m)).text(" ");
                    in(h, m);
                    h.close("li");
                }
                h.close("ul").close("section");
            });
        });
    }

    private void work(Markup h, ReadModel.Written w) {
        String documentIri = w.document() == null ? null : w.document().iri();
        String documentTitle = w.document() == null ? null : w.document().label();
        boolean document = w.iri().equals(documentIri);
        h.open("li", "class", "work").element("span", Prose.kind(w.kind(), "Work"), "class", "kind").text(" ");
        if (document) {
            h.link(links.page(w.iri()), DocumentPage.or(w.label(), DocumentPage.or(documentTitle, w.iri())));
        } else {
            h.link(links.page(w.iri()), w.position() == null ? "response" : "#" + w.position()).text(" ");
            in(h, documentIri, w.position(), documentTitle);
            String text = w.content();
            if (text != null) h.element("blockquote", excerpt(text));
        }
        h.close("li");
    }

    private void answers(Markup h, String id, String heading, String direction, List<Binding> talk) {
        List<Binding> mine = talk.stream().filter(t -> direction.equals(Rows.text(t, "direction"))).toList();
        h.open("section", "id", id).element("h2", heading + " (" + mine.size() + ")");
        if (mine.isEmpty()) h.element("p", "No one in this corpus.", "class", "meta");
        h.open("ul", "class", "items");
        for (Binding t : mine) {
            h.open("li").link(links.page(Rows.text(t, "other")), DocumentPage.or(Rows.text(t, "otherName"), Rows.text(t, "other")))
                    .text(" in ").link(links.page(Rows.text(t, "response")),
                            Rows.text(t, "position") == null ? "a response" : "response #" + Rows.text(t, "position"))
                    .text(" ");
            in(h, t);
            h.close("li");
        }
        h.close("ul").close("section");
    }

    /** "on <document>", linking to the place in the document's page. */
    private void in(Markup h, Binding row) {
        in(h, Rows.text(row, "document"), Rows.integer(row, "position"), Rows.text(row, "documentTitle"));
    }

    private void in(Markup h, String doc, Integer position, String documentTitle) {
        if (doc == null) return;
        h.text("on ").link(links.inDocument(doc, position), DocumentPage.or(documentTitle, doc), "class", "in-document");
    }

    private static String label(Binding row) {
        return DocumentPage.or(Rows.text(row, "label"), DocumentPage.or(Rows.text(row, "documentTitle"), Rows.text(row, "work")));
    }

    static String excerpt(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT - 1).strip() + "…";
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\u001F")).filter(s -> !s.isBlank()).sorted().toList();
    }
}

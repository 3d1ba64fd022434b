package org.workgraph.server.explorer;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.read.ReadModel;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;

/**
 * A response's page: what it says, who wrote it, what it answers and what answers it, read from its
 * document's thread (one query), with a link to its place in the whole conversation.
 */
final class ResponsePage {
    private final QueryRunner queries;
    private final ReadModel reads;
    private final Links links;
    private final DocumentPage documents;
    private final Query subjects = HomePage.load("subjects.rq");

    ResponsePage(QueryRunner queries, ReadModel reads, Links links, DocumentPage documents) {
        this.queries = queries;
        this.reads = reads;
        this.links = links;
        this.documents = documents;
    }

    String render(Node response, Node doc) {
        return queries.read(() -> {
            String docTitle = DocumentPage.or(reads.document(doc).map(ReadModel.Document::title).orElse(null), doc.getURI());
            Conversation conversation = documents.conversation(doc);
            Conversation.Branch self = conversation.inOrder().stream().filter(b -> b.item().iri().equals(response.getURI()))
                    .findFirst().orElse(null);
            List<Binding> ideas = queries.select(subjects, Map.of("item", response));
            if (self == null) return null;
            ReadModel.Response r = self.item();
            String title = (r.position() == null ? "Response" : "Response #" + r.position()) + " by " + Conversation.who(r);
            return Frame.page(title, h -> {
                h.element("p", Prose.kind(r.kind(), "Response"), "class", "kind");
                h.element("h1", title);
                h.open("p", "class", "meta").text("On ").link(links.page(doc.getURI()), docTitle).text(" · ")
                        .link(links.inDocument(doc.getURI(), r.position()), "read it in the conversation").close("p");
                h.open("article", "class", "response " + ReplyTree.kindClass(r.kind())).open("header");
                if (r.creator() != null) h.link(links.page(r.creator().iri()), Conversation.who(r), "class", "who");
                else h.element("span", Conversation.who(r), "class", "who");
                if (r.created() != null) h.text(" ").element("span", r.created(), "class", "meta");
                h.close("header");
                if (r.sourceTitle() != null) h.element("p", r.sourceTitle(), "class", "meta");
                Prose.paragraphs(h, r.content());
                h.close("article");
                ReadModel.Response parent = conversation.inOrder().stream().map(Conversation.Branch::item)
                        .filter(i -> i.iri().equals(r.parent())).findFirst().orElse(null);
                h.element("h2", "It answers");
                h.open("p");
                if (parent != null) {
                    h.link(links.page(parent.iri()), "#" + parent.position() + " by " + Conversation.who(parent));
                } else {
                    h.link(links.page(doc.getURI()), docTitle).text(" itself");
                }
                h.close("p");
                if (!self.answers().isEmpty()) {
                    h.element("h2", "Answered by");
                    h.open("ul");
                    for (Conversation.Branch a : self.answers()) {
                        h.open("li").link(links.page(a.item().iri()), "#" + a.item().position() + " by " + Conversation.who(a.item())).close("li");
                    }
                    h.close("ul");
                }
                if (!ideas.isEmpty()) {
                    h.element("h2", "Ideas it discusses");
                    h.open("ul", "class", "tags");
                    for (Binding i : ideas) h.open("li").link(links.page(Rows.text(i, "idea")), Rows.text(i, "label")).close("li");
                    h.close("ul");
                }
            });
        });
    }
}

package org.workgraph.server.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.read.ReadModel;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;

/**
 * A document's page. A blog post shows its text and its whole thread as an indented conversation, with the
 * reply tree drawn above it; a digest shows its summary, its rows in their five tables, and its signals by
 * relevancy as a chart. Three or four queries, whatever the size of the thread.
 */
final class DocumentPage {
    /** The tables of a digest in the order the format gives them; others follow by name. */
    private static final List<String> TABLE_ORDER = List.of("signals", "concerns", "behaviors", "behaviours", "technologies",
            "technology", "issues");

    private final QueryRunner queries;
    private final ReadModel reads;
    private final Links links;
    private final Query rows = HomePage.load("digest-signals.rq");
    private final Query subjects = HomePage.load("subjects.rq");

    DocumentPage(QueryRunner queries, ReadModel reads, Links links) {
        this.queries = queries;
        this.reads = reads;
        this.links = links;
    }

    /** The thread of a document, for this page and the page of each response. */
    Conversation conversation(Node doc) {
        return Conversation.of(reads.thread(doc));
    }

    String render(Node doc, String kind) {
        return queries.read(() -> {
            // Only called for a resource whose kind is a document, so the store has it.
            ReadModel.Document d = reads.document(doc).orElseThrow();
            String title = or(d.title(), or(d.sourceFile(), doc.getURI()));
            Conversation conversation = conversation(doc);
            List<Binding> signals = queries.select(rows, Map.of("doc", doc));
            List<Binding> ideas = queries.select(subjects, Map.of("item", doc));
            return Frame.page(title, h -> {
                h.element("p", Prose.kind(kind, "Document"), "class", "kind");
                h.element("h1", title);
                byline(h, d);
                if ("SignalDigest".equals(kind) || !signals.isEmpty()) {
                    digest(h, d, signals);
                } else {
                    Prose.paragraphs(h, d.content());
                }
                ideas(h, ideas);
                thread(h, title, conversation, d.claimedResponseCount());
            });
        });
    }

    private void byline(Markup h, ReadModel.Document d) {
        h.open("p", "class", "meta");
        String by = d.creator() == null ? null : d.creator().label();
        if (by != null) h.text("By ").link(links.page(d.creator().iri()), by).text(". ");
        if (d.created() != null) h.text(d.created()).text(". ");
        if (d.sourceFile() != null) h.text("From ").element("code", d.sourceFile()).text(".");
        h.close("p");
    }

    private void digest(Markup h, ReadModel.Document d, List<Binding> signals) {
        String summary = or(d.summary(), d.content());
        if (summary != null) {
            h.element("h2", "Summary");
            if (d.source() != null && d.source().title() != null) {
                h.open("p", "class", "meta").text("Of ").link(links.page(d.source().iri()), d.source().title()).close("p");
            }
            Prose.paragraphs(h, summary);
        }
        List<RelevancyChart.Bar> bars = new ArrayList<>();
        for (Binding s : signals) {
            Integer rel = Rows.integer(s, "relevancy");
            if (rel != null) bars.add(new RelevancyChart.Bar(or(Rows.text(s, "label"), Rows.text(s, "s")), links.page(Rows.text(s, "s")), rel));
        }
        if (!bars.isEmpty()) {
            h.open("section", "class", "picture").element("h2", "Signals by relevancy");
            h.safe(RelevancyChart.svg("Signals of this digest by relevancy, 1 to " + RelevancyChart.SCALE, bars));
            h.close("section");
        }
        Map<String, List<Binding>> tables = new LinkedHashMap<>();
        signals.stream().sorted(java.util.Comparator.comparingInt((Binding s) -> tableRank(Rows.text(s, "table")))
                        .thenComparing(s -> or(Rows.text(s, "table"), "")))
                .forEach(s -> tables.computeIfAbsent(or(Rows.text(s, "table"), "Rows"), k -> new ArrayList<>()).add(s));
        for (var table : tables.entrySet()) {
            boolean hasChange = table.getValue().stream().anyMatch(s -> Rows.text(s, "change") != null || Rows.text(s, "relevancy") != null);
            h.open("section", "class", "table").element("h2", table.getKey() + " (" + table.getValue().size() + ")");
            h.open("div", "class", "scroll", "role", "region", "aria-label", table.getKey(), "tabindex", "0").open("table").open("thead").open("tr")
                    .element("th", "#", "scope", "col").element("th", "Name", "scope", "col").element("th", "Description", "scope", "col");
            if (hasChange) {
                h.element("th", "Change", "scope", "col").element("th", "In ten years", "scope", "col")
                        .element("th", "Driving force", "scope", "col").element("th", "Relevancy", "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (Binding s : table.getValue()) {
                h.open("tr").element("td", Rows.text(s, "rowNumber"))
                        .open("td").link(links.page(Rows.text(s, "s")), or(Rows.text(s, "label"), "(unnamed)")).close("td")
                        .element("td", Rows.text(s, "description"));
                if (hasChange) {
                    h.element("td", Rows.text(s, "change")).element("td", Rows.text(s, "tenYearOutlook"))
                            .element("td", Rows.text(s, "drivingForce")).element("td", Rows.text(s, "relevancy"), "class", "number");
                }
                h.close("tr");
            }
            h.close("tbody").close("table").close("div").close("section");
        }
    }

    private static int tableRank(String table) {
        int i = table == null ? -1 : TABLE_ORDER.indexOf(table.toLowerCase(Locale.ROOT));
        return i < 0 ? TABLE_ORDER.size() : i;
    }

    private void ideas(Markup h, List<Binding> ideas) {
        if (ideas.isEmpty()) return;
        h.element("h2", "Ideas it discusses");
        h.open("ul", "class", "tags");
        for (Binding i : ideas) h.open("li").link(links.page(Rows.text(i, "idea")), or(Rows.text(i, "label"), Rows.text(i, "idea"))).close("li");
        h.close("ul");
    }

    private void thread(Markup h, String title, Conversation conversation, Integer claimed) {
        if (conversation.isEmpty()) return;
        int n = conversation.inOrder().size();
        h.open("section", "class", "thread", "aria-labelledby", "thread-heading")
                .element("h2", "Conversation (" + Prose.plural(n, "response", "responses") + ")", "id", "thread-heading");
        if (claimed != null && claimed != n) h.element("p", "The page says it has " + claimed + ".", "class", "meta");
        h.open("figure", "class", "picture").safe(ReplyTree.svg(title, conversation))
                .element("figcaption", "Reply tree: each response under the one it answers. Select one to read it.").close("figure");
        h.open("ol", "class", "conversation");
        for (Conversation.Branch b : conversation.roots()) branch(h, b);
        h.close("ol").close("section");
    }

    private void branch(Markup h, Conversation.Branch b) {
        ReadModel.Response r = b.item();
        h.open("li").open("article", "class", "response " + ReplyTree.kindClass(r.kind()),
                "id", r.position() == null ? null : Links.anchor(r.position()));
        h.open("header");
        if (r.creator() != null) h.link(links.page(r.creator().iri()), Conversation.who(r), "class", "who");
        else h.element("span", Conversation.who(r), "class", "who");
        h.text(" ").element("span", Prose.kind(r.kind(), "Response"), "class", "kind");
        if (r.created() != null) h.text(" ").element("span", r.created(), "class", "meta");
        h.text(" ").link(links.page(r.iri()), r.position() == null ? "link" : "#" + r.position(), "class", "permalink",
                "aria-label", "Response " + (r.position() == null ? "" : r.position()) + " on its own page");
        h.close("header");
        if (r.sourceTitle() != null) h.element("p", r.sourceTitle(), "class", "meta");
        Prose.paragraphs(h, r.content());
        h.close("article");
        if (!b.answers().isEmpty()) {
            h.open("ol", "class", "answers");
            for (Conversation.Branch a : b.answers()) branch(h, a);
            h.close("ol");
        }
        h.close("li");
    }

    static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}

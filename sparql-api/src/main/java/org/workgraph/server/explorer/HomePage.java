package org.workgraph.server.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.ReadModel;
import org.workgraph.server.query.Rows;

/**
 * The home page: what is loaded (counts and the documents), a search box, the most connected people and
 * ideas, and the conversation network. Five queries, each over the whole store, in one read transaction.
 */
final class HomePage {
    private static final int TOP_PEOPLE = 12;
    /** How many documents the home page lists; a larger store says how many more there are. */
    static final int HOME_DOCUMENTS = 50;

    private final QueryRunner queries;
    private final ReadModel reads;
    private final Links links;
    private final Query counts = load("counts.rq");
    private final Query people = load("people-activity.rq");
    private final Query answers = load("answers.rq");
    private final Query ideas = load("ideas-top.rq");

    HomePage(QueryRunner queries, ReadModel reads, Links links) {
        this.queries = queries;
        this.reads = reads;
        this.links = links;
    }

    static Query load(String name) { return QueryRunner.load(HomePage.class, name); }

    /** A person with what the home page and the network show of them. */
    record Activity(String iri, String name, long wrote, long answered, long answeredBy) {
        long total() { return wrote + answered + answeredBy; }

        /** How connected: answers given and received count before what was written. */
        long connections() { return answered + answeredBy; }
    }

    String render() {
        return queries.read(() -> {
            Binding count = queries.select(counts, Map.of()).get(0);
            List<ReadModel.DocumentSummary> docs = reads.documents(ReadModel.DocumentOrder.BY_FILE, HOME_DOCUMENTS, 0);
            List<Activity> active = activity();
            List<Network.Edge> edges = queries.select(answers, Map.of()).stream()
                    .map(r -> new Network.Edge(Rows.text(r, "from"), Rows.text(r, "to"), (int) Rows.count(r, "n"))).toList();
            List<Binding> topIdeas = queries.select(ideas, Map.of());
            return Frame.page("Home", h -> {
                h.element("h1", "Workgraph explorer");
                h.open("p", "class", "lede").text("People, conversations, ideas and signals of change read from writing about the "
                        + "future of work. Search, or follow any name.").close("p");
                counts(h, count);
                h.open("form", "action", ExplorerServlet.SEARCH, "method", "get", "role", "search", "class", "big-search")
                        .element("label", "Search every post, comment and signal", "for", "home-q")
                        .empty("input", "type", "search", "id", "home-q", "name", "q", "required", "required")
                        .element("button", "Search", "type", "submit").close("form");
                views(h);
                documents(h, docs, Rows.count(count, "documents"));
                h.open("div", "class", "columns");
                people(h, active);
                ideas(h, topIdeas);
                h.close("div");
                network(h, active, edges);
            });
        });
    }

    private List<Activity> activity() {
        List<Activity> out = new ArrayList<>();
        for (Binding r : queries.select(people, Map.of())) {
            String iri = Rows.text(r, "person");
            String name = Rows.text(r, "name");
            out.add(new Activity(iri, name == null ? iri : name, Rows.count(r, "wrote"), Rows.count(r, "answered"), Rows.count(r, "answeredBy")));
        }
        out.sort(Comparator.comparingLong(Activity::connections).reversed().thenComparing(Comparator.comparingLong(Activity::total).reversed())
                .thenComparing(Activity::name));
        return out;
    }

    private static void counts(Markup h, Binding c) {
        h.open("ul", "class", "counts");
        String[][] shown = {{"documents", "documents"}, {"posts", "blog posts"}, {"digests", "signal digests"},
                {"responses", "responses"}, {"people", "people"}, {"ideas", "ideas"}, {"signals", "digest rows"}};
        for (String[] s : shown) {
            h.open("li").element("strong", Rows.count(c, s[0])).text(" " + s[1]).close("li");
        }
        h.close("ul");
    }

    /** The analyst's views of the whole conversation; a person's acts and an idea's timeline are linked from their pages. */
    private static void views(Markup h) {
        h.open("nav", "class", "views", "aria-label", "Analyst views").element("h2", "The conversation");
        h.open("ul", "class", "tags")
                .open("li").link(ExplorerServlet.UNANSWERED, "Unanswered questions").close("li")
                .open("li").link(ExplorerServlet.DISPUTED, "Most disputed posts").close("li")
                .open("li").link(ExplorerServlet.DISCUSSED, "Signals with the most discussion").close("li")
                .close("ul");
        h.element("p", "A person's acts and an idea's timeline are one click from their pages.", "class", "meta");
        h.close("nav");
    }

    private void documents(Markup h, List<ReadModel.DocumentSummary> docs, long total) {
        h.element("h2", "Documents");
        // A large store lists only its first documents: the page stays small and fast, search finds the rest.
        if (total > docs.size() && !docs.isEmpty()) {
            h.element("p", "The first " + docs.size() + " of " + total + " documents by file name; search for the others.");
        }
        if (docs.isEmpty()) {
            h.element("p", "Nothing is loaded yet: run kg load or kg serve with files or folders.");
            return;
        }
        h.open("ul", "class", "documents");
        for (ReadModel.DocumentSummary d : docs) {
            String title = DocumentPage.or(d.title(), DocumentPage.or(d.sourceFile(), d.iri()));
            h.open("li").link(links.page(d.iri()), title)
                    .text(" ").element("span", Prose.kind(d.kind(), "Document"), "class", "kind");
            String by = d.creator() == null ? null : d.creator().label();
            if (by != null) h.text(" by ").link(links.page(d.creator().iri()), by);
            long responses = d.responses();
            long signals = d.signals();
            if (responses > 0) h.text(" · " + responses + (responses == 1 ? " response" : " responses"));
            if (signals > 0) h.text(" · " + signals + (signals == 1 ? " row" : " rows"));
            h.close("li");
        }
        h.close("ul");
    }

    private void people(Markup h, List<Activity> active) {
        h.open("section").element("h2", "Most connected people");
        h.open("ol", "class", "ranked");
        active.stream().filter(a -> a.total() > 0).limit(TOP_PEOPLE).forEach(a -> h.open("li").link(links.page(a.iri()), a.name())
                .element("span", " " + Prose.plural(a.answered(), "answer", "answers") + " given, " + a.answeredBy() + " received, "
                                + a.wrote() + " written",
                        "class", "meta")
                .close("li"));
        h.close("ol").close("section");
    }

    private void ideas(Markup h, List<Binding> top) {
        h.open("section").element("h2", "Most discussed ideas");
        if (top.isEmpty()) h.element("p", "No ideas yet.");
        h.open("ol", "class", "ranked");
        for (Binding i : top) {
            long docs = Rows.count(i, "documents");
            h.open("li").link(links.page(Rows.text(i, "idea")), Rows.text(i, "label"))
                    .element("span", " in " + Prose.plural(docs, "document", "documents") + ", "
                                    + Prose.plural(Rows.count(i, "items"), "place", "places"),
                            "class", "meta")
                    .close("li");
        }
        h.close("ol").close("section");
    }

    private void network(Markup h, List<Activity> active, List<Network.Edge> edges) {
        h.open("section", "class", "picture").element("h2", "Conversation network");
        List<Network.Person> nodes = active.stream().filter(a -> a.connections() > 0).limit(Network.MAX_PEOPLE)
                .map(a -> new Network.Person(a.iri(), a.name(), links.page(a.iri()), (int) a.total())).toList();
        if (nodes.isEmpty()) {
            h.element("p", "Nobody has answered anybody yet.");
        } else {
            h.element("p", "Who answered whom: an arrow from the one who answered; bigger circles wrote and were answered more.",
                    "class", "meta");
            h.safe(Network.svg(nodes, edges));
        }
        h.close("section");
    }
}

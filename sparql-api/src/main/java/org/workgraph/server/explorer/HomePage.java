package org.workgraph.server.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.ReadModel;
import org.workgraph.server.read.SortedKeys;
import org.workgraph.server.query.Rows;

/**
 * The home page: what is loaded (counts and the documents), a search box, the most connected people and
 * ideas, and the conversation network, in one read transaction. With the loader's stored counts the page reads
 * them instead of counting over the whole store: the totals, everyone's counts for the ranking (names only for those
 * shown), the ideas' counts, and the arrows among the people drawn. Without them (a store made before the counts
 * existed) five queries count over the whole store, as they always did.
 */
final class HomePage {
    private static final int TOP_PEOPLE = 12;
    /** As many as {@code ideas-top.rq} takes. */
    private static final int TOP_IDEAS = 20;
    /** How many documents the home page lists; a larger store says how many more there are. */
    static final int HOME_DOCUMENTS = 50;

    private final QueryRunner queries;
    private final ReadModel reads;
    private final Links links;
    private final Query counts = load("counts.rq");
    private final Query people = load("people-activity.rq");
    private final Query answers = load("answers.rq");
    private final Query ideas = load("ideas-top.rq");
    private final Query answersAmong = load("answers-among.rq");

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

    /** The page as last rendered, with the version of the data it shows. */
    private record Rendered(long version, String html) {}

    private volatile Rendered last;

    /**
     * The page for the data this request's transaction sees. It shows only the data, so it is rendered once per version
     * of it (TDB2 gives each read transaction one; {@link SortedKeys}) and served again until a write: at 100,000
     * documents the conversation network's arrows alone (the most connected people wrote tens of thousands of
     * responses) cost half a second. A store that gives no version renders every time.
     */
    String render() {
        return queries.read(() -> {
            long version = SortedKeys.version(queries.dataset());
            Rendered r = last;
            if (version >= 0 && r != null && r.version() == version) return r.html();
            String html = renderNow();
            if (version >= 0 && (r == null || r.version() <= version)) last = new Rendered(version, html);
            return html;
        });
    }

    private String renderNow() {
        return queries.read(() -> {
            Optional<ReadModel.Totals> stored = reads.totals();
            ReadModel.Totals count = stored.orElseGet(this::countAll);
            List<ReadModel.DocumentSummary> docs = reads.documents(ReadModel.DocumentOrder.BY_FILE, HOME_DOCUMENTS, 0);
            List<Activity> active = stored.isPresent() ? storedActivity() : activity();
            // In one order whatever query found them: the layout follows the order of the arrows it is given.
            List<Network.Edge> edges = edges(stored.isPresent(), active).stream()
                    .sorted(Comparator.comparing(Network.Edge::from).thenComparing(Network.Edge::to)).toList();
            List<ReadModel.IdeaCounts> topIdeas = stored.isPresent() ? storedIdeas() : topIdeas();
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
                documents(h, docs, count.documents());
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

    /** The totals counted over the whole store, for a store without stored counts. */
    private ReadModel.Totals countAll() {
        Binding c = queries.select(counts, Map.of()).get(0);
        return new ReadModel.Totals(Rows.count(c, "documents"), Rows.count(c, "posts"), Rows.count(c, "digests"),
                Rows.count(c, "responses"), Rows.count(c, "people"), Rows.count(c, "ideas"), Rows.count(c, "signals"));
    }

    /**
     * The people the page shows (the most connected, and the network's nodes), ranked from the stored counts: only
     * those tied with or above the last one shown get their name looked up, which is the ranking's last tie-break.
     */
    private List<Activity> storedActivity() {
        Comparator<Activity> byCounts = Comparator.comparingLong(Activity::connections).reversed()
                .thenComparing(Comparator.comparingLong(Activity::total).reversed());
        List<Activity> all = new ArrayList<>();
        for (ReadModel.PersonCounts p : reads.activity()) {
            all.add(new Activity(p.iri(), p.iri(), p.wrote(), p.answered(), p.answeredBy()));
        }
        all.sort(byCounts);
        int shown = Math.max(TOP_PEOPLE, Network.MAX_PEOPLE);
        int end = Math.min(shown, all.size());
        while (end > 0 && end < all.size() && byCounts.compare(all.get(end - 1), all.get(end)) == 0) end++;
        List<Activity> out = new ArrayList<>();
        for (Activity a : all.subList(0, end)) {
            String name = reads.name(NodeFactory.createURI(a.iri()));
            out.add(new Activity(a.iri(), name == null ? a.iri() : name, a.wrote(), a.answered(), a.answeredBy()));
        }
        out.sort(byCounts.thenComparing(Activity::name));
        return out;
    }

    /** The network's arrows: who answered whom among the people it draws, not across the whole store. */
    private List<Network.Edge> edges(boolean among, List<Activity> active) {
        if (!among) {
            return queries.select(answers, Map.of()).stream()
                    .map(r -> new Network.Edge(Rows.text(r, "from"), Rows.text(r, "to"), (int) Rows.count(r, "n"))).toList();
        }
        List<Node> drawn = active.stream().filter(a -> a.connections() > 0).limit(Network.MAX_PEOPLE)
                .map(a -> NodeFactory.createURI(a.iri())).toList();
        if (drawn.isEmpty()) return List.of();
        Set<String> iris = new HashSet<>();
        drawn.forEach(n -> iris.add(n.getURI()));
        return queries.select(Values.bind(answersAmong, "from", drawn), Map.of()).stream()
                .filter(r -> iris.contains(Rows.text(r, "to")))
                .map(r -> new Network.Edge(Rows.text(r, "from"), Rows.text(r, "to"), (int) Rows.count(r, "n"))).toList();
    }

    /** The most discussed ideas from the stored counts, ranked as {@code ideas-top.rq} ranks them. */
    private List<ReadModel.IdeaCounts> storedIdeas() {
        return reads.ideaCounts().stream()
                .sorted(Comparator.comparingLong(ReadModel.IdeaCounts::documents).reversed()
                        .thenComparing(Comparator.comparingLong(ReadModel.IdeaCounts::items).reversed())
                        .thenComparing(ReadModel.IdeaCounts::label, Comparator.nullsFirst(Comparator.naturalOrder())))
                .limit(TOP_IDEAS).toList();
    }

    private List<ReadModel.IdeaCounts> topIdeas() {
        return queries.select(ideas, Map.of()).stream().map(i -> new ReadModel.IdeaCounts(Rows.text(i, "idea"), Rows.text(i, "label"),
                Rows.count(i, "documents"), Rows.count(i, "items"))).toList();
    }

    private static void counts(Markup h, ReadModel.Totals c) {
        h.open("ul", "class", "counts");
        long[] values = {c.documents(), c.posts(), c.digests(), c.responses(), c.people(), c.ideas(), c.signals()};
        String[] shown = {"documents", "blog posts", "signal digests", "responses", "people", "ideas", "digest rows"};
        for (int i = 0; i < shown.length; i++) {
            h.open("li").element("strong", values[i]).text(" " + shown[i]).close("li");
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

    private void ideas(Markup h, List<ReadModel.IdeaCounts> top) {
        h.open("section").element("h2", "Most discussed ideas");
        if (top.isEmpty()) h.element("p", "No ideas yet.");
        h.open("ol", "class", "ranked");
        for (ReadModel.IdeaCounts i : top) {
            long docs = i.documents();
            h.open("li").link(links.page(i.iri()), i.label())
                    .element("span", " in " + Prose.plural(docs, "document", "documents") + ", "
                                    + Prose.plural(i.items(), "place", "places"),
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

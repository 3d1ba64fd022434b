package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.counts.CountsGraph;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.server.http.Html;

/**
 * The web explorer over real HTTP, on the shared corpus plus a thread of our own whose title, text and
 * names are markup and script. Every expectation is computed from the store the server serves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerTest {
    private static final String P = Fixture.prefixes();
    private static final String BASE = Fixture.BASE;
    private static final String HOSTILE = BASE + "doc/hostile-thread";
    /** What the hostile thread would put in a page if any of its text were not escaped. */
    private static final List<String> RAW = List.of("<script>window", "<img src=x", "<b>", "<iframe", "<svg onload",
            "<style>body", "href=\"javascript", "src=\"javascript", "\"'>");
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private WorkgraphStore store;
    private WorkgraphServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        store = WorkgraphStore.inMemory();
        Loader loader = new Loader(BASE, Loader.DEFAULT_MAX_BYTES);
        Path hostile = Path.of(getClass().getResource("/explorer/hostile-thread.txt").toURI());
        LoadReport report = loader.load(List.of(Fixture.corpus(), hostile), new TdbSink(store, loader.derivedGraphs()), f -> {});
        assertEquals(0, report.failed(), report.summary());
        // The loader makes no person of a header that is markup (the page reader does not take it for a header, and
        // the mapper would refuse it as a name), but a store can hold any text (another tool, a Graph Store upload):
        // pages must escape a person's name whatever it is. So one is added by hand.
        assertFalse(Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(
                "ASK { ?p a <http://xmlns.com/foaf/0.1/Person> ; <https://w3id.org/workgraph/ns#alias> ?a FILTER(CONTAINS(?a, '<')) }").ask()),
                "a person was made of markup");
        Node orla = NodeFactory.createURI(BASE + "person/test-hostile-name");
        store.replaceGraph(NodeFactory.createURI(BASE + "graph/test-hostile-name"), List.of(
                Quad.create(NodeFactory.createURI(BASE + "graph/test-hostile-name"), orla, RDF.type.asNode(), FOAF.Person.asNode()),
                Quad.create(NodeFactory.createURI(BASE + "graph/test-hostile-name"), orla, FOAF.name.asNode(),
                        NodeFactory.createLiteralString("Orla <img src=x onerror=window.__pwned=1> Finch")),
                Quad.create(NodeFactory.createURI(BASE + "graph/test-hostile-name"), NodeFactory.createURI(HOSTILE + "/response/1"),
                        DCTerms.creator.asNode(), orla)));
        // A write around the loader leaves the derived graphs as they were; the stored counts the home page shows are
        // one of them, so they are rebuilt as `kg reindex --derived` would after such a write.
        new CountsGraph(loader.iris().countsGraph()).rebuild(store.dataset());
        server = WorkgraphServer.builder(store.dataset()).port(0).start();
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", BROWSER).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
        return r.body();
    }

    private List<Map<String, String>> rows(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> out = new ArrayList<>();
            QueryExec.dataset(store.dataset()).query(P + sparql).select().forEachRemaining(b -> out.add(map(b)));
            return out;
        });
    }

    private static Map<String, String> map(Binding b) {
        Map<String, String> m = new java.util.HashMap<>();
        b.vars().forEachRemaining(v -> {
            Node n = b.get(v);
            m.put(v.getVarName(), n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        });
        return m;
    }

    private static String path(String iri) { return "/id/" + iri.substring(BASE.length()); }

    private static String href(String iri) { return "href=\"" + Html.escape(path(iri)) + "\""; }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void theHomePageCountsWhatIsLoadedAndLinksEveryDocumentAndTheConnectedPeople() throws Exception {
        String home = page("/");
        long documents = rows("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a wg:Document }").stream().mapToLong(r -> Long.parseLong(r.get("n"))).sum();
        long people = Long.parseLong(rows("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a foaf:Person }").get(0).get("n"));
        assertTrue(home.contains("<strong>" + documents + "</strong> documents"), home);
        assertTrue(home.contains("<strong>" + people + "</strong> people"));
        for (var d : rows("SELECT ?d { ?d a wg:Document }")) assertTrue(home.contains(href(d.get("d"))), "home lacks " + d);
        assertTrue(home.contains("type=\"search\"") && home.contains("action=\"/search\""), "a search box");
        // The network: one node, linking to the person's page, for everyone who answered or was answered.
        String network = between(home, "<svg", "</svg>", "class=\"network\"");
        for (var a : rows("SELECT DISTINCT ?p { ?r dcterms:creator ?x ; sioc:reply_of/dcterms:creator ?y FILTER(?x != ?y) "
                + "VALUES ?v { 1 2 } BIND(IF(?v = 1, ?x, ?y) AS ?p) }")) {
            assertTrue(network.contains(href(a.get("p"))), "network lacks " + a);
        }
        assertTrue(network.contains("<title"), "the picture has a text alternative");
        assertTrue(home.contains("name=\"viewport\""));
    }

    @Test
    void searchFindsAPhraseFromACommentAndLinksToItsPlaceInItsDocument() throws Exception {
        var c = rows("SELECT ?r ?text ?doc ?pos { ?r a wg:Comment ; sioc:content ?text ; wg:onDocument ?doc ; wg:position ?pos "
                + "FILTER(?doc != <" + HOSTILE + ">) } ORDER BY ?r LIMIT 1").get(0);
        String phrase = String.join(" ", List.of(c.get("text").split("\\s+")).subList(2, 6));
        String results = page("/search?q=" + enc(phrase));
        assertTrue(results.contains(href(c.get("r"))), "the hit links to the response: " + results);
        assertTrue(results.contains("href=\"" + path(c.get("doc")) + "#response-" + c.get("pos") + "\""), "and to its place in the thread");
        assertTrue(results.contains("<mark>"), "the words found are marked");
        assertTrue(page("/search?q=").contains("Type some words"));
        assertTrue(page("/search?q=" + enc("zzqqxxyy")).contains("Nothing matches."));
    }

    @Test
    void aPostShowsItsWholeThreadAsANestedConversationWithItsReplyTree() throws Exception {
        var reply = rows("SELECT ?r ?pos ?parentPos ?doc { ?r a wg:Reply ; wg:position ?pos ; wg:onDocument ?doc ; sioc:reply_of ?parent . "
                + "?parent wg:position ?parentPos FILTER(?doc != <" + HOSTILE + ">) } ORDER BY ?r LIMIT 1").get(0);
        String doc = page(path(reply.get("doc")));
        for (var r : rows("SELECT ?pos { ?r wg:onDocument <" + reply.get("doc") + "> ; wg:position ?pos }")) {
            assertTrue(doc.contains("id=\"response-" + r.get("pos") + "\""), "thread lacks response " + r);
            assertTrue(between(doc, "<svg", "</svg>", "reply-tree").contains("href=\"#response-" + r.get("pos") + "\""), "tree lacks " + r);
        }
        // The reply sits inside the list of answers to what it answers.
        int parent = doc.indexOf("id=\"response-" + reply.get("parentPos") + "\"");
        int child = doc.indexOf("id=\"response-" + reply.get("pos") + "\"");
        assertTrue(parent >= 0 && parent < child);
        assertTrue(doc.substring(parent, child).contains("<ol class=\"answers\">"), "the reply is nested under its parent");
    }

    @Test
    void aDigestShowsItsTablesAndItsSignalsByRelevancy() throws Exception {
        var digest = rows("SELECT ?d { ?d a wg:SignalDigest } LIMIT 1").get(0).get("d");
        String page = page(path(digest));
        for (var t : rows("SELECT DISTINCT ?table { ?s wg:inDigest <" + digest + "> ; wg:table ?table }")) {
            assertTrue(Pattern.compile("<h2>" + Pattern.quote(Html.escape(t.get("table"))) + " \\(\\d+\\)</h2>").matcher(page).find(),
                    "no table " + t);
        }
        String chart = between(page, "<svg", "</svg>", "class=\"chart\"");
        var rated = rows("SELECT ?s ?label ?rel { ?s wg:inDigest <" + digest + "> ; rdfs:label ?label ; wg:relevancy ?rel } ORDER BY DESC(?rel) ?label");
        assertFalse(rated.isEmpty());
        for (var s : rated) {
            assertTrue(chart.contains(href(s.get("s"))), "chart lacks " + s);
            assertTrue(page.contains(href(s.get("s"))), "tables lack " + s);
        }
        // Most relevant first.
        assertTrue(chart.indexOf(href(rated.get(0).get("s"))) < chart.indexOf(href(rated.get(rated.size() - 1).get("s"))));
        String signal = page(path(rated.get(0).get("s")));
        assertTrue(signal.contains(Html.escape(rated.get(0).get("label"))));
        assertTrue(signal.contains("<meter") && signal.contains("value=\"" + rated.get(0).get("rel") + "\""));
        assertTrue(signal.contains(href(digest)));
    }

    @Test
    void aPersonPageListsWhatTheyWroteWhomTheyAnsweredWhoAnsweredThemAndWhereTheyAreNamed() throws Exception {
        var person = rows("SELECT ?p (COUNT(*) AS ?n) { ?r dcterms:creator ?p ; sioc:reply_of/dcterms:creator ?o FILTER(?o != ?p) "
                + "?r wg:onDocument ?d FILTER(?d != <" + HOSTILE + ">) } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1").get(0).get("p");
        String page = page(path(person));
        String wrote = section(page, "wrote");
        for (var w : rows("SELECT ?w { ?w dcterms:creator <" + person + "> }")) assertTrue(wrote.contains(href(w.get("w"))), "wrote lacks " + w);
        String answered = section(page, "answered");
        for (var a : rows("SELECT ?o { ?r dcterms:creator <" + person + "> ; sioc:reply_of/dcterms:creator ?o FILTER(?o != <" + person + ">) }")) {
            assertTrue(answered.contains(href(a.get("o"))), "answered lacks " + a);
        }
        String answeredBy = section(page, "answered-by");
        for (var a : rows("SELECT ?o { ?t dcterms:creator <" + person + "> . ?r sioc:reply_of ?t ; dcterms:creator ?o FILTER(?o != <" + person + ">) }")) {
            assertTrue(answeredBy.contains(href(a.get("o"))), "answered-by lacks " + a);
        }
        String named = section(page, "named");
        for (var m : rows("SELECT ?w { ?w schema:mentions <" + person + "> }")) assertTrue(named.contains(href(m.get("w"))), "named lacks " + m);
        for (var a : rows("SELECT ?a { <" + person + "> wg:alias ?a ; foaf:name ?n FILTER(?a != ?n) }")) {
            assertTrue(page.contains(Html.escape(a.get("a"))), "alias missing " + a);
        }
    }

    @Test
    void anIdeaPageListsWhereItIsDiscussedAndTheIdeasDiscussedWithIt() throws Exception {
        var idea = rows("SELECT ?i (COUNT(?x) AS ?n) { ?x dcterms:subject ?i } GROUP BY ?i ORDER BY DESC(?n) ?i LIMIT 1").get(0).get("i");
        String page = page(path(idea));
        String discussed = section(page, "discussed");
        for (var x : rows("SELECT ?x { ?x dcterms:subject <" + idea + "> }")) assertTrue(discussed.contains(href(x.get("x"))), "lacks " + x);
        var related = rows("SELECT ?o (COUNT(DISTINCT ?x) AS ?n) { ?x dcterms:subject <" + idea + ">, ?o FILTER(?o != <" + idea + ">) } "
                + "GROUP BY ?o ORDER BY DESC(?n) LIMIT 1");
        if (!related.isEmpty()) assertTrue(section(page, "related").contains(href(related.get(0).get("o"))));
    }

    @Test
    void aResponseHasAPageWithWhatItAnswersAndALinkIntoTheConversation() throws Exception {
        var reply = rows("SELECT ?r ?parent ?doc ?pos { ?r a wg:Reply ; sioc:reply_of ?parent ; wg:onDocument ?doc ; wg:position ?pos "
                + "FILTER(?doc != <" + HOSTILE + ">) } ORDER BY ?r LIMIT 1").get(0);
        String page = page(path(reply.get("r")));
        assertTrue(page.contains(href(reply.get("parent"))));
        assertTrue(page.contains("href=\"" + path(reply.get("doc")) + "#response-" + reply.get("pos") + "\""));
    }

    @Test
    void theQueryPageRunsAnExampleAndShowsItsRowsAsATable() throws Exception {
        String form = page("/query");
        Matcher example = Pattern.compile("href=\"/query\\?example=who-answered-whom\"").matcher(form);
        assertTrue(example.find(), "the example is one click away: " + form);
        String filled = page("/query?example=who-answered-whom");
        String text = java.nio.file.Files.readString(Path.of(System.getProperty("workgraph.root", ".."), "data/queries/who-answered-whom.rq"));
        assertTrue(filled.contains(Html.escape(text)), "the example fills the form");
        String results = page("/query?query=" + enc(text));
        var expected = Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, String>> out = new ArrayList<>();
            QueryExec.dataset(store.dataset()).query(text).select().forEachRemaining(b -> out.add(map(b)));
            return out;
        });
        String table = between(results, "<table", "</table>", "class=\"results\"");
        assertEquals(expected.size(), count(table, "<tr>") - 1, "one row per answer, plus the header");
        for (var row : expected) for (String v : row.values()) assertTrue(table.contains(Html.escape(v)), "table lacks " + v);

        HttpResponse<String> bad = get("/query?query=" + enc("SELECT ?x WHERE { ?x"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Not a SPARQL query"));
        HttpResponse<String> update = get("/query?query=" + enc("DELETE WHERE { ?s ?p ?o }"));
        assertEquals(400, update.statusCode(), "updates are not queries");
        assertFalse(rows("SELECT ?s { ?s ?p ?o } LIMIT 1").isEmpty(), "and change nothing");
    }

    @Test
    void noTextFromAHostileDocumentBecomesMarkupOnAnyPage() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/", "/search?q=" + enc("marmalade tugboats"), "/search?q=" + enc("<script>"),
                "/query?query=" + enc(P + "SELECT ?t ?n { <" + HOSTILE + "> dcterms:title ?t . ?x foaf:name ?n }"), path(HOSTILE)));
        for (var r : rows("SELECT DISTINCT ?x { { ?x wg:onDocument <" + HOSTILE + "> } UNION { <" + HOSTILE + "> dcterms:subject ?x } UNION "
                + "{ ?r wg:onDocument <" + HOSTILE + "> ; dcterms:creator ?x } UNION { <" + HOSTILE + "> dcterms:creator ?x } }")) {
            paths.add(path(r.get("x")));
        }
        assertTrue(paths.size() > 8, "responses, people and ideas of the hostile thread: " + paths);
        for (String p : paths) {
            String body = page(p);
            for (String raw : RAW) assertFalse(body.contains(raw), p + " contains raw " + raw);
        }
        String doc = page(path(HOSTILE));
        assertTrue(doc.contains("&lt;script&gt;window.__pwned = &#39;title&#39;&lt;/script&gt;"), "the title shows as text");
        assertTrue(doc.contains("Orla &lt;img src=x onerror=window.__pwned=1&gt; Finch"), "so does a name");
        assertTrue(page("/search?q=" + enc("marmalade tugboats")).contains("<mark>"), "snippets keep their highlight");
    }

    @Test
    void linkedDataClientsStillGetRdfAtTheSameAddresses() throws Exception {
        var person = rows("SELECT ?p { ?p a foaf:Person } ORDER BY ?p LIMIT 1").get(0).get("p");
        HttpResponse<String> turtle = http.send(HttpRequest.newBuilder(URI.create(server.url() + path(person)))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(404, get("/no/such/page").statusCode());
        assertTrue(get("/explorer/explorer.css").body().contains("@media"));
    }

    /** The element that starts with {@code open}, carries {@code marker} and ends at the next {@code close}. */
    private static String between(String page, String open, String close, String marker) {
        int m = page.indexOf(marker);
        assertTrue(m >= 0, "no " + marker);
        int start = page.lastIndexOf(open, m);
        int end = page.indexOf(close, m);
        return page.substring(start, end + close.length());
    }

    /** The section with this id, up to the next section's start. */
    private static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }
}

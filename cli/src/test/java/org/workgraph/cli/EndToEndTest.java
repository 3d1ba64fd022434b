package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.gold.Gold;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.Ontology;
import org.workgraph.server.WorkgraphServer;

/**
 * Loads ../shared/corpus into a TDB2 store on disk, serves it on a free port, and runs the contract's
 * competency queries over HTTP. Each answer is compared with rows computed from ../shared/gold.
 * Authors the gold marks "inferred" and writers it only guesses are left out until the extraction issue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Gold gold = Gold.fromSystemProperty();
    private final HttpClient http = HttpClient.newHttpClient();
    private WorkgraphStore store;
    private WorkgraphServer server;
    private Loader loader;
    private LoadReport firstLoad;

    @BeforeAll
    void loadAndServe(@TempDir Path dir) {
        store = WorkgraphStore.open(dir.resolve("db"));
        loader = new Loader();
        firstLoad = load();
        server = WorkgraphServer.builder(store.dataset()).port(0).start();
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private LoadReport load() {
        return loader.load(List.of(gold.corpus()), new TdbSink(store, loader.derivedGraphs()), f -> {});
    }

    @Test
    void everySourceDocumentLoads() {
        assertEquals(0, firstLoad.failed(), firstLoad.summary());
        assertEquals(gold.documents().size(), firstLoad.loaded());
    }

    @Test
    void cq01Documents() throws Exception {
        Set<String> want = new TreeSet<>();
        Set<String> inferredAuthor = new HashSet<>(); // compared by the eval test, which knows the inference
        for (JsonNode d : gold.documents()) {
            String file = d.get("file").asText();
            JsonNode author = d.get("author");
            String name = null;
            if (author != null && !author.isNull()) {
                if ("explicit".equals(Gold.text(author, "evidence"))) name = author.get("name").asText();
                else inferredAuthor.add(file);
            }
            String kind = d.get("kind").asText().equals("blog-post") ? "BlogPost" : "SignalDigest";
            want.add(row(file, "https://w3id.org/workgraph/ns#" + kind, Gold.text(d, "title"), name, Gold.text(d, "claimedResponseCount")));
        }
        Set<String> got = new TreeSet<>();
        for (Map<String, String> r : cq("01")) {
            String author = inferredAuthor.contains(r.get("file")) ? null : gold.canonical(r.get("author"));
            got.add(row(r.get("file"), r.get("kind"), r.get("title"), author, r.get("claimed")));
        }
        assertEquals(want, got);
    }

    @Test
    void cq02ResponsesByKind() throws Exception {
        Map<String, Integer> want = new TreeMap<>();
        for (JsonNode d : gold.documents("blog-post")) {
            for (JsonNode r : d.get("responses")) want.merge(row(d.get("file").asText(), r.get("kind").asText()), 1, Integer::sum);
        }
        Map<String, Integer> got = new TreeMap<>();
        for (Map<String, String> r : cq("02")) got.put(row(r.get("file"), r.get("kind")), Integer.parseInt(r.get("n")));
        assertEquals(want, got);
    }

    @Test
    void cq03Thread() throws Exception {
        JsonNode post = gold.documents("blog-post").stream()
                .filter(d -> "The post-job economy".equals(Gold.text(d, "title"))).findFirst().orElseThrow();
        List<String> want = new ArrayList<>();
        for (JsonNode r : post.get("responses")) {
            String kind = r.get("kind").asText();
            if (kind.equals("comment") || kind.equals("reply")) {
                want.add(row(r.get("n").asText(), gold.canonical(Gold.text(r, "author")), Gold.text(r, "inReplyTo")));
            }
        }
        List<String> got = new ArrayList<>();
        for (Map<String, String> r : cq("03")) got.add(row(r.get("pos"), gold.canonical(r.get("author")), r.get("answersPos")));
        assertEquals(want, got);
    }

    @Test
    void cq04WhoAnsweredWhom() throws Exception {
        Set<String> want = new TreeSet<>();
        for (JsonNode d : gold.documents("blog-post")) {
            Map<Integer, JsonNode> byN = new HashMap<>();
            d.get("responses").forEach(r -> byN.put(r.get("n").asInt(), r));
            for (JsonNode r : d.get("responses")) {
                JsonNode parent = r.hasNonNull("inReplyTo") ? byN.get(r.get("inReplyTo").asInt()) : null;
                if (r.get("kind").asText().equals("reply") && parent != null && r.hasNonNull("author") && parent.hasNonNull("author")) {
                    want.add(row(gold.canonical(r.get("author").asText()), gold.canonical(parent.get("author").asText()), d.get("file").asText()));
                }
            }
        }
        Set<String> got = new TreeSet<>();
        for (Map<String, String> r : cq("04")) got.add(row(gold.canonical(r.get("replier")), gold.canonical(r.get("answered")), r.get("file")));
        assertEquals(want, got);
    }

    @Test
    void cq06StrongestSignals() throws Exception {
        Set<String> want = new TreeSet<>();
        for (JsonNode d : gold.documents("signal-digest")) {
            for (JsonNode s : d.get("signals")) {
                if (s.path("relevancy").asInt() == 5) want.add(row(s.get("name").asText(), "5", s.get("drivingForce").asText()));
            }
        }
        Set<String> got = new TreeSet<>();
        for (Map<String, String> r : cq("06")) got.add(row(r.get("name"), r.get("relevancy"), r.get("drivingForce")));
        assertEquals(want, got);
    }

    @Test
    void cq07SignalTables() throws Exception {
        Map<String, Integer> want = new TreeMap<>();
        for (JsonNode d : gold.documents("signal-digest")) {
            for (JsonNode s : d.get("signals")) want.merge(row(d.get("file").asText(), s.get("table").asText()), 1, Integer::sum);
        }
        Map<String, Integer> got = new TreeMap<>();
        for (Map<String, String> r : cq("07")) got.put(row(r.get("file"), r.get("table")), Integer.parseInt(r.get("rows")));
        assertEquals(want, got);
    }

    @Test
    void cq08NamesInSeveralTables() throws Exception {
        Map<String, Integer> want = new TreeMap<>();
        for (JsonNode d : gold.documents("signal-digest")) {
            Map<String, Set<String>> tables = new HashMap<>();
            for (JsonNode s : d.get("signals")) tables.computeIfAbsent(s.get("name").asText(), k -> new HashSet<>()).add(s.get("table").asText());
            tables.forEach((name, t) -> { if (t.size() > 1) want.put(name, t.size()); });
        }
        assertFalse(want.isEmpty(), "the gold has a name in two tables; the query must find it");
        Map<String, Integer> got = new TreeMap<>();
        for (Map<String, String> r : cq("08")) got.put(r.get("name"), Integer.parseInt(r.get("tables")));
        assertEquals(want, got);
    }

    @Test
    void cq09PingbackSites() throws Exception {
        Map<String, Integer> want = new TreeMap<>();
        for (JsonNode d : gold.documents("blog-post")) {
            for (JsonNode r : d.get("responses")) {
                String kind = r.get("kind").asText();
                if ((kind.equals("pingback") || kind.equals("reblog")) && r.hasNonNull("sourceSite")) {
                    want.merge(r.get("sourceSite").asText(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> got = new TreeMap<>();
        for (Map<String, String> r : cq("09")) got.put(r.get("site"), Integer.parseInt(r.get("n")));
        assertEquals(want, got);
    }

    @Test
    void cq05PeopleInSeveralDocuments() throws Exception {
        Map<String, Integer> want = new TreeMap<>();
        for (JsonNode p : gold.people()) {
            if (p.get("documents").size() > 1) want.put(Gold.normalize(p.get("name").asText()), p.get("documents").size());
        }
        Map<String, Integer> got = new TreeMap<>();
        for (Map<String, String> r : cq("05")) got.put(Gold.normalize(gold.canonical(r.get("name"))), Integer.parseInt(r.get("documents")));
        assertEquals(want, got);
    }

    /** Whom a response addresses it also names: every addressee in the gold is named in the thread by its writer. */
    @Test
    void cq10NamedInComments() throws Exception {
        Set<String> got = new TreeSet<>();
        for (Map<String, String> r : cq("10")) {
            assertTrue(gold.knowsPerson(r.get("named")), "not a person the gold knows: " + r.get("named"));
            got.add(row(gold.canonical(r.get("named")), gold.canonical(r.get("by")), r.get("file")));
        }
        Set<String> want = new TreeSet<>();
        for (JsonNode d : gold.documents("blog-post")) {
            for (JsonNode r : d.get("responses")) {
                if (!r.hasNonNull("author")) continue;
                r.path("addresses").forEach(a -> want.add(row(gold.canonical(a.asText()), gold.canonical(r.get("author").asText()), d.get("file").asText())));
            }
        }
        assertFalse(want.isEmpty());
        assertTrue(got.containsAll(want), () -> "missing: " + want.stream().filter(w -> !got.contains(w)).toList());
    }

    /**
     * CQ11 against the same question asked another way: each document's ideas (its own and its responses'),
     * gathered per document here and counted in Java.
     */
    @Test
    void cq11SharedIdeas() throws Exception {
        Map<String, Set<String>> docsByIdea = new TreeMap<>();
        for (Map<String, String> r : select("""
                PREFIX wg: <https://w3id.org/workgraph/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?d ?label WHERE { ?i skos:prefLabel ?label .
                  { ?d a wg:Document ; dcterms:subject ?i } UNION { ?x wg:onDocument ?d ; dcterms:subject ?i } }""")) {
            docsByIdea.computeIfAbsent(r.get("label"), k -> new HashSet<>()).add(r.get("d"));
        }
        assertFalse(docsByIdea.isEmpty(), "the corpus has ideas");
        Map<String, Integer> want = new TreeMap<>();
        docsByIdea.forEach((idea, docs) -> { if (docs.size() > 1) want.put(idea, docs.size()); });
        Map<String, Integer> got = new TreeMap<>();
        for (Map<String, String> r : cq("11")) got.put(r.get("idea"), Integer.parseInt(r.get("documents")));
        assertEquals(want, got);
    }

    @Test
    void everyIdeaIsInTheOneSchemeAndLinkedFromADocumentOrResponse() throws Exception {
        Map<String, String> b = select("""
                PREFIX wg: <https://w3id.org/workgraph/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT (COUNT(DISTINCT ?i) AS ?ideas) (COUNT(DISTINCT ?s) AS ?schemes) (SUM(?orphan) AS ?orphans) WHERE {
                  ?i a wg:Idea ; skos:inScheme ?s . BIND(IF(EXISTS { { ?d a wg:Document } UNION { ?d a wg:Response } ?d dcterms:subject ?i }, 0, 1) AS ?orphan) }""").get(0);
        assertTrue(Integer.parseInt(b.get("ideas")) >= gold.documents().size(), b.toString());
        assertEquals("1", b.get("schemes"));
        assertEquals("0", b.get("orphans"));
    }

    @Test
    void loadedCorpusConformsToTheShapes() {
        ValidationReport report = Txn.calculateRead(store.dataset(),
                () -> ShaclValidator.get().validate(Ontology.load().shapes(), store.dataset().getUnionGraph()));
        assertTrue(report.conforms(), () -> report.getEntries().size() + " violations, first: " + report.getEntries().stream().limit(5).toList());
    }

    @Test
    void reloadingReplacesGraphsWithoutDuplicates() {
        long before = store.size();
        LoadReport again = load();
        assertEquals(0, again.failed());
        assertEquals(before, store.size());
        assertEquals(firstLoad.triples(), again.triples());
    }

    @Test
    void updatesAreRefusedByTheReadOnlyServer() throws Exception {
        HttpRequest update = HttpRequest.newBuilder(URI.create(base() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")).build();
        assertTrue(http.send(update, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        HttpRequest put = HttpRequest.newBuilder(URI.create(base() + "?graph=urn:x"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
        assertTrue(http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/$/ping")).build();
        assertEquals(200, http.send(ping, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private String base() { return "http://localhost:" + server.port() + WorkgraphServer.DATASET; }

    /** Runs a competency query over HTTP and returns its rows as variable → value text. */
    private List<Map<String, String>> cq(String number) throws IOException, InterruptedException {
        try (var files = Files.list(gold.contract().resolve("cq"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(number + "-")).findFirst().orElseThrow();
            return select(Files.readString(file));
        }
    }

    /** Runs a SELECT query over HTTP (SPARQL protocol, form POST) and returns its rows. */
    private List<Map<String, String>> select(String query) throws IOException, InterruptedException {
        String body = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : JSON.readTree(resp.body()).path("results").path("bindings")) {
            Map<String, String> row = new HashMap<>();
            b.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().get("value").asText()));
            rows.add(row);
        }
        return rows;
    }

    /** A row as one comparable string, with text normalised as the gold README says. */
    private static String row(String... values) {
        List<String> parts = new ArrayList<>();
        for (String v : values) parts.add(v == null ? "∅" : Gold.normalize(v));
        return String.join(" | ", parts);
    }
}

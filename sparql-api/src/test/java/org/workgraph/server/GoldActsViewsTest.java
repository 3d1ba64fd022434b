package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.workgraph.loader.store.WorkgraphStore;

/**
 * The act views as competency questions over real HTTP on the acts of the gold files ({@code ../shared/gold},
 * {@code data/eval/gold} and the real-page golds): each gold thread becomes a graph of its responses with their
 * writers, what they reply to, their main act and their acts (written here from the JSON, not by the loader), and
 * the expected answers are counted from the same JSON in plain Java. So a wrong query cannot agree with itself: the
 * people's act counts, the unanswered questions and the most disputed posts must come out as the gold says, from
 * the JSON API and from the example queries of {@code data/queries/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldActsViewsTest {
    private static final String ID = "https://w3id.org/workgraph/id/";
    private static final String WG = "https://w3id.org/workgraph/ns#";
    private static final String DISAGREEMENT = "disagreement";
    private static final String NEGATIVE = "negative-reaction";

    /** One gold response: its IRI, its writer's key (or null), its main act and every act. */
    record GoldResponse(String iri, String document, String writer, String main, Set<String> acts) {}

    private final List<GoldResponse> responses = new ArrayList<>();
    /** The response IRIs some response replies to. */
    private final Set<String> repliedTo = new HashSet<>();
    /** A writer's key and the one name the graph gives them. */
    private final Map<String, String> names = new TreeMap<>();
    private Path dir;
    private WorkgraphStore store;
    private WorkgraphServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        String shared = System.getProperty("workgraph.shared", "../../shared");
        String root = System.getProperty("workgraph.root", "..");
        List<Quad> quads = new ArrayList<>();
        int sets = 0;
        for (Path gold : List.of(Path.of(shared, "gold"), Path.of(root, "data", "eval", "gold"), Path.of(shared, "realpages", "gold"),
                Path.of(root, "data", "realpages", "gold"))) {
            if (!Files.isDirectory(gold)) continue;
            sets++;
            try (Stream<Path> files = Files.list(gold)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("people.json")).sorted().toList()) {
                    thread("g" + sets + "-" + f.getFileName().toString().replaceFirst("\\.json$", ""), Fixture.JSON.readTree(f.toFile()), quads);
                }
            }
        }
        assertTrue(sets >= 2, "the gold sets are beside the checkout");
        names.forEach((k, name) -> {
            add(quads, ID + "person/" + k, RDF_TYPE, iri(FOAF + "Person"));
            add(quads, ID + "person/" + k, FOAF + "name", NodeFactory.createLiteralString(name));
        });
        dir = Files.createTempDirectory("workgraph-gold-acts");
        store = WorkgraphStore.open(dir);
        Node graph = NodeFactory.createURI(ID + "graph/test-gold-acts");
        Txn.executeWrite(store.dataset(), () -> quads.forEach(q -> store.dataset().add(graph, q.getSubject(), q.getPredicate(), q.getObject())));
        server = WorkgraphServer.builder(store.dataset()).port(0).start();
    }

    @AfterAll
    void stop() throws IOException {
        if (server != null) server.close();
        if (store != null) store.close();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One gold document's thread as triples, remembering what the expectations need. */
    private void thread(String key, JsonNode gold, List<Quad> out) {
        JsonNode rs = gold.path("responses");
        if (!rs.isArray() || rs.isEmpty()) return;
        String doc = ID + "doc/" + key;
        add(out, doc, RDF_TYPE, iri(WG + "Document"));
        add(out, doc, RDF_TYPE, iri(WG + "BlogPost"));
        add(out, doc, DCTERMS + "title", NodeFactory.createLiteralString(gold.path("title").asText(key)));
        for (JsonNode r : rs) {
            int n = r.get("n").asInt();
            String me = doc + "/response/" + n;
            add(out, me, RDF_TYPE, iri(WG + "Response"));
            add(out, me, WG + "onDocument", iri(doc));
            add(out, me, WG + "position", NodeFactory.createLiteralDT(Integer.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            String parent = r.path("inReplyTo").isInt() ? doc + "/response/" + r.get("inReplyTo").asInt() : doc;
            add(out, me, SIOC + "reply_of", iri(parent));
            repliedTo.add(parent);
            String writer = null;
            if (r.path("author").isTextual() && !r.get("author").asText().isBlank()) {
                String name = r.get("author").asText().strip();
                writer = slug(name);
                names.putIfAbsent(writer, name);
                add(out, me, DCTERMS + "creator", iri(ID + "person/" + writer));
            }
            String main = r.path("act").asText(null);
            Set<String> acts = new LinkedHashSet<>();
            if (main != null) acts.add(main);
            r.path("acts").forEach(a -> acts.add(a.asText()));
            if (main != null) add(out, me, WG + "mainAct", concept(main, out));
            for (String a : acts) add(out, me, WG + "act", concept(a, out));
            responses.add(new GoldResponse(me, doc, writer, main, acts));
        }
    }

    // ---------------------------------------------------------------- the questions

    @Test
    void everyWritersActsAreCountedAsTheGoldHasThem() throws Exception {
        int checked = 0;
        for (Map.Entry<String, String> who : names.entrySet()) {
            Map<String, String> expected = new TreeMap<>();
            Map<String, long[]> counts = new TreeMap<>();
            for (GoldResponse r : responses) {
                if (!who.getKey().equals(r.writer())) continue;
                for (String a : r.acts()) {
                    long[] c = counts.computeIfAbsent(a, k -> new long[2]);
                    c[0]++;
                    if (a.equals(r.main())) c[1]++;
                }
            }
            counts.forEach((a, c) -> expected.put(a, c[0] + " " + c[1]));
            JsonNode acts = api("/api/people/" + who.getKey() + "/acts");
            Map<String, String> got = new TreeMap<>();
            long previous = Long.MAX_VALUE;
            for (JsonNode a : acts.get("acts")) {
                got.put(a.get("act").asText(), a.get("all").asLong() + " " + a.get("main").asLong());
                assertTrue(a.get("all").asLong() <= previous, "most frequent first");
                previous = a.get("all").asLong();
            }
            assertEquals(expected, got, who.getValue());
            checked++;
        }
        assertTrue(checked > 10, "the gold has writers with acts: " + checked);
    }

    @Test
    void theUnansweredQuestionsAreTheGoldsQuestionsNoResponseRepliesTo() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (GoldResponse r : responses) if ("question".equals(r.main()) && !repliedTo.contains(r.iri())) expected.add(r.iri());
        Set<String> got = new TreeSet<>();
        String next = "/api/unanswered-questions?limit=3";
        while (next != null) {
            JsonNode page = api(next);
            page.get("items").forEach(i -> got.add(i.get("id").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
        }
        assertEquals(expected, got);
        assertEquals(expected, new TreeSet<>(column("unanswered-questions.rq", "question")));
    }

    @Test
    void theMostDisputedPostsAreRankedAsTheGoldsActsCountThem() throws Exception {
        Map<String, long[]> byDoc = new HashMap<>();
        for (GoldResponse r : responses) {
            long[] c = byDoc.computeIfAbsent(r.document(), k -> new long[2]);
            if (r.acts().contains(DISAGREEMENT)) c[0]++;
            if (r.acts().contains(NEGATIVE)) c[1]++;
        }
        List<String> expected = byDoc.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                        .thenComparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .map(e -> e.getKey() + " " + e.getValue()[0] + " " + e.getValue()[1]).toList();
        assertFalse(expected.isEmpty(), "the gold has disputes");
        List<String> got = new ArrayList<>();
        for (JsonNode p : api("/api/disputed-posts?limit=500").get("items")) {
            got.add(p.get("id").asText() + " " + p.get("disagreements").asLong() + " " + p.get("negativeReactions").asLong());
        }
        assertEquals(expected, got);
        // The example query orders ties by IRI only; as a set with its counts it is the same.
        List<String> example = rows("most-disputed-posts.rq", "post", "disagreements", "negativeReactions");
        assertEquals(new TreeSet<>(expected), new TreeSet<>(example));
    }

    @Test
    void thePersonActsExampleQueryCountsAsTheGoldDoes() throws Exception {
        Set<String> expected = new TreeSet<>();
        Map<String, long[]> counts = new TreeMap<>();
        for (GoldResponse r : responses) {
            if (r.writer() == null) continue;
            for (String a : r.acts()) {
                long[] c = counts.computeIfAbsent(names.get(r.writer()) + " " + a, k -> new long[2]);
                c[0]++;
                if (a.equals(r.main())) c[1]++;
            }
        }
        counts.forEach((k, c) -> expected.add(k + " " + c[0] + " " + c[1]));
        assertEquals(expected, new TreeSet<>(rows("person-acts.rq", "name", "act", "responses", "asMainAct")));
    }

    // ---------------------------------------------------------------- helpers

    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String SIOC = "http://rdfs.org/sioc/ns#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    /** The concept of an act, by its notation ("negative-reaction" is wg:NegativeReactionAct), with its notation. */
    private static Node concept(String notation, List<Quad> out) {
        StringBuilder local = new StringBuilder();
        for (String part : notation.split("-")) local.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        String iri = WG + local + "Act";
        add(out, iri, "http://www.w3.org/2004/02/skos/core#notation", NodeFactory.createLiteralString(notation));
        return iri(iri);
    }

    private static void add(List<Quad> out, String s, String p, Node o) {
        out.add(Quad.create(Quad.defaultGraphIRI, iri(s), iri(p), o));
    }

    private static Node iri(String s) { return NodeFactory.createURI(s); }

    /** A person's key: the name without accents, lower case, words joined by hyphens. */
    private static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String key = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return key.isEmpty() ? "p" + Integer.toHexString(name.hashCode()) : key;
    }

    private List<String> column(String example, String var) throws Exception {
        return rows(example, var);
    }

    private List<String> rows(String example, String... vars) throws Exception {
        return Fixture.exampleRows(http, server, example, vars);
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Fixture.JSON.readTree(r.body());
    }
}

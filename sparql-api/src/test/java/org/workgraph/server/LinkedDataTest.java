package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.Ontology;
import org.workgraph.ontology.WG;

/** Dereferenceable IRIs and the vocabulary at its namespace, by content negotiation over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataTest {
    private static final String RESPONSE = Fixture.BASE + "doc/000_d195077e29f0e66f/response/4";
    private Fixture f;

    @BeforeAll
    void start() { f = Fixture.start(b -> b); }

    @AfterAll
    void stop() { f.close(); }

    private static String path(String iri) { return "/id/" + iri.substring(Fixture.BASE.length()); }

    private static Graph parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).toGraph();
    }

    /** The triples the store has about a resource, in both directions (the union default graph). */
    private Set<Triple> storeTriples(Node n) {
        return Txn.calculateRead(f.store.dataset(), () -> {
            Graph union = f.store.dataset().getUnionGraph();
            Set<Triple> out = new HashSet<>(union.find(n, Node.ANY, Node.ANY).toSet());
            out.addAll(union.find(Node.ANY, Node.ANY, n).toSet());
            return out;
        });
    }

    @Test
    void aResourceIsDescribedInEveryRdfFormatWithItsLinksAndTheirLabels() throws Exception {
        Node response = Fixture.iri(RESPONSE);
        Set<Triple> expected = storeTriples(response);
        assertFalse(expected.isEmpty());
        Map<String, Lang> formats = Map.of("text/turtle", Lang.TURTLE, "application/n-triples", Lang.NTRIPLES,
                "application/rdf+xml", Lang.RDFXML);
        for (var e : formats.entrySet()) {
            HttpResponse<String> r = f.get(path(RESPONSE), e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getKey()), e.getKey());
            Graph g = parse(r.body(), e.getValue());
            for (Triple t : expected) assertTrue(g.contains(t), e.getKey() + " lacks " + t);
            // Every resource it links to, either way, comes with its label when the store has one.
            for (Triple t : expected) {
                Node other = t.getSubject().equals(response) ? t.getObject() : t.getSubject();
                if (!other.isURI()) continue;
                boolean labelled = Txn.calculateRead(f.store.dataset(),
                        () -> f.store.dataset().getUnionGraph().contains(other, RDFS.label.asNode(), Node.ANY));
                assertEquals(labelled, g.contains(other, RDFS.label.asNode(), Node.ANY), "label of " + other);
            }
        }
    }

    @Test
    void jsonLdIsCompactAndReferToThePublishedContext() throws Exception {
        HttpResponse<String> r = f.get(path(RESPONSE), "application/ld+json");
        assertEquals(200, r.statusCode());
        JsonNode doc = Fixture.JSON.readTree(r.body());
        String contextUrl = doc.get("@context").asText();
        assertEquals(f.server.url() + "/ns/context.jsonld", contextUrl);
        JsonNode context = f.api("/ns/context.jsonld").get("@context");
        assertEquals(WG.NS, context.get("@vocab").asText());
        // Expanded with the published context, the JSON-LD is exactly the Turtle description.
        ((ObjectNode) doc).set("@context", context);
        Graph fromJsonLd = parse(Fixture.JSON.writeValueAsString(doc), Lang.JSONLD);
        Graph fromTurtle = parse(f.get(path(RESPONSE), "text/turtle").body(), Lang.TURTLE);
        assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle));
        assertTrue(r.body().contains("\"onDocument\""), "Workgraph terms are bare names under @vocab");
    }

    @Test
    void browsersGetAnEscapedPage() throws Exception {
        HttpResponse<String> r = f.get(path(Fixture.HOSTILE.getURI()), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(r.body().contains("<script>"), "document text became markup");
        assertTrue(r.body().contains("&lt;script&gt;alert(&#39;zyxwv&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        // Links to other resources stay on this server.
        HttpResponse<String> person = f.get(path(Fixture.BASE + "person/harold-jarche"), "text/html");
        assertTrue(person.body().contains("href=\"" + path(RESPONSE) + "\""), person.body());
    }

    @Test
    void anythingElseIsNotAcceptableAndUnknownResourcesAreNotFound() throws Exception {
        assertEquals(406, f.get(path(RESPONSE), "image/png").statusCode());
        assertEquals(404, f.get("/id/doc/no-such-document", "text/turtle").statusCode());
        assertEquals(404, f.get("/id/doc/%3Cnot%20an%20iri%3E", "text/turtle").statusCode());
        HttpResponse<String> anything = f.get(path(RESPONSE), "*/*");
        assertEquals(200, anything.statusCode());
        assertTrue(anything.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals("Accept", anything.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void theVocabularyIsServedAtItsNamespaceWithAPageForEveryTerm() throws Exception {
        Ontology ontology = Ontology.load();
        Graph turtle = parse(f.get("/ns", "text/turtle").body(), Lang.TURTLE);
        assertTrue(turtle.isIsomorphicWith(ontology.model().getGraph()));
        HttpResponse<String> jsonld = f.get("/ns", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.body().contains("\"@context\""));

        String page = f.get("/ns", "text/html").body();
        List<Resource> terms = ontology.model().listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && (ontology.model().contains(r, RDF.type, OWL.Class)
                        || ontology.model().contains(r, RDF.type, OWL.ObjectProperty)
                        || ontology.model().contains(r, RDF.type, OWL.DatatypeProperty)
                        || ontology.model().contains(r, RDF.type, OWL.AnnotationProperty))).toList();
        assertTrue(terms.size() > 30);
        for (Resource t : terms) {
            String anchor = t.getURI().startsWith(WG.NS) ? t.getLocalName() : ontology.prefixes().shortForm(t.getURI());
            assertTrue(page.contains("id=\"" + anchor + "\""), "no entry for " + t);
        }
    }

    /** A deployment that mints IRIs under its own host: the IRIs themselves are URLs of this server. */
    @Test
    void withItsOwnBaseTheIrisDereferenceOnTheServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        String base = "http://localhost:" + port + "/id/";
        try (WorkgraphStore store = WorkgraphStore.inMemory()) {
            Fixture.load(store, base);
            try (WorkgraphServer server = WorkgraphServer.builder(store.dataset()).port(port).base(base).start()) {
                String doc = base + "doc/004_ce09db8534bf1548";
                HttpResponse<String> r = f.get(doc, "text/turtle");
                assertEquals(200, r.statusCode());
                Graph g = parse(r.body(), Lang.TURTLE);
                assertTrue(g.contains(Fixture.iri(doc), RDF.type.asNode(), WG.Document.asNode()));
                assertEquals(404, f.get(base + "doc/nothing", "text/turtle").statusCode());
            }
        }
    }

}

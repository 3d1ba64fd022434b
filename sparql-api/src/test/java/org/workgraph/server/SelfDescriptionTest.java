package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.workgraph.ontology.WG;

/** VoID at /.well-known/void and the SPARQL service description on the endpoint, checked against the store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfDescriptionTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private Fixture f;

    @BeforeAll
    void start() { f = Fixture.start(b -> b); }

    @AfterAll
    void stop() { f.close(); }

    private static Node v(String local) { return Fixture.iri(VOID + local); }

    private static long integer(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY).toList();
        assertEquals(1, it.size(), "one " + p + " of " + s);
        return Long.parseLong(it.get(0).getObject().getLiteralLexicalForm());
    }

    @Test
    void voidCountsWhatTheStoreHolds() throws Exception {
        HttpResponse<String> r = f.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        Node ds = Fixture.iri(f.server.url() + "/.well-known/void#workgraph");
        assertTrue(g.contains(ds, RDF.type.asNode(), v("Dataset")));
        assertTrue(g.contains(ds, v("sparqlEndpoint"), Fixture.iri(f.server.sparqlUrl())));

        Set<Triple> union = Txn.calculateRead(f.store.dataset(), () -> f.store.dataset().getUnionGraph().find().toSet());
        assertEquals(union.size(), integer(g, ds, v("triples")));
        assertEquals(union.stream().map(Triple::getPredicate).distinct().count(), integer(g, ds, v("properties")));
        assertEquals(union.stream().filter(t -> t.getPredicate().equals(RDF.type.asNode())).map(Triple::getObject).distinct().count(),
                integer(g, ds, v("classes")));
        assertEquals(union.stream().map(Triple::getSubject).filter(s -> s.isURI() && s.getURI().startsWith(Fixture.BASE)).distinct().count(),
                integer(g, ds, v("entities")));

        // One subset per named graph, with its own triple count.
        Set<Node> graphs = Txn.calculateRead(f.store.dataset(), () -> new HashSet<>(org.apache.jena.atlas.iterator.Iter.toList(f.store.dataset().listGraphNodes())));
        Set<Node> described = new HashSet<>();
        for (Triple t : g.find(ds, v("subset"), Node.ANY).toList()) {
            Node name = g.find(t.getObject(), Fixture.iri(SD + "name"), Node.ANY).next().getObject();
            described.add(name);
            long n = Txn.calculateRead(f.store.dataset(), () -> f.store.dataset().getGraph(name).size());
            assertEquals(n, integer(g, t.getObject(), v("triples")), "triples of " + name);
        }
        assertEquals(graphs, described);
        assertTrue(g.contains(ds, v("vocabulary"), Fixture.iri(WG.NS)));
        assertTrue(g.contains(ds, v("uriSpace"), org.apache.jena.graph.NodeFactory.createLiteralString(Fixture.BASE)));
        // The same in JSON-LD.
        assertEquals(200, f.get("/.well-known/void", "application/ld+json").statusCode());
    }

    @Test
    void theEndpointDescribesItselfAndStillAnswersQueries() throws Exception {
        HttpResponse<String> r = f.get("/workgraph/sparql", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        Node service = g.find(Node.ANY, RDF.type.asNode(), Fixture.iri(SD + "Service")).next().getSubject();
        assertTrue(g.contains(service, Fixture.iri(SD + "endpoint"), Fixture.iri(f.server.sparqlUrl())));
        assertTrue(g.contains(service, Fixture.iri(SD + "supportedLanguage"), Fixture.iri(SD + "SPARQL11Query")));
        assertTrue(g.contains(service, Fixture.iri(SD + "feature"), Fixture.iri(SD + "UnionDefaultGraph")));
        assertTrue(g.find(Node.ANY, Fixture.iri(SD + "namedGraph"), Node.ANY).hasNext());

        String ask = "ASK { ?d a <" + WG.Document.getURI() + "> }";
        HttpResponse<String> q = f.get(f.server.sparqlUrl() + "?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, q.statusCode());
        assertTrue(Fixture.JSON.readTree(q.body()).get("boolean").asBoolean());
    }
}

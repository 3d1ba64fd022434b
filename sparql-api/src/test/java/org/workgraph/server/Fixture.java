package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.counts.CountsGraph;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.Vocab;
import org.workgraph.ontology.WG;

/**
 * What the server tests share: an in-memory store (with its text index) loaded from the shared corpus, plus a
 * small hand-made graph of ideas, mentions and hostile text that the corpus does not have yet, and a way to
 * compute expectations from that store and to call the server over HTTP.
 */
final class Fixture implements AutoCloseable {
    static final String BASE = WorkgraphServer.DEFAULT_BASE;
    static final ObjectMapper JSON = new ObjectMapper();

    final WorkgraphStore store;
    final WorkgraphServer server;
    final HttpClient http = HttpClient.newHttpClient();

    /**
     * The hand-made graph: two ideas discussed by the first document and one of its responses, and a mention.
     * Their IRIs are the tests' own, so they never merge with ideas the loader finds in the corpus.
     */
    static final Node EXTRAS = NodeFactory.createURI(BASE + "graph/test-extras");
    static final Node IDEA_FLOW = NodeFactory.createURI(BASE + "idea/test-learning-in-the-flow-of-work");
    static final Node IDEA_POST_JOB = NodeFactory.createURI(BASE + "idea/test-post-job-economy");
    static final Node SCHEME = NodeFactory.createURI(BASE + "idea/test-scheme");
    static final Node HOSTILE = NodeFactory.createURI(BASE + "doc/test-hostile");
    static final String HOSTILE_TEXT = "<script>alert('zyxwv')</script> & \"quotes\" zyxwv";

    private Fixture(WorkgraphStore store, WorkgraphServer.Builder settings) {
        this.store = store;
        this.server = settings.start();
    }

    /** A store loaded with the corpus and the extras, and a server over it configured by {@code configure}. */
    static Fixture start(java.util.function.UnaryOperator<WorkgraphServer.Builder> configure) {
        WorkgraphStore store = WorkgraphStore.inMemory();
        load(store, BASE);
        store.replaceGraph(EXTRAS, extras());
        // The extras are written around the loader, so the counts they change are built again, as kg reindex would.
        new CountsGraph(new Loader(BASE, Loader.DEFAULT_MAX_BYTES).iris().countsGraph()).rebuild(store.dataset());
        return new Fixture(store, configure.apply(WorkgraphServer.builder(store.dataset()).port(0)));
    }

    static LoadReport load(WorkgraphStore store, String base) {
        Loader loader = new Loader(base, Loader.DEFAULT_MAX_BYTES);
        LoadReport report = loader.load(List.of(corpus()), new TdbSink(store, loader.derivedGraphs()), f -> {});
        assertEquals(0, report.failed(), report.summary());
        return report;
    }

    static Path corpus() {
        String shared = System.getProperty("workgraph.shared");
        return (shared != null ? Path.of(shared) : Path.of("..", "..", "shared")).resolve("corpus");
    }

    private static List<Quad> extras() {
        Node doc = NodeFactory.createURI(BASE + "doc/000_d195077e29f0e66f");
        Node response = NodeFactory.createURI(BASE + "doc/000_d195077e29f0e66f/response/2");
        Node reply = NodeFactory.createURI(BASE + "doc/000_d195077e29f0e66f/response/4");
        Node harold = NodeFactory.createURI(BASE + "person/harold-jarche");
        List<Quad> q = new ArrayList<>();
        for (Node idea : List.of(IDEA_FLOW, IDEA_POST_JOB)) {
            q.add(Quad.create(EXTRAS, idea, RDF.type.asNode(), WG.Idea.asNode()));
            q.add(Quad.create(EXTRAS, idea, RDF.type.asNode(), SKOS.Concept.asNode()));
            q.add(Quad.create(EXTRAS, idea, SKOS.inScheme.asNode(), SCHEME));
        }
        q.add(Quad.create(EXTRAS, IDEA_FLOW, SKOS.prefLabel.asNode(), lit("learning in the flow of work")));
        q.add(Quad.create(EXTRAS, IDEA_POST_JOB, SKOS.prefLabel.asNode(), lit("post-job economy")));
        q.add(Quad.create(EXTRAS, IDEA_POST_JOB, SKOS.altLabel.asNode(), lit("post job economy")));
        q.add(Quad.create(EXTRAS, doc, DCTerms.subject.asNode(), IDEA_POST_JOB));
        q.add(Quad.create(EXTRAS, response, DCTerms.subject.asNode(), IDEA_POST_JOB));
        q.add(Quad.create(EXTRAS, response, DCTerms.subject.asNode(), IDEA_FLOW));
        q.add(Quad.create(EXTRAS, reply, Vocab.schemaMentions.asNode(), harold));
        // A document whose text would be markup if a page or snippet did not escape it.
        q.add(Quad.create(EXTRAS, HOSTILE, RDF.type.asNode(), WG.Document.asNode()));
        q.add(Quad.create(EXTRAS, HOSTILE, RDFS.label.asNode(), lit(HOSTILE_TEXT)));
        q.add(Quad.create(EXTRAS, HOSTILE, DCTerms.title.asNode(), lit(HOSTILE_TEXT)));
        q.add(Quad.create(EXTRAS, HOSTILE, Vocab.siocContent.asNode(), lit(HOSTILE_TEXT)));
        q.add(Quad.create(EXTRAS, HOSTILE, DCTerms.creator.asNode(), harold));
        q.add(Quad.create(EXTRAS, harold, RDF.type.asNode(), FOAF.Person.asNode()));
        return q;
    }

    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    static Node iri(String s) { return NodeFactory.createURI(s); }

    static org.apache.jena.rdf.model.Resource res(String s) { return ResourceFactory.createResource(s); }

    /** Rows of a SELECT run directly on the store: how tests compute what the server should say. */
    List<Binding> select(String sparql, Map<String, Node> params) {
        return Txn.calculateRead(store.dataset(), () -> {
            var exec = QueryExec.dataset(store.dataset()).query(sparql);
            params.forEach(exec::substitution);
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        });
    }

    List<String> column(String sparql, String var, Map<String, Node> params) {
        return select(sparql, params).stream().map(b -> {
            Node n = b.get(var);
            return n == null ? null : n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
        }).toList();
    }

    long number(String sparql, Map<String, Node> params) {
        return Long.parseLong(column(sparql, "n", params).get(0));
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : server.url() + path));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET a JSON API path, expecting 200 and JSON. */
    JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip(), path);
        return JSON.readTree(r.body());
    }

    static String prefixes() {
        return "PREFIX wg: <" + WG.NS + "> PREFIX rdfs: <" + RDFS.getURI() + "> PREFIX foaf: <" + FOAF.NS + "> "
                + "PREFIX sioc: <" + Vocab.SIOC + "> PREFIX dcterms: <" + DCTerms.NS + "> PREFIX skos: <" + SKOS.uri + "> "
                + "PREFIX schema: <" + Vocab.SCHEMA + "> ";
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    /**
     * The rows of an example query of data/queries/, sent to a server's SPARQL endpoint over HTTP, each row its
     * columns joined by spaces ("-" where unbound).
     */
    static List<String> exampleRows(HttpClient http, WorkgraphServer server, String example, String... vars) throws Exception {
        String query = java.nio.file.Files.readString(Path.of(System.getProperty("workgraph.root", ".."), "data", "queries", example));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> out = new ArrayList<>();
        for (JsonNode b : JSON.readTree(r.body()).at("/results/bindings")) {
            List<String> cells = new ArrayList<>();
            for (String v : vars) cells.add(b.has(v) ? b.get(v).get("value").asText() : "-");
            out.add(String.join(" ", cells));
        }
        return out;
    }
}

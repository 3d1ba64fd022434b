package org.workgraph.loader.remote;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.DocumentSink;
import org.workgraph.ontology.WG;

/**
 * Sends each document's graph to a SPARQL 1.1 Graph Store Protocol endpoint (another Fuseki, or any store
 * that speaks the protocol) with one {@code PUT ?graph=IRI} per document, which replaces the graph whole.
 * Network errors, 5xx and 429 answers are retried with exponential backoff; other answers fail that document
 * only. Every acknowledged graph goes into the {@link Checkpoint}, so a rerun sends only what is missing or
 * changed. The graphs derived across documents (people, ideas, signals discussed, ideas' first appearance) need a whole store to compute and are not sent.
 */
public final class GraphStoreSink implements DocumentSink {
    /** Where to send, and as whom (user null: no credentials). */
    public record Target(URI endpoint, String user, String password) {
        public Target {
            if (endpoint.getQuery() != null) throw new IllegalArgumentException("the endpoint must not have a query string: " + endpoint);
        }
    }

    private static final String NTRIPLES = "application/n-triples";

    private final Target target;
    private final Checkpoint checkpoint;
    private final int attempts;
    private final Duration firstBackoff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int sent;

    public GraphStoreSink(Target target, Checkpoint checkpoint, int attempts, Duration firstBackoff) {
        if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1");
        this.target = target;
        this.checkpoint = checkpoint;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    public GraphStoreSink(Target target, Checkpoint checkpoint) {
        this(target, checkpoint, 6, Duration.ofMillis(500));
    }

    /** Graphs this sink has had acknowledged. */
    public int sent() { return sent; }

    @Override
    public boolean holds(Node graph, Node document, String sha256) {
        return checkpoint.holds(graph.getURI(), sha256);
    }

    @Override
    public void replaceGraph(Node graph, List<Quad> quads) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(body, RDFFormat.NTRIPLES);
        out.start();
        String sha256 = null;
        for (Quad q : quads) {
            out.triple(q.asTriple());
            if (q.getPredicate().equals(WG.sha256.asNode()) && q.getObject().isLiteral()) sha256 = q.getObject().getLiteralLexicalForm();
        }
        out.finish();
        put(graph.getURI(), body.toByteArray());
        sent++;
        if (sha256 != null) checkpoint.record(graph.getURI(), sha256);
    }

    private void put(String graph, byte[] body) {
        URI uri = URI.create(target.endpoint() + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", NTRIPLES).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        String auth = Requests.basic(target.user(), target.password());
        if (auth != null) request.header("Authorization", auth);
        Requests.send(http, request.build(), attempts, firstBackoff, target.endpoint().toString());
    }
}

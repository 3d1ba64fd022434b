package org.workgraph.loader.remote;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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
 * changed. {@code kg load --to} does not send the graphs derived across documents (people, ideas): they need a
 * whole store to compute. The Spark job computes them and sends them in parts ({@link #clearGraph}, then
 * {@link #addToGraph} from every task).
 */
public final class GraphStoreSink implements DocumentSink {
    /**
     * Where to send, and as whom (user null: no credentials). Serializable so that a Spark job can ship it to its
     * executors with their tasks (the password with it, as Spark ships its own settings).
     */
    public record Target(URI endpoint, String user, String password) implements Serializable {
        public Target {
            if (endpoint.getQuery() != null) throw new IllegalArgumentException("the endpoint must not have a query string: " + endpoint);
        }
    }

    private static final String NTRIPLES = "application/n-triples";
    /**
     * Triples per POST when a graph is sent in parts: about 1 MB of N-Triples, well under a server's limit on a
     * request's size (kg serve's default is 4 MiB, and a refused request is not retried).
     */
    public static final int TRIPLES_PER_REQUEST = 5_000;

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
        send("PUT", graph.getURI(), body.toByteArray());
        sent++;
        if (sha256 != null) checkpoint.record(graph.getURI(), sha256);
    }

    /** Empties a graph (a PUT of no triples), before it is sent in parts. Not recorded in the checkpoint. */
    public void clearGraph(Node graph) {
        send("PUT", graph.getURI(), new byte[0]);
    }

    /**
     * Adds triples to a graph with {@code POST ?graph=IRI}, {@link #TRIPLES_PER_REQUEST} at a time: for a graph too
     * large for one request, sent in parts from many places. A POST retried after a lost answer adds the same
     * triples again, which leaves a graph (a set) as it was. Not recorded in the checkpoint.
     */
    public void addToGraph(Node graph, Iterator<Triple> triples) {
        while (triples.hasNext()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            StreamRDF out = StreamRDFWriter.getWriterStream(body, RDFFormat.NTRIPLES);
            out.start();
            for (int n = 0; n < TRIPLES_PER_REQUEST && triples.hasNext(); n++) out.triple(triples.next());
            out.finish();
            send("POST", graph.getURI(), body.toByteArray());
        }
    }

    private void send(String method, String graph, byte[] body) {
        URI uri = URI.create(target.endpoint() + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", NTRIPLES).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        String auth = Requests.basic(target.user(), target.password());
        if (auth != null) request.header("Authorization", auth);
        Requests.send(http, request.build(), attempts, firstBackoff, target.endpoint().toString());
    }
}

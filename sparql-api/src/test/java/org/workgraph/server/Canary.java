package org.workgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A listener on a free loopback port that counts every request it gets. Tests point queries, updates and
 * uploads at it: for a refused route its count must stay 0. It answers like a small SPARQL endpoint (one row
 * binding {@code ?o} to {@value #VALUE}) or, asked for anything else, with one Turtle triple, so that the
 * allowed routes can show that the answer really came from here.
 */
final class Canary implements AutoCloseable {
    static final String VALUE = "canary-answered";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    Canary() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The listener's root URL, without a trailing slash. */
    String url() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    int requests() { return requests.get(); }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        boolean results = exchange.getRequestURI().getRawQuery() != null && exchange.getRequestURI().getRawQuery().contains("query=")
                || "POST".equals(exchange.getRequestMethod()) || accept != null && accept.contains("sparql-results");
        String type = results ? "application/sparql-results+json" : "text/turtle";
        String body = results
                ? "{\"head\":{\"vars\":[\"o\"]},\"results\":{\"bindings\":[{\"o\":{\"type\":\"literal\",\"value\":\"" + VALUE + "\"}}]}}"
                : "<urn:canary:s> <urn:canary:p> \"" + VALUE + "\" .\n";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

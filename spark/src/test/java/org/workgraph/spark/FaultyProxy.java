package org.workgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP proxy in front of a real server that fails chosen requests as a store under strain does: it answers 503
 * to the next few requests, and to every write of a graph whose IRI contains a given text; everything else is
 * forwarded as it came (method, query, credentials, body) and answered as the server answered. It records the
 * graph of every write it saw, so a test can count what was sent.
 */
final class FaultyProxy implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String target;
    /** Requests to fail with 503 before forwarding again. */
    final AtomicInteger unavailable = new AtomicInteger();
    /** Writes of a graph whose IRI contains this text always get 503; null: none. */
    final AtomicReference<String> refuse = new AtomicReference<>();
    /** "METHOD graph-IRI" of every write (PUT, POST) that reached the proxy, refused ones included. */
    final List<String> writes = new CopyOnWriteArrayList<>();

    FaultyProxy(int targetPort) throws IOException {
        this.target = "http://127.0.0.1:" + targetPort;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (method.equals("PUT") || method.equals("POST")) {
                String graph = graphOf(query);
                writes.add(method + " " + graph);
                String refused = refuse.get();
                if (unavailable.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || (refused != null && graph.contains(refused))) {
                    answer(exchange, 503, "busy (simulated)".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Authorization", "Content-Type", "Accept")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) forward.header(header, value);
            }
            HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String graphOf(String query) {
        if (query == null) return "";
        for (String part : query.split("&")) {
            if (part.startsWith("graph=")) return URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8);
        }
        return "";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

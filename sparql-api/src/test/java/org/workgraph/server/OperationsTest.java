package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CORS for reads only, ping and metrics, and the access log. */
class OperationsTest {
    private static HttpResponse<String> send(Fixture f, HttpRequest.Builder b) throws Exception {
        return f.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The origin may read: the server allows it by name (as Fuseki's filter answers) or allows any. */
    private static boolean allowed(HttpResponse<String> r) {
        String allow = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        return allow.equals("*") || allow.equals("https://example.org");
    }

    private static HttpRequest.Builder req(Fixture f, String path) {
        return HttpRequest.newBuilder(URI.create(f.server.url() + path)).header("Origin", "https://example.org");
    }

    private static HttpRequest.Builder preflight(Fixture f, String path, String method) {
        return req(f, path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", method);
    }

    @Test
    void readsAllowCrossOriginGetAndWritesDoNot(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("access.log");
        try (Fixture f = Fixture.start(b -> b.allowUpdates("editor", "s3cret").accessLog(log))) {
            for (String path : new String[] {"/api/documents", "/id/person/harold-jarche", "/ns", "/.well-known/void", "/workgraph/sparql"}) {
                HttpResponse<String> r = send(f, req(f, path).GET());
                assertEquals(200, r.statusCode(), path);
                assertTrue(allowed(r), path);
                assertTrue(allowed(send(f, preflight(f, path, "GET"))), "preflight " + path);
            }
            // A browser may POST a query, but nothing may cross origins to the write endpoints.
            assertTrue(allowed(send(f, preflight(f, "/workgraph/sparql", "POST"))));
            assertTrue(send(f, preflight(f, "/api/documents", "DELETE")).headers().firstValue("Access-Control-Allow-Methods")
                    .map(m -> !m.contains("DELETE")).orElse(true));
            for (String path : new String[] {"/workgraph/update", "/workgraph/data"}) {
                HttpResponse<String> pre = send(f, preflight(f, path, "POST"));
                assertTrue(pre.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
            }

            assertEquals(200, send(f, req(f, "/$/ping").GET()).statusCode());
            HttpResponse<String> metrics = send(f, req(f, "/$/metrics").GET());
            assertEquals(200, metrics.statusCode());
            assertFalse(metrics.body().isBlank());
            assertEquals(401, send(f, req(f, "/workgraph/update").header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))).statusCode());

            // Jetty logs a request once it has completed, which can be just after the client has its answer.
            String lines = awaitLines(log, "\"GET /api/documents HTTP/1.1\" 200", "\"POST /workgraph/update HTTP/1.1\" 401");
            assertTrue(lines.contains("\"GET /api/documents HTTP/1.1\" 200"), lines);
            assertTrue(lines.contains("\"POST /workgraph/update HTTP/1.1\" 401"), lines);
        }
    }

    /** The log's content once it has every expected line, or after a generous deadline (the assertions then fail). */
    private static String awaitLines(Path log, String... expected) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            String lines = Files.exists(log) ? Files.readString(log) : "";
            if (java.util.Arrays.stream(expected).allMatch(lines::contains) || System.nanoTime() > deadline) return lines;
            Thread.sleep(20);
        }
    }
}

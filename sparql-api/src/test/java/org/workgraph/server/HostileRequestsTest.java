package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Requests an attacker would send: writes without the right credentials, paths that climb out of /id/, and API
 * parameters made of SPARQL syntax. (Update auth and the runaway query are in {@link WorkgraphServerTest}, the
 * escaped HTML page in {@link LinkedDataTest}.)
 */
class HostileRequestsTest {
    private static HttpResponse<String> send(Fixture f, HttpRequest.Builder b) throws Exception {
        return f.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oversizedRequestBodiesAreRefusedAndTheServerKeepsAnswering() throws Exception {
        try (Fixture f = Fixture.start(b -> b.maxRequestBytes(64 * 1024))) {
            String query = "SELECT * { ?s ?p ?o } LIMIT 1 #" + "x".repeat(256 * 1024);
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(f.server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(query));
            assertEquals(413, send(f, post).statusCode(), "a 256 KiB query over a 64 KiB limit");
            // Without a declared length (chunked), the limit still holds once the body passes it.
            HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(f.server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8))));
            assertNotEquals(200, send(f, chunked).statusCode(), "a chunked body over the limit");
            HttpRequest.Builder small = HttpRequest.newBuilder(URI.create(f.server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }"));
            assertEquals(200, send(f, small).statusCode());
            String longUrl = f.server.url() + "/api/search?q=" + "a".repeat(1024 * 1024);
            int status;
            try {
                status = send(f, HttpRequest.newBuilder(URI.create(longUrl))).statusCode();
            } catch (java.io.IOException refused) {
                status = -1; // Jetty may close the connection on a megabyte of request line: refused too
            }
            assertTrue(status == -1 || status == 414 || status == 431 || status == 400, "a 1 MiB URL: " + status);
        }
    }

    @Test
    void graphStoreWritesNeedTheRightCredentials() throws Exception {
        try (Fixture f = Fixture.start(b -> b.allowUpdates("editor", "s3cret"))) {
            String graph = URLEncoder.encode(Fixture.BASE + "graph/intruder", StandardCharsets.UTF_8);
            for (String method : new String[] {"PUT", "POST", "DELETE"}) {
                for (String auth : new String[] {null, basic("editor:wrong"), basic("intruder:s3cret")}) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.server.url() + "/workgraph/data?graph=" + graph))
                            .header("Content-Type", "text/turtle")
                            .method(method, HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> ."));
                    if (auth != null) b.header("Authorization", auth);
                    assertEquals(401, send(f, b).statusCode(), method + " with " + auth);
                }
            }
            assertEquals(0, f.number("SELECT (COUNT(*) AS ?n) { GRAPH <" + Fixture.BASE + "graph/intruder> { ?s ?p ?o } }", java.util.Map.of()));
        }
    }

    @Test
    void pathsThatClimbOutOfIdGoNowhere() throws Exception {
        try (Fixture f = Fixture.start(b -> b)) {
            // Raw over a socket: an HTTP client would normalise the dots away before sending.
            for (String path : new String[] {"/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                    "/id/..%2f..%2fetc%2fpasswd", "/id/doc/..%5c..%5cetc%5cpasswd", "/ns/../../etc/passwd", "/api/../../etc/passwd"}) {
                String answer = raw(f, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n");
                int status = Integer.parseInt(answer.substring(9, 12));
                assertTrue(status == 400 || status == 404, path + " answered " + answer.lines().findFirst().orElse(""));
                assertFalse(answer.contains("root:"), path + " leaked a file");
            }
        }
    }

    @Test
    void apiParametersMadeOfSparqlCannotChangeAQuery() throws Exception {
        try (Fixture f = Fixture.start(b -> b)) {
            long all = f.api("/api/signals").get("total").asLong();
            assertTrue(all > 0);
            for (String hostile : new String[] {"' } ; DROP ALL ; { '", "\" } UNION { ?s ?p ?o } #", "Signals\" || true || \"",
                    "} LIMIT 1000000 {", "?signal", "<https://w3id.org/workgraph/ns#Signal>"}) {
                String q = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
                JsonNode page = f.api("/api/signals?table=" + q);
                assertEquals(0, page.get("total").asLong(), "table=" + hostile + " matched rows");
                f.api("/api/search?q=" + q); // searched as words: 200 and JSON, never a Lucene or SPARQL syntax error
                int digest = f.get("/api/signals?digest=" + q, "application/json").statusCode();
                assertTrue(digest == 200 || digest == 400, "digest=" + hostile + " answered " + digest);
                int one = f.get("/api/documents/" + URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20"),
                        "application/json").statusCode();
                assertTrue(one == 404 || one == 400, hostile + " as a document key answered " + one);
            }
            assertEquals(all, f.api("/api/signals").get("total").asLong(), "nothing was changed");
        }
    }

    private static String raw(Fixture f, String request) throws Exception {
        try (Socket s = new Socket("localhost", f.server.port())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

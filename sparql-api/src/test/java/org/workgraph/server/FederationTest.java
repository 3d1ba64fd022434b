package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.workgraph.server.federation.Federation;

/**
 * Issue 18, part 1: the server makes no outbound request unless an operator allows the endpoint. Every route a
 * request could use to make it fetch a URL is tried over HTTP against a real server with a {@link Canary}
 * listener on loopback as the target; each refused route must answer 400 with a message naming federation and
 * {@code --allow-service}, and leave the canary's count at 0. Then an allowed prefix is shown to work.
 */
class FederationTest {
    private static final String EDITOR = "editor:s3cret";

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** The SPARQL queries that would fetch {@code endpoint}, each in a different place of a query. */
    private static List<String> queriesCalling(String endpoint) {
        String e = "<" + endpoint + ">";
        return List.of(
                "SELECT * { SERVICE " + e + " { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT " + e + " { ?s ?p ?o } }",
                "SELECT * { ?x a ?t FILTER NOT EXISTS { SERVICE SILENT " + e + " { ?x ?p ?o } } } LIMIT 1",
                "SELECT * { { SELECT * { SERVICE SILENT " + e + " { ?s ?p ?o } } LIMIT 1 } }",
                "SELECT * { VALUES ?endpoint { " + e + " } SERVICE SILENT ?endpoint { ?s ?p ?o } }",
                "ASK { OPTIONAL { SERVICE SILENT " + e + " { ?s ?p ?o } } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE " + e + " { ?s ?p ?o } }",
                "DESCRIBE ?s WHERE { SERVICE SILENT " + e + " { ?s ?p ?o } }");
    }

    /** Query routes: the same query by GET, by POST as a body, by POST as a form, and at the dataset URL. */
    private static List<HttpRequest.Builder> queryRequests(WorkgraphServer server, String query) {
        String accept = "application/sparql-results+json, text/turtle;q=0.9";
        return List.of(
                HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + enc(query))).header("Accept", accept),
                HttpRequest.newBuilder(URI.create(server.url() + "/workgraph/query")).header("Accept", accept)
                        .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(query)),
                HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Accept", accept)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))),
                HttpRequest.newBuilder(URI.create(server.url() + "/workgraph?query=" + enc(query))).header("Accept", accept));
    }

    private static HttpRequest.Builder update(WorkgraphServer server, String update, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "/workgraph/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (auth != null) b.header("Authorization", basic(auth));
        return b;
    }

    /** Sends a request that must be refused with 400 and a message about federation, and must not reach the canary. */
    private void refused(Canary canary, String what, HttpRequest.Builder request) throws Exception {
        int before = canary.requests();
        HttpResponse<String> r = send(request);
        assertEquals(400, r.statusCode(), what + " answered " + r.statusCode() + ": " + r.body());
        assertTrue(r.body().contains("--allow-service"), what + ": the refusal should say how to allow it: " + r.body());
        assertEquals(before, canary.requests(), what + " reached the canary");
    }

    @Test
    void noQueryUpdateOrUploadReachesAnotherServer() throws Exception {
        try (Canary canary = new Canary(); Fixture f = Fixture.start(b -> b.allowUpdates("editor", "s3cret"))) {
            String endpoint = canary.url() + "/sparql";
            for (String query : queriesCalling(endpoint)) {
                for (HttpRequest.Builder request : queryRequests(f.server, query)) {
                    refused(canary, query + " via " + request.build().method() + " " + request.build().uri().getPath(), request);
                }
                HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(f.server.url() + "/query?query=" + enc(query))));
                assertEquals(400, r.statusCode(), "explorer /query: " + query);
                assertTrue(r.body().contains("federation is off"), r.body());
            }
            String fedOff = send(queryRequests(f.server, queriesCalling(endpoint).get(1)).get(0)).body();
            assertTrue(fedOff.contains("federation is off"), "SERVICE SILENT: " + fedOff);

            // Dataset descriptions naming a graph the store does not have: in the query and as protocol parameters.
            for (String query : List.of("ASK FROM <" + endpoint + "> { ?s ?p ?o }",
                    "SELECT * FROM NAMED <" + endpoint + "> { GRAPH ?g { ?s ?p ?o } }")) {
                for (HttpRequest.Builder request : queryRequests(f.server, query)) refused(canary, query, request);
            }
            for (String param : List.of("default-graph-uri", "named-graph-uri")) {
                refused(canary, param, HttpRequest.newBuilder(URI.create(f.server.sparqlUrl() + "?query=" + enc("ASK { ?s ?p ?o }")
                        + "&" + param + "=" + enc(endpoint))));
            }
            // A FROM naming one of the store's own graphs still works.
            HttpResponse<String> local = send(HttpRequest.newBuilder(URI.create(f.server.sparqlUrl() + "?query="
                    + enc("ASK FROM <" + Fixture.EXTRAS.getURI() + "> { ?s ?p ?o }"))).header("Accept", "application/sparql-results+json"));
            assertEquals(200, local.statusCode(), local.body());
            assertTrue(local.body().contains("true"), local.body());

            // Updates, with the right credentials: LOAD, SERVICE in a WHERE clause, USING, as a body and as a form.
            for (String u : List.of("LOAD <" + endpoint + ">", "LOAD SILENT <" + endpoint + "> INTO GRAPH <urn:loaded>",
                    "INSERT { GRAPH <urn:loaded> { ?s ?p ?o } } WHERE { SERVICE SILENT <" + endpoint + "> { ?s ?p ?o } }",
                    "INSERT { GRAPH <urn:loaded> { ?s ?p ?o } } USING <" + endpoint + "> WHERE { ?s ?p ?o }",
                    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <" + endpoint + "> { ?s ?p ?o } } }")) {
                refused(canary, u, update(f.server, u, EDITOR));
                refused(canary, u + " (form)", HttpRequest.newBuilder(URI.create(f.server.url() + "/workgraph/update"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", basic(EDITOR))
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(u))));
                assertEquals(401, send(update(f.server, u, null)).statusCode(), u + " without credentials");
            }
            refused(canary, "using-graph-uri", HttpRequest.newBuilder(URI.create(f.server.url() + "/workgraph/update?using-graph-uri=" + enc(endpoint)))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic(EDITOR))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT { GRAPH <urn:loaded> { ?s ?p ?o } } WHERE { ?s ?p ?o }")));
            assertEquals(0, f.number("SELECT (COUNT(*) AS ?n) { GRAPH <urn:loaded> { ?s ?p ?o } }", Map.of()), "nothing was written");

            // Uploads: JSON-LD whose context (or an @import) is a URL, and multipart; an inline context still loads.
            String data = f.server.url() + "/workgraph/data?graph=" + enc("urn:uploaded");
            for (String jsonld : List.of("{\"@context\": \"" + canary.url() + "/context.jsonld\", \"@id\": \"urn:a\", \"name\": \"x\"}",
                    "[{\"@context\": [{\"@import\": \"" + canary.url() + "/c\"}], \"@id\": \"urn:a\"}]",
                    "{\"@id\": \"urn:a\", \"urn:p\": {\"@context\": [\"" + canary.url() + "/nested\"], \"@id\": \"urn:b\"}}")) {
                HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(data)).header("Content-Type", "application/ld+json")
                        .header("Authorization", basic(EDITOR)).PUT(HttpRequest.BodyPublishers.ofString(jsonld));
                int before = canary.requests();
                HttpResponse<String> r = send(put);
                assertEquals(400, r.statusCode(), jsonld + ": " + r.body());
                assertEquals(before, canary.requests(), jsonld + " reached the canary");
            }
            HttpResponse<String> multipart = send(HttpRequest.newBuilder(URI.create(data))
                    .header("Content-Type", "multipart/form-data; boundary=XX").header("Authorization", basic(EDITOR))
                    .POST(HttpRequest.BodyPublishers.ofString("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonld\"\r\n"
                            + "Content-Type: application/ld+json\r\n\r\n{\"@context\": \"" + canary.url() + "/c\"}\r\n--XX--\r\n")));
            assertEquals(400, multipart.statusCode(), multipart.body());
            HttpResponse<String> inline = send(HttpRequest.newBuilder(URI.create(data)).header("Content-Type", "application/ld+json")
                    .header("Authorization", basic(EDITOR))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"@context\": {\"name\": \"urn:name\"}, \"@id\": \"urn:a\", \"name\": \"x\"}")));
            assertTrue(inline.statusCode() >= 200 && inline.statusCode() < 300, "inline JSON-LD: " + inline.statusCode() + " " + inline.body());
            assertEquals(1, f.number("SELECT (COUNT(*) AS ?n) { GRAPH <urn:uploaded> { ?s ?p ?o } }", Map.of()));

            // Every other route, given the canary's URL wherever it takes a value: nothing is fetched.
            List<String> paths = new ArrayList<>();
            for (String p : List.of("/api/search?q=", "/api/signals?digest=", "/api/signals?table=", "/api/documents?limit=1&offset=",
                    "/search?q=", "/workgraph/get?graph=", "/workgraph/sparql?query=DESCRIBE%20", "/query?query=DESCRIBE%20")) {
                paths.add(p + enc(p.contains("DESCRIBE") ? "<" + endpoint + ">" : endpoint));
            }
            for (String p : List.of("/api/documents/", "/api/people/", "/api/ideas/", "/id/doc/", "/id/person/")) paths.add(p + enc(endpoint));
            paths.addAll(List.of("/", "/ns", "/.well-known/void", "/api/openapi.json", "/workgraph/sparql"));
            for (String path : paths) {
                for (String accept : new String[] {"text/html", "text/turtle", "application/ld+json", "application/json"}) {
                    send(HttpRequest.newBuilder(URI.create(f.server.url() + path)).header("Accept", accept));
                }
            }
            assertEquals(0, canary.requests(), "requests that reached the canary");
        }
    }

    @Test
    void anAllowedPrefixIsQueriedAndLoadedAndNothingElse() throws Exception {
        try (Canary allowed = new Canary(); Canary other = new Canary();
             WorkgraphServer server = WorkgraphServer.builder(smallDataset()).port(0).allowUpdates("editor", "s3cret")
                     .allowService(List.of(allowed.url() + "/sparql")).start()) {
            HttpResponse<String> r = send(queryRequests(server, "SELECT ?o { SERVICE <" + allowed.url() + "/sparql> { ?s ?p ?o } }").get(0));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(Canary.VALUE), r.body());
            assertTrue(allowed.requests() > 0);

            // The prefix ends at a boundary: /sparqlx is not under /sparql. Another port is not allowed either.
            int before = allowed.requests();
            for (String endpoint : List.of(allowed.url() + "/sparqlx", other.url() + "/sparql")) {
                for (String query : queriesCalling(endpoint)) refused(other, query, queryRequests(server, query).get(0));
            }
            assertEquals(before, allowed.requests(), "/sparqlx reached the allowed canary");
            HttpResponse<String> notAllowed = send(queryRequests(server, queriesCalling(other.url() + "/sparql").get(0)).get(0));
            assertTrue(notAllowed.body().contains("allow-list"), notAllowed.body());

            // LOAD from an allowed URL works with credentials; FROM never fetches, allowed or not.
            HttpResponse<String> load = send(update(server, "LOAD <" + allowed.url() + "/sparql/data.ttl> INTO GRAPH <urn:loaded>", EDITOR));
            assertTrue(load.statusCode() >= 200 && load.statusCode() < 300, "LOAD: " + load.statusCode() + " " + load.body());
            HttpResponse<String> ask = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + enc("ASK { GRAPH <urn:loaded> { ?s ?p \"" + Canary.VALUE + "\" } }"))).header("Accept", "application/sparql-results+json"));
            assertTrue(ask.body().contains("true"), ask.body());
            refused(allowed, "FROM an allowed prefix", queryRequests(server, "ASK FROM <" + allowed.url() + "/sparql/g> { ?s ?p ?o }").get(0));
            assertEquals(0, other.requests(), "requests that reached the other canary");
        }
    }

    @Test
    void theDatasetItselfRefusesServiceEvenWithoutTheRequestCheck() throws Exception {
        // The second line: a query run on the dataset directly (as the API and the explorer do) cannot call out.
        try (Canary canary = new Canary()) {
            DatasetGraph dsg = smallDataset();
            Federation.off().guard(dsg);
            Txn.executeRead(dsg, () -> {
                assertThrows(QueryExecException.class, () -> QueryExec.dataset(dsg)
                        .query("SELECT * { SERVICE <" + canary.url() + "/sparql> { ?s ?p ?o } }").select().materialize());
                // SILENT does not hide the refusal: it is no failure of the remote endpoint, and nothing is sent.
                assertThrows(QueryExecException.class, () -> QueryExec.dataset(dsg)
                        .query("SELECT * { SERVICE SILENT <" + canary.url() + "/sparql> { ?s ?p ?o } }").select().materialize());
                assertThrows(QueryExecException.class, () -> QueryExec.dataset(dsg)
                        .query("SELECT * { VALUES ?e { <" + canary.url() + "/sparql> } SERVICE SILENT ?e { ?s ?p ?o } }").select().materialize());
            });
            assertEquals(0, canary.requests());
        }
    }

    @Test
    void anAllowListHasNoWildcardAndMatchesAtBoundaries() {
        for (String bad : new String[] {"*", "", "http://", "http://*", "https://*.example.org/", "ftp://example.org/", "example.org"}) {
            assertThrows(IllegalArgumentException.class, () -> Federation.allowing(List.of(bad)), bad);
        }
        Federation f = Federation.allowing(List.of("https://query.example.org/sparql", "http://127.0.0.1:9/"));
        assertTrue(f.allows("https://query.example.org/sparql"));
        assertTrue(f.allows("https://query.example.org/sparql?x=1"));
        assertTrue(f.allows("https://query.example.org/sparql/sub"));
        assertTrue(f.allows("http://127.0.0.1:9/anything"));
        assertFalse(f.allows("https://query.example.org/sparqlx"));
        assertFalse(f.allows("https://query.example.org.attacker.test/sparql"));
        assertFalse(f.allows("http://127.0.0.1:99/"));
        assertFalse(Federation.off().allows("https://query.example.org/sparql"));
    }

    private static DatasetGraph smallDataset() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> dsg.add(SSE.parseQuad("(<urn:g> <urn:s> <urn:p> 1)")));
        return dsg;
    }
}

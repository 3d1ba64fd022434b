package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The text index follows the store: writes through the Graph Store Protocol and reloads of the corpus change
 * what search finds, with no stale or duplicate entries, both from text:query over SPARQL and from /api/search.
 */
class SearchFollowsStoreTest {
    private static final String GRAPH = Fixture.BASE + "graph/test-notes";
    private static final String NOTE = Fixture.BASE + "doc/test-notes";

    private static String auth() {
        return "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
    }

    private static int gsp(Fixture f, String method, String turtle) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.server.url() + "/workgraph/data?graph=" + URLEncoder.encode(GRAPH, StandardCharsets.UTF_8)))
                .header("Authorization", auth());
        b = turtle == null ? b.DELETE() : b.header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString(turtle));
        return f.http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String note(String text) {
        return "<" + NOTE + "> a <https://w3id.org/workgraph/ns#Document> ; <http://rdfs.org/sioc/ns#content> \"" + text + "\" .";
    }

    private static List<String> apiHits(Fixture f, String word) throws Exception {
        JsonNode page = f.api("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** Index entries (not resources) that text:query finds over the SPARQL endpoint. */
    private static long sparqlEntries(Fixture f, String word) throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?s text:query (<http://rdfs.org/sioc/ns#content> <http://www.w3.org/2000/01/rdf-schema#label> '" + word + "') }";
        HttpResponse<String> r = f.get(f.server.sparqlUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return Fixture.JSON.readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    @Test
    void writesReloadsAndRemovalsUpdateTheIndex() throws Exception {
        try (Fixture f = Fixture.start(b -> b.allowUpdates("editor", "s3cret"))) {
            assertEquals(List.of(), apiHits(f, "quokka"));
            assertEquals(201, gsp(f, "PUT", note("A quokka visits the cooperative.")));
            assertEquals(List.of(NOTE), apiHits(f, "quokka"));

            int replaced = gsp(f, "PUT", note("A wombat visits the cooperative."));
            assertTrue(replaced == 200 || replaced == 204, "replaced: " + replaced);
            assertEquals(List.of(), apiHits(f, "quokka"), "the replaced text is still found");
            assertEquals(List.of(NOTE), apiHits(f, "wombat"));
            assertEquals(1, sparqlEntries(f, "wombat"));

            int removed = gsp(f, "DELETE", null);
            assertTrue(removed == 200 || removed == 204, "removed: " + removed);
            assertEquals(List.of(), apiHits(f, "wombat"));
            assertEquals(0, sparqlEntries(f, "wombat"));

            // Reloading every document replaces every graph: the same entries, none doubled.
            long before = sparqlEntries(f, "economy");
            assertTrue(before > 0);
            Fixture.load(f.store, Fixture.BASE);
            assertEquals(before, sparqlEntries(f, "economy"));
        }
    }
}

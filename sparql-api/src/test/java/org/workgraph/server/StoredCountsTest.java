package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.Loader;
import org.workgraph.loader.counts.CountsGraph;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.ontology.IriScheme;

/**
 * The explorer's home page and the JSON API's lists read the loader's stored counts when the store has them, and
 * count with aggregate queries when it has none (a store made before they existed): both ways give the same answers,
 * byte for byte.
 */
class StoredCountsTest {
    private static final List<String> PATHS = List.of("/", "/api/people", "/api/people?limit=7&offset=3", "/api/people?limit=500",
            "/api/documents", "/api/documents?limit=2&offset=1", "/api/ideas", "/api/ideas?limit=3&offset=2",
            "/api/ideas/test-post-job-economy", "/api/ideas/test-post-job-economy/documents?limit=1&offset=1");

    private Fixture f;

    @BeforeEach
    void start() { f = Fixture.start(b -> b); }

    @AfterEach
    void stop() { f.close(); }

    @Test
    void listsFromStoredCountsAnswerAsAggregatingDoes() throws Exception {
        Map<String, String> stored = fetch(f.server);
        assertTrue(stored.get("/").contains("Most connected people") && stored.get("/api/people").contains("\"answeredBy\""),
                "the pages under test");
        DatasetGraph dsg = f.store.dataset();
        Node counts = NodeFactory.createURI(Fixture.BASE + IriScheme.COUNTS_GRAPH);
        assertTrue(Txn.calculateRead(dsg, () -> dsg.find(counts, Node.ANY, Node.ANY, Node.ANY).hasNext()), "the store has counts");
        Txn.executeWrite(dsg, () -> dsg.deleteAny(counts, Node.ANY, Node.ANY, Node.ANY));
        Map<String, String> aggregated = fetch(f.server);
        for (String path : PATHS) assertEquals(aggregated.get(path), stored.get(path), path);

        // A read-only server over a store without counts may count them into memory at start: the same answers again.
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        CountsGraph graph = new CountsGraph(counts);
        Txn.executeRead(dsg, () -> Txn.executeWrite(memory, () -> graph.count(dsg, memory)));
        try (WorkgraphServer inMemory = WorkgraphServer.builder(dsg).port(0).countsInMemory(memory).start()) {
            Map<String, String> fromMemory = fetch(inMemory);
            for (String path : PATHS) assertEquals(stored.get(path), fromMemory.get(path), "counts in memory: " + path);
        }
    }

    /** The lists' sorted keys are kept between requests; a write makes the next request read them again. */
    @Test
    void aDocumentAddedAfterAListWasServedIsListedAndCounted(@TempDir Path dir) throws Exception {
        JsonNode before = f.api("/api/documents?limit=500");
        JsonNode people = f.api("/api/people?limit=500");
        Path post = Files.writeString(dir.resolve("zz-ledger-of-swaps.txt"), """
                A ledger of swaps

                By Wilhelmina Quarrendon

                Every shift swap in the depot goes into one shared ledger, so the planners see the week as it really is.

                1 comment

                Tobiah Ferncastle said:
                The shared ledger saved our planners a whole afternoon every week.
                """);
        Loader loader = new Loader(Fixture.BASE, Loader.DEFAULT_MAX_BYTES);
        loader.load(List.of(post), new TdbSink(f.store, loader.derivedGraphs()), x -> {});
        JsonNode after = f.api("/api/documents?limit=500");
        assertEquals(before.get("total").asLong() + 1, after.get("total").asLong());
        assertTrue(after.toString().contains(Fixture.BASE + "doc/zz-ledger-of-swaps"), "the new document is listed");
        JsonNode peopleAfter = f.api("/api/people?limit=500");
        assertEquals(people.get("total").asLong() + 2, peopleAfter.get("total").asLong());
        assertTrue(peopleAfter.toString().contains("Wilhelmina Quarrendon") && peopleAfter.toString().contains("Tobiah Ferncastle"));
        assertTrue(f.get("/", "text/html").body().contains("<strong>" + after.get("total").asLong() + "</strong> documents"));
    }

    /** The signals list's keys are kept per filter; a digest written after the list was served is listed and counted. */
    @Test
    void aDigestAddedAfterTheSignalsListWasServedIsListedAndCounted(@TempDir Path dir) throws Exception {
        JsonNode strong = f.api("/api/signals?relevancy=5&limit=500");
        JsonNode all = f.api("/api/signals?limit=500");
        assertEquals(strong, f.api("/api/signals?relevancy=5&limit=500"), "the kept keys answer as the first request did");
        Path digest = Files.writeString(dir.resolve("zz-lantern-digest.txt"), """
                Futures

                Lanterns Return: Night Markets in the Sensor Era, (from page 20240202b.)

                Summary

                Odalric looks at how night markets come back under shared lanterns.

                Signals

                name description change 10-year driving-force relevancy
                Shared Lantern Grids Stalls pool their lights into one grid. From private lamps to pooled light. Most markets will run one grid. Power is dearer than it was. 5
                Vendor Rota Boards Stallholders post their turns on one board. From shouting to a posted rota. Rotas will be shared across towns. Markets grew past what a warden can track. 2
                """);
        Loader loader = new Loader(Fixture.BASE, Loader.DEFAULT_MAX_BYTES);
        loader.load(List.of(digest), new TdbSink(f.store, loader.derivedGraphs()), x -> {});
        JsonNode strongAfter = f.api("/api/signals?relevancy=5&limit=500");
        assertEquals(strong.get("total").asLong() + 1, strongAfter.get("total").asLong());
        assertEquals(strongAfter.get("total").asLong(), strongAfter.get("items").size());
        assertTrue(strongAfter.toString().contains("Shared Lantern Grids") && !strongAfter.toString().contains("Vendor Rota Boards"));
        assertEquals(all.get("total").asLong() + 2, f.api("/api/signals?limit=500").get("total").asLong());
    }

    private Map<String, String> fetch(WorkgraphServer server) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String path : PATHS) {
            var r = f.get(server.url() + path, path.equals("/") ? "text/html" : "application/json");
            assertEquals(200, r.statusCode(), path);
            out.put(path, r.body());
        }
        return out;
    }
}

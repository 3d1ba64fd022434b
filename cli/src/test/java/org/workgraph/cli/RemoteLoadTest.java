package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.store.WorkgraphStore;

/**
 * {@code kg load --to}: documents go to a second Fuseki (started here, in memory, updates open) over the Graph
 * Store Protocol, arrive exactly as a local load writes them, survive a transient server error, and a rerun
 * after a failure sends only what is missing.
 */
class RemoteLoadTest {
    @TempDir Path dir;
    private final DatasetGraph remote = DatasetGraphFactory.createTxnMem();
    private final AtomicInteger puts = new AtomicInteger();
    /** Requests for a graph containing this text are refused with 400 (a document the remote store rejects). */
    private final AtomicReference<String> refuse = new AtomicReference<>();
    /** The next request gets a 503 (a store briefly unavailable). */
    private final AtomicInteger unavailable = new AtomicInteger(1);
    private FusekiServer server;
    private final KgRun cli = new KgRun();

    @BeforeEach
    void startSecondFuseki() {
        Filter faults = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            if ("PUT".equals(http.getMethod())) {
                puts.incrementAndGet();
                String graph = String.valueOf(http.getParameter("graph"));
                if (unavailable.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    ((HttpServletResponse) response).sendError(503, "busy (simulated)");
                    return;
                }
                if (refuse.get() != null && graph.contains(refuse.get())) {
                    ((HttpServletResponse) response).sendError(400, "rejected (simulated)");
                    return;
                }
            }
            chain.doFilter(request, response);
        };
        server = FusekiServer.create().port(0).loopback(true).add("/remote", remote, true).addFilter("/*", faults).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private int kg(String... args) { return cli.run(args); }

    private Set<String> documentQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> all = new TreeSet<>();
            dsg.find().forEachRemaining(q -> { if (q.getGraph().getURI().contains("/graph/post-") || q.getGraph().getURI().contains("/graph/digest-")) all.add(q.toString()); });
            return all;
        });
    }

    @Test
    void graphsArriveRetriedAndAResumedLoadSendsOnlyWhatIsMissing() throws IOException {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator().generate(12, 3, corpus, i -> {});
        String endpoint = "http://localhost:" + server.getPort() + "/remote/data";
        Path checkpoint = dir.resolve("checkpoint.txt");
        refuse.set("post-0000004");

        assertEquals(2, kg("load", "--to", endpoint, "--checkpoint", checkpoint.toString(), "--attempts", "3", corpus.toString()), cli.err());
        assertTrue(cli.err().contains("post-0000004") && cli.err().contains("400"), cli.err());
        assertTrue(cli.out().contains("Sent 11 graph(s)"), cli.out());
        assertEquals(13, puts.get(), "12 documents, one retried after the 503");
        assertEquals(11, Files.readAllLines(checkpoint).size());

        refuse.set(null);
        puts.set(0);
        assertEquals(0, kg("load", "--to", endpoint, "--checkpoint", checkpoint.toString(), corpus.toString()), cli.err());
        assertTrue(cli.out().contains("Resuming from") && cli.out().contains("11 unchanged"), cli.out());
        assertEquals(1, puts.get(), "only the document that failed is sent again");

        // What arrived is what a local load writes into the document graphs.
        Path db = dir.resolve("db");
        assertEquals(0, kg("load", "--db", db.toString(), corpus.toString()), cli.err());
        try (WorkgraphStore local = WorkgraphStore.open(db)) {
            Set<String> expected = documentQuads(local.dataset());
            assertFalse(expected.isEmpty());
            assertEquals(expected, documentQuads(remote));
        }
    }

    @Test
    void aReadOnlyEndpointFailsEveryFileWithItsAnswerAndNoRetries() throws IOException {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator().generate(2, 3, corpus, i -> {});
        unavailable.set(0);
        String readOnly = "http://localhost:" + server.getPort() + "/remote/sparql";
        assertEquals(2, kg("load", "--to", readOnly, "--checkpoint", dir.resolve("cp").toString(), corpus.toString()));
        assertTrue(cli.err().contains("HTTP 4") || cli.err().contains("HTTP 5"), cli.err());
        assertTrue(cli.out().contains("Loaded 0 of 2 files"), cli.out());
        assertEquals(List.of(), Files.exists(dir.resolve("cp")) ? Files.readAllLines(dir.resolve("cp")) : List.of());
    }
}

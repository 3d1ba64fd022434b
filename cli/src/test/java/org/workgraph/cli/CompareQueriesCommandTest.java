package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg bench compare-queries against two real Fuseki servers: the figures per endpoint and whether their answers agree. */
class CompareQueriesCommandTest {
    @TempDir Path dir;
    private final KgRun cli = new KgRun();
    private FusekiServer a, b;

    @AfterEach
    void stop() {
        if (a != null) a.stop();
        if (b != null) b.stop();
    }

    private static FusekiServer serve(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dsg);
        return FusekiServer.create().port(0).loopback(true).add("/ds", dsg).build().start();
    }

    @Test
    void timesEveryQueryOnEveryEndpointAndSaysWhetherTheAnswersAgree() throws Exception {
        String shared = "<urn:a> <urn:p> \"1\" <urn:g1> .\n<urn:b> <urn:p> \"2\" <urn:g1> .\n";
        a = serve(shared);
        b = serve(shared + "<urn:c> <urn:q> \"3\" <urn:g2> .\n");
        Path queries = Files.createDirectories(dir.resolve("queries"));
        // Rows in a different order on each run would still be the same answer: the hash sorts them.
        Files.writeString(queries.resolve("p-values.rq"), "SELECT ?s ?o { GRAPH ?g { ?s <urn:p> ?o } }");
        Files.writeString(queries.resolve("everything.rq"), "SELECT ?s { GRAPH ?g { ?s ?p ?o } }");
        Files.writeString(queries.resolve("not-a-query.txt"), "ignored: not .rq");
        Files.writeString(queries.resolve("zz-broken.rq"), "SELECT ?s WHERE { this is not SPARQL");

        int code = cli.run("bench", "compare-queries", "--runs", "3", "--warmup", "1",
                "--endpoint", "one=http://localhost:" + a.getHttpPort() + "/ds/sparql",
                "--endpoint", "two=http://localhost:" + b.getHttpPort() + "/ds/sparql", queries.toString());
        assertEquals(0, code, cli.err());

        List<String[]> rows = cli.out().lines().skip(1).map(l -> l.split("\t")).toList();
        assertEquals("query\tendpoint\tp50_ms\tp95_ms\trows\tstatus\tanswer", cli.out().lines().findFirst().orElseThrow());
        assertEquals(List.of("everything/one", "everything/two", "p-values/one", "p-values/two", "zz-broken/one", "zz-broken/two"),
                rows.stream().map(r -> r[0] + "/" + r[1]).toList(), cli.out());
        // A query an endpoint refuses is reported with its status, not timed.
        for (String[] r : rows.subList(4, 6)) assertEquals(List.of("-1", "-1", "-1", "400", "-"), List.of(r).subList(2, 7));
        for (String[] r : rows.subList(0, 4)) {
            assertEquals(7, r.length, Arrays.toString(r));
            assertEquals("200", r[5]);
            assertTrue(Long.parseLong(r[2]) <= Long.parseLong(r[3]), "p50 is at most p95: " + Arrays.toString(r));
        }
        assertEquals("2", rows.get(0)[4]);
        assertEquals("3", rows.get(1)[4]);
        assertNotEquals(rows.get(0)[6], rows.get(1)[6], "different answers, different hashes");
        assertEquals("2", rows.get(2)[4]);
        assertEquals(rows.get(2)[6], rows.get(3)[6], "the same answer on both endpoints");
    }

    @Test
    void aMissingQueryFileIsAUsageError() {
        int code = cli.run("bench", "compare-queries", "--endpoint", "x=http://localhost:9/none", dir.resolve("nothing.rq").toString());
        assertEquals(ExitCodes.USAGE, code, cli.err());
        assertTrue(cli.err().contains("nothing.rq"), cli.err());
    }

    @Test
    void percentilesAreNearestRank() {
        long[] twenty = new long[20];
        for (int i = 0; i < 20; i++) twenty[i] = i + 1;
        assertEquals(10, CompareQueriesCommand.percentile(twenty, 0.50));
        assertEquals(19, CompareQueriesCommand.percentile(twenty, 0.95));
        assertEquals(7, CompareQueriesCommand.percentile(new long[] {7}, 0.95));
    }
}

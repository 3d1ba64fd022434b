package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg generate, a bulk-built store, an incremental reload and the progress lines of a large load, as a user runs them. */
class ScaleCommandsTest {
    @TempDir Path dir;
    private final KgRun cli = new KgRun();

    private int kg(String... args) { return cli.run(args); }

    @Test
    void generateBulkLoadThenReloadIncrementally() {
        String corpus = dir.resolve("corpus").toString(), db = dir.resolve("db").toString();
        assertEquals(0, kg("generate", "--docs", "120", "--seed", "9", corpus), cli.err());
        assertTrue(cli.out().startsWith("Wrote 120 documents ("), cli.out());

        assertEquals(0, kg("load", "--db", db, "--bulk", "always", "--skip-derived", corpus), cli.err());
        assertTrue(cli.out().contains("TDB2 bulk loader"), cli.out());
        // Over a hundred files and no terminal: plain progress lines, not one line per file.
        assertTrue(cli.out().contains("120/120 files"), cli.out());
        assertFalse(cli.out().contains("post-0000001.txt"), cli.out());
        assertTrue(cli.out().contains("Loaded 120 of 120 files"), cli.out());
        assertTrue(cli.out().contains("finishing: text index") && !cli.out().contains("finishing: derived graph ideas"), cli.out());
        assertEquals(0, kg("query", "--db", db, "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?p <http://xmlns.com/foaf/0.1/name> ?name }"));
        assertTrue(cli.out().startsWith("n\r\n0"), "no canonical names before the derived graphs are built: " + cli.out());
        assertEquals(0, kg("reindex", "--derived", "--db", db), cli.err());
        assertTrue(cli.out().contains("Rebuilt https://w3id.org/workgraph/id/graph/people") && cli.out().contains("graph/ideas"), cli.out());

        assertEquals(0, kg("query", "--db", db, "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?d a <https://w3id.org/workgraph/ns#Document> }"));
        assertTrue(cli.out().contains("120"), cli.out());

        assertEquals(0, kg("load", "--db", db, "--incremental", corpus), cli.err());
        assertTrue(cli.out().contains("; 120 unchanged"), cli.out());

        assertEquals(1, kg("load", "--db", db, "--bulk", "always", corpus));
        assertTrue(cli.err().contains("needs an empty store"), cli.err());
    }
}

package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** kg generate, a bulk-built store, an incremental reload and the progress lines of a large load, as a user runs them. */
class ScaleCommandsTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kg(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = Kg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void generateBulkLoadThenReloadIncrementally() {
        String corpus = dir.resolve("corpus").toString(), db = dir.resolve("db").toString();
        assertEquals(0, kg("generate", "--docs", "120", "--seed", "9", corpus), err.toString());
        assertTrue(out.toString().startsWith("Wrote 120 documents ("), out.toString());

        assertEquals(0, kg("load", "--db", db, "--bulk", "always", corpus), err.toString());
        assertTrue(out.toString().contains("TDB2 bulk loader"), out.toString());
        // Over a hundred files and no terminal: plain progress lines, not one line per file.
        assertTrue(out.toString().contains("120/120 files"), out.toString());
        assertFalse(out.toString().contains("post-0000001.txt"), out.toString());
        assertTrue(out.toString().contains("Loaded 120 of 120 files"), out.toString());
        assertTrue(out.toString().contains("finishing: text index") && out.toString().contains("finishing: derived graph ideas"), out.toString());

        assertEquals(0, kg("query", "--db", db, "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?d a <https://w3id.org/workgraph/ns#Document> }"));
        assertTrue(out.toString().contains("120"), out.toString());

        assertEquals(0, kg("load", "--db", db, "--incremental", corpus), err.toString());
        assertTrue(out.toString().contains("; 120 unchanged"), out.toString());

        assertEquals(1, kg("load", "--db", db, "--bulk", "always", corpus));
        assertTrue(err.toString().contains("needs an empty store"), err.toString());
    }
}

package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.gold.Gold;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.WG;

/**
 * A load killed with SIGKILL loses nothing it reported and leaves nothing half-written: {@code kg load} runs in
 * a separate JVM over a folder of a few hundred documents and is killed once a quarter of them are reported; the
 * store then opens in this JVM and holds every reported document, each complete (as many quads as a clean load
 * gives it), and no partial one; loading the folder again gives every document exactly once.
 */
class CrashSafetyTest {
    private static final int COPIES = 12;
    private static final String GRAPHS = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aKilledLoadKeepsExactlyWhatItCommittedAndAReloadCompletesIt() throws Exception {
        List<String> names = documents(dir.resolve("docs"));
        Path db = dir.resolve("db");
        Iris iris = new Iris(Iris.DEFAULT_BASE);

        long start = System.nanoTime();
        Path log = dir.resolve("load.out");
        // Small batches, so that the kill falls between commits; the report names each file once its batch committed.
        Path report = dir.resolve("load.tsv");
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Kg.class.getName(), "load", "--db", db.toString(),
                "--batch", "4", "--report", report.toString(), dir.resolve("docs").toString())
                .redirectOutput(log.toFile()).redirectError(dir.resolve("load.err").toFile()).start();
        try {
            // Poll the output (destroying a process closes its pipes, so it goes to a file) and kill the JVM once a
            // quarter of the documents are reported.
            while (load.isAlive() && reported(report, names).size() < names.size() / 4) Thread.sleep(5);
        } finally {
            load.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
        }
        assertTrue(load.waitFor(30, TimeUnit.SECONDS));
        // A file is reported after its transaction has committed; lines written just before the kill count too.
        Set<String> reported = reported(report, names);
        double killedAfter = (System.nanoTime() - start) / 1e9;
        assertNotEquals(0, load.exitValue(), "the load was killed, it did not finish");
        assertTrue(reported.size() < names.size(), "killed before the end: " + reported.size() + " of " + names.size() + " reported");

        Map<Node, Long> afterCrash;
        try (WorkgraphStore store = WorkgraphStore.open(db)) { // opens despite the dead process's lock and journal
            afterCrash = graphSizes(store);
        }
        // Only document graphs: the derived graphs are rebuilt at the end of a load, which the crash never reached.
        afterCrash.keySet().removeIf(g -> !g.getURI().startsWith(iris.base() + "graph/copy"));
        for (String name : reported) {
            assertTrue(afterCrash.containsKey(iris.documentGraph(name)), name + " was reported loaded but is missing");
        }
        Set<Node> unreported = new HashSet<>(afterCrash.keySet());
        reported.forEach(name -> unreported.remove(iris.documentGraph(name)));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var reload = Kg.commandLine();
        reload.setOut(new PrintWriter(out, true));
        reload.setErr(new PrintWriter(err, true));
        assertEquals(0, reload.execute("load", "--db", db.toString(), dir.resolve("docs").toString()), err.toString());

        try (WorkgraphStore store = WorkgraphStore.open(db)) {
            Map<Node, Long> complete = graphSizes(store);
            for (String name : names) assertTrue(complete.containsKey(iris.documentGraph(name)), name + " missing after the reload");
            // Every graph the crash left, reported or in flight, was whole: the reload rewrote it to the same size.
            afterCrash.forEach((graph, size) -> assertEquals(complete.get(graph), size, graph + " was partial after the crash"));
            assertEquals(names.size(), count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?d a <" + WG.Document.getURI() + "> } }"),
                    "each document once");
            assertEquals(names.size(), count(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <" + WG.Document.getURI() + "> }"));
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) { { SELECT ?r { GRAPH ?g { ?r a <" + WG.Response.getURI()
                    + "> } } GROUP BY ?r HAVING (COUNT(DISTINCT ?g) > 1) } }"), "a response in two graphs");
            long responses = count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?r a <" + WG.Response.getURI() + "> } }");
            assertEquals(responses, count(store, "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a <" + WG.Response.getURI() + "> }"));
            System.out.printf("CrashSafetyTest: %d documents; killed after %.1f s with %d reported, %d graphs on disk "
                    + "(%d committed but not yet reported), none partial; reload: %d documents, %d responses, no duplicates%n",
                    names.size(), killedAfter, reported.size(), afterCrash.size(), unreported.size(), names.size(), responses);
        }
    }

    /** The documents the load's report (kg load --report) lists as loaded. */
    private static Set<String> reported(Path report, List<String> names) throws IOException {
        Set<String> reported = new HashSet<>();
        if (!Files.exists(report)) return reported;
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length < 2 || !cells[1].equals("loaded")) continue; // the header, or a half-written last line
            String name = Path.of(cells[0]).getFileName().toString();
            if (names.contains(name)) reported.add(name);
        }
        return reported;
    }

    /** COPIES copies of every sample and shared document under new names: a folder that takes seconds to load. */
    private static List<String> documents(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path root = Path.of(System.getProperty("workgraph.root", "../.."));
        List<Path> originals = new ArrayList<>();
        for (Path source : List.of(Gold.fromSystemProperty().corpus(), root.resolve("data/corpus"))) {
            try (Stream<Path> files = Files.list(source)) {
                files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(originals::add);
            }
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < COPIES; c++) {
            for (int o = 0; o < originals.size(); o++) {
                String name = String.format("copy%03d-%d.txt", c, o);
                Files.copy(originals.get(o), folder.resolve(name));
                names.add(name);
            }
        }
        return names;
    }

    /** The quads in each named graph. */
    private static Map<Node, Long> graphSizes(WorkgraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<Node, Long> sizes = new HashMap<>();
            QueryExec.dataset(store.dataset()).query(GRAPHS).select()
                    .forEachRemaining(b -> sizes.put(b.get("g"), Long.parseLong(b.get("n").getLiteralLexicalForm())));
            return sizes;
        });
    }

    private static long count(WorkgraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> Long.parseLong(
                QueryExec.dataset(store.dataset()).query(query).select().next().get("n").getLiteralLexicalForm()));
    }
}

package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.gold.Gold;
import picocli.CommandLine;

/** Runs the kg commands in-process, as a user would on the command line, and checks output and exit codes. */
class KgCommandTest {
    @TempDir Path dir;
    private final Gold gold = Gold.fromSystemProperty();
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

    private String db() { return dir.resolve("db").toString(); }

    @Test
    void loadReportsWhatItDidAndQueryAnswersInW3cJson() throws Exception {
        assertEquals(0, kg("load", "--db", db(), gold.corpus().toString()), err.toString());
        assertTrue(out.toString().contains("Loaded 5 of 5 files (4 blog posts, 1 signal digests)"), out.toString());
        assertTrue(out.toString().matches("(?s).*\\d+ responses, \\d+ signals, \\d+ triples in [\\d.]+ s.*"), out.toString());

        assertEquals(0, kg("query", "--db", db(), "--format", "json",
                "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/workgraph/ns#Document> }"), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("5", json.at("/results/bindings/0/n/value").asText());

        assertEquals(0, kg("query", "--db", db(), "--format", "csv", "SELECT ?f WHERE { ?d <https://w3id.org/workgraph/ns#sourceFile> ?f } ORDER BY ?f"));
        assertTrue(out.toString().startsWith("f\r\n000_"), out.toString());
    }

    @Test
    void aFileThatCannotBeParsedIsNamedAndTheOthersLoad() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(gold.corpus().resolve("004_ce09db8534bf1548.txt"), folder.resolve("good.txt"));
        Files.write(folder.resolve("broken.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(folder.resolve("empty.txt"), "\n\n");
        assertEquals(2, kg("load", "--db", db(), folder.toString()));
        assertTrue(err.toString().contains("broken.txt") && err.toString().contains("binary"), err.toString());
        assertTrue(err.toString().contains("empty.txt") && err.toString().contains("empty"), err.toString());
        assertTrue(out.toString().contains("Loaded 1 of 3 files"), out.toString());
        // The report names every file with its outcome, so nothing is lost silently.
        assertTrue(out.toString().contains("good.txt") && out.toString().contains("blog-post"), out.toString());
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        assertEquals(2, kg("load", "--db", db(), folder.toString()));
        assertTrue(err.toString().contains("loop") && err.toString().contains("symbolic link loop"), err.toString());
        assertTrue(out.toString().contains("Loaded 1 of 4 files"), out.toString());
        // --report: one line per file, whatever the size of the load, for scripts.
        Path report = dir.resolve("report.tsv");
        assertEquals(2, kg("load", "--db", db(), "--report", report.toString(), folder.toString()));
        List<String> lines = Files.readAllLines(report);
        assertEquals(ReportFile.HEADER, lines.get(0));
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("good.txt\tloaded\t")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("broken.txt\tfailed\t") && l.contains("binary")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("loop\tfailed\t")), lines.toString());
    }

    @Test
    void exportWritesEveryDocumentGraphAsNQuads() throws Exception {
        assertEquals(0, kg("load", "--db", db(), gold.corpus().toString()));
        Path nq = dir.resolve("all.nq");
        assertEquals(0, kg("export", "--db", db(), "--format", "nq", "--out", nq.toString()), err.toString());
        DatasetGraph exported = RDFParser.source(nq).lang(Lang.NQUADS).toDatasetGraph();
        long documentGraphs = exported.stream().map(q -> q.getGraph().getURI()).distinct().filter(g -> g.contains("/graph/0")).count();
        assertEquals(5, documentGraphs);
        assertEquals(0, kg("export", "--db", db(), "--format", "ttl"));
        assertTrue(out.toString().contains("wg:SignalDigest") || out.toString().contains("SignalDigest"));
    }

    @Test
    void validateConformsOnTheCorpus() {
        assertEquals(0, kg("load", "--db", db(), gold.corpus().toString()));
        assertEquals(0, kg("validate", "--db", db()), out.toString());
        assertTrue(out.toString().contains("Conforms"));
    }

    @Test
    void usageErrorsExitWithOne() {
        assertEquals(1, kg("load", "--db", db()));
        assertEquals(1, kg("query", "--db", db(), "--format", "xml", "SELECT * {}"));
        assertEquals(1, kg("query", "--db", db(), "SELEKT nothing"));
        assertEquals(1, kg());
        assertEquals(0, kg("serve", "--help"));
        assertTrue(out.toString().contains("--port"));
    }

    @Test
    void serveRefusesUpdatesWithoutAPassword() throws Exception {
        Path empty = Files.writeString(dir.resolve("password"), "\n");
        assertEquals(1, kg("serve", "--db", db(), "--port", "0", "--allow-update", "--password-file", empty.toString()));
        assertTrue(err.toString().contains("needs a password"), err.toString());
    }

    /** jena-text must be wired into the very dataset the commands open: a lost service registration breaks text:query silently. */
    @Test
    void textSearchWorksOnTheStoreTheCommandsBuildAndReindexRebuildsIt() throws Exception {
        assertEquals(0, kg("load", "--db", db(), gold.corpus().toString()), err.toString());
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query 'economy' }";
        String contains = "PREFIX sioc: <http://rdfs.org/sioc/ns#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
                + "{ ?s sioc:content ?c FILTER(REGEX(?c, '\\\\beconomy\\\\b', 'i')) }";
        long hits = count(search);
        long containing = count(contains);
        assertTrue(containing > 0, "the corpus talks about the economy");
        assertTrue(hits >= containing, hits + " text hits, " + containing + " texts contain the word");

        assertEquals(0, kg("reindex", "--db", db()), err.toString());
        assertTrue(out.toString().matches("(?s)Indexed \\d+ text values.*"), out.toString());
        assertEquals(hits, count(search), "the rebuilt index finds the same");
    }

    private long count(String query) throws Exception {
        assertEquals(0, kg("query", "--db", db(), "--format", "json", query), err.toString());
        return new ObjectMapper().readTree(out.toString()).at("/results/bindings/0/n/value").asLong();
    }
}

package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

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

/** Runs the kg commands in-process, as a user would on the command line, and checks output and exit codes. */
class KgCommandTest {
    @TempDir Path dir;
    private final Gold gold = Gold.fromSystemProperty();
    private final KgRun run = new KgRun();

    private int kg(String... args) { return run.run(args); }

    private String db() { return dir.resolve("db").toString(); }

    @Test
    void loadReportsWhatItDidAndQueryAnswersInW3cJson() throws Exception {
        assertEquals(0, kg("load", "--db", db(), gold.corpus().toString()), run.err());
        assertTrue(run.out().contains("Loaded 5 of 5 files (4 blog posts, 1 signal digests)"), run.out());
        assertTrue(run.out().matches("(?s).*\\d+ responses, \\d+ signals, \\d+ triples in [\\d.]+ s.*"), run.out());

        assertEquals(0, kg("query", "--db", db(), "--format", "json",
                "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/workgraph/ns#Document> }"), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("5", json.at("/results/bindings/0/n/value").asText());

        assertEquals(0, kg("query", "--db", db(), "--format", "csv", "SELECT ?f WHERE { ?d <https://w3id.org/workgraph/ns#sourceFile> ?f } ORDER BY ?f"));
        assertTrue(run.out().startsWith("f\r\n000_"), run.out());
    }

    @Test
    void aFileThatCannotBeParsedIsNamedAndTheOthersLoad() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(gold.corpus().resolve("004_ce09db8534bf1548.txt"), folder.resolve("good.txt"));
        Files.write(folder.resolve("broken.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(folder.resolve("empty.txt"), "\n\n");
        assertEquals(2, kg("load", "--db", db(), folder.toString()));
        assertTrue(run.err().contains("broken.txt") && run.err().contains("binary"), run.err());
        assertTrue(run.err().contains("empty.txt") && run.err().contains("empty"), run.err());
        assertTrue(run.out().contains("Loaded 1 of 3 files"), run.out());
        // The report names every file with its outcome, so nothing is lost silently.
        assertTrue(run.out().contains("good.txt") && run.out().contains("blog-post"), run.out());
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        assertEquals(2, kg("load", "--db", db(), folder.toString()));
        assertTrue(run.err().contains("loop") && run.err().contains("symbolic link loop"), run.err());
        assertTrue(run.out().contains("Loaded 1 of 4 files"), run.out());
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
    void aPageWhoseThreadCannotBeReadLoadsAsTextAndTheReportSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("claimed"));
        Files.writeString(folder.resolve("closed.txt"), "A title\n\nThe post's text.\n\n3 Comments\n\nComments are closed.\n");
        Path report = dir.resolve("claimed.tsv");
        assertEquals(0, kg("load", "--db", db(), "--report", report.toString(), folder.toString()), run.err());
        List<String> lines = Files.readAllLines(report);
        assertTrue(lines.get(1).contains("closed.txt\tloaded\tBLOG_POST\t0\t"), lines.toString());
        assertTrue(lines.get(1).endsWith("line 5: the page claims 3 responses, but no response could be told apart in what follows; "
                + "loaded as a document with its text"), lines.toString());
    }

    @Test
    void aPageWhoseThreadEvidenceIsThinLoadsAsTextAndTheReportSaysNoThreadWasRead() throws Exception {
        // An article's paragraphs under a menu label and a date: one name-shaped header, nothing else of a thread.
        Path folder = Files.createDirectories(dir.resolve("thin"));
        Files.writeString(folder.resolve("article.txt"), "Staff Room\nBoard Notes\nAug 9, 2021\nThe Office Is Not Finished\n\n"
                + "The argument that offices are over has been made often, says a columnist at a weekly paper.\n\n\n"
                + "To his credit, the columnist does not claim that offices are more productive than kitchens.\n\n\n"
                + "And he is not entirely wrong. Several large employers have asked staff back four days a week.\n");
        Path report = dir.resolve("thin.tsv");
        assertEquals(0, kg("load", "--db", db(), "--report", report.toString(), folder.toString()), run.err());
        List<String> lines = Files.readAllLines(report);
        assertTrue(lines.get(1).contains("article.txt\tloaded\tBLOG_POST\t0\t"), lines.toString());
        assertTrue(lines.get(1).contains("no thread was read: "), lines.toString());
        assertEquals(0, kg("inspect", folder.resolve("article.txt").toString()), run.err());
        List<String> shown = run.out().lines().toList();
        assertTrue(shown.get(2).matches("\\s+0\\s+THREAD\\s+no thread \\(score -?\\d+ below 2, \\d+ candidates set aside\\).*"), run.out());
        assertTrue(shown.stream().noneMatch(l -> l.contains(" RESPONSE ") && l.contains("#")), run.out());
    }

    @Test
    void inspectShowsHowEachLineOfAPageWasRead() throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "A title\n\nThe post's text.\n\n2 Comments\n\nAnn Lee says:\n\nFirst.\n\nReply\n\nBo Chan says:\n\nSecond.\n");
        assertEquals(0, kg("inspect", page.toString()), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+7\\s+HEADER SAYS\\s+#1\\s+Ann Lee says:")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+9\\s+RESPONSE\\s+#1\\s+First\\.")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+11\\s+FOOTER\\s+Reply")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+5\\s+COUNT\\s+2 Comments")), run.out());
        // The kind decision first, with the cues it weighed: the count line of a thread speaks against a digest.
        assertTrue(lines.get(1).matches("\\s+0\\s+KIND\\s+post \\(score -?\\d+, \\d+ rows\\).*"), run.out());
        // Then the thread decision: a count, headers worded as comment systems word them, reply furniture.
        assertTrue(lines.get(2).matches("\\s+0\\s+THREAD\\s+thread \\(score \\d+, 2 candidates\\): \\+3 the page claims 2 responses.*"), run.out());
        assertEquals(2, kg("inspect", dir.resolve("missing.txt").toString()));
    }

    @Test
    void exportWritesEveryDocumentGraphAsNQuads() throws Exception {
        assertEquals(0, kg("load", "--db", db(), gold.corpus().toString()));
        Path nq = dir.resolve("all.nq");
        assertEquals(0, kg("export", "--db", db(), "--format", "nq", "--out", nq.toString()), run.err());
        DatasetGraph exported = RDFParser.source(nq).lang(Lang.NQUADS).toDatasetGraph();
        long documentGraphs = exported.stream().map(q -> q.getGraph().getURI()).distinct().filter(g -> g.contains("/graph/0")).count();
        assertEquals(5, documentGraphs);
        assertEquals(0, kg("export", "--db", db(), "--format", "ttl"));
        assertTrue(run.out().contains("wg:SignalDigest") || run.out().contains("SignalDigest"));
    }

    @Test
    void validateConformsOnTheCorpus() {
        assertEquals(0, kg("load", "--db", db(), gold.corpus().toString()));
        assertEquals(0, kg("validate", "--db", db()), run.out());
        assertTrue(run.out().contains("Conforms"));
    }

    @Test
    void usageErrorsExitWithOne() {
        assertEquals(1, kg("load", "--db", db()));
        assertEquals(1, kg("query", "--db", db(), "--format", "xml", "SELECT * {}"));
        assertEquals(1, kg("query", "--db", db(), "SELEKT nothing"));
        assertEquals(1, kg());
        assertEquals(0, kg("serve", "--help"));
        assertTrue(run.out().contains("--port"));
    }

    @Test
    void aLoadThatFindsNothingToLoadFailsAndSaysWhatItLookedFor() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("slides.pdf"), "not a document format");
        assertEquals(2, kg("load", "--db", db(), empty.toString()));
        assertTrue(run.err().contains("No document files in " + empty), run.err());
        assertTrue(run.err().contains("html"), "names the formats read: " + run.err());
    }

    @Test
    void evalNamesAMissingGoldOrDocumentsFolderWithoutAStackTrace() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        assertEquals(1, kg("eval", "--gold", dir.resolve("no-gold").toString(), docs.toString()));
        assertTrue(run.err().contains("no-gold: no such folder"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(1, kg("eval", "--gold", docs.toString(), dir.resolve("no-docs").toString()));
        assertTrue(run.err().contains("no-docs: no such file or folder"), run.err());
    }

    @Test
    void serveRefusesUpdatesWithoutAPassword() throws Exception {
        Path empty = Files.writeString(dir.resolve("password"), "\n");
        assertEquals(1, kg("serve", "--db", db(), "--port", "0", "--allow-update", "--password-file", empty.toString()));
        assertTrue(run.err().contains("needs a password"), run.err());
    }

    @Test
    void serveRefusesAWildcardOrHostlessServiceAllowList() {
        // An allow-list that allowed everything would be federation on by default in disguise.
        for (String prefix : new String[] {"*", "http://", "https://*.example.org/", "example.org"}) {
            assertEquals(1, kg("serve", "--db", db(), "--port", "0", "--allow-service", prefix), prefix);
            assertTrue(run.err().contains("--allow-service"), run.err());
        }
        assertEquals(0, kg("serve", "--help"));
        assertTrue(run.out().contains("--allow-service"));
    }

    /** jena-text must be wired into the very dataset the commands open: a lost service registration breaks text:query silently. */
    @Test
    void textSearchWorksOnTheStoreTheCommandsBuildAndReindexRebuildsIt() throws Exception {
        assertEquals(0, kg("load", "--db", db(), gold.corpus().toString()), run.err());
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query 'economy' }";
        String contains = "PREFIX sioc: <http://rdfs.org/sioc/ns#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
                + "{ ?s sioc:content ?c FILTER(REGEX(?c, '\\\\beconomy\\\\b', 'i')) }";
        long hits = count(search);
        long containing = count(contains);
        assertTrue(containing > 0, "the corpus talks about the economy");
        assertTrue(hits >= containing, hits + " text hits, " + containing + " texts contain the word");

        assertEquals(0, kg("reindex", "--db", db()), run.err());
        assertTrue(run.out().matches("(?s)Indexed \\d+ text values.*"), run.out());
        assertEquals(hits, count(search), "the rebuilt index finds the same");
    }

    private long count(String query) throws Exception {
        assertEquals(0, kg("query", "--db", db(), "--format", "json", query), run.err());
        return new ObjectMapper().readTree(run.out()).at("/results/bindings/0/n/value").asLong();
    }
}

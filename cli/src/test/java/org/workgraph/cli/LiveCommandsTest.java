package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg remove and kg compact as a user runs them: a document out with what it alone supported, then the space back. */
class LiveCommandsTest {
    @TempDir Path dir;
    private final KgRun cli = new KgRun();

    private int kg(String... args) { return cli.run(args); }

    @Test
    void removeADocumentThenCompact() throws IOException {
        String corpus = dir.resolve("corpus").toString(), db = dir.resolve("db").toString();
        assertEquals(0, kg("generate", "--docs", "8", "--seed", "4", corpus), cli.err());
        assertEquals(0, kg("load", "--db", db, corpus), cli.err());
        long documents = count(db, "?d a <https://w3id.org/workgraph/ns#Document>");
        Path gone;
        try (Stream<Path> files = Files.walk(Path.of(corpus))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            gone = all.get(all.size() - 1);
        }

        assertEquals(0, kg("remove", "--db", db, gone.toString()), cli.err());
        assertTrue(cli.out().startsWith("Removed 1 document(s)"), cli.out());
        assertEquals(documents - 1, count(db, "?d a <https://w3id.org/workgraph/ns#Document>"));
        assertEquals(0, count(db, "?s <https://w3id.org/workgraph/ns#sourceFile> \"" + gone.getFileName() + "\""));
        // No idea is left without a document or response that links it.
        assertEquals(0, count(db, "?i a <https://w3id.org/workgraph/ns#Idea> FILTER NOT EXISTS { ?x <http://purl.org/dc/terms/subject> ?i }"));

        assertEquals(2, kg("remove", "--db", db, gone.toString()));
        assertTrue(cli.err().contains("not in the store: " + gone.getFileName()), cli.err());

        assertEquals(0, kg("compact", "--db", db), cli.err());
        assertTrue(cli.out().startsWith("Compacted "), cli.out());
        assertEquals(documents - 1, count(db, "?d a <https://w3id.org/workgraph/ns#Document>"));
    }

    @Test
    void removingAFolderTakesOutEveryDocumentALoadOfItReads() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        String db = dir.resolve("db2").toString();
        Files.writeString(folder.resolve("plain.txt"), "A plain post\n\nThe text of a post of our own, which ends like a sentence.\n");
        Files.writeString(folder.resolve("page.html"), "<!doctype html><html><head><title>A saved page</title></head><body>"
                + "<article><h1>A saved page</h1><p>The text of a page of our own, which ends like a sentence.</p></article></body></html>");
        assertEquals(0, kg("load", "--db", db, folder.toString()), cli.err());
        assertEquals(2, count(db, "?d a <https://w3id.org/workgraph/ns#Document>"));

        assertEquals(0, kg("remove", "--db", db, folder.toString()), cli.err());
        assertTrue(cli.out().startsWith("Removed 2 document(s)"), cli.out());
        assertEquals(0, count(db, "?d a <https://w3id.org/workgraph/ns#Document>"));
    }

    @Test
    void aDocumentNamedByItsUrlIsRemovedByTheNameOfItsFile() throws IOException {
        Path page = Files.writeString(dir.resolve("saved.html"), "<!doctype html><html><head><title>A saved page</title>"
                + "<link rel=\"canonical\" href=\"https://example.org/2020/05/a-saved-page/\"></head><body>"
                + "<article><h1>A saved page</h1><p>The text of a page of our own, which ends like a sentence.</p></article></body></html>");
        String db = dir.resolve("db3").toString();
        assertEquals(0, kg("load", "--db", db, page.toString()), cli.err());
        // The graph is named from the page's URL, not from the file: the file's name alone would not find it.
        assertEquals(1, count(db, "GRAPH ?g { ?d a <https://w3id.org/workgraph/ns#Document> } FILTER(CONTAINS(STR(?g), \"a-saved-page\"))"));

        assertEquals(0, kg("remove", "--db", db, "saved.html"), cli.err());
        assertTrue(cli.out().startsWith("Removed 1 document(s)"), cli.out());
        assertEquals(0, count(db, "?d a <https://w3id.org/workgraph/ns#Document>"));
    }

    private long count(String db, String pattern) {
        assertEquals(0, kg("query", "--db", db, "--format", "csv", "SELECT (COUNT(*) AS ?n) { " + pattern + " }"), cli.err());
        return Long.parseLong(cli.out().split("\r\n")[1].trim());
    }
}

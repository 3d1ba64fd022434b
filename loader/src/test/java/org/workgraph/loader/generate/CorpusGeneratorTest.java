package org.workgraph.loader.generate;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/** A generated corpus loads with no failure and no warning, and the graph holds exactly the thread the generator wrote. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusGeneratorTest {
    private static final String PREFIX = "PREFIX wg: <https://w3id.org/workgraph/ns#> PREFIX sioc: <http://rdfs.org/sioc/ns#> ";

    @TempDir static Path dir;
    private GeneratedCorpus corpus;
    private LoadReport report;
    private WorkgraphStore store;

    @BeforeAll
    void generateAndLoad() throws IOException {
        corpus = new CorpusGenerator().generate(200, 42, dir.resolve("a"), i -> {});
        store = WorkgraphStore.inMemory();
        Loader loader = new Loader();
        report = loader.load(List.of(corpus.folder()), new TdbSink(store, List.of()), f -> {});
    }

    @Test
    void everyDocumentLoadsWithoutWarnings() {
        assertEquals(0, report.failed(), () -> report.files().stream().filter(f -> !f.loaded()).map(FileOutcome::describeFailure).toList().toString());
        assertEquals(200, report.loaded());
        List<String> warnings = report.files().stream().flatMap(f -> f.warnings().stream().map(w -> f.path().getFileName() + ": " + w)).toList();
        assertEquals(List.of(), warnings);
        assertTrue(corpus.blogPosts() > 100 && corpus.digests() > 10, corpus.summary());
    }

    @Test
    void theGraphHoldsTheThreadsTheGeneratorWrote() {
        assertEquals(corpus.documents(), count("?d a wg:Document"));
        assertEquals(corpus.blogPosts(), count("?d a wg:BlogPost"));
        assertEquals(corpus.responses(), count("?r a wg:Response"));
        assertEquals(corpus.responses(), report.responses());
        assertEquals(corpus.replies(), count("?r a wg:Reply"));
        assertEquals(corpus.deepReplies(), count("?r a wg:Reply ; sioc:reply_of ?p . ?p a wg:Reply"));
        assertEquals(corpus.pingbacks(), count("?r a wg:Pingback"));
        assertEquals(corpus.reblogs(), count("?r a wg:Reblog"));
        assertEquals(corpus.signals(), count("?s a wg:Signal"));
        assertEquals(corpus.responses(), sum("?d wg:claimedResponseCount ?n"));
        assertTrue(corpus.deepReplies() > 0 && corpus.pingbacks() > 0, corpus.summary());
    }

    @Test
    void peopleRecurAcrossDocuments() {
        long recurring = count("{ SELECT ?p WHERE { ?x <http://purl.org/dc/terms/creator> ?p ; wg:onDocument ?d } "
                + "GROUP BY ?p HAVING (COUNT(DISTINCT ?d) >= 3) }");
        assertTrue(recurring >= 5, "people who comment on three or more posts: " + recurring);
    }

    @Test
    void theSameSeedWritesTheSameCorpusAndAnotherSeedAnother() throws IOException {
        GeneratedCorpus again = new CorpusGenerator().generate(200, 42, dir.resolve("b"), i -> {});
        assertEquals(corpus, new GeneratedCorpus(corpus.folder(), 42, again.blogPosts(), again.digests(), again.responses(),
                again.comments(), again.replies(), again.deepReplies(), again.pingbacks(), again.reblogs(), again.signals(), again.bytes()));
        assertEquals(listing(corpus.folder()), listing(again.folder()));
        for (Path f : listing(corpus.folder())) {
            assertEquals(Files.readString(corpus.folder().resolve(f)), Files.readString(again.folder().resolve(f)), f.toString());
        }
        GeneratedCorpus other = new CorpusGenerator().generate(200, 43, dir.resolve("c"), i -> {});
        assertNotEquals(corpus.responses() + "/" + corpus.bytes(), other.responses() + "/" + other.bytes());
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    private long count(String pattern) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution q = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }").build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private long sum(String pattern) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution q = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(PREFIX + "SELECT (SUM(?n) AS ?s) WHERE { " + pattern + " }").build()) {
                return q.execSelect().next().getLiteral("s").getLong();
            }
        });
    }
}

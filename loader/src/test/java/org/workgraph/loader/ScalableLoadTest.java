package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.source.SourceReader;
import org.workgraph.ontology.WG;
import org.workgraph.loader.store.BulkTdbSink;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/** The parallel, batched, incremental and bulk ways of loading give the same store as loading one file at a time. */
class ScalableLoadTest {
    @TempDir Path dir;

    private Path corpus(int docs) throws IOException {
        Path out = dir.resolve("corpus");
        new CorpusGenerator().generate(docs, 5, out, i -> {});
        return out;
    }

    private static Set<String> quads(WorkgraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> all = new TreeSet<>();
            store.dataset().find().forEachRemaining(q -> all.add(q.toString()));
            return all;
        });
    }

    @Test
    void parallelBatchedAndBulkLoadsEqualASerialLoad() throws IOException {
        Path in = corpus(60);
        Loader loader = new Loader();
        try (WorkgraphStore serial = WorkgraphStore.open(dir.resolve("serial"));
             WorkgraphStore parallel = WorkgraphStore.open(dir.resolve("parallel"));
             WorkgraphStore bulk = WorkgraphStore.open(dir.resolve("bulk"))) {
            LoadReport one = loader.load(List.of(in), new TdbSink(serial, loader.derivedGraphs()), LoadOptions.defaults().withThreads(1).withBatch(1, 1), f -> {});
            LoadReport many = loader.load(List.of(in), new TdbSink(parallel, loader.derivedGraphs()), LoadOptions.defaults().withThreads(4).withBatch(7, 100_000), f -> {});
            LoadReport built = loader.load(List.of(in), new BulkTdbSink(bulk, loader.derivedGraphs()), LoadOptions.defaults().withThreads(3), f -> {});
            assertEquals(60, one.loaded());
            assertEquals(one.triples(), many.triples());
            assertEquals(one.triples(), built.triples());
            Set<String> expected = quads(serial);
            assertEquals(expected, quads(parallel));
            assertEquals(expected, quads(bulk));
            // The bulk loader bypasses the text index; the sink rebuilt it.
            assertEquals(serial.reindex(), bulk.reindex());
        }
    }

    @Test
    void anIncrementalLoadSkipsUnchangedFilesAndReplacesChangedOnes() throws IOException {
        Path in = corpus(30);
        Loader loader = new Loader();
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("db"))) {
            loader.load(List.of(in), new TdbSink(store, List.of()), f -> {});
            Path changed;
            try (var files = Files.walk(in)) {
                changed = files.filter(f -> f.getFileName().toString().startsWith("post-")).sorted().findFirst().orElseThrow();
            }
            String oldHash = SourceReader.sha256(Files.readAllBytes(changed));
            Files.writeString(changed, Files.readString(changed).replace("Leave a Reply", "An invented closing line.\n\nLeave a Reply"));
            String newHash = SourceReader.sha256(Files.readAllBytes(changed));

            List<FileOutcome> heard = new ArrayList<>();
            LoadReport again = loader.load(List.of(in), new TdbSink(store, List.of()), LoadOptions.defaults().withIncremental(true), heard::add);
            assertEquals(30, again.loaded());
            assertEquals(29, again.unchanged());
            FileOutcome reloaded = heard.stream().filter(f -> !f.unchanged()).findFirst().orElseThrow();
            assertEquals(changed, reloaded.path());
            assertTrue(again.summary().contains("29 unchanged"), again.summary());
            // The changed document was replaced, not added to: its graph holds the new hash and not the old.
            String name = changed.getFileName().toString();
            Node graph = loader.iris().documentGraph(name), doc = loader.iris().document(name);
            assertTrue(store.holds(graph, doc, newHash));
            assertFalse(store.holds(graph, doc, oldHash));
            long hashes = Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, Node.ANY, WG.sha256.asNode(), Node.ANY).count());
            assertEquals(30, hashes);
        }
    }

    @Test
    void aBatchThatCannotBeWrittenFailsEveryFileInItAndTheOthersLoad() throws IOException {
        Path in = corpus(20);
        AtomicInteger flushes = new AtomicInteger();
        List<Node> written = new ArrayList<>();
        List<Node> pending = new ArrayList<>();
        DocumentSink failingSecondBatch = new DocumentSink() {
            @Override
            public void replaceGraph(Node graph, List<Quad> quads) { pending.add(graph); }

            @Override
            public void flush() {
                try {
                    if (flushes.incrementAndGet() == 2) throw new IllegalStateException("disk full (simulated)");
                    written.addAll(pending);
                } finally {
                    pending.clear();
                }
            }
        };
        LoadReport report = new Loader().load(List.of(in), failingSecondBatch, LoadOptions.defaults().withBatch(5, 1_000_000), f -> {});
        assertEquals(5, report.failed());
        assertEquals(15, written.size());
        assertTrue(report.files().stream().filter(f -> !f.loaded()).allMatch(f -> f.message().contains("disk full")));
    }

    @Test
    void aBulkLoadRefusesAStoreThatHoldsData() throws IOException {
        Path in = corpus(3);
        Loader loader = new Loader();
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("db"))) {
            loader.load(List.of(in), new TdbSink(store, List.of()), f -> {});
            assertThrows(IllegalStateException.class, () -> new BulkTdbSink(store, List.of()));
        }
    }
}

package org.workgraph.loader.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.generate.CorpusGenerator;

/**
 * TDB2's direct file mode: the same bulk load gives the same quads as the mapped default, the index files are then
 * not mapped into the process (so they do not count in its resident memory), and the block caches fit the heap. The
 * direct load runs in a JVM of its own ({@link DirectStoreProbe}): TDB2 fixes its file mode once per JVM, and this
 * one has opened mapped stores already.
 */
class StoreFilesTest {
    @Test
    void aDirectStoreHoldsWhatAMappedOneHoldsAndMapsNoIndexFile(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "not Linux: a process's mappings cannot be read");
        Path corpus = new CorpusGenerator().generate(40, 5, dir.resolve("corpus"), i -> {}).folder();
        List<String> mapped;
        Loader loader = new Loader();
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("mapped"))) {
            LoadReport report = loader.load(List.of(corpus), new BulkTdbSink(store, loader.derivedGraphs()), f -> {});
            assertEquals(0, report.failed(), report.summary());
            mapped = quads(store);
            String maps = Files.readString(Path.of("/proc/self/maps"));
            assertTrue(maps.contains(dir.resolve("mapped").toRealPath().resolve("Data-0001").resolve("GSPO.dat").toString()),
                    "the mapped store's index is not mapped: the comparison below would prove nothing");
        }
        assertTrue(mapped.size() > 1000, "too few quads to compare: " + mapped.size());

        Path out = dir.resolve("direct.nq");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), DirectStoreProbe.class.getName(),
                corpus.toString(), dir.resolve("direct").toString(), out.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), printed);
        assertTrue(printed.contains("mapped=0"), "the direct store maps files: " + printed);
        assertEquals(mapped, Files.readAllLines(out));
    }

    /** Direct mode cannot be had once a store has fixed TDB2's mode for the JVM: it says so rather than map silently. */
    @Test
    void directModeAfterAMappedStoreInTheSameProcessIsRefused(@TempDir Path dir) {
        WorkgraphStore.open(dir.resolve("first")).close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WorkgraphStore.open(dir.resolve("second"), StoreFiles.DIRECT));
        assertTrue(e.getMessage().contains("before any store"), e.getMessage());
    }

    @Test
    void theDirectBlockCachesTakeAFixedShareOfTheHeap() {
        for (long heap : List.of(256L << 20, 1L << 30, 3L << 30)) {
            StoreParams p = StoreFiles.DIRECT.params(heap);
            long bytes = 20L * 8192 * (p.getBlockReadCacheSize() + p.getBlockWriteCacheSize());
            assertTrue(bytes <= heap * StoreFiles.HEAP_SHARE_PERCENT / 100 + 20L * 8192 * 250, heap + ": " + bytes);
        }
        assertEquals(FileMode.mapped, StoreFiles.MAPPED.params(1L << 30).getFileMode());
    }

    @Test
    void aLargerShareGivesLargerCachesWithinIt() {
        long heap = 1536L << 20;
        StoreParams dflt = StoreFiles.DIRECT.params(heap, StoreFiles.HEAP_SHARE_PERCENT);
        StoreParams large = StoreFiles.DIRECT.params(heap, 40);
        long bytes = 20L * 8192 * (large.getBlockReadCacheSize() + large.getBlockWriteCacheSize());
        assertTrue(large.getBlockReadCacheSize() > dflt.getBlockReadCacheSize() && large.getBlockWriteCacheSize() > dflt.getBlockWriteCacheSize());
        assertTrue(bytes <= heap * 40 / 100, "" + bytes);
    }

    @Test
    void aShareOutOfRangeIsRefusedByName() {
        String before = System.getProperty(StoreFiles.SHARE_PROPERTY);
        try {
            System.setProperty(StoreFiles.SHARE_PROPERTY, "95");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, StoreFiles::sharePercent);
            assertTrue(e.getMessage().contains(StoreFiles.SHARE_PROPERTY), e.getMessage());
            System.setProperty(StoreFiles.SHARE_PROPERTY, "40");
            assertEquals(40, StoreFiles.sharePercent());
        } finally {
            if (before == null) System.clearProperty(StoreFiles.SHARE_PROPERTY); else System.setProperty(StoreFiles.SHARE_PROPERTY, before);
        }
    }

    /** Every quad of the store, one N-Quads-like line each, sorted. */
    static List<String> quads(WorkgraphStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            TreeSet<String> out = new TreeSet<>();
            dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
            return new ArrayList<>(out);
        });
    }
}

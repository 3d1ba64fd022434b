package org.workgraph.loader.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.workgraph.loader.Loader;

/**
 * Run in a JVM of its own by {@link StoreFilesTest} (TDB2 fixes its file mode once per JVM): bulk-loads a corpus into
 * a new store in direct file mode, writes its quads to a file, and prints how many of the store's files the process
 * maps into memory.
 */
public final class DirectStoreProbe {
    private DirectStoreProbe() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path db = Path.of(args[1]);
        Path quads = Path.of(args[2]);
        Loader loader = new Loader();
        try (WorkgraphStore store = WorkgraphStore.open(db, StoreFiles.DIRECT)) {
            loader.load(List.of(corpus), new BulkTdbSink(store, loader.derivedGraphs()), f -> {});
            Files.write(quads, StoreFilesTest.quads(store));
            String data = db.toRealPath().resolve("Data-0001").toString();
            long mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(l -> l.contains(data)).count();
            System.out.println("mapped=" + mapped);
        }
    }
}

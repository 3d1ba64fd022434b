package org.workgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.workgraph.loader.store.WorkgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: TDB2 keeps every block a write supersedes until the store is compacted,",
                "so a store that has been updated, reloaded or had documents removed grows; this writes a new copy of the",
                "live data and deletes the old one. Run it with no server on the store (it needs the store to itself)."})
final class CompactCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        try (WorkgraphStore s = store.open()) {
            long before = WorkgraphStore.sizeOnDisk(store.db);
            s.compact();
            long after = WorkgraphStore.sizeOnDisk(store.db);
            out.printf("Compacted %s in %.2f s: %d MB -> %d MB%n", store.db, (System.nanoTime() - start) / 1e9, before >> 20, after >> 20);
        }
        out.flush();
        return ExitCodes.OK;
    }
}

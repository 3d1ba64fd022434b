package org.workgraph.cli;

import java.util.concurrent.Callable;

import org.workgraph.loader.store.WorkgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the full-text index from the store's triples.",
                "Needed only after the store was written by something that bypasses the index (a bulk loader),",
                "or to repair an index; loads, reloads and updates keep it current by themselves."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (WorkgraphStore s = store.open()) {
            long entries = s.reindex();
            spec.commandLine().getOut().printf("Indexed %d text values in %.2f s%n", entries, (System.nanoTime() - start) / 1e9);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}

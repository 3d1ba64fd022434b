package org.workgraph.cli;

import java.util.concurrent.Callable;

import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.Loader;
import org.workgraph.loader.counts.CountsGraph;
import org.workgraph.loader.store.WorkgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the full-text index from the store's triples.",
                "Needed only after the store was written by something that bypasses the index (a bulk loader),",
                "or to repair an index; loads, reloads and updates keep it current by themselves.",
                "With --derived, also rebuild the graphs derived across documents (people, ideas, signals discussed, ideas' first appearance, counts), e.g. after loads with --skip-derived.",
                "With --counts, only the counts the explorer and the API list by: minutes for a store made before they existed, which is read-only for the server until then (lists aggregate instead).",
                "Last, rewrite the query optimizer's statistics (stats.opt in the store folder), used from the next time the store is opened."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--derived", description = "Also rebuild the derived graphs (canonical names, ideas, signals discussed, ideas' first appearance), each timed.")
    boolean derived;

    @Option(names = "--counts", description = "Build only the counts graph (the explorer's and the API lists' counts), without the text index; "
            + "for a store loaded before the counts existed.")
    boolean counts;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (WorkgraphStore s = store.open()) {
            if (counts && !derived) {
                CountsGraph graph = new CountsGraph(new Loader(store.base, Loader.DEFAULT_MAX_BYTES).iris().countsGraph());
                int n = graph.rebuild(s.dataset());
                spec.commandLine().getOut().printf("Rebuilt %s (%d people and ideas) in %.2f s%n", graph.graph().getURI(), n,
                        (System.nanoTime() - start) / 1e9);
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            long entries = s.reindex();
            spec.commandLine().getOut().printf("Indexed %d text values in %.2f s%n", entries, (System.nanoTime() - start) / 1e9);
            if (derived) {
                for (DerivedGraph d : new Loader(store.base, Loader.DEFAULT_MAX_BYTES).derivedGraphs()) {
                    long t = System.nanoTime();
                    int n = d.rebuild(s.dataset());
                    spec.commandLine().getOut().printf("Rebuilt %s (%d resources) in %.2f s%n", d.graph().getURI(), n, (System.nanoTime() - t) / 1e9);
                }
            }
            long t = System.nanoTime();
            long quads = s.writeStatistics();
            spec.commandLine().getOut().printf("Wrote optimizer statistics (%d quads) in %.2f s%n", quads, (System.nanoTime() - t) / 1e9);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}

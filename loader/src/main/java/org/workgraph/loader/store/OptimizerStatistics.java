package org.workgraph.loader.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.SolverLibTDB;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's statistics file for its basic-graph-pattern optimizer. Without it TDB2 orders the patterns of a query
 * by a fixed rule of thumb (bound terms first), which knows neither that {@code wg:onDocument} has tens of
 * thousands of triples while {@code wg:claimedResponseCount} has a few nor how many resources each class has.
 * With it, TDB2 orders patterns by the number of triples each predicate and each {@code rdf:type} class has.
 * <p>
 * TDB2 reads {@value #FILE} from the database folder when it opens the store, so new statistics take effect at
 * the next open. Every triple of this store is in a named graph and queries run over their union (the
 * default graph is empty), so the counts are those of the union graph, as {@code tdb2.tdbstats
 * --graph urn:x-arq:UnionGraph} gathers them: statistics of the empty default graph would say every predicate
 * is absent.
 */
final class OptimizerStatistics {
    /** The name TDB2 looks for (beside it, {@code fixed.opt} or {@code none.opt} would choose other strategies). */
    static final String FILE = "stats.opt";

    private OptimizerStatistics() {}

    /** Counts the union graph's triples by predicate and by class, and writes them to the store folder. */
    static long write(DatasetGraph tdb, Path dir) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        StatsResults results = Txn.calculateRead(tdb, () -> {
            NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId collector = new StatsCollectorNodeId(quads.getNodeTable());
            // Only predicates and classes are turned back into nodes: the scan stays on node ids.
            Iterator<Tuple<NodeId>> union = SolverLibTDB.unionGraph(quads);
            union.forEachRemaining(t -> collector.record(t.get(0), t.get(1), t.get(2), t.get(3)));
            return collector.results();
        });
        // Written beside and moved into place, so that a store opened meanwhile never reads half a file.
        Path target = dir.resolve(FILE);
        Path partial = dir.resolve(FILE + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                Stats.write(out, results);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the optimizer statistics " + target, e);
        }
        return results.getCount();
    }
}

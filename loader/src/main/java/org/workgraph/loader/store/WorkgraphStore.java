package org.workgraph.loader.store;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The TDB2 store on disk. Its default graph is the union of the named graphs, so a query without GRAPH
 * sees every document. One writer at a time; each write is one transaction, so a crash leaves every
 * document either wholly loaded or not at all.
 */
public final class WorkgraphStore implements AutoCloseable {
    private final DatasetGraph dsg;

    private WorkgraphStore(DatasetGraph dsg) {
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the store in a directory. */
    public static WorkgraphStore open(Path dir) {
        return new WorkgraphStore(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    /** An in-memory TDB2 store, for tests and scratch work. */
    public static WorkgraphStore inMemory() {
        return new WorkgraphStore(DatabaseMgr.createDatasetGraph());
    }

    public DatasetGraph dataset() { return dsg; }

    /** Replaces a graph's content with the given quads in one transaction: no duplicates, no half-written graph. */
    public void replaceGraph(Node graph, List<Quad> quads) {
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            for (Quad q : quads) dsg.add(q);
        });
    }

    /** The number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    @Override
    public void close() {
        dsg.close();
    }
}

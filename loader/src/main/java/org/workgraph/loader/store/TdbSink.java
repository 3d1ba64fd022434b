package org.workgraph.loader.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentSink;

/**
 * Writes each document's graph into the TDB2 store in its own transaction, then rebuilds the graphs derived
 * across documents (canonical names, ideas).
 */
public final class TdbSink implements DocumentSink {
    private final WorkgraphStore store;
    private final List<DerivedGraph> derived;

    public TdbSink(WorkgraphStore store, List<DerivedGraph> derived) {
        this.store = store;
        this.derived = List.copyOf(derived);
    }

    @Override
    public void replaceGraph(Node graph, List<Quad> quads) {
        store.replaceGraph(graph, quads);
    }

    @Override
    public void finish() {
        for (DerivedGraph d : derived) d.rebuild(store.dataset());
    }
}

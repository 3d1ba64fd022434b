package org.workgraph.loader.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.DocumentSink;
import org.workgraph.loader.identity.PeopleGraph;

/** Writes each document's graph into the TDB2 store in its own transaction, then settles people's names. */
public final class TdbSink implements DocumentSink {
    private final WorkgraphStore store;
    private final PeopleGraph people;

    public TdbSink(WorkgraphStore store, PeopleGraph people) {
        this.store = store;
        this.people = people;
    }

    @Override
    public void replaceGraph(Node graph, List<Quad> quads) {
        store.replaceGraph(graph, quads);
    }

    @Override
    public void finish() {
        people.rebuild(store.dataset());
    }
}

package org.workgraph.loader;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where loaded documents go, one named graph at a time: a TDB2 store, a file, a remote store.
 * Each call carries a document's whole graph, which replaces any earlier version of that graph.
 */
public interface DocumentSink {
    void replaceGraph(Node graph, List<Quad> quads);

    /** Called once after the last document, for work that spans documents. */
    default void finish() {}
}

package org.workgraph.loader;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where loaded documents go, one named graph at a time: a TDB2 store, a file, a remote store.
 * Each call carries a document's whole graph, which replaces any earlier version of that graph.
 * A sink may hold graphs back until {@link #flush()}; the loader reports a file as loaded only after the
 * flush that covers it returns.
 */
public interface DocumentSink {
    void replaceGraph(Node graph, List<Quad> quads);

    /** Makes every graph given so far durable, all together or (by throwing) none of them. */
    default void flush() {}

    /**
     * Whether the sink already holds this document's graph loaded from content with this SHA-256, so an
     * incremental load can skip it. May be called from several threads at once.
     */
    default boolean holds(Node graph, Node document, String sha256) { return false; }

    /** Called once after the last document, for work that spans documents. */
    default void finish() {}

    /** What {@link #finish()} did and how long each part took ("text index 1.20 s"), for reports and benchmarks. */
    default List<String> finishSteps() { return List.of(); }
}

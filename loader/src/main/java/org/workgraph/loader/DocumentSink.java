package org.workgraph.loader;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.ideas.DocumentPhrases;

/**
 * Where loaded documents go, one named graph at a time: a TDB2 store, a file, a remote store.
 * Each call carries a document's whole graph, which replaces any earlier version of that graph.
 * A sink may hold graphs back until {@link #flush()}; the loader reports a file as loaded only after the
 * flush that covers it returns.
 */
public interface DocumentSink {
    void replaceGraph(Node graph, List<Quad> quads);

    /**
     * A document's graph with what the derived graphs need of it ({@link DerivedGraph#analyse}); by default the
     * graph alone.
     */
    default void replaceDocument(DocumentChange change) { replaceGraph(change.graph(), change.quads()); }

    /**
     * What the sink's derived graphs need of a document just mapped, computed on the loader's worker threads;
     * null when nothing (the default: a sink that derives nothing costs the pipeline nothing).
     */
    default DocumentPhrases analyse(Node graph, List<Quad> quads) { return null; }

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

package org.workgraph.loader;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.ideas.DocumentPhrases;

/**
 * A graph computed from all documents rather than read from one (canonical names, ideas, signals discussed, ideas' first appearance), so document graphs
 * only ever hold what their own text says. It is kept up to date three ways: built whole at the end of a load
 * into an empty store ({@link #fresh()}), updated for just the documents a load adds, replaces or removes
 * ({@link #update}), and rebuilt from the store ({@link #rebuild}, {@code kg reindex --derived}).
 */
public interface DerivedGraph {
    Node graph();

    /** Recomputes the graph from the store; returns how many resources it describes. */
    int rebuild(DatasetGraph dsg);

    /**
     * What the graph needs of a document as the loading pipeline maps it (worker threads, no store access); null
     * for none. Computed before the document is stored, so nothing is read back out of the store later.
     */
    default DocumentPhrases analyse(Node graph, List<Quad> quads) { return null; }

    /**
     * Called in the write transaction that changes these documents, before their graphs change: reads what it
     * needs of their old versions and returns the step that brings the graph up to date once the new versions
     * are in, in the same transaction.
     */
    Runnable update(DatasetGraph dsg, List<DocumentChange> changes);

    /**
     * Whether the stored graph can be updated document by document; if not (its bookkeeping is missing, as after
     * loads with derived graphs skipped) a load rebuilds it whole.
     */
    default boolean updatable(DatasetGraph dsg) { return true; }

    /**
     * The write transaction of an {@link #update} did not commit: whatever the graph keeps in memory between
     * updates (see {@link KeptState}) no longer describes the store and must be read again.
     */
    default void forget() {}

    /**
     * For a long-running process, before its first update: reads now what the graph keeps in memory between updates,
     * so that the first update costs its documents too. Called in a write transaction that changes nothing.
     */
    default void prepare(DatasetGraph dsg) {}

    /**
     * For a load into a store without documents: collects each document as it is written, builds the graph at the end.
     * By default nothing is collected and the graph is rebuilt once at the end, for graphs computed from the whole
     * store or from other derived graphs (canonical names from every spelling at once; links and first appearances
     * from the ideas graph, which a fresh load builds at its end).
     */
    default Fresh fresh() {
        return new Fresh() {
            @Override
            public void add(DocumentChange change) {}

            @Override
            public int finish(DatasetGraph dsg) { return rebuild(dsg); }
        };
    }

    /** A whole build fed by the loading pipeline. */
    interface Fresh {
        void add(DocumentChange change);

        /** Writes the graph (its own transaction); returns how many resources it describes. */
        int finish(DatasetGraph dsg);
    }
}

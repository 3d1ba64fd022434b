package org.workgraph.loader.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentChange;
import org.workgraph.loader.DocumentSink;
import org.workgraph.loader.ideas.DocumentPhrases;

/**
 * Builds an empty store with Jena's TDB2 bulk loader, fed straight from the loader's pipeline (no
 * intermediate file). It writes the node table and indexes in bulk rather than in transactions, which is much
 * faster but not crash-safe, so it is only for a store that is empty at the start: a failed bulk load leaves
 * a store to delete and rebuild. The loader bypasses the text index, so {@link #finish()} rebuilds it, then
 * builds the derived graphs from what the pipeline found in each document as it went by. A bulk load cannot replace a graph, so a second file with the same name fails.
 */
public final class BulkTdbSink implements DocumentSink {
    private final WorkgraphStore store;
    private final List<DerivedGraph> derived;
    private final List<DerivedGraph.Fresh> fresh;
    private final Set<Node> graphs = new HashSet<>();
    private final Steps steps = new Steps();
    private DataLoader loader;
    private StreamRDF stream;

    public BulkTdbSink(WorkgraphStore store, List<DerivedGraph> derived) {
        if (!store.isEmpty()) throw new IllegalStateException("the bulk loader only builds an empty store");
        this.store = store;
        this.derived = List.copyOf(derived);
        this.fresh = this.derived.stream().map(DerivedGraph::fresh).toList();
    }

    @Override
    public DocumentPhrases analyse(Node graph, List<Quad> quads) {
        for (DerivedGraph d : derived) {
            DocumentPhrases p = d.analyse(graph, quads);
            if (p != null) return p;
        }
        return null;
    }

    @Override
    public void replaceDocument(DocumentChange change) {
        replaceGraph(change.graph(), change.quads());
        fresh.forEach(f -> f.add(change));
    }

    @Override
    public void replaceGraph(Node graph, List<Quad> quads) {
        if (!graphs.add(graph)) {
            throw new IllegalStateException("its graph " + graph.getURI() + " was already loaded from a file of the same name,"
                    + " and a bulk load cannot replace a graph (rename it, or load it again into the built store)");
        }
        if (loader == null) {
            loader = LoaderFactory.createLoader(store.tdb(), (format, args) -> {});
            loader.startBulk();
            stream = loader.stream();
        }
        for (Quad q : quads) stream.quad(q);
    }

    @Override
    public void finish() {
        if (loader == null) return;
        steps.time("TDB2 bulk loader: finishing indexes", loader::finishBulk);
        loader = null;
        steps.time("text index", store::reindex);
        for (int i = 0; i < derived.size(); i++) {
            DerivedGraph.Fresh f = fresh.get(i);
            steps.time(DerivedGraphs.name(derived.get(i)), () -> f.finish(store.dataset()));
        }
        steps.time("optimizer statistics", store::writeStatistics);
    }

    @Override
    public List<String> finishSteps() { return steps.lines(); }
}

package org.workgraph.loader.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentSink;

/**
 * Writes documents' graphs into the TDB2 store a batch at a time, each batch in one transaction (each commit
 * syncs to disk, so one per document would be slow), then rebuilds the graphs derived across documents
 * (canonical names, ideas) if any document changed. A crash leaves each batch wholly written or not at all.
 */
public final class TdbSink implements DocumentSink {
    private final WorkgraphStore store;
    private final List<DerivedGraph> derived;
    private final List<WorkgraphStore.GraphContent> pending = new ArrayList<>();
    private final Steps steps = new Steps();
    private boolean changed;

    public TdbSink(WorkgraphStore store, List<DerivedGraph> derived) {
        this.store = store;
        this.derived = List.copyOf(derived);
    }

    @Override
    public void replaceGraph(Node graph, List<Quad> quads) {
        pending.add(new WorkgraphStore.GraphContent(graph, quads));
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) return;
        try {
            store.replaceGraphs(pending);
            changed = true;
        } finally {
            pending.clear();
        }
    }

    @Override
    public boolean holds(Node graph, Node document, String sha256) {
        return store.holds(graph, document, sha256);
    }

    @Override
    public void finish() {
        flush();
        // Nothing written (an incremental load that found every file unchanged): the derived graphs are current.
        if (!changed) return;
        for (DerivedGraph d : derived) steps.time(DerivedGraphs.name(d), () -> d.rebuild(store.dataset()));
        steps.time("optimizer statistics", store::writeStatistics);
    }

    @Override
    public List<String> finishSteps() { return steps.lines(); }
}

package org.workgraph.loader.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentChange;
import org.workgraph.loader.DocumentSink;
import org.workgraph.loader.ideas.DocumentPhrases;
import org.workgraph.ontology.WG;

/**
 * Writes documents' graphs into the TDB2 store a batch at a time, each batch in one transaction (each commit
 * syncs to disk, so one per document would be slow), and keeps the graphs derived across documents (canonical
 * names, ideas) up to date. A crash leaves each batch wholly written or not at all, derived graphs included.
 * <p>
 * How the derived graphs follow depends on the store the load starts with:
 * <ul>
 * <li>no documents: each document's derived input is collected as it is written and the derived graphs are
 * built whole at the end, as a rebuild would build them;</li>
 * <li>documents with their derived bookkeeping: each batch updates the derived graphs for its own documents, in
 * its own transaction, so adding one document costs that document, not the corpus;</li>
 * <li>documents without it (loaded with derived graphs skipped): the derived graphs are rebuilt at the end.</li>
 * </ul>
 * {@link #remove} takes documents out the same way.
 */
public final class TdbSink implements DocumentSink {
    private enum Mode { FRESH, INCREMENTAL, REBUILD }

    /** A load that changes at least this share of the store's documents rewrites the optimizer statistics. */
    private static final int STATISTICS_SHARE = 10;

    private final WorkgraphStore store;
    private final List<DerivedGraph> derived;
    private final Mode mode;
    private final List<DerivedGraph.Fresh> fresh = new ArrayList<>();
    private final Map<Node, DocumentChange> pending = new LinkedHashMap<>();
    private final java.util.Set<Node> written = new java.util.HashSet<>();
    private final Steps steps = new Steps();
    private boolean changed;
    private boolean rewritten;
    private long changes;
    /** Per derived graph, the time its updates took (reading the old versions, then the update after the write). */
    private final long[] updateNanos;
    private long writeNanos;

    public TdbSink(WorkgraphStore store, List<DerivedGraph> derived) {
        this.store = store;
        this.derived = List.copyOf(derived);
        DatasetGraph dsg = store.dataset();
        boolean documents = Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).hasNext());
        if (!documents) mode = Mode.FRESH;
        else mode = this.derived.stream().allMatch(d -> d.updatable(dsg)) ? Mode.INCREMENTAL : Mode.REBUILD;
        if (mode == Mode.FRESH) this.derived.forEach(d -> fresh.add(d.fresh()));
        this.updateNanos = new long[this.derived.size()];
    }

    @Override
    public void replaceGraph(Node graph, List<Quad> quads) {
        replaceDocument(new DocumentChange(graph, quads, null));
    }

    @Override
    public void replaceDocument(DocumentChange change) {
        // A graph given twice in one batch (two files of the same name): the later one is what the store keeps.
        pending.remove(change.graph());
        pending.put(change.graph(), change);
    }

    /** Takes a document's graph out of the store at the next flush, with everything derived from it alone. */
    public void remove(Node graph) {
        replaceDocument(DocumentChange.removal(graph));
    }

    @Override
    public DocumentPhrases analyse(Node graph, List<Quad> quads) {
        if (mode == Mode.REBUILD) return null; // the rebuild at the end reads every document from the store
        for (DerivedGraph d : derived) {
            DocumentPhrases p = d.analyse(graph, quads);
            if (p != null) return p;
        }
        return null;
    }

    @Override
    public void flush() {
        if (pending.isEmpty()) return;
        List<DocumentChange> batch = List.copyOf(pending.values());
        pending.clear();
        List<WorkgraphStore.GraphContent> contents = batch.stream()
                .map(c -> new WorkgraphStore.GraphContent(c.graph(), c.removed() ? List.of() : c.quads())).toList();
        DatasetGraph dsg = store.dataset();
        if (mode == Mode.INCREMENTAL && !derived.isEmpty()) {
            try {
                Txn.executeWrite(dsg, () -> {
                    List<Runnable> after = new ArrayList<>();
                    for (int i = 0; i < derived.size(); i++) {
                        long start = System.nanoTime();
                        after.add(derived.get(i).update(dsg, batch));
                        updateNanos[i] += System.nanoTime() - start;
                    }
                    long start = System.nanoTime();
                    store.replaceGraphs(contents); // joins this transaction
                    writeNanos += System.nanoTime() - start;
                    for (int i = 0; i < derived.size(); i++) {
                        start = System.nanoTime();
                        after.get(i).run();
                        updateNanos[i] += System.nanoTime() - start;
                    }
                });
            } catch (RuntimeException | Error e) {
                // Nothing of the batch committed: state the derived graphs keep between updates is stale.
                derived.forEach(DerivedGraph::forget);
                throw e;
            }
        } else {
            store.replaceGraphs(contents);
            for (DocumentChange c : batch) {
                // The same graph again in a later batch: a fresh build would count it twice, so rebuild instead.
                if (!written.add(c.graph())) rewritten = true;
                fresh.forEach(f -> f.add(c));
            }
        }
        changed = true;
        changes += batch.size();
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
        DatasetGraph dsg = store.dataset();
        switch (mode) {
            case FRESH -> {
                for (int i = 0; i < derived.size(); i++) {
                    DerivedGraph d = derived.get(i);
                    DerivedGraph.Fresh f = fresh.get(i);
                    steps.time(DerivedGraphs.name(d), () -> { if (rewritten) d.rebuild(dsg); else f.finish(dsg); });
                }
            }
            case REBUILD -> {
                for (DerivedGraph d : derived) steps.time(DerivedGraphs.name(d), () -> d.rebuild(dsg));
            }
            case INCREMENTAL -> {
                if (!derived.isEmpty()) {
                    steps.record("document graphs written with each batch", writeNanos);
                    steps.record("derived graphs, updated with each batch", java.util.Arrays.stream(updateNanos).sum());
                    for (int i = 0; i < derived.size(); i++) steps.record("  " + DerivedGraphs.name(derived.get(i)), updateNanos[i]);
                }
            }
        }
        // The optimizer's statistics count the whole store: worth it when the load changed a good share of it.
        if (mode != Mode.INCREMENTAL || atMostDocuments(dsg, changes * STATISTICS_SHARE)) {
            steps.time("optimizer statistics", store::writeStatistics);
        }
    }

    /** Whether the store holds at most this many documents: counts no further than that, not the whole corpus. */
    private static boolean atMostDocuments(DatasetGraph dsg, long limit) {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), WG.Document.asNode());
            try {
                long n = 0;
                while (it.hasNext()) {
                    it.next();
                    if (++n > limit) return false;
                }
                return true;
            } finally {
                Iter.close(it);
            }
        });
    }

    @Override
    public List<String> finishSteps() { return steps.lines(); }
}

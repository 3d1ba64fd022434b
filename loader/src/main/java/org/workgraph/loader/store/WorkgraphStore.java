package org.workgraph.loader.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.workgraph.ontology.WG;

/**
 * The TDB2 store on disk, with its full-text index. Its default graph is the union of the named graphs, so a
 * query without GRAPH sees every document. One writer at a time; each write is one transaction, so a crash
 * leaves every document either wholly loaded or not at all.
 * <p>
 * {@link #dataset()} is the TDB2 dataset seen through jena-text's wrapper: every write made through it (the
 * loader's, SPARQL Update's, the Graph Store Protocol's) updates the Lucene index in the same transaction,
 * and {@code text:query} works in SPARQL over it. Writes that bypass it (a bulk loader run on the folder)
 * leave the index behind; {@link #reindex()} rebuilds it from the triples.
 */
public final class WorkgraphStore implements AutoCloseable {
    /** The Lucene index's folder inside the store folder (TDB2 ignores folders it did not make). */
    public static final String TEXT_INDEX_FOLDER = "text-index";

    private final DatasetGraph dsg;
    private final DatasetGraph tdb;
    private final TextIndexLucene index;
    private final Path dir;

    private WorkgraphStore(DatasetGraph tdb, Path dir, Directory indexDirectory, boolean newIndex) {
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.tdb = tdb;
        this.dir = dir;
        this.index = new WriterTextIndex(indexDirectory, TextIndexLayout.config(),
                () -> tdb.isInTransaction() && tdb.transactionMode() == ReadWrite.WRITE);
        this.dsg = TextDatasetFactory.create(tdb, index, true);
        // A store made before it had an index, or whose index folder was deleted: build the index now
        // rather than serve searches that silently miss everything.
        if (newIndex && size() > 0) reindex();
    }

    /** Opens (creating if needed) the store in a directory, with its text index in {@value #TEXT_INDEX_FOLDER}. */
    public static WorkgraphStore open(Path dir) {
        return open(dir, StoreFiles.MAPPED);
    }

    /**
     * The same, with TDB2 reading its files as {@code files} says: {@link StoreFiles#DIRECT} keeps the resident memory
     * within the heap (see there).
     */
    public static WorkgraphStore open(Path dir, StoreFiles files) {
        files.choose();
        Path indexDir = dir.resolve(TEXT_INDEX_FOLDER);
        boolean newIndex = !Files.isDirectory(indexDir);
        DatasetGraph tdb = files == StoreFiles.MAPPED ? DatabaseMgr.connectDatasetGraph(dir.toString())
                : DatabaseMgr.connectDatasetGraph(dir.toString(), files.params(Runtime.getRuntime().maxMemory()));
        try {
            return new WorkgraphStore(tdb, dir, FSDirectory.open(indexDir), newIndex);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the text index in " + indexDir, e);
        }
    }

    /** An in-memory TDB2 store with an in-memory index, for tests and scratch work. */
    public static WorkgraphStore inMemory() {
        return new WorkgraphStore(DatabaseMgr.createDatasetGraph(), null, new ByteBuffersDirectory(), true);
    }

    /** The dataset to query and to write through; writes through it keep the text index in step. */
    public DatasetGraph dataset() { return dsg; }

    /** Replaces a graph's content with the given quads in one transaction: no duplicates, no half-written graph. */
    public void replaceGraph(Node graph, List<Quad> quads) {
        replaceGraphs(List.of(new GraphContent(graph, quads)));
    }

    /** One document's graph and everything in it. */
    public record GraphContent(Node graph, List<Quad> quads) {}

    /**
     * Replaces several graphs in one transaction: each graph's old content goes and its new content comes, and
     * either every graph of the batch changes or (on failure) none does.
     */
    public void replaceGraphs(List<GraphContent> graphs) {
        Txn.executeWrite(dsg, () -> {
            for (GraphContent g : graphs) {
                dsg.deleteAny(g.graph(), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : g.quads()) dsg.add(q);
            }
        });
    }

    /** Whether the store holds this document, in this graph, loaded from content with this SHA-256. */
    public boolean holds(Node graph, Node document, String sha256) {
        Node hash = NodeFactory.createLiteralString(sha256);
        return Txn.calculateRead(dsg, () -> dsg.contains(graph, document, WG.sha256.asNode(), hash));
    }

    /**
     * The graphs of the documents read from a file of this name, found by {@code wg:sourceFile} rather than from the
     * name, because a document that states its URL (a saved page's canonical link, a post inside an export or a web
     * archive) is named from that; a file that held several documents gives several graphs.
     */
    public List<Node> documentGraphsOf(String fileName) {
        Node file = NodeFactory.createLiteralString(fileName);
        Node document = WG.Document.asNode();
        return Txn.calculateRead(dsg, () -> Iter.asStream(dsg.find(Node.ANY, Node.ANY, WG.sourceFile.asNode(), file))
                .filter(q -> dsg.contains(q.getGraph(), q.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(), document))
                .map(Quad::getGraph).distinct().toList());
    }

    /** Whether the store holds no quads at all (a bulk loader may build it). */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** The TDB2 dataset itself, without the text index: only for bulk loading, which reindexes afterwards. */
    DatasetGraph tdb() { return tdb; }

    /** The number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /**
     * Rebuilds the text index from the triples: empties it, then indexes every quad whose predicate the index
     * covers. Runs as one write transaction, so readers see the old index until the new one is committed.
     * Returns the number of index entries written.
     */
    public long reindex() {
        return Txn.calculateWrite(dsg, () -> {
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot empty the text index", e);
            }
            long entries = 0;
            var quads = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                Quad q = quads.next();
                // Only literals of indexed predicates make entries; entityFromQuad warns about IRIs, so skip them first.
                if (!q.getObject().isLiteral()) continue;
                Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
                if (entity == null) continue;
                index.addEntity(entity);
                entries++;
            }
            return entries;
        });
    }

    /**
     * Writes the query optimizer's statistics for the current content: see {@link OptimizerStatistics}. They take
     * effect when the store is next opened. Returns the number of quads counted (0 for an in-memory store, which
     * has no folder to keep them in).
     */
    public long writeStatistics() {
        return dir == null ? 0 : OptimizerStatistics.write(tdb, dir);
    }

    /**
     * Compacts the TDB2 store: writes the live data to a new generation and deletes the old one, reclaiming every
     * block that updates superseded (TDB2 is copy-on-write). The text index is Lucene's and merges by itself.
     */
    public void compact() {
        if (dir == null) return;
        DatabaseMgr.compact(tdb, true);
    }

    /**
     * The length of a store folder's files, in bytes. TDB2's files are sparse, so {@code du} shows less; the two
     * move together, and this needs no file-system specific call.
     */
    public static long sizeOnDisk(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(WorkgraphStore::length).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a file removed while walking (an old generation being deleted)
        }
    }

    @Override
    public void close() {
        dsg.close(); // closes the Lucene index too (it was created with closeIndexOnDSGClose)
    }
}

package org.workgraph.loader.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes many quads into named graphs of a TDB2 store, inside the caller's write transaction, in the order each of
 * the store's indexes keeps them, so that a pass that writes millions of derived quads does not insert them at random.
 *
 * <p>Why: a derived graph built whole (ideas and their evidence, the signals discussed) writes more quads than the
 * documents hold, and {@code DatasetGraph.add} puts each one into the node table and the six quad indexes (GSPO, GPOS,
 * GOSP, SPOG, POSG, OSPG) at once. In the order the quads are made, five of those six inserts land on an unrelated
 * page of their B+ tree, each page copied into the transaction and, in TDB2's direct file mode, fetched through a
 * block cache far smaller than the index: the passes spent most of their time there. Here quads are gathered in
 * chunks; a chunk's new nodes are allocated in the order of their hashes (the key of the node table's index), then
 * the chunk is sorted and inserted index by index, so each index is swept once per chunk from its first page to its
 * last. The store ends up with exactly the quads {@code add} would give it, in the same transaction (nothing of the
 * crash safety of a transactional write is lost): only the order of the inserts changes.
 *
 * <p>What goes straight through {@code add}: quads the text index wants (their predicate is indexed: labels, running
 * text), since only the text index's wrapper sees them; and every quad when the store is not TDB2. A pass that reads
 * back what it wrote calls {@link #flush} first: until then the chunk is not in the store.
 */
public final class IndexOrderWriter implements Consumer<Quad>, AutoCloseable {
    /** Quads per chunk: large enough that a sweep touches most pages once, small beside a 1 GB heap (tens of MB). */
    public static final int CHUNK = 200_000;

    private static final byte[] NO_HASH = new byte[0];

    private final DatasetGraph dsg;
    private final DatasetGraphTDB tdb;
    private final EntityDefinition textFields;
    private final int chunk;
    private final List<Quad> pending = new ArrayList<>();
    private long written;

    private IndexOrderWriter(DatasetGraph dsg, int chunk) {
        this.dsg = dsg;
        this.chunk = Math.max(1, chunk);
        DatasetGraph d = dsg;
        EntityDefinition fields = null;
        DatasetGraphTDB found = null;
        while (true) {
            if (d instanceof DatasetGraphText text && fields == null) fields = text.getTextIndex().getDocDef();
            if (d instanceof DatasetGraphTDB t) {
                found = t;
                break;
            }
            if (d instanceof DatasetGraphWrapper w) {
                d = w.getWrapped();
                continue;
            }
            try {
                if (TDBInternal.isBackedByTDB(d)) found = TDBInternal.getDatasetGraphTDB(d);
            } catch (RuntimeException e) {
                found = null; // not a TDB2 store after all: write through add
            }
            break;
        }
        this.tdb = found;
        this.textFields = fields;
    }

    /** A writer into the store behind {@code dsg} (which may be the text index's wrapper), in its current write transaction. */
    public static IndexOrderWriter on(DatasetGraph dsg) { return new IndexOrderWriter(dsg, CHUNK); }

    /** The same with another chunk size (tests use small ones, so that a few documents span several chunks). */
    public static IndexOrderWriter on(DatasetGraph dsg, int chunk) { return new IndexOrderWriter(dsg, chunk); }

    /** Adds a quad of a named graph; it is in the store after the next {@link #flush} (or at once, when it goes straight through). */
    @Override
    public void accept(Quad q) {
        if (tdb == null || q.isDefaultGraph() || textFields != null && textFields.getField(q.getPredicate()) != null) {
            dsg.add(q);
            written++;
            return;
        }
        pending.add(q);
        if (pending.size() >= chunk) flush();
    }

    /** How many quads have been handed to the store so far (a quad already there counts too, as with {@code add}). */
    public long written() { return written; }

    /** Writes the pending chunk: its new nodes in hash order, then its tuples index by index, each in that index's order. */
    public void flush() {
        if (pending.isEmpty()) return;
        if (dsg.transactionMode() != ReadWrite.WRITE) throw new IllegalStateException("writing quads needs a write transaction");
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        Map<Node, NodeId> ids = allocate(nodes);
        int n = pending.size();
        // Each quad's four ids (graph, subject, predicate, object) as the index records hold them: 8 bytes, big-endian.
        long[] codes = new long[4 * n];
        @SuppressWarnings("unchecked")
        Tuple<NodeId>[] tuples = new Tuple[n];
        byte[] eight = new byte[NodeId.SIZE];
        for (int i = 0; i < n; i++) {
            Quad q = pending.get(i);
            NodeId g = ids.get(q.getGraph()), s = ids.get(q.getSubject()), p = ids.get(q.getPredicate()), o = ids.get(q.getObject());
            tuples[i] = TupleFactory.create4(g, s, p, o);
            codes[4 * i] = code(g, eight);
            codes[4 * i + 1] = code(s, eight);
            codes[4 * i + 2] = code(p, eight);
            codes[4 * i + 3] = code(o, eight);
        }
        written += n;
        pending.clear();
        RecordFactory factory = new RecordFactory(4 * NodeId.SIZE, 0);
        Tuple<Integer> slots = TupleFactory.create4(0, 1, 2, 3);
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            Key[] keys = inIndexOrder(index, codes, n, slots);
            RangeIndex records = index instanceof TupleIndexRecord r ? r.getRangeIndex() : null;
            for (Key k : keys) {
                if (records == null) {
                    index.add(tuples[k.quad()]);
                } else {
                    records.insert(factory.create(record(k))); // what TupleIndexRecord.add does with the record it makes
                }
            }
        }
    }

    /** A quad's ids in one index's order, and which pending quad it is. */
    /** The n quads' keys (four ids each in {@code codes}, graph, subject, predicate, object) in the index's own order. */
    private static Key[] inIndexOrder(TupleIndex index, long[] codes, int n, Tuple<Integer> slots) {
        // Which of graph, subject, predicate, object comes first, second ... in this index's records.
        int[] at = new int[4];
        for (int k = 0; k < 4; k++) at[k] = index.getMapping().mapSlot(k, slots);
        Key[] keys = new Key[n];
        for (int i = 0; i < n; i++) {
            keys[i] = new Key(codes[4 * i + at[0]], codes[4 * i + at[1]], codes[4 * i + at[2]], codes[4 * i + at[3]], i);
        }
        // The index's own order: its records compare as unsigned bytes, so the ids as unsigned longs, slot by slot.
        Arrays.sort(keys);
        return keys;
    }

    private record Key(long a, long b, long c, long d, int quad) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int x = Long.compareUnsigned(a, other.a);
            if (x == 0) x = Long.compareUnsigned(b, other.b);
            if (x == 0) x = Long.compareUnsigned(c, other.c);
            if (x == 0) x = Long.compareUnsigned(d, other.d);
            return x;
        }
    }

    private static long code(NodeId id, byte[] eight) {
        NodeIdFactory.set(id, eight, 0);
        return Bytes.getLong(eight, 0);
    }

    /**
     * Every node of the pending chunk with its id: nodes the store holds are looked up, new ones allocated, in the
     * order of the node table's index (by hash) so that its pages too are visited in one sweep.
     */
    private Map<Node, NodeId> allocate(NodeTable nodes) {
        Map<Node, byte[]> hashes = new HashMap<>();
        for (Quad q : pending) {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                // A value TDB2 keeps inside its id (a number, a date) has no entry in the node table: first, no hash.
                hashes.computeIfAbsent(n, x -> NodeId.hasInlineDatatype(x) ? NO_HASH : NodeLib.hash(x).getBytes());
            }
        }
        List<Node> distinct = new ArrayList<>(hashes.keySet());
        distinct.sort((a, b) -> Bytes.compare(hashes.get(a), hashes.get(b)));
        Map<Node, NodeId> ids = new HashMap<>(distinct.size() * 2);
        for (Node n : distinct) ids.put(n, nodes.getAllocateNodeId(n));
        return ids;
    }

    /**
     * Deletes every quad of a named graph, as {@code deleteAny(graph, ANY, ANY, ANY)} does, but index by index in each
     * index's order, a chunk at a time: a rebuild over a store that has the graph ({@code kg reindex --derived}) first
     * takes out millions of quads, and TDB2 takes each one out of the six indexes at once, five of them at an unrelated
     * page (measured at 5,000 and 10,000 generated documents: the delete cost as much as writing the graph again).
     * Quads the text index holds (their predicate is indexed) go through {@code delete}, so the text index forgets them.
     */
    public static void deleteGraph(DatasetGraph dsg, Node g) {
        new IndexOrderWriter(dsg, CHUNK).delete(g);
    }

    private void delete(Node g) {
        if (tdb == null) {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            return;
        }
        if (dsg.transactionMode() != ReadWrite.WRITE) throw new IllegalStateException("deleting quads needs a write transaction");
        if (textFields != null) {
            List<Quad> indexed = new ArrayList<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (textFields.getField(q.getPredicate()) != null) indexed.add(q);
            });
            indexed.forEach(dsg::delete);
        }
        NodeId graphId = tdb.getQuadTable().getNodeTupleTable().getNodeTable().getNodeIdForNode(g);
        if (NodeId.isDoesNotExist(graphId)) return;
        TupleTable table = tdb.getQuadTable().getNodeTupleTable().getTupleTable();
        Tuple<NodeId> pattern = TupleFactory.create4(graphId, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny);
        RecordFactory factory = new RecordFactory(4 * NodeId.SIZE, 0);
        Tuple<Integer> slots = TupleFactory.create4(0, 1, 2, 3);
        byte[] eight = new byte[NodeId.SIZE];
        while (true) {
            // a chunk read first (the graph's quads lie together in its first index), then taken out of every index
            List<Tuple<NodeId>> chunk = new ArrayList<>();
            Iterator<Tuple<NodeId>> it = table.find(pattern);
            while (it.hasNext() && chunk.size() < this.chunk) chunk.add(it.next());
            Iter.close(it);
            if (chunk.isEmpty()) return;
            int n = chunk.size();
            long[] codes = new long[4 * n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 4; k++) codes[4 * i + k] = code(chunk.get(i).get(k), eight);
            }
            for (TupleIndex index : table.getIndexes()) {
                Key[] keys = inIndexOrder(index, codes, n, slots);
                RangeIndex records = index instanceof TupleIndexRecord r ? r.getRangeIndex() : null;
                for (Key k : keys) {
                    if (records == null) {
                        index.delete(chunk.get(k.quad()));
                    } else {
                        records.delete(factory.create(record(k))); // what TupleIndexRecord.delete does with the record it makes
                    }
                }
            }
        }
    }

    private static byte[] record(Key k) {
        byte[] key = new byte[4 * NodeId.SIZE];
        Bytes.setLong(k.a(), key, 0);
        Bytes.setLong(k.b(), key, 8);
        Bytes.setLong(k.c(), key, 16);
        Bytes.setLong(k.d(), key, 24);
        return key;
    }

    /** Writes what is pending. */
    @Override
    public void close() { flush(); }
}

package org.workgraph.server.read;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.workgraph.server.query.QueryRunner;

/**
 * The resources a list pages through, in its order, sorted once per version of the store's data rather than once per
 * request. A list's order (documents by IRI or by file name, people by IRI) is not an order any index of the store
 * keeps, so the store can only page it by sorting every key first: at 100,000 documents that sort, not the page, was
 * most of a request. The sorted keys are kept with the version of the data they were read from (TDB2 gives every read
 * transaction the version it sees) and read again by the first request that sees a newer version, so a page is never
 * staler than the transaction it is read in. A store that is not TDB2 gives no version: each request sorts, as before.
 * <p>
 * What it costs: the keys in memory (at 100,000 documents about 12 MB per list), and after each write the first
 * request of each list sorts again.
 */
public final class SortedKeys {
    private record Sorted(long version, List<Node> keys) {}

    /** How many lists of a parameterised query ({@link #page(Query, Map, String, long, long)}) are kept, the most recent. */
    static final int RECENT = 16;

    private final QueryRunner queries;
    private final Map<Query, Sorted> kept = new ConcurrentHashMap<>();
    /**
     * The lists of parameterised queries (an idea's documents: up to 40,000 keys at 100,000 documents, and hundreds of
     * ideas), by query and parameters: only the {@value #RECENT} most recently read are kept, so the memory stays bounded.
     */
    private final Map<List<Object>, Sorted> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(RECENT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Sorted> eldest) { return size() > RECENT; }
            });

    public SortedKeys(QueryRunner queries) {
        this.queries = queries;
    }

    /** One page of the keys {@code keys} selects (in its ORDER BY) as {@code var}; call inside {@link QueryRunner#read}. */
    public List<Node> page(Query keys, String var, long limit, long offset) {
        List<Node> all = all(keys, var);
        if (all == null) return queries.select(keys, Map.of(), limit, offset).stream().map(r -> r.get(var)).toList();
        int from = (int) Math.min(offset, all.size());
        return all.subList(from, (int) Math.min(all.size(), from + limit));
    }

    /**
     * One page of the keys {@code keys} selects with these parameters (an idea's documents); call inside
     * {@link QueryRunner#read}. Kept like the lists of {@link #page(Query, String, long, long)}, the most recent only.
     */
    public List<Node> page(Query keys, Map<String, Node> params, String var, long limit, long offset) {
        List<Node> all = all(keys, params, var);
        if (all == null) return queries.select(keys, params, limit, offset).stream().map(r -> r.get(var)).toList();
        int from = (int) Math.min(offset, all.size());
        return all.subList(from, (int) Math.min(all.size(), from + limit));
    }

    /**
     * How many keys {@code keys} selects with these parameters; call inside {@link QueryRunner#read}. Counted from the
     * kept list of {@link #page(Query, Map, String, long, long)} (read if need be), so a list's total costs no second query.
     */
    public long size(Query keys, Map<String, Node> params, String var) {
        List<Node> all = all(keys, params, var);
        return all == null ? queries.count(keys, params) : all.size();
    }

    /** The keys of a parameterised list as of this transaction's data, or null when the store gives no version. */
    private List<Node> all(Query keys, Map<String, Node> params, String var) {
        long version = version(queries.dataset());
        if (version < 0) return null;
        List<Object> id = List.of(keys, Map.copyOf(params));
        Sorted s = recent.get(id);
        if (s != null && s.version() == version) return s.keys();
        List<Node> all = queries.select(keys, params).stream().map(r -> r.get(var)).toList();
        recent.merge(id, new Sorted(version, all), (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return all;
    }

    /** How many keys there are; call inside {@link QueryRunner#read}. */
    public long size(Query keys, String var) {
        List<Node> all = all(keys, var);
        return all == null ? queries.count(keys, Map.of()) : all.size();
    }

    /** Every key in order as of this transaction's data, or null when the store gives no version. */
    private List<Node> all(Query keys, String var) {
        long version = version(queries.dataset());
        if (version < 0) return null;
        Sorted s = kept.get(keys);
        if (s != null && s.version() == version) return s.keys();
        List<Node> sorted = queries.select(keys, Map.of()).stream().map(r -> r.get(var)).toList();
        // A request reading an older version than the one kept must not replace it.
        kept.merge(keys, new Sorted(version, sorted), (old, now) -> now.version() >= old.version() ? now : old);
        return sorted;
    }

    /** The version of the data the current thread's transaction sees, or -1 (not TDB2, or no transaction). */
    public static long version(DatasetGraph dsg) {
        while (dsg instanceof DatasetGraphWrapper w) dsg = w.getWrapped();
        try {
            if (!TDBInternal.isBackedByTDB(dsg)) return -1;
            Transaction t = TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction();
            return t == null ? -1 : t.getDataVersion();
        } catch (RuntimeException e) {
            return -1; // not a store this can read a version from: sort per request
        }
    }
}

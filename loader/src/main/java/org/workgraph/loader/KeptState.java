package org.workgraph.loader;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Whether what a derived graph keeps in memory between updates (the name keys of every alias, every signal's
 * words) still describes the store: true only when no write transaction but the derived graph's own updates has
 * begun on the store since the state was last brought up to date. A SPARQL Update, a Graph Store write or a load
 * by another sink in between (each begins a write), an update that failed ({@link #forget}), or another store
 * makes the state stale, and the derived graph reads it whole again, as it would without keeping anything.
 * <p>
 * Only a TDB2 store counts its writes; on any other dataset nothing is ever current, so nothing is kept.
 */
public final class KeptState {
    private TransactionCoordinator coordinator;
    private long writeAtKeep = -1;

    /**
     * Called in the write transaction of an update, before the state is used: whether the state kept at the end of
     * the previous update still holds, i.e. this transaction is the first write to begin since that one.
     */
    public boolean current(DatasetGraph dsg) {
        TransactionCoordinator c = coordinator(dsg);
        return c != null && c == coordinator && writeAtKeep >= 0 && c.countBeginWrite() == writeAtKeep + 1;
    }

    /** Called at the end of an update, in its write transaction: the state now describes what this transaction commits. */
    public void kept(DatasetGraph dsg) {
        coordinator = coordinator(dsg);
        writeAtKeep = coordinator == null ? -1 : coordinator.countBeginWrite();
    }

    /** The update's transaction did not commit: the state describes nothing. */
    public void forget() {
        coordinator = null;
        writeAtKeep = -1;
    }

    private static TransactionCoordinator coordinator(DatasetGraph dsg) {
        // The store is TDB2 seen through the text index's wrapper, whose writes are the TDB2 store's writes.
        while (dsg instanceof DatasetGraphWrapper w) dsg = w.getWrapped();
        try {
            return TDBInternal.isBackedByTDB(dsg) ? TDBInternal.getTransactionCoordinator(dsg) : null;
        } catch (RuntimeException e) {
            return null; // not a TDB2 store after all: keep nothing
        }
    }
}

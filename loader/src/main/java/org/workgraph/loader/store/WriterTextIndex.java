package org.workgraph.loader.store;

import java.util.function.BooleanSupplier;

import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.store.Directory;

/**
 * jena-text's Lucene index, committed and rolled back only by the write transaction. jena-text joins the
 * index to every TDB2 transaction, readers' included: a reader that commits commits the writer's unfinished
 * index changes, and a reader that aborts (a query that times out) rolls back and reopens the one shared
 * IndexWriter under the writer's feet ("indexWriter is null", then "Not in a write transaction"). Lucene's
 * writer belongs to TDB2's single writer, so transaction ends on any other thread leave it alone.
 */
final class WriterTextIndex extends TextIndexLucene {
    private final BooleanSupplier inWriteTransaction;

    WriterTextIndex(Directory directory, TextIndexConfig config, BooleanSupplier inWriteTransaction) {
        super(directory, config);
        this.inWriteTransaction = inWriteTransaction;
    }

    @Override
    public void prepareCommit() {
        if (inWriteTransaction.getAsBoolean()) super.prepareCommit();
    }

    @Override
    public void commit() {
        if (inWriteTransaction.getAsBoolean()) super.commit();
    }

    @Override
    public void rollback() {
        if (inWriteTransaction.getAsBoolean()) super.rollback();
    }
}

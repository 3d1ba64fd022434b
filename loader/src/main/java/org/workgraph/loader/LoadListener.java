package org.workgraph.loader;

import java.util.function.Consumer;

/** Hears a load's progress: how many files it found, each file as it is settled, and the work after the last. */
public interface LoadListener {
    /** The number of files the load will read (folders expanded). */
    default void started(int files) {}

    /**
     * A file is settled: committed to the sink, skipped as unchanged, or failed. Called on one thread, in file
     * order, except that a loaded file is reported when the batch holding it commits.
     */
    void finished(FileOutcome outcome);

    /** Every file is settled; the sink's closing work (derived graphs, indexes) begins. */
    default void finishing() {}

    static LoadListener of(Consumer<FileOutcome> each) { return each::accept; }
}

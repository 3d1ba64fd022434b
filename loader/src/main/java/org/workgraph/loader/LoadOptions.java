package org.workgraph.loader;

/**
 * How a load runs.
 *
 * @param threads        workers that read, parse and map documents in parallel (the store has one writer)
 * @param batchDocuments documents the sink commits together at most
 * @param batchQuads     quads the sink commits together at most, so a batch of long threads stays small
 * @param incremental    skip files whose content hash the sink already holds for their graph
 */
public record LoadOptions(int threads, int batchDocuments, long batchQuads, boolean incremental) {
    public LoadOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (batchDocuments < 1 || batchQuads < 1) throw new IllegalArgumentException("batches must hold at least one document");
    }

    /** One worker per core, commits of up to 500 documents or 200,000 quads, every file reloaded. */
    public static LoadOptions defaults() {
        return new LoadOptions(Runtime.getRuntime().availableProcessors(), 500, 200_000, false);
    }

    public LoadOptions withIncremental(boolean on) { return new LoadOptions(threads, batchDocuments, batchQuads, on); }

    public LoadOptions withThreads(int n) { return new LoadOptions(n, batchDocuments, batchQuads, incremental); }

    public LoadOptions withBatch(int documents, long quads) { return new LoadOptions(threads, documents, quads, incremental); }
}

package org.workgraph.loader.store;

import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.tdb2.params.StoreParams;

/**
 * How TDB2 reads and writes its index files.
 *
 * <p>{@link #MAPPED}, TDB2's default on 64-bit systems: the kernel maps each index file into the process, so every page
 * of the indexes a load or query has touched counts in the process's resident memory (RSS), although the kernel can
 * drop those pages under pressure. A bulk load of 10,000 generated documents peaks near 5 GB RSS that way, of which
 * about 1.7 GB are mapped index pages (see docs/benchmarks.md).
 *
 * <p>{@link #DIRECT}: TDB2 reads and writes blocks with file calls into caches on the Java heap, so the resident memory
 * stays within the heap; the index files stay in the kernel's page cache, which RSS does not count. TDB2's default
 * caches (5,000 read and 1,000 write blocks of 8 kB per file, about 20 files) would want about 1 GB of heap, so they
 * are sized to {@value #HEAP_SHARE_PERCENT}% of the heap instead.
 *
 * <p>TDB2 5.6 takes the file mode of its B+ trees from one setting per JVM ({@link SystemIndex#fileMode}: the
 * {@code fileMode} of its store parameters is not read), fixed when the first store opens; so direct mode can only be
 * chosen before any store has been opened in the process, which a command does first ({@link #choose}).
 */
public enum StoreFiles {
    MAPPED,
    DIRECT;

    /** The share of the heap the block caches take in {@link #DIRECT} mode unless {@value #SHARE_PROPERTY} says otherwise. */
    static final int HEAP_SHARE_PERCENT = 15;
    /**
     * A JVM system property with another share (1-80 percent): a larger heap leaves room for larger caches, which the
     * derived-graph passes use (see docs/benchmarks.md).
     */
    public static final String SHARE_PROPERTY = "workgraph.tdb.cachePercent";
    /** Block managers with caches in a store: ten B+ trees (3 triple, 6 quad, 1 prefix indexes), each a records and a nodes file. */
    private static final int CACHED_FILES = 20;
    private static final int BLOCK_BYTES = 8192;

    /**
     * Makes this the file mode of every store the process opens from now on; fails if a store opened already fixed
     * another (TDB2 keeps one mode per JVM). {@link #MAPPED} leaves TDB2's default as it is.
     */
    void choose() {
        if (this == MAPPED) return;
        SystemIndex.setFileMode(FileMode.direct);
        if (SystemIndex.fileMode() != FileMode.direct) {
            throw new IllegalStateException("TDB2's direct file mode must be chosen before any store is opened in this process");
        }
    }

    /** The store parameters for a heap of {@code maxHeap} bytes (only the dynamic ones: a store made one way opens the other). */
    StoreParams params(long maxHeap) {
        return params(maxHeap, sharePercent());
    }

    /** The same, with the block caches at {@code percent} of the heap. */
    StoreParams params(long maxHeap, int percent) {
        if (this == MAPPED) return StoreParams.getDftStoreParams();
        long blocks = Math.max(250, maxHeap / 100 * percent / CACHED_FILES / BLOCK_BYTES);
        int read = (int) Math.min(5000, blocks * 4 / 5);
        int write = (int) Math.min(1000, blocks / 5);
        return StoreParams.builder().fileMode(FileMode.direct).blockReadCacheSize(read).blockWriteCacheSize(write).build();
    }

    /** {@value #HEAP_SHARE_PERCENT}, or the share {@value #SHARE_PROPERTY} gives; a value out of range is refused by name. */
    static int sharePercent() {
        String v = System.getProperty(SHARE_PROPERTY);
        if (v == null || v.isBlank()) return HEAP_SHARE_PERCENT;
        try {
            int p = Integer.parseInt(v.strip());
            if (p >= 1 && p <= 80) return p;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + SHARE_PROPERTY + "=" + v + ": expected a whole percentage of the heap from 1 to 80");
    }
}

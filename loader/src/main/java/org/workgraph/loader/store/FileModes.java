package org.workgraph.loader.store;

import java.util.Locale;

import org.apache.jena.query.ARQ;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * How TDB2 reaches its files, chosen by the system property {@value #PROPERTY} ({@code mapped}, TDB2's default on
 * 64-bit systems, or {@code direct}) before the first store opens. Mapped files are read through the page cache and
 * count in the process's resident size as they are touched (at 10,000 documents about 1.7 GB of a bulk load's peak);
 * direct mode reads blocks into caches on the heap instead, bounded by TDB2's block cache sizes (set them with a
 * settings file: {@code -Dtdb2:settings=FILE}, keys {@code BlockReadCacheSize} and {@code BlockWriteCacheSize}, in
 * blocks of 8 KiB per index file). See docs/benchmarks.md for what each costs.
 */
final class FileModes {
    static final String PROPERTY = "workgraph.tdb.fileMode";

    private FileModes() {}

    /**
     * Passes the property to TDB2 before a store opens; nothing when it is not set. TDB2 reads the mode from Jena's
     * global context the first time it needs it and keeps it for the process, so setting it again is harmless.
     */
    static void apply() {
        String mode = System.getProperty(PROPERTY);
        if (mode == null || mode.isBlank()) return;
        String wanted = mode.trim().toLowerCase(Locale.ROOT);
        if (!wanted.equals("direct") && !wanted.equals("mapped")) {
            throw new IllegalArgumentException(PROPERTY + "=" + mode + ": give 'mapped' or 'direct'");
        }
        ARQ.getContext().set(SystemTDB.symFileMode, wanted);
    }
}

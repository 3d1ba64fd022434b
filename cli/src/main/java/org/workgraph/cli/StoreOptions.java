package org.workgraph.cli;

import java.nio.file.Path;

import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.StoreFiles;
import org.workgraph.loader.store.WorkgraphStore;
import picocli.CommandLine.Option;

/** Options every command shares: where the store is, and the base of the IRIs it mints. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "workgraph-db",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of resource IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--tdb-files", paramLabel = "MODE", defaultValue = "mapped",
            description = {"How TDB2 reads its index files: mapped (default: the kernel maps them; their pages count in the",
                    "process's resident memory) or direct (block caches on the heap: resident memory stays near the heap size)."})
    String tdbFiles;

    WorkgraphStore open() {
        return WorkgraphStore.open(db, files());
    }

    StoreFiles files() {
        return switch (tdbFiles.toLowerCase(java.util.Locale.ROOT)) {
            case "mapped" -> StoreFiles.MAPPED;
            case "direct" -> StoreFiles.DIRECT;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--tdb-files: expected mapped or direct, not " + tdbFiles);
        };
    }
}

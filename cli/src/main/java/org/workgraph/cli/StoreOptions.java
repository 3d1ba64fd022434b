package org.workgraph.cli;

import java.nio.file.Path;

import org.workgraph.loader.mapping.Iris;
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

    WorkgraphStore open() {
        return WorkgraphStore.open(db);
    }
}

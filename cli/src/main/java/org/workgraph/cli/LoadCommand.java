package org.workgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.workgraph.loader.LoadOptions;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.WorkgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load documents (files, or folders of .txt, .html, .warc(.gz), WordPress export and feed files) into the store, or with --to into a remote store.",
                "Each file becomes one named graph; loading a file again replaces its graph.",
                "Files are read, parsed and mapped on all cores and written in batched transactions."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to load.")
    List<Path> paths;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + Loader.DEFAULT_MAX_BYTES,
            description = "Largest file to read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--incremental", description = "Skip files whose content (SHA-256) the store already holds; replace only changed ones.")
    boolean incremental;

    @Option(names = "--threads", paramLabel = "N", description = "Workers that parse and map (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "DOCS", defaultValue = "500",
            description = "Documents per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--bulk", paramLabel = "WHEN", defaultValue = "auto",
            description = {"Build an empty store with Jena's TDB2 bulk loader: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE},"
                    + " i.e. when the store is empty and the load has " + LoadRun.BULK_FROM_FILES + " files or more).",
                    "Faster, but not crash-safe: a failed bulk load leaves a store to delete and rebuild."})
    LoadRun.Bulk bulk;

    @Option(names = "--skip-derived", description = {"Leave the graphs derived across documents (people, ideas, signals discussed, ideas' first appearance) as they are:",
            "for a series of large loads, rebuild them once at the end with the last load or kg reindex --derived."})
    boolean skipDerived;

    @Option(names = "--report", paramLabel = "FILE", description = {"Write every file's outcome to FILE as tab-separated lines "
            + "(file, outcome, kind, counts, line, message),", "each as soon as it is settled: for large loads, scripts and audits."})
    Path report;

    @Mixin RemoteOptions remote;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        LoadOptions base = LoadOptions.defaults();
        LoadOptions options = new LoadOptions(threads == null ? base.threads() : threads, batch, base.batchQuads(), incremental);
        if (remote.to != null) return remote.load(store.base, maxBytes, paths, options, spec.commandLine().getOut(), spec.commandLine().getErr());
        try (WorkgraphStore s = store.open()) {
            if (bulk == LoadRun.Bulk.always && !s.isEmpty()) {
                spec.commandLine().getErr().println("--bulk always needs an empty store; " + store.db + " holds data (use --bulk never or auto).");
                return ExitCodes.USAGE;
            }
            try (ReportFile file = report == null ? null : ReportFile.create(report)) {
                LoadReport outcome = LoadRun.run(s, store.base, maxBytes, paths, options, bulk, !skipDerived, file,
                        spec.commandLine().getOut(), spec.commandLine().getErr());
                return outcome.failed() > 0 || outcome.files().isEmpty() ? ExitCodes.INPUT : ExitCodes.OK;
            }
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("cannot write the report " + report + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}

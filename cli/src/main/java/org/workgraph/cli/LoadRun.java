package org.workgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentSink;
import org.workgraph.loader.LoadOptions;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.BulkTdbSink;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/** A load into the store with its report printed: shared by {@code kg load} and {@code kg serve}. */
final class LoadRun {
    /** When to build the store with Jena's bulk loader rather than in transactions. */
    enum Bulk { auto, always, never }

    /** In auto mode, a load this large into an empty store uses the bulk loader; smaller ones gain nothing from it. */
    static final int BULK_FROM_FILES = 1000;

    private LoadRun() {}

    static LoadReport run(WorkgraphStore store, String base, long maxBytes, List<Path> paths, PrintWriter out, PrintWriter err) {
        return run(store, base, maxBytes, paths, LoadOptions.defaults(), Bulk.never, true, out, err);
    }

    static LoadReport run(WorkgraphStore store, String base, long maxBytes, List<Path> paths, LoadOptions options, Bulk bulk,
                          boolean rebuildDerived, PrintWriter out, PrintWriter err) {
        return run(store, base, maxBytes, paths, options, bulk, rebuildDerived, null, out, err);
    }

    /** As above, also writing each file's outcome to {@code report} when one is given. */
    static LoadReport run(WorkgraphStore store, String base, long maxBytes, List<Path> paths, LoadOptions options, Bulk bulk,
                          boolean rebuildDerived, ReportFile report, PrintWriter out, PrintWriter err) {
        Loader loader = new Loader(base, maxBytes);
        boolean useBulk = switch (bulk) {
            case always -> true;
            case never -> false;
            case auto -> store.isEmpty() && countDocuments(paths, BULK_FROM_FILES) >= BULK_FROM_FILES;
        };
        List<DerivedGraph> derived = rebuildDerived ? loader.derivedGraphs() : List.of();
        DocumentSink sink = useBulk ? new BulkTdbSink(store, derived) : new TdbSink(store, derived);
        if (useBulk) out.println("The store is empty: building it with the TDB2 bulk loader, then the text index.");
        return run(loader, sink, paths, options, report, out, err);
    }

    /** Loads into any sink, printing progress, the summary and every failure. */
    static LoadReport run(Loader loader, DocumentSink sink, List<Path> paths, LoadOptions options, PrintWriter out, PrintWriter err) {
        return run(loader, sink, paths, options, null, out, err);
    }

    static LoadReport run(Loader loader, DocumentSink sink, List<Path> paths, LoadOptions options, ReportFile reportFile,
                          PrintWriter out, PrintWriter err) {
        Progress progress = Progress.forConsole(out, err);
        LoadReport report = loader.load(paths, sink, options, reportFile == null ? progress : reportFile.after(progress));
        out.println(report.summary());
        if (report.files().isEmpty()) {
            // Nothing to load is almost always a wrong path or format: say what a folder is searched for.
            err.println("No document files in " + paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + ": a folder is searched for files in the formats the loader reads ("
                    + READERS.readers().stream().map(r -> r.format()).distinct().collect(java.util.stream.Collectors.joining(", ")) + ").");
        }
        for (String step : sink.finishSteps()) out.println("  finishing: " + step);
        if (report.failed() > 0) {
            err.println(report.failed() + " file(s) could not be loaded:");
            report.files().stream().filter(f -> !f.loaded()).forEach(f -> err.println("  " + f.describeFailure()));
        }
        out.flush();
        err.flush();
        return report;
    }

    private static final org.workgraph.loader.read.ReaderRegistry READERS =
            org.workgraph.loader.read.ReaderRegistry.standard(new org.workgraph.loader.read.TextReader(new org.workgraph.loader.source.SourceReader(1)));

    /** How many documents the paths hold, counting no further than {@code enough}. */
    private static long countDocuments(List<Path> paths, int enough) {
        long n = 0;
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                n++;
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                // Files some reader claims (plain text, pages, archives, exports, feeds); an archive counts once, enough for the choice.
                n += walk.filter(f -> READERS.claims(f.getFileName().toString())).limit(enough).count();
            } catch (IOException | UncheckedIOException e) {
                // The load itself will report the folder; for choosing a loader, count what could be seen.
            }
            if (n >= enough) break;
        }
        return n;
    }
}

package org.workgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/** A load into the store with its report printed: shared by {@code kg load} and {@code kg serve}. */
final class LoadRun {
    private LoadRun() {}

    static LoadReport run(WorkgraphStore store, String base, long maxBytes, List<Path> paths, PrintWriter out, PrintWriter err) {
        Loader loader = new Loader(base, maxBytes);
        TdbSink sink = new TdbSink(store, loader.derivedGraphs());
        LoadReport report = loader.load(paths, sink, outcome -> print(outcome, out, err));
        out.println(report.summary());
        if (report.failed() > 0) {
            err.println(report.failed() + " file(s) could not be loaded:");
            report.files().stream().filter(f -> !f.loaded()).forEach(f -> err.println("  " + f.describeFailure()));
        }
        out.flush();
        err.flush();
        return report;
    }

    private static void print(FileOutcome f, PrintWriter out, PrintWriter err) {
        if (f.loaded()) {
            out.printf("  %-40s %-13s %4d responses %4d signals %6d triples%n", f.path().getFileName(),
                    f.kind() == null ? "" : f.kind().name().toLowerCase().replace('_', '-'), f.responses(), f.signals(), f.triples());
            for (String w : f.warnings()) err.println("  warning: " + f.path() + ": " + w);
        } else {
            err.println("  error: " + f.describeFailure());
        }
        out.flush();
        err.flush();
    }
}

package org.workgraph.cli;

import java.io.PrintWriter;

import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.LoadListener;

/**
 * What a load prints while it runs. Failures and warnings always, as they happen. A small load also gets a
 * line per file; a large one a progress bar with rate and ETA redrawn in place on a terminal, or a plain line
 * every few seconds when the output goes to a file or a pipe (where redrawing would litter the log).
 */
final class Progress implements LoadListener {
    /** Up to this many files, one line each; beyond it, a progress display. */
    static final int PER_FILE_LINES = 100;
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;
    private static final int BAR = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int total;
    private int done;
    private long lastShown;
    private boolean barShown;

    Progress(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Redraws in place only when standard output is a terminal. */
    static Progress forConsole(PrintWriter out, PrintWriter err) {
        return new Progress(out, err, System.console() != null);
    }

    @Override
    public void started(int files) {
        total = files;
        lastShown = System.nanoTime(); // the first figures after one interval, when the rate means something
    }

    @Override
    public void finished(FileOutcome f) {
        done++;
        if (!f.loaded()) {
            clearBar();
            err.println("  error: " + f.describeFailure());
            err.flush();
        } else if (!f.warnings().isEmpty()) {
            clearBar();
            for (String w : f.warnings()) err.println("  warning: " + f.path() + ": " + w);
            err.flush();
        }
        if (total <= PER_FILE_LINES) {
            if (f.loaded()) perFile(f);
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown >= (terminal ? REDRAW_NANOS : LINE_NANOS) || done == total) {
            lastShown = now;
            show(now);
        }
    }

    @Override
    public void finishing() {
        clearBar();
        if (total > PER_FILE_LINES) {
            out.println("All files settled; rebuilding what spans documents (derived graphs, indexes)...");
            out.flush();
        }
    }

    private void perFile(FileOutcome f) {
        if (f.unchanged()) out.printf("  %-40s unchanged%n", f.path().getFileName());
        else out.printf("  %-40s %-13s %4d responses %4d signals %6d triples%n", f.path().getFileName(),
                f.kind() == null ? "" : f.kind().name().toLowerCase().replace('_', '-'), f.responses(), f.signals(), f.triples());
        out.flush();
    }

    private void show(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
        String figures = String.format("%,d/%,d files  %,.0f files/s  ETA %s", done, total, rate, eta < 0 ? "?" : duration(eta));
        if (terminal) {
            int filled = (int) ((long) BAR * done / Math.max(1, total));
            out.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + figures + "   ");
            barShown = true;
        } else {
            out.println("  " + figures);
        }
        out.flush();
    }

    private void clearBar() {
        if (barShown) {
            out.println();
            out.flush();
            barShown = false;
        }
    }

    static String duration(long seconds) {
        if (seconds >= 3600) return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        if (seconds >= 60) return String.format("%dm%02ds", seconds / 60, seconds % 60);
        return seconds + "s";
    }
}

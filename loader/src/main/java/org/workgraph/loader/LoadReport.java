package org.workgraph.loader;

import java.time.Duration;
import java.util.List;

import org.workgraph.loader.detect.DocumentKind;

/**
 * Everything a load did, file by file, with totals.
 *
 * @param elapsed   the whole load
 * @param finishing of which the sink's closing work after the last document (derived graphs, index rebuild)
 */
public record LoadReport(List<FileOutcome> files, Duration elapsed, Duration finishing) {
    public LoadReport {
        files = List.copyOf(files);
    }

    public LoadReport(List<FileOutcome> files, Duration elapsed) {
        this(files, elapsed, Duration.ZERO);
    }

    public long loaded() { return files.stream().filter(FileOutcome::loaded).count(); }

    public long failed() { return files.stream().filter(f -> !f.loaded()).count(); }

    /** Files an incremental load skipped because the store already held their content. */
    public long unchanged() { return files.stream().filter(FileOutcome::unchanged).count(); }

    public long documents(DocumentKind kind) { return files.stream().filter(f -> f.loaded() && f.kind() == kind).count(); }

    public long responses() { return files.stream().mapToLong(FileOutcome::responses).sum(); }

    public long signals() { return files.stream().mapToLong(FileOutcome::signals).sum(); }

    public long triples() { return files.stream().mapToLong(FileOutcome::triples).sum(); }

    /** One line for people: files, documents by kind, responses, signals, triples, time. */
    public String summary() {
        return String.format("Loaded %d of %d files (%d blog posts, %d signal digests): %d responses, %d signals, %d triples in %.2f s%s%s%s",
                loaded(), files.size(), documents(DocumentKind.BLOG_POST), documents(DocumentKind.SIGNAL_DIGEST),
                responses(), signals(), triples(), elapsed.toMillis() / 1000.0,
                finishing.isZero() ? "" : String.format(" (%.2f s of it finishing: derived graphs, indexes)", finishing.toMillis() / 1000.0),
                unchanged() > 0 ? "; " + unchanged() + " unchanged" : "",
                failed() > 0 ? "; " + failed() + " failed" : "");
    }
}

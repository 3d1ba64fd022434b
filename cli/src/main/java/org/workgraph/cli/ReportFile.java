package org.workgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.LoadListener;

/**
 * {@code kg load --report FILE}: every file's outcome as one tab-separated line (for a file of many documents, an
 * archive, export or feed: one line per document, its URL or id in the entry column, and a closing line for the file), written and flushed the moment
 * the file is settled (for a loaded file: once its transaction has committed). A script reads what failed and
 * why; after a crash, the lines written are exactly the files the store holds.
 */
final class ReportFile implements LoadListener, AutoCloseable {
    static final String HEADER = FileOutcome.REPORT_HEADER;

    private final BufferedWriter out;

    private ReportFile(BufferedWriter out) {
        this.out = out;
    }

    static ReportFile create(Path file) throws IOException {
        ReportFile report = new ReportFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        report.line(HEADER);
        return report;
    }

    @Override
    public void finished(FileOutcome f) {
        line(f.reportLine(f.path().toString()));
    }

    /** A listener that tells {@code first} and then this report. */
    LoadListener after(LoadListener first) {
        ReportFile report = this;
        return new LoadListener() {
            @Override
            public void started(int files) { first.started(files); }

            @Override
            public void finished(FileOutcome outcome) {
                first.finished(outcome);
                report.finished(outcome);
            }

            @Override
            public void finishing() { first.finishing(); }
        };
    }

    private void line(String text) {
        try {
            out.write(text);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the load report: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

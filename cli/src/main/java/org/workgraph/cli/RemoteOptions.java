package org.workgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.workgraph.loader.LoadOptions;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.remote.Checkpoint;
import org.workgraph.loader.remote.DocumentUploader;
import org.workgraph.loader.remote.GraphStoreSink;
import org.workgraph.loader.source.SourceReader;
import picocli.CommandLine.Option;

/** {@code kg load --to URL}: load into a remote store over the SPARQL 1.1 Graph Store Protocol. */
final class RemoteOptions {
    static final String PASSWORD_ENV = "WORKGRAPH_REMOTE_PASSWORD";

    @Option(names = "--to", paramLabel = "URL",
            description = {"Send each document's graph to this Graph Store Protocol endpoint (e.g. http://host:3030/ds/data)",
                    "with PUT ?graph=IRI, instead of loading the local store; to a kg serve --allow-update endpoint, send",
                    "each file instead, which that server reads, maps and adds with its derived graphs. Resumable: see --checkpoint."})
    URI to;

    @Option(names = "--user", paramLabel = "USER", description = "User for the remote endpoint (HTTP Basic).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the remote password (else $" + PASSWORD_ENV + ").")
    Path passwordFile;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Where to record the graphs the remote store acknowledged (default: .kg-checkpoint-<endpoint hash> here).")
    Path checkpoint;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "6",
            description = "Tries per graph on network errors and 5xx answers, with doubling waits (default: ${DEFAULT-VALUE}).")
    int attempts;

    int load(String base, long maxBytes, List<Path> paths, LoadOptions options, PrintWriter out, PrintWriter err) {
        Path file = checkpoint != null ? checkpoint : Path.of(".kg-checkpoint-" + endpointHash());
        try (Checkpoint cp = new Checkpoint(file)) {
            GraphStoreSink.Target target = new GraphStoreSink.Target(to, user, password());
            Optional<URI> documents = DocumentUploader.offeredBy(target);
            if (cp.size() > 0) out.println("Resuming from " + file + ": " + cp.size() + " graph(s) or file(s) already sent.");
            if (documents.isPresent()) {
                return upload(new DocumentUploader(target, documents.get(), cp, attempts, Duration.ofMillis(500)), base, maxBytes, paths, out, err);
            }
            GraphStoreSink sink = new GraphStoreSink(target, cp, attempts, Duration.ofMillis(500));
            // The checkpoint is the point of a remote load: unchanged files are always skipped.
            LoadReport report = LoadRun.run(new Loader(base, maxBytes), sink, paths, options.withIncremental(true), out, err);
            out.println("Sent " + sink.sent() + " graph(s) to " + to + "; checkpoint " + file
                    + ". Derived graphs (people, ideas, signals discussed, ideas' first appearance) are computed only in a local store.");
            out.flush();
            return report.failed() > 0 ? ExitCodes.INPUT : ExitCodes.OK;
        }
    }

    /**
     * To a Workgraph server that reads documents itself: each file is sent as it is, and the server maps it and
     * updates its derived graphs; one file at a time, as the server writes one at a time anyway.
     */
    private int upload(DocumentUploader uploader, String base, long maxBytes, List<Path> paths, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        int[] failed = {0};
        int sent = 0;
        int unchanged = 0;
        out.println("The server reads documents itself: sending files to " + uploader.endpoint()
                + " (it updates its people and ideas with each).");
        List<Path> files = new Loader(base, maxBytes).files(paths, f -> {
            failed[0]++;
            err.println("  " + f.describeFailure());
        });
        for (Path f : files) {
            DocumentUploader.Outcome o = uploader.send(f);
            if (o.failure() != null) {
                failed[0]++;
                err.println("  " + f + ": " + o.failure());
            } else if (o.unchanged()) {
                unchanged++;
            } else {
                sent++;
            }
        }
        out.printf("Sent %d file(s) in %.1f s, %d unchanged since the checkpoint, %d failed.%n", sent,
                (System.nanoTime() - start) / 1e9, unchanged, failed[0]);
        out.flush();
        err.flush();
        return failed[0] > 0 ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private String password() {
        if (passwordFile == null) return System.getenv(PASSWORD_ENV);
        try {
            return Files.readAllLines(passwordFile).stream().findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password file " + passwordFile, e);
        }
    }

    private String endpointHash() {
        return SourceReader.sha256(to.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}

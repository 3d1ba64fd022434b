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

import org.workgraph.loader.LoadOptions;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.remote.Checkpoint;
import org.workgraph.loader.remote.GraphStoreSink;
import org.workgraph.loader.source.SourceReader;
import picocli.CommandLine.Option;

/** {@code kg load --to URL}: load into a remote store over the SPARQL 1.1 Graph Store Protocol. */
final class RemoteOptions {
    static final String PASSWORD_ENV = "WORKGRAPH_REMOTE_PASSWORD";

    @Option(names = "--to", paramLabel = "URL",
            description = {"Send each document's graph to this Graph Store Protocol endpoint (e.g. http://host:3030/ds/data)",
                    "with PUT ?graph=IRI, instead of loading the local store. Resumable: see --checkpoint."})
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
            GraphStoreSink sink = new GraphStoreSink(new GraphStoreSink.Target(to, user, password()), cp, attempts, Duration.ofMillis(500));
            if (cp.size() > 0) out.println("Resuming from " + file + ": " + cp.size() + " graph(s) already sent.");
            // The checkpoint is the point of a remote load: unchanged files are always skipped.
            LoadReport report = LoadRun.run(new Loader(base, maxBytes), sink, paths, options.withIncremental(true), out, err);
            out.println("Sent " + sink.sent() + " graph(s) to " + to + "; checkpoint " + file
                    + ". Derived graphs (people, ideas, signals discussed, ideas' first appearance) are computed only in a local store.");
            out.flush();
            return report.failed() > 0 ? ExitCodes.INPUT : ExitCodes.OK;
        }
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

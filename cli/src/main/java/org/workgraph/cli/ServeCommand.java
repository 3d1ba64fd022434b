package org.workgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.counts.CountsGraph;
import org.workgraph.loader.store.LiveUpdates;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.WG;
import org.workgraph.server.WorkgraphServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load any PATHs given, then serve the store: the web explorer at http://localhost:PORT/,",
                "SPARQL at http://localhost:PORT/workgraph/sparql,",
                "resource IRIs dereferenced under /id/, the vocabulary at /ns, VoID at /.well-known/void, the JSON API at /api.",
                "Queries and Graph Store reads are open; updates need --allow-update and a password.",
                "Give --base http://HOST:PORT/id/ (at load time too) to mint IRIs that dereference on this server."})
final class ServeCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "WORKGRAPH_UPDATE_PASSWORD";

    @Mixin StoreOptions store;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to load before serving.")
    List<Path> paths = List.of();

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + WorkgraphServer.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run, from SPARQL or the API (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "" + WorkgraphServer.DEFAULT_MAX_REQUEST_BYTES,
            description = "Refuse request bodies (queries, updates, uploads) larger than this with 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--public", description = "Listen on every network interface, not only localhost.")
    boolean everyInterface;

    @Option(names = "--allow-update", description = {"Enable SPARQL Update, Graph Store writes and document uploads (/workgraph/documents)",
            "for --update-user, with the password from $" + PASSWORD_ENV + " or --password-file."})
    boolean allowUpdate;

    @Option(names = "--update-user", paramLabel = "NAME", defaultValue = "admin",
            description = "The one user who may update (default: ${DEFAULT-VALUE}).")
    String updateUser;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the update password.")
    Path passwordFile;

    @Option(names = "--allow-service", paramLabel = "URL-PREFIX", arity = "1..*",
            description = {"Let SPARQL SERVICE (and an authorised LOAD) call endpoints whose URL starts with URL-PREFIX;",
                    "repeatable. Without it the server sends no request to any other server (no wildcard)."})
    List<String> allowService = List.of();

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "Append the access log (NCSA format) to FILE instead of printing it.")
    Path accessLog;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + Loader.DEFAULT_MAX_BYTES,
            description = "Largest file to read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Spec CommandSpec spec;

    /**
     * A store made before the lists' counts existed has none, and a read-only server cannot store them: it counts them
     * once into memory, so that its home page and lists read counts rather than aggregating on every request.
     */
    private void countsInMemory(WorkgraphStore s, WorkgraphServer.Builder b, PrintWriter out) {
        DatasetGraph dsg = s.dataset();
        CountsGraph counts = new CountsGraph(new Loader(store.base, maxBytes).iris().countsGraph());
        boolean needed = Txn.calculateRead(dsg, () -> !CountsGraph.present(dsg, counts.graph())
                && dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).hasNext());
        if (!needed) return;
        long start = System.nanoTime();
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        int n = Txn.calculateRead(dsg, () -> Txn.calculateWrite(memory, () -> counts.count(dsg, memory)));
        out.printf("Counted %d people and ideas for the lists in %.1f s (this store has no counts graph; kg reindex --counts stores one)%n",
                n, (System.nanoTime() - start) / 1e9);
        out.flush();
        b.countsInMemory(memory);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String password = allowUpdate ? password() : null;
        try (WorkgraphStore s = store.open(); LiveUpdates live = allowUpdate ? new LiveUpdates(s, new Loader(store.base, maxBytes)).warm() : null) {
            boolean loadFailed = false;
            if (!paths.isEmpty()) {
                LoadReport report = LoadRun.run(s, store.base, maxBytes, paths, out, spec.commandLine().getErr());
                loadFailed = report.failed() > 0;
            }
            WorkgraphServer.Builder b = WorkgraphServer.builder(s.dataset()).port(port).localhostOnly(!everyInterface)
                    .timeout(Duration.ofMillis((long) (timeoutSeconds * 1000))).base(store.base).accessLog(accessLog)
                    .maxRequestBytes(maxRequestBytes);
            if (allowUpdate) b.allowUpdates(updateUser, password).documentWrites(new LiveDocumentWrites(live));
            else countsInMemory(s, b, out);
            if (!allowService.isEmpty()) {
                try {
                    b.allowService(allowService);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            try (WorkgraphServer server = b.start()) {
                out.println("SPARQL endpoint: " + server.sparqlUrl()
                        + (allowUpdate ? "  (updates enabled for '" + updateUser + "')" : "  (read-only)"));
                if (allowUpdate) {
                    out.println("Documents:       " + server.url() + WorkgraphServer.DATASET + "/documents?file=NAME  (PUT a file to add or replace"
                            + " it, DELETE to remove it; derived graphs follow)");
                }
                out.println("Federation:      " + (allowService.isEmpty() ? "off (no SERVICE or LOAD from other servers)"
                        : "SERVICE allowed to " + String.join(", ", allowService)));
                out.println("Explorer:        " + server.url() + "/  (pages for people; search at /search, SPARQL at /query)");
                out.println("Linked data:     " + server.url() + "/id/...  (IRIs under " + store.base + ")");
                out.println("Vocabulary:      " + server.url() + "/ns");
                out.println("JSON API:        " + server.url() + "/api  (described by /api/openapi.json)");
                if (loadFailed) out.println("Serving what loaded; see the errors above for what did not.");
                out.println("Press Ctrl-C to stop.");
                out.flush();
                server.join();
            }
        }
        return ExitCodes.OK;
    }

    private String password() throws IOException {
        String pw = passwordFile != null ? Files.readAllLines(passwordFile).stream().findFirst().orElse("") : System.getenv(PASSWORD_ENV);
        if (pw == null || pw.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--allow-update needs a password: set $" + PASSWORD_ENV + " or give --password-file");
        }
        return pw.strip();
    }
}

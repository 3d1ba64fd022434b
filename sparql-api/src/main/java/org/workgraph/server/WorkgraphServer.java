package org.workgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.NodeFactory;
import org.workgraph.ontology.IriScheme;
import org.workgraph.ontology.Ontology;
import org.workgraph.server.api.ApiServlet;
import org.workgraph.server.documents.DocumentGraphStore;
import org.workgraph.server.documents.DocumentWrites;
import org.workgraph.server.documents.DocumentsServlet;
import org.workgraph.server.explorer.Explorer;
import org.workgraph.server.federation.Federation;
import org.workgraph.server.http.AccessLogs;
import org.workgraph.server.http.ReadCors;
import org.workgraph.server.linkeddata.IriSpace;
import org.workgraph.server.linkeddata.OntologyServlet;
import org.workgraph.server.linkeddata.ResourceServlet;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.ReadModel;
import org.workgraph.server.rdf.RdfFormats;
import org.workgraph.server.rdf.RdfResponder;
import org.workgraph.server.selfdescription.SelfDescription;
import org.workgraph.server.selfdescription.ServiceDescriptionFilter;
import org.workgraph.server.selfdescription.VoidServlet;

/**
 * The Workgraph server: embedded Fuseki over the store, plus what linked-data and API consumers expect.
 * <ul>
 * <li>{@value #DATASET}: SPARQL query (with {@code text:query}) and Graph Store reads, open to all; a GET on
 * the query endpoint without a query gives its SPARQL service description. SPARQL Update and Graph Store
 * writes exist only when enabled, and then only for the configured user (HTTP basic auth); so does
 * {@value #DATASET}/documents, which takes documents as files and keeps the derived graphs current
 * ({@link Builder#documentWrites}).</li>
 * <li>{@code /id/...}: every resource IRI under the base, dereferenced by content negotiation.</li>
 * <li>{@code /ns}: the vocabulary, and its JSON-LD context at {@code /ns/context.jsonld}.</li>
 * <li>{@code /.well-known/void}: the VoID description of the dataset.</li>
 * <li>{@code /api}: the JSON API, described by {@code /api/openapi.json}.</li>
 * <li>{@code /}, {@code /search}, {@code /query}: the web explorer, whose pages of documents, people, ideas
 * and signals are the HTML views of their IRIs under {@code /id/}.</li>
 * <li>{@code /$/ping}, {@code /$/metrics}, {@code /$/stats}: operations.</li>
 * </ul>
 * No request makes the server fetch a URL unless an operator allows chosen endpoints ({@link Federation}).
 * Every query, from any of these, runs under the timeout. Reads allow cross-origin GET; every request is
 * written to the access log.
 */
public final class WorkgraphServer implements AutoCloseable {
    public static final String DATASET = "/workgraph";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Request bodies (queries, updates, uploads) larger than this are refused with 413. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 4L * 1024 * 1024;
    /** The base of resource IRIs unless a deployment mints its own (the loader's default too). */
    public static final String DEFAULT_BASE = IriScheme.DEFAULT_BASE;

    private final FusekiServer fuseki;
    private final Path passwordFile;

    private WorkgraphServer(FusekiServer fuseki, Path passwordFile) {
        this.fuseki = fuseki;
        this.passwordFile = passwordFile;
    }

    public static Builder builder(DatasetGraph dataset) { return new Builder(dataset); }

    /** The port the server listens on (useful when started on port 0). */
    public int port() { return fuseki.getHttpPort(); }

    /** The server's root URL, without a trailing slash. */
    public String url() { return "http://localhost:" + port(); }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() { return url() + DATASET + "/sparql"; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() {
        fuseki.stop();
        if (passwordFile != null) {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException ignored) {
                // a temporary file in the system's temp folder; nothing else to do
            }
        }
    }

    /** Settings for a server. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private boolean localhostOnly = true;
        private Duration timeout = DEFAULT_TIMEOUT;
        private String base = DEFAULT_BASE;
        private Path accessLog;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private String updateUser;
        private String updatePassword;
        private Federation federation = Federation.off();
        private DocumentWrites documents;
        private DatasetGraph countsInMemory;

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset);
        }

        /** 0 picks a free port. */
        public Builder port(int port) { this.port = port; return this; }

        /** Listen on the loopback interface only (the default) or on every interface. */
        public Builder localhostOnly(boolean only) { this.localhostOnly = only; return this; }

        public Builder timeout(Duration timeout) { this.timeout = Objects.requireNonNull(timeout); return this; }

        /** The base the store's IRIs were minted under: {@code <base>rest} is served at {@code /id/rest}. */
        public Builder base(String base) { this.base = Objects.requireNonNull(base); return this; }

        /** The largest request body accepted; larger ones get 413. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes <= 0) throw new IllegalArgumentException("the request size limit must be positive");
            this.maxRequestBytes = bytes;
            return this;
        }

        /** Append the access log to this file; without one it goes to the {@value AccessLogs#LOGGER} logger. */
        public Builder accessLog(Path file) { this.accessLog = file; return this; }

        /** Enables SPARQL Update and Graph Store writes for this one user; never enabled without a password. */
        public Builder allowUpdates(String user, String password) {
            if (user == null || user.isBlank() || password == null || password.isBlank()) {
                throw new IllegalArgumentException("updates need a user name and a non-empty password");
            }
            this.updateUser = user;
            this.updatePassword = password;
            return this;
        }

        /**
         * With updates enabled, also take documents as files at {@value #DATASET}/{@value DocumentsServlet#NAME}
         * (read, mapped and stored with the derived graphs kept current), and let a Graph Store DELETE of a document's
         * graph remove it the same way.
         */
        public Builder documentWrites(DocumentWrites writes) { this.documents = Objects.requireNonNull(writes); return this; }

        /**
         * Lets SPARQL {@code SERVICE} (and an authorised {@code LOAD}) reach endpoints under these URL prefixes.
         * Without it the server makes no outbound requests at all; there is no wildcard.
         */
        public Builder allowService(java.util.Collection<String> urlPrefixes) {
            this.federation = Federation.allowing(urlPrefixes);
            return this;
        }

        /**
         * The lists' counts graph held in this dataset instead of the store: for a store served read-only that has no
         * counts of its own (made before they existed). Refused with updates enabled, which would leave it behind.
         */
        public Builder countsInMemory(DatasetGraph counts) { this.countsInMemory = Objects.requireNonNull(counts); return this; }

        public WorkgraphServer start() {
            if (countsInMemory != null && updateUser != null) throw new IllegalStateException("counts in memory are for a read-only server");
            if (documents != null && updateUser == null) throw new IllegalStateException("document writes need updates enabled (allowUpdates)");
            // Fuseki reads the timeout from the dataset's context; a context given to the builder is ignored.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            FusekiServer.Builder b = FusekiServer.create().port(port).loopback(localhostOnly).enablePing(true)
                    .enableMetrics(true).enableStats(true);
            // First filter: cross-origin reads (and preflights) are answered before anything else runs.
            b.addFilter("/*", new ReadCors(Builder::isReadPath, path -> path.equals(DATASET + "/sparql") || path.equals(DATASET + "/query")));
            // Before the endpoints: it replaces Fuseki's query and update processors with checked ones.
            federation.install(b, dataset, DATASET + "/data");
            sparql(b);
            Path passwords = updates(b);
            linkedDataAndApi(b);
            FusekiServer fuseki = b.build();
            fuseki.getJettyServer().setRequestLog(AccessLogs.create(accessLog));
            // Refuse request bodies over the limit (413) before anything reads them: a query or an upload of
            // hundreds of megabytes would otherwise tie up a thread and the heap.
            SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
            limit.setHandler(fuseki.getJettyServer().getHandler());
            fuseki.getJettyServer().setHandler(limit);
            fuseki.start();
            return new WorkgraphServer(fuseki, passwords);
        }

        private void sparql(FusekiServer.Builder b) {
            b.addDataset(DATASET, dataset);
            for (String name : new String[] {"sparql", "query"}) b.addEndpoint(DATASET, name, Operation.Query);
            b.addEndpoint(DATASET, "get", Operation.GSP_R);
            b.addOperation(DATASET, Operation.Query);
        }

        /** The write endpoints, when enabled; returns the password file Fuseki reads (deleted on close). */
        private Path updates(FusekiServer.Builder b) {
            if (updateUser == null) {
                b.addOperation(DATASET, Operation.GSP_R);
                return null;
            }
            AuthPolicy onlyUpdater = Auth.policyAllowSpecific(updateUser);
            b.addEndpoint(DATASET, "update", Operation.Update, onlyUpdater);
            b.addEndpoint(DATASET, "data", Operation.GSP_RW, onlyUpdater);
            if (documents != null) {
                String path = DATASET + "/" + DocumentsServlet.NAME;
                b.addServlet(path, new DocumentsServlet(documents, updateUser));
                b.addFilter(DATASET + "/data", new DocumentGraphStore(documents, updateUser, path));
            }
            Path passwords = writePasswordFile(updateUser, updatePassword);
            // With a password file Fuseki would otherwise require a login for everything.
            b.auth(AuthScheme.BASIC).passwordFile(passwords.toString()).serverAuthPolicy(Auth.ANY_ANON);
            return passwords;
        }

        private void linkedDataAndApi(FusekiServer.Builder b) {
            Ontology ontology = Ontology.load();
            QueryRunner queries = new QueryRunner(dataset, timeout);
            RdfResponder responder = new RdfResponder(new RdfFormats(ontology));
            IriSpace iris = new IriSpace(base);
            SelfDescription self = new SelfDescription(queries, iris.base(), DATASET + "/sparql");

            // One read model for the explorer's pages and the JSON API: the same queries behind both.
            ReadModel reads = new ReadModel(queries, NodeFactory.createURI(iris.base() + IriScheme.COUNTS_GRAPH), countsInMemory);
            Explorer explorer = new Explorer(queries, reads, iris, timeout, federation);
            b.addServlet(IriSpace.PATH + "*", new ResourceServlet(iris, queries, responder, ontology, explorer));
            explorer.register(b);
            b.addServlet(OntologyServlet.PATH + "/*", new OntologyServlet(ontology, responder));
            b.addServlet(SelfDescription.VOID_PATH, new VoidServlet(self, responder));
            b.addServlet(ApiServlet.PATH + "/*", new ApiServlet(queries, reads, iris));
            ServiceDescriptionFilter sd = new ServiceDescriptionFilter(self, responder);
            b.addFilter(DATASET + "/sparql", sd);
            b.addFilter(DATASET + "/query", sd);
        }

        /** Paths where cross-origin GET is allowed: everything read-only. Update and write endpoints are not. */
        private static boolean isReadPath(String path) {
            Predicate<String> under = prefix -> path.equals(prefix) || path.startsWith(prefix + "/");
            return under.test("/id") || under.test(OntologyServlet.PATH) || under.test(ApiServlet.PATH)
                    || path.equals(SelfDescription.VOID_PATH) || path.equals(DATASET) || path.equals(DATASET + "/")
                    || path.equals(DATASET + "/sparql") || path.equals(DATASET + "/query") || path.equals(DATASET + "/get")
                    || path.equals("/$/ping");
        }

        private static Path writePasswordFile(String user, String password) {
            try {
                Path file = Files.createTempFile("workgraph-users", ".properties",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, user + ": " + password + "\n");
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.workgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.atlas.web.AuthScheme;

/**
 * The Workgraph server: embedded Fuseki over the store, at {@value #DATASET}. SPARQL query and Graph Store
 * Protocol reads are open; SPARQL Update and Graph Store writes exist only when explicitly enabled, and
 * then only for the configured user (HTTP basic auth). Every query runs under a timeout.
 */
public final class WorkgraphServer implements AutoCloseable {
    public static final String DATASET = "/workgraph";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final FusekiServer fuseki;
    private final Path passwordFile;

    private WorkgraphServer(FusekiServer fuseki, Path passwordFile) {
        this.fuseki = fuseki;
        this.passwordFile = passwordFile;
    }

    public static Builder builder(DatasetGraph dataset) { return new Builder(dataset); }

    /** The port the server listens on (useful when started on port 0). */
    public int port() { return fuseki.getHttpPort(); }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() { return "http://localhost:" + port() + DATASET + "/sparql"; }

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
        private String updateUser;
        private String updatePassword;

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset);
        }

        /** 0 picks a free port. */
        public Builder port(int port) { this.port = port; return this; }

        /** Listen on the loopback interface only (the default) or on every interface. */
        public Builder localhostOnly(boolean only) { this.localhostOnly = only; return this; }

        public Builder timeout(Duration timeout) { this.timeout = timeout; return this; }

        /** Enables SPARQL Update and Graph Store writes for this one user; never enabled without a password. */
        public Builder allowUpdates(String user, String password) {
            if (user == null || user.isBlank() || password == null || password.isBlank()) {
                throw new IllegalArgumentException("updates need a user name and a non-empty password");
            }
            this.updateUser = user;
            this.updatePassword = password;
            return this;
        }

        public WorkgraphServer start() {
            // Fuseki reads the timeout from the dataset's context; a context given to the builder is ignored.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            FusekiServer.Builder b = FusekiServer.create().port(port).loopback(localhostOnly).enablePing(true)
                    .enableMetrics(true).enableStats(true);
            b.addDataset(DATASET, dataset);
            for (String name : new String[] {"sparql", "query"}) b.addEndpoint(DATASET, name, Operation.Query);
            b.addEndpoint(DATASET, "get", Operation.GSP_R);
            b.addOperation(DATASET, Operation.Query);
            Path passwords = null;
            if (updateUser != null) {
                AuthPolicy onlyUpdater = Auth.policyAllowSpecific(updateUser);
                b.addEndpoint(DATASET, "update", Operation.Update, onlyUpdater);
                b.addEndpoint(DATASET, "data", Operation.GSP_RW, onlyUpdater);
                passwords = writePasswordFile(updateUser, updatePassword);
                // With a password file Fuseki would otherwise require a login for everything.
                b.auth(AuthScheme.BASIC).passwordFile(passwords.toString()).serverAuthPolicy(Auth.ANY_ANON);
            } else {
                b.addOperation(DATASET, Operation.GSP_R);
            }
            FusekiServer fuseki = b.build();
            fuseki.start();
            return new WorkgraphServer(fuseki, passwords);
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

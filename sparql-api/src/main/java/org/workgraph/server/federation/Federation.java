package org.workgraph.server.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Whether the server may send requests to other servers, and the checks that keep it from doing so otherwise.
 * <p>
 * Off by default: a query or update that would make the server fetch a URL is refused before it runs, with a
 * message that says so and how an operator allows it. The ways in are SPARQL {@code SERVICE} (plain or
 * {@code SILENT}, with a fixed or a variable endpoint, anywhere in the query: sub-queries and {@code EXISTS}
 * included) and {@code LOAD}. An operator allows federation to chosen endpoints with an allow-list of URL
 * prefixes; there is no wildcard. {@code FROM}, {@code FROM NAMED}, {@code USING} and their protocol
 * parameters only choose among this store's graphs (Fuseki and ARQ build a dynamic dataset from the store and
 * never fetch), so one that names no graph of the store is refused too, whatever the allow-list: it can only
 * be a mistake or a probe, and it would otherwise answer silently with nothing.
 * <p>
 * The request checks give clear 400 answers; {@link #guard(DatasetGraph)} is the second line: it puts a
 * SERVICE executor chain on the dataset's context that refuses any endpoint not allowed, for queries that
 * reach the store some other way.
 */
public final class Federation {
    /** How an operator turns federation on; every refusal ends with it. */
    public static final String HOW_TO_ALLOW = "An operator allows chosen endpoints with: kg serve --allow-service URL-PREFIX";

    private final List<String> prefixes;

    private Federation(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    /** No outbound requests at all: the default. */
    public static Federation off() { return new Federation(List.of()); }

    /**
     * Federation to endpoints under these URL prefixes only. Each must be an absolute http(s) URL with a host:
     * an empty prefix, {@code *} or a bare scheme would allow everything, which an allow-list must not.
     */
    public static Federation allowing(Collection<String> prefixes) {
        List<String> checked = new ArrayList<>(new LinkedHashSet<>(prefixes));
        for (String p : checked) {
            URI uri;
            try {
                uri = new URI(p);
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalArgumentException("--allow-service " + p + ": not a URL");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()
                    || p.contains("*")) {
                throw new IllegalArgumentException("--allow-service " + p
                        + ": give an http(s) URL with a host, such as https://query.wikidata.org/sparql (no wildcards)");
            }
        }
        return new Federation(checked);
    }

    /** The allowed URL prefixes; empty when federation is off. */
    public List<String> prefixes() { return prefixes; }

    public boolean isOff() { return prefixes.isEmpty(); }

    /**
     * Whether the server may request {@code url}. A prefix matches only at a boundary of the URL (it ends with
     * {@code /}, or the URL goes on with {@code /}, {@code ?} or {@code #}, or is the prefix itself), so that
     * {@code http://example.org} does not allow {@code http://example.org.attacker.net/}.
     */
    public boolean allows(String url) {
        if (url == null) return false;
        for (String p : prefixes) {
            if (!url.startsWith(p)) continue;
            if (url.length() == p.length() || p.endsWith("/")) return true;
            char next = url.charAt(p.length());
            if (next == '/' || next == '?' || next == '#') return true;
        }
        return false;
    }

    /**
     * Refuses a query that would make the server fetch a URL ({@code SERVICE}) not allowed, or whose dataset
     * ({@code FROM}, {@code FROM NAMED}, or the protocol's {@code default-graph-uri} and {@code named-graph-uri},
     * given as {@code description}, which may be null) names a graph the store does not have.
     */
    public void checkQuery(Query query, DatasetDescription description, DatasetGraph store) {
        checkPattern(Algebra.compile(query));
        if (description != null) {
            checkGraphs("FROM", description.getDefaultGraphURIs(), store);
            checkGraphs("FROM NAMED", description.getNamedGraphURIs(), store);
        }
        if (query.hasDatasetDescription()) {
            checkGraphs("FROM", query.getGraphURIs(), store);
            checkGraphs("FROM NAMED", query.getNamedGraphURIs(), store);
        }
    }

    /**
     * Refuses an update with a {@code LOAD} from a URL not allowed, a {@code SERVICE} not allowed in a WHERE
     * clause, or a {@code USING} (in the request, or the protocol's {@code using-graph-uri} and
     * {@code using-named-graph-uri}, given as {@code using}) that names a graph the store does not have.
     */
    public void checkUpdate(UpdateRequest request, List<String> using, DatasetGraph store) {
        checkGraphs("USING", using, store);
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                String source = load.getSource();
                if (!allows(source)) throw new Refused("LOAD <" + source + ">: " + refusal(source));
            }
            if (u instanceof UpdateModify modify && modify.getWherePattern() != null) {
                checkPattern(Algebra.compile(modify.getWherePattern()));
            }
            if (u instanceof UpdateWithUsing withUsing) {
                checkGraphs("USING", withUsing.getUsing().stream().map(Node::getURI).toList(), store);
                checkGraphs("USING NAMED", withUsing.getUsingNamed().stream().map(Node::getURI).toList(), store);
            }
        }
    }

    /**
     * Puts a SERVICE executor chain on the dataset's context whose first links refuse every endpoint not
     * allowed, so that no execution over this dataset (the SPARQL endpoint, the explorer's query page, the API)
     * can reach the network even if a request check were missed. The rest of the chain is ARQ's standard one.
     */
    public void guard(DatasetGraph dataset) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        // Bulk links run first: refuse fixed endpoints before any of them could send anything.
        registry.addBulkLink((opService, input, execCxt, chain) -> {
            Node endpoint = opService.getService();
            if (endpoint.isURI() && !allows(endpoint.getURI())) throw new Refused(serviceRefusal(endpoint));
            return chain.createExecution(opService, input, execCxt);
        });
        // Per-binding links see the endpoint after a variable endpoint has been bound.
        registry.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
            Node endpoint = opExecute.getService();
            if (!endpoint.isURI() || !allows(endpoint.getURI())) throw new Refused(serviceRefusal(endpoint));
            return chain.createExecution(opExecute, original, binding, execCxt);
        });
        ServiceExecutorRegistry.set(dataset.getContext(), registry);
    }

    /**
     * Puts the checks into a Fuseki server over {@code dataset}: its query and update processors refuse what
     * would fetch a URL (400), uploads to {@code writePath} may not name a remote JSON-LD context, and the
     * dataset's SERVICE executors are {@linkplain #guard(DatasetGraph) guarded}. Call before adding endpoints.
     */
    public void install(FusekiServer.Builder b, DatasetGraph dataset, String writePath) {
        guard(dataset);
        b.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new GuardedQuery(this));
        b.registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new GuardedUpdate(this));
        b.addFilter(writePath, new UploadGuard());
    }

    private void checkPattern(Op op) {
        // A visitor for expressions too, so that the walk goes into FILTER EXISTS and NOT EXISTS patterns.
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                Node endpoint = service.getService();
                if (!endpoint.isURI()) {
                    throw new Refused("SERVICE " + endpoint + ": an endpoint chosen by a variable is never called; "
                            + (isOff() ? "federation is off on this server. " + HOW_TO_ALLOW + "."
                                       : "name an allowed endpoint (" + String.join(", ", prefixes) + "). " + HOW_TO_ALLOW + "."));
                }
                if (!allows(endpoint.getURI())) throw new Refused(serviceRefusal(endpoint));
            }
        }, new ExprVisitorBase());
    }

    private void checkGraphs(String clause, List<String> graphs, DatasetGraph store) {
        if (graphs == null || graphs.isEmpty()) return;
        List<String> missing = new ArrayList<>();
        Runnable look = () -> {
            for (String g : graphs) {
                Node n = NodeFactory.createURI(g);
                if (Quad.isUnionGraph(n) || Quad.isDefaultGraph(n)) continue;
                if (!store.containsGraph(n)) missing.add(g);
            }
        };
        if (store.isInTransaction()) look.run();
        else Txn.executeRead(store, look);
        if (!missing.isEmpty()) {
            throw new Refused(clause + " <" + missing.get(0) + ">: no graph of that name is in this store. " + clause
                    + " only chooses among the store's own graphs; the server never fetches a graph from the web"
                    + (isOff() ? " (federation is off). " + HOW_TO_ALLOW + ", then query it with SERVICE."
                               : "; query another endpoint with SERVICE, under a prefix of the allow-list ("
                                       + String.join(", ", prefixes) + "). " + HOW_TO_ALLOW + "."));
        }
    }

    private String serviceRefusal(Node endpoint) {
        String url = endpoint.isURI() ? endpoint.getURI() : endpoint.toString();
        return "SERVICE <" + url + ">: " + refusal(url);
    }

    private String refusal(String url) {
        if (isOff()) return "federation is off: this server sends no requests to other servers. " + HOW_TO_ALLOW + ".";
        return url + " is not on this server's federation allow-list (" + String.join(", ", prefixes) + "). " + HOW_TO_ALLOW + ".";
    }

    /**
     * A request the server refuses because it would fetch a URL; its message is meant for the client. An ARQ
     * query exception, so that code which already answers query errors with 400 answers this one so too.
     */
    public static final class Refused extends QueryExecException {
        Refused(String message) { super(message); }
    }
}

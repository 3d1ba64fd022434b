package org.workgraph.server.linkeddata;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.workgraph.ontology.Ontology;
import org.workgraph.server.http.RequestUrls;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.rdf.RdfResponder;

/**
 * Dereferenceable IRIs: GET /id/{rest} answers with the description of {@code <base>{rest}} in the format
 * the client asks for (Turtle, JSON-LD, N-Triples, RDF/XML, or an HTML page); 404 when the store knows
 * nothing about it, 406 when no format on offer is acceptable.
 */
public final class ResourceServlet extends HttpServlet {
    /** Scripts only from this server; the generic page's own inline style is allowed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private final transient IriSpace iris;
    private final transient QueryRunner queries;
    private final transient RdfResponder responder;
    private final transient ResourcePage page;
    private final transient Query describe;
    private final transient ResourceView view;

    /** {@code view} gives richer pages for the kinds of resource it knows; the generic page serves the rest. */
    public ResourceServlet(IriSpace iris, QueryRunner queries, RdfResponder responder, Ontology ontology, ResourceView view) {
        this.iris = iris;
        this.view = view;
        this.queries = queries;
        this.responder = responder;
        this.page = new ResourcePage(iris, ontology.model(), responder.formats().turtlePrefixes());
        this.describe = QueryRunner.load(ResourceServlet.class, "describe.rq");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Node resource = iris.resource(RequestUrls.rawPathBelow(req, IriSpace.PATH));
        if (resource == null) {
            RdfResponder.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no resource has this path.\n");
            return;
        }
        Graph description;
        try {
            description = queries.construct(describe, Map.of("this", resource));
        } catch (QueryCancelledException timedOut) {
            RdfResponder.plain(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The description took too long to build.\n");
            return;
        }
        if (description.isEmpty()) {
            RdfResponder.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + resource.getURI() + " is not in this dataset.\n");
            return;
        }
        // Pages show only escaped text; the policy makes sure that, were one ever to slip, no injected script could run.
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        responder.respond(req, resp, description, () -> {
            String special = view.html(resource, description);
            return special != null ? special : page.render(resource, description);
        });
    }
}

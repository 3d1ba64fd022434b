package org.workgraph.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.workgraph.ontology.Ontology;
import org.workgraph.server.rdf.JsonLdContext;
import org.workgraph.server.rdf.RdfFormats;
import org.workgraph.server.rdf.RdfResponder;

/**
 * The vocabulary at its namespace path: {@code https://w3id.org/workgraph/ns} is served at {@value #PATH}, as
 * Turtle, JSON-LD, N-Triples, RDF/XML or a page documenting every term; the JSON-LD context that compact
 * answers refer to is at {@value #CONTEXT_PATH}.
 */
public final class OntologyServlet extends HttpServlet {
    public static final String PATH = "/ns";
    public static final String CONTEXT_PATH = JsonLdContext.PATH;

    private final transient Graph vocabulary;
    private final transient RdfResponder responder;
    private final transient String page;
    private final transient byte[] context;

    public OntologyServlet(Ontology ontology, RdfResponder responder) {
        this.vocabulary = ontology.model().getGraph();
        this.responder = responder;
        // The vocabulary does not change while the server runs: render its page and context once.
        this.page = new OntologyPage(ontology.model(), responder.formats().turtlePrefixes()).render();
        this.context = JsonLdContext.json(responder.formats().jsonLdPrefixes()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals(PATH) || path.equals(PATH + "/")) {
            responder.respond(req, resp, vocabulary, () -> page);
        } else if (path.equals(CONTEXT_PATH)) {
            String type = RdfFormats.negotiate(req.getHeader("Accept"), List.of(RdfFormats.JSON_LD, "application/json"));
            if (type == null) {
                RdfResponder.notAcceptable(resp, List.of(RdfFormats.JSON_LD, "application/json"));
                return;
            }
            resp.setContentType(type);
            resp.setContentLength(context.length);
            resp.getOutputStream().write(context);
        } else {
            RdfResponder.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found.\n");
        }
    }
}

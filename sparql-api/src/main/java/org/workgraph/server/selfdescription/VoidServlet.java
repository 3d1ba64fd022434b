package org.workgraph.server.selfdescription;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.workgraph.server.http.RequestUrls;
import org.workgraph.server.rdf.RdfResponder;

/** The VoID description at {@value SelfDescription#VOID_PATH}, where RFC 8615 and the VoID guide say to look. */
public final class VoidServlet extends HttpServlet {
    private final transient SelfDescription description;
    private final transient RdfResponder responder;

    public VoidServlet(SelfDescription description, RdfResponder responder) {
        this.description = description;
        this.responder = responder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            responder.respond(req, resp, description.voidDescription(RequestUrls.origin(req)), null);
        } catch (QueryCancelledException timedOut) {
            // Counting a large store can outlast the query timeout; say so rather than fail with a 500.
            RdfResponder.plain(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Counting the dataset took too long.\n");
        }
    }
}

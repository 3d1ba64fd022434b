package org.workgraph.server.selfdescription;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.workgraph.server.http.RequestUrls;
import org.workgraph.server.rdf.RdfResponder;

/**
 * SPARQL 1.1 Service Description: a GET on the query endpoint without a query answers with the description
 * of the service (SPARQL 1.1 Service Description, section 2). Fuseki would answer 400 there; every request
 * that carries a query passes through to Fuseki untouched.
 */
public final class ServiceDescriptionFilter implements Filter {
    private final SelfDescription description;
    private final RdfResponder responder;

    public ServiceDescriptionFilter(SelfDescription description, RdfResponder responder) {
        this.description = description;
        this.responder = responder;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (read && req.getQueryString() == null) {
            try {
                responder.respond(req, (HttpServletResponse) response,
                        description.serviceDescription(RequestUrls.origin(req), req.getRequestURI()), null);
            } catch (QueryCancelledException timedOut) {
                RdfResponder.plain((HttpServletResponse) response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Counting the dataset took too long.\n");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}

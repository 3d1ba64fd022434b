package org.workgraph.server.documents;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the Graph Store write endpoint when documents can be written as files:
 * <ul>
 * <li>every answer carries a {@code Link} to the documents endpoint ({@value #REL}), so a client that was given the
 * Graph Store URL ({@code kg load --to}) finds that this server reads and maps documents itself;</li>
 * <li>a {@code DELETE ?graph=IRI} of a document's graph by the update user removes the document as
 * {@code kg remove} does, derived graphs included, instead of dropping the graph alone. Other graphs, and requests
 * without valid credentials (Fuseki answers them 401), pass through.</li>
 * </ul>
 */
public final class DocumentGraphStore implements Filter {
    /** The link relation that names the documents endpoint. */
    public static final String REL = "https://w3id.org/workgraph/rel/documents";

    private final DocumentWrites writes;
    private final String user;
    private final String documentsPath;

    public DocumentGraphStore(DocumentWrites writes, String user, String documentsPath) {
        this.writes = writes;
        this.user = user;
        this.documentsPath = documentsPath;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Link", "<" + documentsPath + ">; rel=\"" + REL + "\"");
        String graph = request.getParameter("graph");
        boolean updater = request.getUserPrincipal() != null && user.equals(request.getUserPrincipal().getName());
        if (request.getMethod().equals("DELETE") && graph != null && updater && writes.isDocumentGraph(graph)) {
            writes.remove(graph);
            response.setStatus(204);
            return;
        }
        chain.doFilter(req, res);
    }
}

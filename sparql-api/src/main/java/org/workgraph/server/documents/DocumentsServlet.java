package org.workgraph.server.documents;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /workgraph/documents}: documents in as files, with the derived graphs kept current, for the update user only.
 * <ul>
 * <li>{@code PUT} or {@code POST ?file=NAME} with the file's bytes as the body: read as {@code kg load} reads a file
 * of that name (the name picks the format and names the document), stored with its people and ideas in one write
 * transaction; 200 with what was written, 422 naming the file, line and reason when it cannot be read (and nothing
 * is stored), 400 without a file name.</li>
 * <li>{@code DELETE ?file=NAME} or {@code ?graph=IRI}: the document out, with what was derived from it alone; 204,
 * or 404 when the store has no such document.</li>
 * </ul>
 * Everything else is the Graph Store endpoint's business; this path only exists when updates are enabled.
 */
public final class DocumentsServlet extends HttpServlet {
    public static final String NAME = "documents";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient DocumentWrites writes;
    private final String user;

    public DocumentsServlet(DocumentWrites writes, String user) {
        this.writes = writes;
        this.user = user;
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!authorised(req, res)) return;
        String file = req.getParameter("file");
        if (file == null || file.isBlank()) {
            error(res, 400, "give the document's file name: ?file=NAME (it picks the format and names the document)");
            return;
        }
        byte[] body = req.getInputStream().readAllBytes();
        DocumentWrites.Written w;
        try {
            w = writes.put(file, body);
        } catch (DocumentWrites.Refused e) {
            error(res, 422, e.getMessage());
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("graphs", w.graphs());
        out.put("unchanged", w.unchanged());
        out.put("warnings", w.warnings());
        out.put("steps", w.steps());
        res.setStatus(200);
        res.setContentType("application/json;charset=utf-8");
        JSON.writeValue(res.getOutputStream(), out);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        doPut(req, res);
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!authorised(req, res)) return;
        String file = req.getParameter("file");
        String graph = req.getParameter("graph");
        if ((file == null) == (graph == null)) {
            error(res, 400, "name the document to remove by ?file=NAME or by ?graph=IRI (one of the two)");
            return;
        }
        if (graph != null) {
            if (writes.remove(graph)) res.setStatus(204);
            else error(res, 404, "no document in graph " + graph);
            return;
        }
        int removed;
        try {
            removed = writes.removeFile(file);
        } catch (DocumentWrites.Refused e) {
            error(res, 400, e.getMessage());
            return;
        }
        if (removed > 0) res.setStatus(204);
        else error(res, 404, "no document read from a file named " + file);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setHeader("Allow", "PUT, POST, DELETE, OPTIONS");
        error(res, 405, "send a document with PUT or POST ?file=NAME, remove one with DELETE ?file=NAME or ?graph=IRI");
    }

    /** Only the update user; without (valid) credentials, 401 with the challenge, as Fuseki's write endpoints answer. */
    private boolean authorised(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (req.getUserPrincipal() != null && user.equals(req.getUserPrincipal().getName())) return true;
        res.setHeader("WWW-Authenticate", "Basic realm=\"workgraph\"");
        error(res, 401, "updates need the update user's credentials (HTTP Basic)");
        return false;
    }

    private static void error(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json;charset=utf-8");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status);
        out.put("message", message);
        JSON.writeValue(res.getOutputStream(), out);
    }
}

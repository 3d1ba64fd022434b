package org.workgraph.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workgraph.server.linkeddata.IriSpace;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.ReadModel;
import org.workgraph.server.search.TextSearch;

/**
 * The JSON API under {@value #PATH}: documents, people, ideas, signals, search and the analyst's views, described by
 * {@code /api/openapi.json}. Read-only (GET and HEAD); every error is a JSON object with its HTTP status.
 */
public final class ApiServlet extends HttpServlet {
    public static final String PATH = "/api";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient ObjectMapper json = new ObjectMapper();
    private final transient DocumentsApi documents;
    private final transient PeopleApi people;
    private final transient IdeasApi ideas;
    private final transient SignalsApi signals;
    private final transient SearchApi search;
    private final transient ViewsApi views;
    private final transient byte[] openApi;

    public ApiServlet(QueryRunner queries, ReadModel reads, IriSpace iris) {
        this.signals = new SignalsApi(queries, reads, iris);
        this.documents = new DocumentsApi(queries, reads, iris, signals);
        this.people = new PeopleApi(queries, reads, iris);
        this.ideas = new IdeasApi(queries, reads, iris);
        this.search = new SearchApi(queries, new TextSearch(queries));
        this.views = new ViewsApi(queries, reads, iris);
        try (InputStream in = ApiServlet.class.getResourceAsStream("openapi.json")) {
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String method = req.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            super.service(req, resp);
        } else {
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            error(resp, 405, "The API is read-only: use GET");
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String[] parts = path.substring(1).split("/", -1);
        try {
            Object body = route(parts, req);
            if (body == null) {
                resp.setStatus(200);
                resp.setContentType("application/json");
                resp.setContentLength(openApi.length);
                resp.getOutputStream().write(openApi);
                return;
            }
            write(resp, 200, body);
        } catch (ApiException e) {
            error(resp, e.status(), e.getMessage());
        } catch (QueryCancelledException e) {
            error(resp, 503, "The query took longer than the server allows");
        } catch (RuntimeException e) {
            LOG.warn("API request {} failed", req.getRequestURI(), e);
            error(resp, 500, "Internal error");
        }
    }

    /** The answer to a path below /api; null means the OpenAPI document. */
    private Object route(String[] p, HttpServletRequest req) {
        String first = p[0];
        if (p.length == 1) {
            switch (first) {
                case "": return index();
                case "openapi.json": return null;
                case "documents": return documents.list(req);
                case "people": return people.list(req);
                case "ideas": return ideas.list(req);
                case "signals": return signals.list(req);
                case "search": return search.search(req);
                case "unanswered-questions": return views.unansweredQuestions(req);
                case "disputed-posts": return views.disputedPosts(req);
                case "discussed-signals": return views.discussedSignals(req);
                default: break;
            }
        } else if (p.length == 2 && !p[1].isEmpty()) {
            if (first.equals("documents")) return documents.one(p[1]);
            if (first.equals("people")) return people.one(p[1]);
            if (first.equals("ideas")) return ideas.one(p[1]);
        } else if (p.length == 3 && !p[1].isEmpty()) {
            if (first.equals("people") && p[2].equals("acts")) return views.personActs(p[1]);
            if (first.equals("ideas") && p[2].equals("timeline")) return views.ideaTimeline(p[1]);
            if (first.equals("ideas") && p[2].equals("documents")) return ideas.documents(p[1], req);
        }
        throw ApiException.notFound("No such API path: " + PATH + "/" + String.join("/", p));
    }

    private static Map<String, String> index() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("openapi", PATH + "/openapi.json");
        links.put("documents", PATH + "/documents");
        links.put("people", PATH + "/people");
        links.put("ideas", PATH + "/ideas");
        links.put("signals", PATH + "/signals");
        links.put("search", PATH + "/search?q=");
        links.put("personActs", PATH + "/people/{key}/acts");
        links.put("idea", PATH + "/ideas/{key}");
        links.put("ideaDocuments", PATH + "/ideas/{key}/documents");
        links.put("ideaTimeline", PATH + "/ideas/{key}/timeline");
        links.put("unansweredQuestions", PATH + "/unanswered-questions");
        links.put("disputedPosts", PATH + "/disputed-posts");
        links.put("discussedSignals", PATH + "/discussed-signals");
        return links;
    }

    private void error(HttpServletResponse resp, int status, String message) throws IOException {
        write(resp, status, new Json.Error(status, reason(status), message));
    }

    private void write(HttpServletResponse resp, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }
}

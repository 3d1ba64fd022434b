package org.workgraph.server.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryCancelledException;

/**
 * The explorer's own paths: the home page, search, the query page, the analyst's views (unanswered questions,
 * disputed posts, discussed signals, a person's acts, an idea's timeline) and the stylesheet and script. The pages
 * of documents, people, ideas and signals are served at their IRIs under /id/ ({@link Explorer#html}).
 */
final class ExplorerServlet extends HttpServlet {
    static final String HOME = "/";
    static final String SEARCH = "/search";
    static final String QUERY = "/query";
    static final String ASSETS = "/explorer/";
    /** The analyst's views: lists of their own, and a person's acts and an idea's timeline under a key. */
    static final String UNANSWERED = "/unanswered-questions";
    static final String DISPUTED = "/disputed-posts";
    static final String DISCUSSED = "/discussed-signals";
    static final String PEOPLE = "/people/";
    static final String ACTS = "/acts";
    static final String IDEAS = "/ideas/";
    static final String TIMELINE = "/timeline";
    /** Scripts and styles only from this server, no inline script, no plugins, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> ASSET_TYPES = Map.of("explorer.css", "text/css; charset=utf-8",
            "explorer.js", "text/javascript; charset=utf-8");

    private final transient Explorer explorer;

    ExplorerServlet(Explorer explorer) {
        this.explorer = explorer;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith(ASSETS)) {
            asset(path.substring(ASSETS.length()), resp);
            return;
        }
        try {
            page(path, req, resp);
        } catch (QueryCancelledException tooSlow) {
            html(resp, 503, Frame.page("Too slow", h -> h.element("h1", "Too slow")
                    .element("p", "This page took longer than the server allows for a query. Try again later, or ask a narrower question.")));
        }
    }

    private void page(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        switch (path) {
            case HOME -> html(resp, 200, explorer.home());
            case UNANSWERED -> html(resp, 200, explorer.unansweredQuestions(Pager.of(req.getParameter("offset"))));
            case DISPUTED -> html(resp, 200, explorer.disputedPosts(Pager.of(req.getParameter("offset"))));
            case DISCUSSED -> html(resp, 200, explorer.discussedSignals(Pager.of(req.getParameter("offset"))));
            case SEARCH -> html(resp, 200, explorer.search(req.getParameter("q")));
            case QUERY -> {
                QueryPage.Answer a = explorer.query(req.getParameter("query"), req.getParameter("example"));
                html(resp, a.status(), a.html());
            }
            default -> keyed(path, resp);
        }
    }

    /** /people/KEY/acts and /ideas/KEY/timeline; anything else under those is not found. */
    private void keyed(String path, HttpServletResponse resp) throws IOException {
        String page = null;
        if (path.startsWith(PEOPLE) && path.endsWith(ACTS)) {
            page = explorer.personActs(key(path, PEOPLE, ACTS));
        } else if (path.startsWith(IDEAS) && path.endsWith(TIMELINE)) {
            page = explorer.ideaTimeline(key(path, IDEAS, TIMELINE));
        }
        if (page == null) notFound(resp);
        else html(resp, 200, page);
    }

    /** The key between a prefix and a suffix, when it is one path segment; otherwise null. */
    private static String key(String path, String prefix, String suffix) {
        if (path.length() <= prefix.length() + suffix.length()) return null;
        String key = path.substring(prefix.length(), path.length() - suffix.length());
        return key.isEmpty() || key.contains("/") ? null : key;
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static void asset(String name, HttpServletResponse resp) throws IOException {
        String type = ASSET_TYPES.get(name);
        try (InputStream in = type == null ? null : ExplorerServlet.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                notFound(resp);
                return;
            }
            byte[] body = in.readAllBytes();
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "public, max-age=3600");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }

    private static void notFound(HttpServletResponse resp) throws IOException {
        html(resp, 404, Frame.page("Not found", h -> h.element("h1", "Not found")
                .open("p").text("Nothing is here. Try ").link(HOME, "the home page").text(" or a search.").close("p")));
    }
}

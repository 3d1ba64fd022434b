package org.workgraph.server.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.workgraph.server.http.RequestUrls;

/** Answers a request with a graph, in the RDF format (or HTML page) the client's Accept header asks for. */
public final class RdfResponder {
    private final RdfFormats formats;

    public RdfResponder(RdfFormats formats) {
        this.formats = formats;
    }

    public RdfFormats formats() { return formats; }

    /**
     * Negotiates and writes. {@code html} renders the page for browsers, or is null where there is none.
     * 406 (with the list of what is on offer) when nothing acceptable can be given.
     */
    public void respond(HttpServletRequest req, HttpServletResponse resp, Graph graph, Supplier<String> html) throws IOException {
        List<String> offers = new ArrayList<>(RdfFormats.RDF);
        if (html != null) offers.add(RdfFormats.HTML);
        resp.setHeader("Vary", "Accept");
        String type = RdfFormats.negotiate(req.getHeader("Accept"), offers);
        if (type == null) {
            notAcceptable(resp, offers);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setCharacterEncoding("UTF-8");
        if (type.equals(RdfFormats.HTML)) {
            resp.setContentType("text/html; charset=utf-8");
            byte[] page = html.get().getBytes(StandardCharsets.UTF_8);
            resp.setContentLength(page.length);
            resp.getOutputStream().write(page);
            return;
        }
        resp.setContentType(type.equals(RdfFormats.RDF_XML) || type.equals(RdfFormats.JSON_LD) ? type : type + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            formats.write(graph, type, RequestUrls.origin(req) + JsonLdContext.PATH, out);
        }
    }

    public static void notAcceptable(HttpServletResponse resp, List<String> offers) throws IOException {
        plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Available: " + String.join(", ", offers) + "\n");
    }

    public static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}

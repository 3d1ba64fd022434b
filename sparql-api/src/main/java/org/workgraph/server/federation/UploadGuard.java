package org.workgraph.server.federation;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * In front of the Graph Store write endpoint: the one way an upload can make the server fetch a URL is JSON-LD,
 * whose {@code @context} (or a context's {@code @import}) may be a URL that the JSON-LD processor Jena uses
 * would download while parsing. Jena parses uploads with its global settings, with no per-dataset hook to stop
 * that, so such a body is refused here with 400 before Fuseki parses it; JSON-LD with inline contexts passes.
 * Multipart uploads are refused too: their parts carry their own types, which this filter does not open.
 * Requests without credentials pass untouched, so that Fuseki answers them 401 as before.
 */
final class UploadGuard implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String method = request.getMethod();
        String type = request.getContentType();
        boolean writes = method.equals("PUT") || method.equals("POST") || method.equals("PATCH");
        if (!writes || type == null || request.getUserPrincipal() == null) {
            chain.doFilter(req, res);
            return;
        }
        String mime = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mime.startsWith("multipart/")) {
            refuse(res, "Multipart uploads are not accepted: send the RDF as the body with its own Content-Type.");
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(mime);
        if (!(Lang.JSONLD.equals(lang) || mime.endsWith("/json") || mime.endsWith("+json"))) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String remote;
        try {
            remote = remoteContext(JSON.readTree(body));
        } catch (JsonProcessingException notJson) {
            remote = null; // Fuseki's parser reports it
        }
        if (remote != null) {
            refuse(res, "JSON-LD whose context is fetched from " + remote + " is refused: federation is off, and the "
                    + "server never fetches a JSON-LD context. Put the context inline in the document.");
            return;
        }
        chain.doFilter(new Buffered(request, body), res);
    }

    /** The first URL a JSON-LD processor would fetch for this document, or null. */
    static String remoteContext(JsonNode node) {
        if (node == null) return null;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (e.getKey().equals("@context") || e.getKey().equals("@import")) {
                    if (v.isTextual()) return v.asText();
                    if (v.isArray()) for (JsonNode c : v) if (c.isTextual()) return c.asText();
                }
                String inner = remoteContext(v);
                if (inner != null) return inner;
            }
        } else if (node.isArray()) {
            for (JsonNode c : node) {
                String inner = remoteContext(c);
                if (inner != null) return inner;
            }
        }
        return null;
    }

    private static void refuse(ServletResponse res, String message) throws IOException {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override public int getContentLength() { return body.length; }

        @Override public long getContentLengthLong() { return body.length; }
    }
}

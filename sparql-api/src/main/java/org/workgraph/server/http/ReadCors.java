package org.workgraph.server.http;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access for reads only. Fuseki's own CORS filter, when switched on for the server, allows every
 * method on every path, updates included; this filter applies Fuseki's {@link CrossOriginFilter} only to
 * the read endpoints it is given, for GET and HEAD, plus POST where a SPARQL query may be posted. Other paths
 * (the update and Graph Store write endpoints) get no CORS headers, so browsers refuse cross-origin writes.
 * No credentials are allowed: the data is public, and "*" with credentials would be unsafe.
 */
public final class ReadCors implements Filter {
    private final Predicate<String> readPaths;
    private final Predicate<String> queryPaths;
    private final CrossOriginFilter getOnly = new CrossOriginFilter();
    private final CrossOriginFilter getAndPost = new CrossOriginFilter();

    /**
     * @param readPaths  request paths (below the context) where cross-origin GET is allowed
     * @param queryPaths those of them where cross-origin POST is also allowed (SPARQL query by POST is a read)
     */
    public ReadCors(Predicate<String> readPaths, Predicate<String> queryPaths) {
        this.readPaths = readPaths;
        this.queryPaths = queryPaths;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        getOnly.init(params(config, "GET,HEAD,OPTIONS"));
        getAndPost.init(params(config, "GET,HEAD,POST,OPTIONS"));
    }

    private static FilterConfig params(FilterConfig outer, String methods) {
        Map<String, String> p = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
                CrossOriginFilter.ALLOWED_METHODS_PARAM, methods,
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Cache-Control",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma,Link",
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
        return new FilterConfig() {
            @Override public String getFilterName() { return "workgraph-read-cors"; }
            @Override public ServletContext getServletContext() { return outer == null ? null : outer.getServletContext(); }
            @Override public String getInitParameter(String name) { return p.get(name); }
            @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(p.keySet()); }
        };
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath() == null ? 0 : req.getContextPath().length());
        if (queryPaths.test(path)) getAndPost.doFilter(request, response, chain);
        else if (readPaths.test(path)) getOnly.doFilter(request, response, chain);
        else chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
        getOnly.destroy();
        getAndPost.destroy();
    }
}

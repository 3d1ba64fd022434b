package org.workgraph.server.http;

import jakarta.servlet.http.HttpServletRequest;

/** URLs of this server as the client addressed it, so that links in responses work from where they were asked. */
public final class RequestUrls {
    private RequestUrls() {}

    /** {@code scheme://host[:port]} of the request, without a trailing slash. */
    public static String origin(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443) || port <= 0;
        String host = req.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) host = "[" + host + "]"; // IPv6 literal
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** The request's path below the servlet's mapping, still percent-encoded as the client sent it. */
    public static String rawPathBelow(HttpServletRequest req, String prefix) {
        String uri = req.getRequestURI();
        String context = req.getContextPath() == null ? "" : req.getContextPath();
        String path = uri.substring(Math.min(context.length(), uri.length()));
        return path.startsWith(prefix) ? path.substring(prefix.length()) : null;
    }
}

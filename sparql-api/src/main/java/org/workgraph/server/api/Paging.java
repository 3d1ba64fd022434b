package org.workgraph.server.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

/** {@code limit} and {@code offset} of a list request, checked; and the link to the page after. */
record Paging(int limit, long offset) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    static Paging of(HttpServletRequest req) {
        int limit = (int) Params.integer(req, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long offset = Params.integer(req, "offset", 0, 0, Long.MAX_VALUE);
        return new Paging(limit, offset);
    }

    <T> Json.Page<T> page(List<T> items, long total, HttpServletRequest req) {
        return new Json.Page<>(items, total, limit, offset, next(total, req));
    }

    /** The path and query of the next page (every other parameter kept), or null when this is the last page. */
    String next(long total, HttpServletRequest req) {
        if (offset + limit >= total) return null;
        Map<String, String> params = new TreeMap<>();
        req.getParameterMap().forEach((k, v) -> { if (v.length > 0) params.put(k, v[0]); });
        params.put("limit", Integer.toString(limit));
        params.put("offset", Long.toString(offset + limit));
        StringBuilder sb = new StringBuilder(req.getRequestURI()).append('?');
        params.forEach((k, v) -> sb.append(enc(k)).append('=').append(enc(v)).append('&'));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}

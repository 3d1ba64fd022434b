package org.workgraph.server.api;

import jakarta.servlet.http.HttpServletRequest;

/** Query parameters, validated: a bad value is a 400 with a message that says which and why. */
final class Params {
    private Params() {}

    static long integer(HttpServletRequest req, String name, long otherwise, long min, long max) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) return otherwise;
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be an integer");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + (max == Long.MAX_VALUE ? "any" : max));
        }
        return n;
    }

    /** A text parameter, stripped; null when absent or blank. */
    static String text(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}

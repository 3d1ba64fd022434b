package org.workgraph.server.linkeddata;

import org.workgraph.server.http.Html;

/** The frame shared by the server's HTML pages. */
final class Pages {
    private Pages() {}

    static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" — Workgraph</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}")
                .append("td:first-child{white-space:nowrap}code{font-size:.9em}.iri,.formats{color:#555}nav a{margin-right:1rem}</style>\n")
                .append("</head>\n<body>\n<nav><a href=\"/ns\">vocabulary</a><a href=\"/api\">JSON API</a>")
                .append("<a href=\"/.well-known/void\">dataset (VoID)</a><a href=\"/workgraph/sparql\">SPARQL</a></nav>\n");
    }

    static void foot(StringBuilder h) {
        h.append("</body>\n</html>\n");
    }
}

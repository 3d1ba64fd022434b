package org.workgraph.server.explorer;

import java.util.function.Consumer;

/**
 * The frame every explorer page shares: a phone-friendly viewport, the stylesheet, a skip link, the navigation
 * with a search box, and the main region the page fills in.
 */
final class Frame {
    static final String STYLE = ExplorerServlet.ASSETS + "explorer.css";
    static final String SCRIPT = ExplorerServlet.ASSETS + "explorer.js";

    private Frame() {}

    static String page(String title, Consumer<Markup> body) {
        return page(title, "", body);
    }

    /** A page; {@code query} pre-fills the search box. */
    static String page(String title, String query, Consumer<Markup> body) {
        Markup h = new Markup();
        h.open("html", "lang", "en").newline().open("head").newline()
                .empty("meta", "charset", "utf-8").newline()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", title + " — Workgraph explorer").newline()
                .empty("link", "rel", "stylesheet", "href", STYLE).newline()
                .open("script", "src", SCRIPT, "defer", "defer").close("script").newline()
                .close("head").newline().open("body").newline()
                .link("#main", "Skip to content", "class", "skip").newline()
                .open("header").open("nav", "aria-label", "Explorer")
                .link(ExplorerServlet.HOME, "Workgraph", "class", "brand")
                .open("form", "action", ExplorerServlet.SEARCH, "method", "get", "role", "search")
                .element("label", "Search", "for", "nav-q", "class", "visually-hidden")
                .empty("input", "type", "search", "id", "nav-q", "name", "q", "value", query, "placeholder", "Search the corpus",
                        "accesskey", "s")
                .element("button", "Search", "type", "submit")
                .close("form")
                .link(ExplorerServlet.QUERY, "Query")
                .link("/ns", "Vocabulary")
                .link("/api", "JSON API")
                .close("nav").close("header").newline()
                .open("main", "id", "main", "tabindex", "-1").newline();
        body.accept(h);
        h.newline().close("main").newline()
                .open("footer").text("Every page here is also data: ask for text/turtle or application/ld+json at the same URL. ")
                .link("/workgraph/sparql", "SPARQL endpoint").text(" · ").link("/.well-known/void", "VoID")
                .close("footer").newline().close("body").newline().close("html").newline();
        return "<!DOCTYPE html>\n" + h;
    }
}

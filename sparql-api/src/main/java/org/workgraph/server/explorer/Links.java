package org.workgraph.server.explorer;

import org.workgraph.server.linkeddata.IriSpace;

/**
 * Where the explorer's links go: every resource's page is its IRI's own path under /id/, the same URL a
 * linked-data client dereferences, so a page and the data behind it are one address.
 */
final class Links {
    private final IriSpace iris;

    Links(IriSpace iris) {
        this.iris = iris;
    }

    /** The page of a resource, or null when the IRI is not under this server's base (then no link is drawn). */
    String page(String iri) {
        return iris.localPath(iri);
    }

    /** The place of a response within its document's page. */
    String inDocument(String document, Integer position) {
        String page = page(document);
        return page == null ? null : position == null ? page : page + "#" + anchor(position);
    }

    /** The anchor of a response in its document's page. */
    static String anchor(Integer position) {
        return "response-" + position;
    }

    /** The page of a person's acts, or null when the IRI is not a person's under this server's base. */
    String personActs(String iri) {
        String key = iris.personKey(iri);
        return key == null ? null : ExplorerServlet.PEOPLE + key + ExplorerServlet.ACTS;
    }

    /** The page of an idea's timeline, or null when the IRI is not an idea's under this server's base. */
    String ideaTimeline(String iri) {
        String key = iris.ideaKey(iri);
        return key == null ? null : ExplorerServlet.IDEAS + key + ExplorerServlet.TIMELINE;
    }

    /** The person a path segment names, or null. */
    org.apache.jena.graph.Node person(String key) { return iris.person(key); }

    /** The idea a path segment names, or null. */
    org.apache.jena.graph.Node idea(String key) { return iris.idea(key); }
}

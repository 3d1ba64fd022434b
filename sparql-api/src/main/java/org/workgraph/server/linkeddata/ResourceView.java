package org.workgraph.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** A richer HTML page for some kinds of resource, in place of the generic description page. */
@FunctionalInterface
public interface ResourceView {
    /** The page for the resource, or null to show the generic page. {@code description} is what /id/ serves as RDF. */
    String html(Node resource, Graph description);

    /** No special pages: every resource gets the generic one. */
    ResourceView NONE = (resource, description) -> null;
}

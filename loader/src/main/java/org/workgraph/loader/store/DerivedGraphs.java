package org.workgraph.loader.store;

import org.workgraph.loader.DerivedGraph;

/** Names derived graphs for reports: "derived graph people", from the last segment of the graph's IRI. */
final class DerivedGraphs {
    private DerivedGraphs() {}

    static String name(DerivedGraph d) {
        String iri = d.graph().getURI();
        return "derived graph " + iri.substring(iri.lastIndexOf('/') + 1);
    }
}

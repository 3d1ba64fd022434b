package org.workgraph.loader;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A graph computed from all documents rather than read from one (canonical names, ideas). It is rebuilt
 * after every load, in its own transaction, so document graphs only ever hold what their own text says.
 */
public interface DerivedGraph {
    Node graph();

    /** Recomputes the graph from the store; returns how many resources it describes. */
    int rebuild(DatasetGraph dsg);
}

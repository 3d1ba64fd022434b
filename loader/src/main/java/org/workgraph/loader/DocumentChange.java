package org.workgraph.loader;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.ideas.DocumentPhrases;

/**
 * One document's graph as a load or a removal changes it.
 *
 * @param graph   the document's named graph
 * @param quads   its new content; null when the document is removed
 * @param phrases what the ideas graph needs of the new content (see {@link DerivedGraph#analyse}); null when
 *                removed or when no ideas are derived
 */
public record DocumentChange(Node graph, List<Quad> quads, DocumentPhrases phrases) {
    public static DocumentChange removal(Node graph) { return new DocumentChange(graph, null, null); }

    public boolean removed() { return quads == null; }
}

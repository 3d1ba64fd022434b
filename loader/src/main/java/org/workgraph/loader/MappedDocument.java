package org.workgraph.loader;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.ideas.DocumentPhrases;

/**
 * One document as {@link Loader#readAndMap} leaves it: read, parsed and mapped to its named graph, with what the
 * ideas graph needs of it; or settled without a graph (a failure, an unchanged document, a file's closing line),
 * when {@code graph} and {@code quads} are null.
 *
 * @param outcome its report line
 * @param graph   its named graph
 * @param quads   the graph's content
 * @param phrases its candidate phrases for the ideas graph, or null when none were asked for
 */
public record MappedDocument(FileOutcome outcome, Node graph, List<Quad> quads, DocumentPhrases phrases) {
    MappedDocument(FileOutcome outcome, Node graph, List<Quad> quads) { this(outcome, graph, quads, null); }

    /** Whether it has a graph to store. */
    public boolean mapped() { return quads != null; }
}

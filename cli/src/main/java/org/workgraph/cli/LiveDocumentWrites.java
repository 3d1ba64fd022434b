package org.workgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.workgraph.loader.store.LiveUpdates;
import org.workgraph.server.documents.DocumentWrites;

/** The server's document writes done by the loader on the served store: {@code kg serve --allow-update}. */
final class LiveDocumentWrites implements DocumentWrites {
    private final LiveUpdates updates;

    LiveDocumentWrites(LiveUpdates updates) {
        this.updates = updates;
    }

    @Override
    public Written put(String fileName, byte[] content) {
        try {
            LiveUpdates.Written w = updates.put(fileName, content);
            return new Written(w.graphs().stream().map(Node::getURI).toList(), w.unchanged(), w.warnings(), w.steps());
        } catch (LiveUpdates.Refused e) {
            throw new Refused(e.getMessage());
        }
    }

    @Override
    public boolean remove(String graphIri) { return updates.remove(NodeFactory.createURI(graphIri)); }

    @Override
    public int removeFile(String fileName) {
        try {
            return updates.removeFile(fileName);
        } catch (LiveUpdates.Refused e) {
            throw new Refused(e.getMessage());
        }
    }

    @Override
    public boolean isDocumentGraph(String graphIri) { return updates.isDocumentGraph(NodeFactory.createURI(graphIri)); }
}

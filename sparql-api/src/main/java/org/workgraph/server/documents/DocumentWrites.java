package org.workgraph.server.documents;

import java.util.List;

/**
 * What the server needs to take documents as files when updates are enabled: read, map and store a file's
 * documents with the graphs derived across documents (people, ideas, their statistics) updated for them, and
 * remove a document the same way. The loader provides it ({@code kg serve --allow-update}); the server only
 * speaks HTTP, so it does not depend on how documents are read.
 */
public interface DocumentWrites {
    /**
     * Stores every document of a file with this name and content, replacing earlier versions, or nothing at all.
     *
     * @throws Refused when the name is no document file's or a document cannot be read: the message names the file,
     *                 the line where there is one, and the reason
     */
    Written put(String fileName, byte[] content);

    /** Removes the document in this graph with everything derived from it alone; false when no document is there. */
    boolean remove(String graphIri);

    /**
     * Removes every document read from a file of this name (found by the file name the store records, so documents
     * named by their URL are found too), in one transaction; the number removed, 0 when there is none.
     *
     * @throws Refused when the name is no file name (folders, control characters)
     */
    int removeFile(String fileName);

    /** Whether the graph holds a document (so a Graph Store DELETE of it must update the derived graphs too). */
    boolean isDocumentGraph(String graphIri);

    /** What a put stored: the graphs written, how many documents were unchanged, warnings, the derived graphs' steps. */
    record Written(List<String> graphs, int unchanged, List<String> warnings, List<String> steps) {
        public Written {
            graphs = List.copyOf(graphs);
            warnings = List.copyOf(warnings);
            steps = List.copyOf(steps);
        }
    }

    /** A file that is not a document, or a document that cannot be read: nothing was stored. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}

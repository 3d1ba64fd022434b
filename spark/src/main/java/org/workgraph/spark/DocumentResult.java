package org.workgraph.spark;

import java.io.Serializable;

/**
 * One document (or one report line without a document) as an executor leaves it: all plain strings and the
 * phrases, so it serialises small and needs no Jena on the way between stages.
 *
 * @param file     the file's index in the listing
 * @param item     the document's place within its file
 * @param report   its line of the load report ({@code kg load --report}'s columns)
 * @param describe the file, and which document of it, for messages
 * @param graph    its named graph's IRI; null for a line without a document (a failure, an archive's closing line)
 * @param nquads   its graph as N-Quads, one line per quad
 * @param sha256   the SHA-256 of the content it was read from ({@code wg:sha256}), for the checkpoint of a push
 * @param slim     what the derived graphs need of it; null for a line without a document
 */
record DocumentResult(int file, int item, String report, String describe, String graph, String nquads, String sha256,
        SlimDocument slim) implements Serializable {

    boolean mapped() { return graph != null; }

    /** Later in the listing: the one whose graph stands when two documents have the same graph. */
    boolean after(DocumentResult other) {
        return file != other.file ? file > other.file : item > other.item;
    }

    /** The same, with a warning added to its report line's message column (the last). */
    DocumentResult withWarning(String warning) {
        int tab = report.lastIndexOf('\t');
        String message = report.substring(tab + 1);
        String line = report.substring(0, tab + 1) + (message.isEmpty() ? warning : message + "; " + warning);
        return new DocumentResult(file, item, line, describe, graph, nquads, sha256, slim);
    }

    /** Its report line alone, with another outcome: what a push leaves of it. */
    DocumentResult withReport(String line) {
        return new DocumentResult(file, item, line, describe, null, null, null, null);
    }

    /** The report line's file column (the file's URI) and entry column (which document of it). */
    String reportFile() { return report.substring(0, report.indexOf('\t')); }

    String reportEntry() {
        String[] columns = report.split("\t", -1);
        return columns.length > 7 && !columns[7].isEmpty() ? columns[7] : null;
    }
}

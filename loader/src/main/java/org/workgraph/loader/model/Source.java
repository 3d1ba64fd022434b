package org.workgraph.loader.model;

/**
 * The file a document was read from: its name without folder (which names the document's graph)
 * and the SHA-256 of its bytes.
 */
public record Source(String fileName, String sha256) {}

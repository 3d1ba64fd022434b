package org.workgraph.loader.model;

/** One parsed source document. The model knows nothing of RDF; mapping turns it into triples. */
public sealed interface Document permits BlogPost, SignalDigest {
    /** Where the document came from. */
    Source source();

    /** The document's own title, or null when the page states none. */
    String title();
}

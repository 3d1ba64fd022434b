package org.workgraph.loader.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.text.Text;

/**
 * Mints the IRIs of loaded resources under a base (default {@value #DEFAULT_BASE}). IRIs depend only on
 * the file name and on what the text says, never on load order, so reloading a file gives the same IRIs.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/workgraph/id/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    /** The document loaded from a file: {@code doc/<file name without extension>}. */
    public Node document(String fileName) { return uri("doc/" + fileSlug(fileName)); }

    /** The named graph holding one document's triples. */
    public Node documentGraph(String fileName) { return uri("graph/" + fileSlug(fileName)); }

    /** The graph of facts derived across documents (canonical names). */
    public Node peopleGraph() { return uri("graph/people"); }

    public Node response(String fileName, int position) { return uri("doc/" + fileSlug(fileName) + "/response/" + position); }

    /**
     * A digest row: under its table's short name for the five headings ("signals/2"), else under its own
     * heading's slug, since a page may have several free-form headings whose rows share a table.
     */
    public Node signal(String fileName, SignalRow row) {
        String table = row.heading() == null ? row.table().slug()
                : SignalTable.forHeading(row.heading()).map(SignalTable::slug).orElseGet(() -> Text.slug(row.heading()));
        return uri("doc/" + fileSlug(fileName) + "/" + table + "/" + row.rowNumber());
    }

    /** A cited work (an article, book, talk), one across the graph per title. */
    public Node work(String title) { return uri("work/" + Text.slug(title)); }

    /** An organisation, one across the graph whatever the case of its spelling. */
    public Node organization(String name) { return uri("org/" + Names.key(name)); }

    /** The graph of ideas, derived across all documents. */
    public Node ideasGraph() { return uri("graph/ideas"); }

    /**
     * The corpus statistics the ideas are chosen with (document frequencies, wordings), kept so that adding or
     * removing one document updates them instead of recounting the corpus.
     */
    public Node statsGraph() { return uri("graph/stats"); }

    /** The one concept scheme every idea is in. */
    public Node ideaScheme() { return uri("ideas"); }

    /** An idea, by its key (see the ideas package): one across the graph for all wordings of a concept. */
    public Node idea(String key) { return uri("idea/" + Text.slug(key)); }

    /** The evidence for the n-th idea link of a document. */
    public Node ideaEvidence(String fileName, int n) { return uri("doc/" + fileSlug(fileName) + "/idea-evidence/" + n); }

    /** The evidence for the n-th finding of a document's reading. */
    public Node evidence(String fileName, int n) { return uri("doc/" + fileSlug(fileName) + "/evidence/" + n); }

    /** One person across the whole graph, whatever the case or accents of the spelling. */
    public Node person(String name) { return uri("person/" + Names.key(name)); }

    /** Whether an IRI is a person's, and so belongs in the people graph. */
    public boolean isPerson(Node node) { return node.isURI() && node.getURI().startsWith(base + "person/"); }

    private Node uri(String path) { return NodeFactory.createURI(base + path); }

    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[^A-Za-z0-9._-]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

    /** File names keep their case (they are distinct files) but lose their extension and unsafe characters. */
    static String fileSlug(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String slug = EDGE_DASHES.matcher(UNSAFE.matcher(stem).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? Text.slug(stem) : slug;
    }
}

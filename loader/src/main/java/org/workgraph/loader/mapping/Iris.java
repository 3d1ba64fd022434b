package org.workgraph.loader.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.text.Text;
import org.workgraph.ontology.IriScheme;

/**
 * Mints the IRIs of loaded resources under a base (default {@value #DEFAULT_BASE}), as {@link IriScheme} defines them. IRIs depend only on
 * the file name and on what the text says, never on load order, so reloading a file gives the same IRIs.
 */
public final class Iris {
    public static final String DEFAULT_BASE = IriScheme.DEFAULT_BASE;

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    /** The document loaded from a file: {@code doc/<file name without extension>}. */
    public Node document(String fileName) { return uri(IriScheme.DOCUMENT + fileSlug(fileName)); }

    /** The named graph holding one document's triples. */
    public Node documentGraph(String fileName) { return uri(IriScheme.GRAPH + fileSlug(fileName)); }

    /**
     * The document's own name in IRIs: from its URL when the source states one (so the same page read from an
     * archive, a saved copy or an export is one document), else from an entry within its file, else from the file name.
     */
    public static String slug(Source source) {
        if (source.url() != null) {
            String u = urlSlug(source.url());
            if (!u.isEmpty()) return u;
        }
        if (source.entry() != null) return fileSlug(source.fileName()) + "-" + Text.slug(source.entry());
        return fileSlug(source.fileName());
    }

    public Node document(Source source) { return uri(IriScheme.DOCUMENT + slug(source)); }

    public Node documentGraph(Source source) { return uri(IriScheme.GRAPH + slug(source)); }

    public Node response(Source source, int position) { return uri(IriScheme.DOCUMENT + slug(source) + IriScheme.RESPONSE + position); }

    public Node signal(Source source, SignalRow row) { return signalUnder(slug(source), row); }

    public Node evidence(Source source, int n) { return uri(IriScheme.DOCUMENT + slug(source) + "/evidence/" + n); }

    /** The graph of facts derived across documents (canonical names). */
    public Node peopleGraph() { return uri(IriScheme.PEOPLE_GRAPH); }

    public Node response(String fileName, int position) { return uri(IriScheme.DOCUMENT + fileSlug(fileName) + IriScheme.RESPONSE + position); }

    /**
     * A digest row: under its table's short name for the five headings ("signals/2"), else under its own
     * heading's slug, since a page may have several free-form headings whose rows share a table.
     */
    public Node signal(String fileName, SignalRow row) { return signalUnder(fileSlug(fileName), row); }

    private Node signalUnder(String docSlug, SignalRow row) {
        String table = row.heading() == null ? row.table().slug()
                : SignalTable.forHeading(row.heading()).map(SignalTable::slug).orElseGet(() -> Text.slug(row.heading()));
        return uri(IriScheme.DOCUMENT + docSlug + "/" + table + "/" + row.rowNumber());
    }

    /** A cited work (an article, book, talk), one across the graph per title. */
    public Node work(String title) { return uri(IriScheme.WORK + Text.slug(title)); }

    /** An organisation, one across the graph whatever the case of its spelling. */
    public Node organization(String name) { return uri(IriScheme.ORGANIZATION + Names.key(name)); }

    /** The graph of ideas, derived across all documents. */
    public Node ideasGraph() { return uri(IriScheme.IDEAS_GRAPH); }

    /** The graph of posts and responses discussing digest signals ({@code wg:discusses}), derived across documents. */
    public Node discussionsGraph() { return uri(IriScheme.DISCUSSIONS_GRAPH); }

    /** The graph of each idea's first appearance ({@code wg:firstSeenIn}), derived across documents. */
    public Node timelineGraph() { return uri(IriScheme.TIMELINE_GRAPH); }

    /** The graph of the counts the explorer and the API list by ({@code CountsGraph}), derived across documents. */
    public Node countsGraph() { return uri(IriScheme.COUNTS_GRAPH); }

    /**
     * The corpus statistics the ideas are chosen with (document frequencies, wordings), kept so that adding or
     * removing one document updates them instead of recounting the corpus.
     */
    public Node statsGraph() { return uri(IriScheme.GRAPH + "stats"); }

    /** The one concept scheme every idea is in. */
    public Node ideaScheme() { return uri(IriScheme.IDEA_SCHEME); }

    /** An idea, by its key (see the ideas package): one across the graph for all wordings of a concept. */
    public Node idea(String key) { return uri(IriScheme.IDEA + Text.slug(key)); }

    /**
     * The evidence for the n-th idea link of a document, under the document's own IRI: the documents of one
     * export or archive share a file name, so the file cannot tell their evidence apart.
     */
    public Node ideaEvidence(Node document, int n) { return NodeFactory.createURI(document.getURI() + "/idea-evidence/" + n); }

    /** The evidence for the n-th finding of a document's reading. */
    public Node evidence(String fileName, int n) { return uri(IriScheme.DOCUMENT + fileSlug(fileName) + "/evidence/" + n); }

    /** One person across the whole graph, whatever the case or accents of the spelling. */
    public Node person(String name) { return uri(IriScheme.PERSON + Names.key(name)); }

    /** Whether an IRI is a person's, and so belongs in the people graph. */
    public boolean isPerson(Node node) { return node.isURI() && node.getURI().startsWith(base + IriScheme.PERSON); }

    private Node uri(String path) { return NodeFactory.createURI(base + path); }

    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[^A-Za-z0-9._-]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

    /**
     * A URL as a path: host (lower case, without "www.") and path, query kept (some sites address posts by
     * "?p=12"), fragment and scheme dropped (http and https name the same page), unsafe characters as dashes.
     */
    static String urlSlug(String url) {
        String u = url.trim();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        u = u.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        int slash = u.indexOf('/');
        String host = (slash < 0 ? u : u.substring(0, slash)).toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "")
                .replaceFirst(":(80|443)$", "");
        String rest = slash < 0 ? "" : u.substring(slash);
        rest = rest.replaceFirst("/(index\\.(html?|php))?$", "").replaceFirst("\\.(html?|php)$", "");
        return EDGE_DASHES.matcher(UNSAFE.matcher(host + rest).replaceAll("-")).replaceAll("");
    }

    /** File names keep their case (they are distinct files) but lose their extension and unsafe characters. */
    static String fileSlug(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String slug = EDGE_DASHES.matcher(UNSAFE.matcher(stem).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? Text.slug(stem) : slug;
    }
}

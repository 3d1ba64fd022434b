package org.workgraph.ontology;

/**
 * How resource IRIs are made, for the loader that mints them and the server that reads keys back out of them
 * (the public contract in the README): every IRI is a base (default {@value #DEFAULT_BASE}) followed by one of
 * these paths. Defined once here so that the two can never disagree.
 */
public final class IriScheme {
    /** The base unless a deployment mints its own. */
    public static final String DEFAULT_BASE = "https://w3id.org/workgraph/id/";

    /** {@code doc/<file name>}: a document. */
    public static final String DOCUMENT = "doc/";
    /** {@code doc/<file>/response/<position>}: a response on a document's page. */
    public static final String RESPONSE = "/response/";
    /** {@code graph/<file name>}: a document's named graph. */
    public static final String GRAPH = "graph/";
    /** The graph of canonical names, derived across documents. */
    public static final String PEOPLE_GRAPH = GRAPH + "people";
    /** The graph of ideas, derived across documents. */
    public static final String IDEAS_GRAPH = GRAPH + "ideas";
    /** The graph of {@code wg:discusses} links from posts and responses to digest signals, derived across documents. */
    public static final String DISCUSSIONS_GRAPH = GRAPH + "discussions";
    /** The graph of each idea's first appearance, derived across documents. */
    public static final String TIMELINE_GRAPH = GRAPH + "timeline";
    /** The graph of the counts the explorer and the JSON API list and rank by, derived across documents ({@link CountTerms}). */
    public static final String COUNTS_GRAPH = GRAPH + "counts";
    /** {@code person/<name key>}: one person across the graph. */
    public static final String PERSON = "person/";
    /** {@code org/<name key>}: one organisation across the graph. */
    public static final String ORGANIZATION = "org/";
    /** {@code work/<title slug>}: a cited work. */
    public static final String WORK = "work/";
    /** {@code idea/<key>}: an idea. */
    public static final String IDEA = "idea/";
    /** The one concept scheme every idea is in. */
    public static final String IDEA_SCHEME = "ideas";

    private IriScheme() {}
}

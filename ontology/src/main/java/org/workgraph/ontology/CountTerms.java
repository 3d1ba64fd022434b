package org.workgraph.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the counts graph ({@link IriScheme#COUNTS_GRAPH}): what the explorer and the JSON API show and rank
 * by, kept up to date by every load so that a list reads its counts instead of aggregating the whole store.
 * <ul>
 * <li>the graph itself, {@code <counts> c:documents N} and the same for posts, digests, responses, people, ideas and
 * signals: how many resources of each kind the store holds (always present once the counts are built, zero too);</li>
 * <li>a person: {@code c:wrote}, {@code c:answered} (their responses that reply to someone else),
 * {@code c:answeredBy} (responses by someone else that reply to them), {@code c:mentionedIn};</li>
 * <li>an idea: {@code c:documents} (documents that discuss it, themselves or in a response), {@code c:items}
 * (documents and responses that discuss it).</li>
 * </ul>
 * A count of zero is not stored. Like the ideas' statistics, these terms are bookkeeping, not the public
 * vocabulary: shared here so that the loader that writes them and the server that reads them cannot disagree.
 */
public final class CountTerms {
    public static final String NS = "https://w3id.org/workgraph/ns/counts#";

    public static final Node DOCUMENTS = term("documents");
    public static final Node POSTS = term("posts");
    public static final Node DIGESTS = term("digests");
    public static final Node RESPONSES = term("responses");
    public static final Node PEOPLE = term("people");
    public static final Node IDEAS = term("ideas");
    public static final Node SIGNALS = term("signals");

    public static final Node WROTE = term("wrote");
    public static final Node ANSWERED = term("answered");
    public static final Node ANSWERED_BY = term("answeredBy");
    public static final Node MENTIONED_IN = term("mentionedIn");

    /** An idea's documents use {@link #DOCUMENTS}; its documents and responses together: */
    public static final Node ITEMS = term("items");

    private CountTerms() {}

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }
}

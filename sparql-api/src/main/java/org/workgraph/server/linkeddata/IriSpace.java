package org.workgraph.server.linkeddata;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.workgraph.ontology.IriScheme;

/**
 * The correspondence between resource IRIs (made as {@link IriScheme} says) and this server's paths: {@code <base>rest} is served at
 * {@code /id/rest}. With the default base (https://w3id.org/workgraph/id/) the w3id redirect leads here;
 * with {@code --base http://host:port/id/} the IRIs dereference on this server directly.
 */
public final class IriSpace {
    public static final String PATH = "/id/";

    /** What may follow /id/: IRI path characters, percent-escapes included; nothing that could break out of an IRI. */
    private static final Pattern SAFE_REST = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@/%-]+");

    private final String base;

    public IriSpace(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    /** The resource a path below /id/ names, or null when the path could not be an IRI under the base. */
    public Node resource(String rawRest) {
        if (rawRest == null || rawRest.isEmpty() || !SAFE_REST.matcher(rawRest).matches()) return null;
        return NodeFactory.createURI(base + rawRest);
    }

    /** The local path of an IRI under the base (for links in HTML), or null for IRIs elsewhere. */
    public String localPath(String iri) {
        return iri != null && iri.startsWith(base) && iri.length() > base.length() ? PATH + iri.substring(base.length()) : null;
    }

    /** The key of a document IRI ({@code <base>doc/KEY}), or null when the IRI is not one. */
    public String documentKey(String iri) { return keyAfter(iri, IriScheme.DOCUMENT); }

    /** The document IRI of a key, or null when the key could not be one. */
    public Node document(String key) { return underBase(IriScheme.DOCUMENT, key); }

    /** The key of a person's IRI ({@code <base>person/KEY}), or null when the IRI is not one. */
    public String personKey(String iri) { return keyAfter(iri, IriScheme.PERSON); }

    /** The person IRI of a key, or null when the key could not be one. */
    public Node person(String key) { return underBase(IriScheme.PERSON, key); }

    /** The key of an idea's IRI ({@code <base>idea/KEY}), or null when the IRI is not one. */
    public String ideaKey(String iri) { return keyAfter(iri, IriScheme.IDEA); }

    /** The idea IRI of a key, or null when the key could not be one. */
    public Node idea(String key) { return underBase(IriScheme.IDEA, key); }

    /** The part of an IRI after {@code <base>prefix}, e.g. the key of a document after "doc/"; null if not one. */
    private String keyAfter(String iri, String prefix) {
        String start = base + prefix;
        if (iri == null || !iri.startsWith(start)) return null;
        String key = iri.substring(start.length());
        return key.isEmpty() || key.contains("/") ? null : key;
    }

    /** The IRI {@code <base>prefix key}, when the key is a plain path segment; otherwise null. */
    private Node underBase(String prefix, String key) {
        if (key == null || key.isEmpty() || key.contains("/") || !SAFE_REST.matcher(key).matches()) return null;
        return NodeFactory.createURI(base + prefix + key);
    }
}

package org.workgraph.server.linkeddata;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The correspondence between resource IRIs and this server's paths: {@code <base>rest} is served at
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

    /** The part of an IRI after {@code <base>prefix}, e.g. the key of a document after "doc/"; null if not one. */
    public String keyAfter(String iri, String prefix) {
        String start = base + prefix;
        if (iri == null || !iri.startsWith(start)) return null;
        String key = iri.substring(start.length());
        return key.isEmpty() || key.contains("/") ? null : key;
    }

    /** The IRI {@code <base>prefix key}, when the key is a plain path segment; otherwise null. */
    public Node underBase(String prefix, String key) {
        if (key == null || key.isEmpty() || key.contains("/") || !SAFE_REST.matcher(key).matches()) return null;
        return NodeFactory.createURI(base + prefix + key);
    }
}

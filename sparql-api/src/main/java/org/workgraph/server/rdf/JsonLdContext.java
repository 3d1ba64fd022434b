package org.workgraph.server.rdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * The published JSON-LD context of the vocabulary: the namespaces as prefixes and the Workgraph namespace as
 * {@code @vocab}. It is exactly the context RIOT compacts with (see {@link RdfFormats}), so a document that
 * refers to it by URL expands to the same triples.
 */
public final class JsonLdContext {
    /** Where the context is served, below the ontology's path. */
    public static final String PATH = "/ns/context.jsonld";

    private JsonLdContext() {}

    public static String json(PrefixMapping jsonLdPrefixes) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode context = mapper.createObjectNode();
        jsonLdPrefixes.getNsPrefixMap().forEach((prefix, ns) -> { if (!prefix.isEmpty()) context.put(prefix, ns); });
        String vocab = jsonLdPrefixes.getNsPrefixURI("");
        if (vocab != null) context.put("@vocab", vocab);
        ObjectNode doc = mapper.createObjectNode();
        doc.set("@context", context);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

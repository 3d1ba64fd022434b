package org.workgraph.server.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.workgraph.ontology.Ontology;

/**
 * Content negotiation and RDF output for everything the server describes (resources, the ontology, VoID,
 * the service description). Writing is RIOT's; the one addition is that compact JSON-LD refers to the
 * published context ({@link JsonLdContext}) instead of repeating it inline.
 */
public final class RdfFormats {
    public static final String TURTLE = WebContent.contentTypeTurtle;
    public static final String JSON_LD = WebContent.contentTypeJSONLD;
    public static final String N_TRIPLES = WebContent.contentTypeNTriples;
    public static final String RDF_XML = WebContent.contentTypeRDFXML;
    public static final String HTML = "text/html";

    /** What RDF can be had, best first: a client that accepts anything gets Turtle. */
    public static final List<String> RDF = List.of(TURTLE, JSON_LD, N_TRIPLES, RDF_XML);

    private final PrefixMapping turtlePrefixes;
    private final PrefixMapping jsonLdPrefixes;
    private final ObjectMapper json = new ObjectMapper();

    public RdfFormats(Ontology ontology) {
        this.turtlePrefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.forTurtle(ontology)).lock();
        this.jsonLdPrefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.forJsonLd(ontology)).lock();
    }

    public PrefixMapping turtlePrefixes() { return turtlePrefixes; }

    public PrefixMapping jsonLdPrefixes() { return jsonLdPrefixes; }

    /**
     * The media type to answer with, from the request's Accept header and what is offered (best first);
     * the first offer when there is no Accept header; null when nothing offered is acceptable (406).
     */
    public static String negotiate(String acceptHeader, List<String> offers) {
        if (acceptHeader == null || acceptHeader.isBlank()) return offers.get(0);
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(acceptHeader), AcceptList.create(offers.toArray(String[]::new)));
        } catch (RuntimeException malformed) {
            return null;
        }
        return chosen == null ? null : chosen.getContentTypeStr();
    }

    /**
     * Writes a graph in one of {@link #RDF}. For JSON-LD, {@code contextUrl} is where the context is
     * published; the output is compacted with exactly that context and then refers to it by URL.
     */
    public void write(Graph graph, String mediaType, String contextUrl, OutputStream out) throws IOException {
        switch (mediaType) {
            case TURTLE -> RDFWriter.source(withPrefixes(graph, turtlePrefixes)).format(RDFFormat.TURTLE_PRETTY).output(out);
            case N_TRIPLES -> RDFWriter.source(graph).format(RDFFormat.NTRIPLES_UTF8).output(out);
            case RDF_XML -> RDFWriter.source(withPrefixes(graph, turtlePrefixes)).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSON_LD -> out.write(jsonLd(graph, contextUrl).getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("Not an RDF format offered: " + mediaType);
        }
    }

    private String jsonLd(Graph graph, String contextUrl) throws IOException {
        // RIOT's JSON-LD 1.1 writer compacts with the graph's prefixes as the context ("" becomes @vocab).
        // That context is the published one, so the inline copy can be swapped for a reference to it.
        // All the prefixes, used or not: the inline context must be exactly the published one to be replaced by it.
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(jsonLdPrefixes);
        graph.find().forEachRemaining(g::add);
        String written = RDFWriter.source(g).format(RDFFormat.JSONLD11_PRETTY).asString();
        var tree = json.readTree(written);
        if (contextUrl != null && tree instanceof ObjectNode obj && obj.has("@context")) {
            ObjectNode out = json.createObjectNode();
            out.put("@context", contextUrl);
            obj.fields().forEachRemaining(e -> { if (!e.getKey().equals("@context")) out.set(e.getKey(), e.getValue()); });
            tree = out;
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /** A copy of the graph declaring those of the prefixes whose namespace it uses (a short description needs few). */
    private static Graph withPrefixes(Graph graph, PrefixMapping prefixes) {
        Graph g = GraphFactory.createDefaultGraph();
        java.util.Set<String> iris = new java.util.HashSet<>();
        graph.find().forEachRemaining(t -> {
            g.add(t);
            for (var n : new org.apache.jena.graph.Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) iris.add(n.getURI());
                else if (n.isLiteral()) iris.add(n.getLiteralDatatypeURI());
            }
        });
        prefixes.getNsPrefixMap().forEach((prefix, ns) -> {
            if (iris.stream().anyMatch(iri -> iri != null && iri.startsWith(ns))) g.getPrefixMapping().setNsPrefix(prefix, ns);
        });
        return g;
    }
}

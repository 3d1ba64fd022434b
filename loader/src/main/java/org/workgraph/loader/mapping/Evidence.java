package org.workgraph.loader.mapping;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.workgraph.loader.extract.Span;
import org.workgraph.ontology.Vocab;
import org.workgraph.ontology.WG;

/**
 * Writes why the graph states a fact: a {@code wg:Evidence} node naming the fact (rdf:subject, predicate,
 * object) and the rule ({@code wg:method}), and for each quote a W3C Web Annotation target: its source (the document
 * or response whose {@code sioc:content} the offsets refer to) and one selector with the quoted words and their
 * offsets. This is the one place evidence is shaped; every kind of fact the loader infers comes through it.
 * <p>
 * The shape is lean on purpose (it was 15 quads for a one-quote fact, now 11): one selector carries both the quote
 * ({@code oa:exact}) and the position ({@code oa:start}, {@code oa:end}) instead of a quote selector and a
 * position selector; targets and selectors state no types (what they are follows from {@code oa:hasTarget} and
 * {@code oa:hasSelector}); and the source is named once, by {@code oa:hasSource}, not again by
 * {@code prov:wasDerivedFrom}. The evidence node itself keeps its type and the fact's five properties, which is
 * what queries select evidence by.
 */
public final class Evidence {
    private final StreamRDF out;
    private final Node graph;

    public Evidence(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    /**
     * @param node   the evidence node's IRI
     * @param source where each span's words are (the document or response its unit number means)
     */
    public void write(Node node, Node s, Node p, Node o, String method, List<Span> spans, Function<Span, Node> source) {
        add(node, RDF.type.asNode(), WG.Evidence.asNode());
        add(node, RDF.subject.asNode(), s);
        add(node, RDF.predicate.asNode(), p);
        add(node, RDF.object.asNode(), o);
        add(node, WG.method.asNode(), NodeFactory.createLiteralString(method));
        int t = 0;
        for (Span span : spans) {
            Node target = NodeFactory.createURI(node.getURI() + "/target/" + (++t));
            add(node, Vocab.oaHasTarget.asNode(), target);
            add(target, Vocab.oaHasSource.asNode(), source.apply(span));
            Node selector = NodeFactory.createURI(target.getURI() + "/quote");
            add(target, Vocab.oaHasSelector.asNode(), selector);
            add(selector, Vocab.oaExact.asNode(), NodeFactory.createLiteralString(span.exact()));
            add(selector, Vocab.oaStart.asNode(), NodeFactory.createLiteralDT(Integer.toString(span.start()), XSDDatatype.XSDnonNegativeInteger));
            add(selector, Vocab.oaEnd.asNode(), NodeFactory.createLiteralDT(Integer.toString(span.end()), XSDDatatype.XSDnonNegativeInteger));
        }
    }

    private void add(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }
}

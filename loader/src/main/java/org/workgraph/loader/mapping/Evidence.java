package org.workgraph.loader.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
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
 * what queries select evidence by. A span with no offsets (start below zero: words of a title, which has no
 * content of its own) is quoted without a position.
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
        write(node, s, p, o, null, method, spans, source);
    }

    /**
     * The same, for a fact found by a measure rather than a rule: {@code score} (0 to 1, or null for none) is
     * stated as the evidence node's {@code wg:score}.
     */
    public void write(Node node, Node s, Node p, Node o, BigDecimal score, String method, List<Span> spans, Function<Span, Node> source) {
        add(node, RDF.type.asNode(), WG.Evidence.asNode());
        // In canonical form ("0.27", "1.0"): TDB2 keeps decimals as values and gives them back canonical, so any
        // other spelling ("0.270") could not be found again to delete.
        if (score != null) add(node, WG.score.asNode(), NodeValue.makeDecimal(score).asNode());
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
            if (span.start() < 0) continue;
            add(selector, Vocab.oaStart.asNode(), NodeFactory.createLiteralDT(Integer.toString(span.start()), XSDDatatype.XSDnonNegativeInteger));
            add(selector, Vocab.oaEnd.asNode(), NodeFactory.createLiteralDT(Integer.toString(span.end()), XSDDatatype.XSDnonNegativeInteger));
        }
    }

    /** Takes an evidence node out of a graph with its targets and their selectors (what {@link #write} wrote). */
    public static void delete(DatasetGraph dsg, Node graph, Node node) {
        List<Node> targets = new ArrayList<>();
        dsg.find(graph, node, Vocab.oaHasTarget.asNode(), Node.ANY).forEachRemaining(q -> targets.add(q.getObject()));
        for (Node t : targets) {
            List<Node> selectors = new ArrayList<>();
            dsg.find(graph, t, Vocab.oaHasSelector.asNode(), Node.ANY).forEachRemaining(q -> selectors.add(q.getObject()));
            selectors.forEach(s -> dsg.deleteAny(graph, s, Node.ANY, Node.ANY));
            dsg.deleteAny(graph, t, Node.ANY, Node.ANY);
        }
        dsg.deleteAny(graph, node, Node.ANY, Node.ANY);
    }

    private void add(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }
}

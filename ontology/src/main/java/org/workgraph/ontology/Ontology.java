package org.workgraph.ontology;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;

/**
 * The Workgraph vocabulary and its SHACL shapes, read once from the module's resources.
 * This is the module's one entry point: mapping asks it for superclasses, validation for shapes,
 * writers for prefixes.
 */
public final class Ontology {
    private static final String VOCABULARY = "workgraph.ttl";
    private static final String SHAPES = "shapes.ttl";

    private final Model model;
    private final Graph shapesGraph;
    private final Map<Node, Set<Node>> superClasses = new ConcurrentHashMap<>();

    private Ontology(Model model, Graph shapesGraph) {
        this.model = model;
        this.shapesGraph = shapesGraph;
    }

    /** Reads the vocabulary and shapes from the classpath. */
    public static Ontology load() {
        return new Ontology(ModelFactory.createModelForGraph(read(VOCABULARY)), read(SHAPES));
    }

    /** The vocabulary as a read-only view; callers must not change it. */
    public Model model() { return model; }

    /** The SHACL shapes graph. */
    public Graph shapesGraph() { return shapesGraph; }

    public Shapes shapes() { return Shapes.parse(shapesGraph); }

    /** The vocabulary in Turtle, as shipped. */
    public static InputStream turtle() {
        return Ontology.class.getResourceAsStream(VOCABULARY);
    }

    /** Prefixes a writer should use: those of the vocabulary file, which cover every namespace it names. */
    public PrefixMapping prefixes() { return model; }

    /**
     * The class itself and every superclass the vocabulary declares, transitively. The loader writes all
     * of them so that queries need no reasoner ("types are materialised" in the contract).
     */
    public Set<Node> withSuperClasses(Node cls) {
        return superClasses.computeIfAbsent(cls, c -> {
            Set<Node> out = new LinkedHashSet<>();
            collect(model.asRDFNode(c).asResource(), out);
            return Collections.unmodifiableSet(out);
        });
    }

    private void collect(Resource cls, Set<Node> out) {
        if (!out.add(cls.asNode())) return;
        for (RDFNode sup : model.listObjectsOfProperty(cls, RDFS.subClassOf).toList()) {
            if (sup.isURIResource()) collect(sup.asResource(), out);
        }
    }

    private static Graph read(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing ontology resource " + resource);
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.workgraph.server.selfdescription;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.rdf.Prefixes;

/**
 * The two self-descriptions of the dataset: VoID (what the data is: size, classes, properties, graphs,
 * vocabularies, where to query it) and the SPARQL 1.1 Service Description of the endpoint (what the
 * endpoint speaks, over which dataset). Both are built from fresh {@link DatasetStatistics}.
 */
public final class SelfDescription {
    public static final String VOID_PATH = "/.well-known/void";

    private final DatasetStatistics.Reader statistics;
    private final String base;
    private final String sparqlPath;

    public SelfDescription(QueryRunner queries, String base, String sparqlPath) {
        this.statistics = new DatasetStatistics.Reader(queries, base);
        this.base = base;
        this.sparqlPath = sparqlPath;
    }

    /** The dataset's IRI: a fragment of the VoID document, on the host the client used. */
    static Node datasetNode(String origin) { return uri(origin + VOID_PATH + "#workgraph"); }

    /** The VoID description, with URLs on {@code origin} (scheme://host:port as the client addressed it). */
    public Graph voidDescription(String origin) {
        DatasetStatistics stats = statistics.read();
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = uri(origin + VOID_PATH);
        Node ds = datasetNode(origin);
        g.add(doc, RDF.type.asNode(), v("DatasetDescription"));
        g.add(doc, DCTerms.title.asNode(), lit("A VoID description of the Workgraph dataset"));
        g.add(doc, FOAF.primaryTopic.asNode(), ds);

        g.add(ds, RDF.type.asNode(), v("Dataset"));
        g.add(ds, DCTerms.title.asNode(), lit("Workgraph"));
        g.add(ds, DCTerms.description.asNode(), lit("Writing about the future of work as a knowledge graph: documents, "
                + "the responses that connect people, the ideas they discuss and digests' signals of change."));
        g.add(ds, v("sparqlEndpoint"), uri(origin + sparqlPath));
        g.add(ds, v("uriSpace"), lit(base));
        g.add(ds, v("uriLookupEndpoint"), lit(origin + "/id/"));
        g.add(ds, v("triples"), integer(stats.triples()));
        g.add(ds, v("entities"), integer(stats.entities()));
        g.add(ds, v("classes"), integer(stats.classes().size()));
        g.add(ds, v("properties"), integer(stats.properties().size()));
        g.add(ds, v("distinctSubjects"), integer(stats.distinctSubjects()));
        g.add(ds, v("distinctObjects"), integer(stats.distinctObjects()));
        for (String format : new String[] {"Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            g.add(ds, v("feature"), uri(Prefixes.FORMATS + format));
        }
        stats.vocabularies().forEach(ns -> g.add(ds, v("vocabulary"), uri(ns)));
        stats.examples().forEach(e -> g.add(ds, v("exampleResource"), e));
        stats.classes().forEach((cls, n) -> {
            Node part = NodeFactory.createBlankNode();
            g.add(ds, v("classPartition"), part);
            g.add(part, v("class"), cls);
            g.add(part, v("entities"), integer(n));
        });
        stats.properties().forEach((p, n) -> {
            Node part = NodeFactory.createBlankNode();
            g.add(ds, v("propertyPartition"), part);
            g.add(part, v("property"), p);
            g.add(part, v("triples"), integer(n));
        });
        // Each named graph is a subset; sd:name says which graph of the store it is.
        stats.graphs().forEach((graph, n) -> {
            Node subset = NodeFactory.createBlankNode();
            g.add(ds, v("subset"), subset);
            g.add(subset, RDF.type.asNode(), v("Dataset"));
            g.add(subset, sd("name"), graph);
            g.add(subset, v("triples"), integer(n));
        });
        return g;
    }

    /** The service description of the SPARQL query endpoint at {@code origin + endpointPath}. */
    public Graph serviceDescription(String origin, String endpointPath) {
        DatasetStatistics stats = statistics.read();
        Graph g = GraphFactory.createDefaultGraph();
        Node service = uri(origin + endpointPath + "#service");
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), uri(origin + endpointPath));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        // text:query is the one extension the endpoint adds to SPARQL: Lucene search over text and labels.
        g.add(service, sd("languageExtension"), uri("http://jena.apache.org/text#query"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "RDF_XML", "JSON-LD")) {
            g.add(service, sd("resultFormat"), uri(Prefixes.FORMATS + f));
        }

        Node dataset = datasetNode(origin);
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), sd("Dataset"));
        g.add(dataset, RDF.type.asNode(), v("Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(dataset, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        g.add(defaultGraph, v("triples"), integer(stats.triples()));
        stats.graphs().forEach((graph, n) -> {
            Node named = NodeFactory.createBlankNode();
            Node content = NodeFactory.createBlankNode();
            g.add(dataset, sd("namedGraph"), named);
            g.add(named, RDF.type.asNode(), sd("NamedGraph"));
            g.add(named, sd("name"), graph);
            g.add(named, sd("graph"), content);
            g.add(content, RDF.type.asNode(), sd("Graph"));
            g.add(content, v("triples"), integer(n));
        });
        return g;
    }

    private static Node v(String local) { return uri(Prefixes.VOID + local); }
    private static Node sd(String local) { return uri(Prefixes.SD + local); }
    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }
    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger); }
}

package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.workgraph.ontology.Vocab;
import org.workgraph.ontology.WG;

/**
 * The running text of one stored document, unit by unit: its body (a post's text, a digest's summary), its
 * comments and replies, and its table rows ("name. description"). Pingbacks and reblogs quote other sites and
 * are left out. Read straight from the document's own named graph, one document at a time, so a corpus of any
 * size is never held in memory.
 */
record DocumentText(Ref ref, List<Unit> units) {

    /** Where a document is: its node, its named graph, its file name and title. */
    record Ref(Node node, Node graph, String file, String title) {}

    /**
     * One stretch of text and the resource it belongs to (what evidence offsets refer to). {@code heading} is the
     * label a digest row opens with ("Portable Pensions"), null for running text.
     */
    record Unit(Node resource, String text, boolean response, String heading) {}

    /** Every document in the store, in file-name order. */
    static List<Ref> documents(DatasetGraph dsg) {
        List<Ref> out = new ArrayList<>();
        Dataset ds = DatasetFactory.wrap(dsg);
        String q = """
                PREFIX wg: <https://w3id.org/workgraph/ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?g ?d ?file ?title WHERE {
                  GRAPH ?g { ?d a wg:Document ; wg:sourceFile ?file . OPTIONAL { ?d dcterms:title ?title } }
                } ORDER BY ?file ?d""";
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(new Ref(s.getResource("d").asNode(), s.getResource("g").asNode(), s.getLiteral("file").getLexicalForm(),
                        s.contains("title") ? s.getLiteral("title").getLexicalForm() : null));
            }
        }
        return out;
    }

    /**
     * The document a graph holds, or null when it holds none: a document's own graph, in the store or in memory
     * (the loading pipeline reads the graph it has just mapped, so ideas are found before anything is stored).
     */
    static Ref in(DatasetGraph dsg, Node g) {
        var docs = dsg.find(g, Node.ANY, RDF.type.asNode(), WG.Document.asNode());
        if (!docs.hasNext()) return null;
        Node d = docs.next().getSubject();
        String file = literal(dsg, g, d, WG.sourceFile.asNode()).orElse(null);
        if (file == null) return null;
        return new Ref(d, g, file, literal(dsg, g, d, DCTerms.title.asNode()).orElse(null));
    }

    /** Reads one document's units from its graph: body first, then responses and rows in IRI order. */
    static DocumentText read(DatasetGraph dsg, Ref ref) {
        Node g = ref.graph();
        List<Unit> units = new ArrayList<>();
        text(dsg, g, ref.node()).ifPresent(t -> units.add(new Unit(ref.node(), t, false, null)));
        List<Unit> responses = new ArrayList<>();
        Iter.forEach(dsg.find(g, Node.ANY, WG.onDocument.asNode(), ref.node()), q -> {
            Node r = q.getSubject();
            if (dsg.contains(g, r, RDF.type.asNode(), WG.Pingback.asNode()) || dsg.contains(g, r, RDF.type.asNode(), WG.Reblog.asNode())) return;
            text(dsg, g, r).ifPresent(t -> responses.add(new Unit(r, t, true, null)));
        });
        List<Unit> rows = new ArrayList<>();
        Iter.forEach(dsg.find(g, Node.ANY, WG.inDigest.asNode(), ref.node()), q -> {
            Node row = q.getSubject();
            literal(dsg, g, row, RDFS.label.asNode()).ifPresent(name -> rows.add(new Unit(row,
                    name + ". " + literal(dsg, g, row, DCTerms.description.asNode()).orElse(""), false, name)));
        });
        Comparator<Unit> byIri = Comparator.comparing(u -> u.resource().toString());
        responses.sort(byIri);
        rows.sort(byIri);
        units.addAll(responses);
        units.addAll(rows);
        return new DocumentText(ref, units);
    }

    private static Optional<String> text(DatasetGraph dsg, Node g, Node s) {
        return literal(dsg, g, s, Vocab.siocContent.asNode());
    }

    private static Optional<String> literal(DatasetGraph dsg, Node g, Node s, Node p) {
        return Iter.asStream(dsg.find(g, s, p, Node.ANY)).map(Quad::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst();
    }
}

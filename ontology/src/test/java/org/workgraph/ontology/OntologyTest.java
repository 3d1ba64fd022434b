package org.workgraph.ontology;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private final Ontology ontology = Ontology.load();

    @Test
    void vocabularyParsesAndDeclaresAnOntology() {
        Model m = ontology.model();
        assertTrue(m.contains(m.createResource(WG.ONTOLOGY), RDF.type, OWL.Ontology));
        assertTrue(m.size() > 100, "vocabulary looks truncated: " + m.size() + " triples");
    }

    /** Reads the contract's class and property tables and checks each term is declared with label and comment. */
    @Test
    void everyContractedTermIsDeclared() throws IOException {
        Path contract = Path.of(System.getProperty("workgraph.shared", "../../shared"), "contract", "README.md");
        String text = Files.readString(contract);
        Model m = ontology.model();
        List<String> terms = contractedTerms(text, m);
        assertTrue(terms.size() > 40, "found only " + terms.size() + " contracted terms in " + contract);
        List<String> missing = new ArrayList<>();
        for (String iri : terms) {
            Resource r = m.createResource(iri);
            boolean typed = m.contains(r, RDF.type, OWL.Class) || m.contains(r, RDF.type, OWL.ObjectProperty)
                    || m.contains(r, RDF.type, OWL.DatatypeProperty) || m.contains(r, RDF.type, OWL.AnnotationProperty);
            if (!typed || !m.contains(r, RDFS.label) || !m.contains(r, RDFS.comment)) missing.add(iri);
        }
        assertEquals(List.of(), missing, "contracted terms without a declaration, label and comment");
    }

    @Test
    void subclassAxiomsAreMaterialisable() {
        var reply = ontology.withSuperClasses(WG.Reply.asNode());
        assertTrue(reply.contains(WG.Comment.asNode()));
        assertTrue(reply.contains(WG.Response.asNode()));
        assertTrue(reply.contains(NodeFactory.createURI(Vocab.SIOC + "Post")));
        assertTrue(reply.contains(NodeFactory.createURI(Vocab.SIOCT + "Comment")));
        var post = ontology.withSuperClasses(WG.BlogPost.asNode());
        assertTrue(post.contains(NodeFactory.createURI(Vocab.SCHEMA + "BlogPosting")));
        assertTrue(post.contains(NodeFactory.createURI(Vocab.PROV + "Entity")));
    }

    /** Terms written as `prefix:local` in the contract's Classes and Properties tables. */
    private static List<String> contractedTerms(String text, Model m) {
        int start = text.indexOf("## Classes");
        int end = text.indexOf("## Graphs and identity");
        String tables = text.substring(start, end);
        List<String> out = new ArrayList<>();
        Matcher matcher = Pattern.compile("`([a-z]+):([A-Za-z_]+)`").matcher(tables);
        while (matcher.find()) {
            if (matcher.group(1).equals("xsd")) continue; // datatypes are ranges, not terms of the vocabulary
            String ns = m.getNsPrefixURI(matcher.group(1));
            assertNotNull(ns, "unknown prefix in contract: " + matcher.group(1));
            String iri = ns + matcher.group(2);
            if (!out.contains(iri)) out.add(iri);
        }
        return out;
    }
}

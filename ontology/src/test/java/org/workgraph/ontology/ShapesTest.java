package org.workgraph.ontology;

import static org.junit.jupiter.api.Assertions.*;


import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

class ShapesTest {
    private static final String PREFIXES = """
            @prefix wg: <https://w3id.org/workgraph/ns#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix sioc: <http://rdfs.org/sioc/ns#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix : <https://w3id.org/workgraph/id/> .
            """;
    private static final String GOOD = PREFIXES + """
            :doc a wg:Document, wg:BlogPost ; wg:sourceFile "a.txt" ;
                wg:sha256 "0000000000000000000000000000000000000000000000000000000000000000" ;
                dcterms:title "A post" ; wg:claimedResponseCount 2 ; dcterms:creator :ann .
            :ann a foaf:Person ; foaf:name "Ann" .
            :c1 a wg:Response, wg:Comment ; wg:onDocument :doc ; sioc:reply_of :doc ; wg:position 1 ;
                dcterms:creator :ann .
            :c2 a wg:Response, wg:Comment, wg:Reply ; wg:onDocument :doc ; sioc:reply_of :c1 ; wg:position 2 .
            :digest a wg:Document, wg:SignalDigest ; wg:sourceFile "d.txt" ;
                wg:sha256 "1111111111111111111111111111111111111111111111111111111111111111" .
            :s1 a wg:Signal, wg:ChangeSignal ; wg:inDigest :digest ; rdfs:label "Rise" ; wg:relevancy 5 .
            :e1 a wg:Evidence ; rdf:subject :doc ; rdf:predicate dcterms:creator ; rdf:object :ann ; wg:method "byline" ;
                oa:hasTarget :e1t . :e1t oa:hasSource :doc ; oa:hasSelector :e1q .
            :e1q oa:exact "By Ann" ; oa:start "0"^^xsd:nonNegativeInteger ; oa:end "6"^^xsd:nonNegativeInteger .
            """;

    private final Ontology ontology = Ontology.load();

    @Test
    void acceptsWellFormedData() {
        ValidationReport report = validate(GOOD);
        assertTrue(report.conforms(), () -> "unexpected violations: " + report.getEntries());
    }

    @Test
    void rejectsAReplyToADocumentAndAnOutOfRangeRelevancy() {
        String bad = GOOD.replace("sioc:reply_of :c1", "sioc:reply_of :doc").replace("wg:relevancy 5", "wg:relevancy 9");
        ValidationReport report = validate(bad);
        assertFalse(report.conforms());
        assertEquals(2, report.getEntries().size(), () -> report.getEntries().toString());
    }

    @Test
    void rejectsAResponseWithoutPositionAndAPersonWithTwoNames() {
        String bad = GOOD.replace("wg:position 2 .", ".").replace("foaf:name \"Ann\"", "foaf:name \"Ann\", \"ann\"");
        ValidationReport report = validate(bad);
        assertFalse(report.conforms());
        assertEquals(2, report.getEntries().size(), () -> report.getEntries().toString());
    }

    @Test
    void rejectsEvidenceWithoutItsRuleAndAQuoteWithoutOffsets() {
        String bad = GOOD.replace("wg:method \"byline\" ;", "").replace("oa:start \"0\"^^xsd:nonNegativeInteger ;", "");
        ValidationReport report = validate(bad);
        assertFalse(report.conforms());
        assertEquals(2, report.getEntries().size(), () -> report.getEntries().toString());
    }

    private ValidationReport validate(String turtle) {
        Graph data = RDFParser.fromString(turtle).lang(Lang.TURTLE).toGraph();
        return ShaclValidator.get().validate(ontology.shapes(), data);
    }
}

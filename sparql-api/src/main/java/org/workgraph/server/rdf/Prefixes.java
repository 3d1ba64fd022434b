package org.workgraph.server.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.workgraph.ontology.Ontology;
import org.workgraph.ontology.WG;

/**
 * The prefixes every RDF answer uses: those of the vocabulary file (which name every namespace the data
 * uses) plus VoID and SPARQL Service Description for the self-description documents.
 */
public final class Prefixes {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    private Prefixes() {}

    /** A fresh, unlocked copy: callers may add to it. */
    public static PrefixMapping forTurtle(Ontology ontology) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(ontology.prefixes());
        pm.removeNsPrefix("vann");
        pm.setNsPrefix("wg", WG.NS);
        pm.setNsPrefix("void", VOID);
        pm.setNsPrefix("sd", SD);
        pm.setNsPrefix("formats", FORMATS);
        return pm;
    }

    /**
     * The prefixes of compact JSON-LD: as for Turtle, except that the Workgraph namespace is the default
     * vocabulary ({@code @vocab}), so its terms appear as bare names ("BlogPost", "onDocument").
     */
    public static PrefixMapping forJsonLd(Ontology ontology) {
        PrefixMapping pm = forTurtle(ontology);
        pm.removeNsPrefix("wg");
        pm.setNsPrefix("", WG.NS);
        return pm;
    }

}

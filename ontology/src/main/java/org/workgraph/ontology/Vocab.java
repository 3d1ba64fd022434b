package org.workgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms Workgraph uses from other vocabularies that Jena does not ship constants for (SIOC, schema.org
 * over https, PROV). Dublin Core, FOAF, SKOS and RDFS come from Jena's own vocabulary classes.
 */
public final class Vocab {
    public static final String SIOC = "http://rdfs.org/sioc/ns#";
    public static final String SIOCT = "http://rdfs.org/sioc/types#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OA = "http://www.w3.org/ns/oa#";

    public static final Property siocContent = ResourceFactory.createProperty(SIOC + "content");
    public static final Property siocReplyOf = ResourceFactory.createProperty(SIOC + "reply_of");
    public static final Resource schemaCreativeWork = ResourceFactory.createResource(SCHEMA + "CreativeWork");
    public static final Property schemaMentions = ResourceFactory.createProperty(SCHEMA + "mentions");
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property provGeneratedAtTime = ResourceFactory.createProperty(PROV + "generatedAtTime");
    public static final Property schemaUrl = ResourceFactory.createProperty(SCHEMA + "url");


    // W3C Web Annotation: where in a text a finding rests.
    public static final Property oaHasTarget = ResourceFactory.createProperty(OA + "hasTarget");
    public static final Property oaHasSource = ResourceFactory.createProperty(OA + "hasSource");
    public static final Property oaHasSelector = ResourceFactory.createProperty(OA + "hasSelector");
    public static final Property oaExact = ResourceFactory.createProperty(OA + "exact");
    public static final Property oaStart = ResourceFactory.createProperty(OA + "start");
    public static final Property oaEnd = ResourceFactory.createProperty(OA + "end");

    private Vocab() {}
}

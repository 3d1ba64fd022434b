package org.workgraph.server.linkeddata;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.workgraph.ontology.WG;
import org.workgraph.server.http.Html;

/**
 * The vocabulary as a page: every class and property the ontology declares, each under an anchor named
 * after it, so that {@code https://w3id.org/workgraph/ns#Document} lands on its own entry.
 */
final class OntologyPage {
    private final Model vocabulary;
    private final PrefixMapping prefixes;

    OntologyPage(Model vocabulary, PrefixMapping prefixes) {
        this.vocabulary = vocabulary;
        this.prefixes = prefixes;
    }

    /** The anchor of a term: its local name in the Workgraph namespace, its prefixed name otherwise. */
    static String anchor(String iri, PrefixMapping prefixes) {
        return iri.startsWith(WG.NS) ? iri.substring(WG.NS.length()) : prefixes.shortForm(iri);
    }

    String render() {
        Resource ontology = vocabulary.createResource(WG.ONTOLOGY);
        String title = text(ontology, RDFS.label, "Workgraph vocabulary");
        StringBuilder h = new StringBuilder(16384);
        Pages.head(h, title);
        h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        h.append("<p>").append(Html.escape(text(ontology, RDFS.comment, ""))).append("</p>\n");
        h.append("<p class=\"iri\">Namespace <code>").append(Html.escape(WG.NS)).append("</code>, prefix <code>wg:</code>; version ")
                .append(Html.escape(text(ontology, OWL.versionInfo, "?"))).append(". Also as Turtle and JSON-LD (ask in the Accept header); ")
                .append("the JSON-LD context is <a href=\"").append(OntologyServlet.CONTEXT_PATH).append("\">context.jsonld</a>.</p>\n");

        List<Resource> classes = terms(OWL.Class);
        h.append("<h2>Classes</h2>\n<table>\n<tr><th>class</th><th>meaning</th><th>subclass of</th></tr>\n");
        for (Resource c : classes) {
            h.append("<tr id=\"").append(Html.escape(anchor(c.getURI(), prefixes))).append("\"><td><code>")
                    .append(Html.escape(prefixes.shortForm(c.getURI()))).append("</code><br>").append(Html.escape(text(c, RDFS.label, "")))
                    .append("</td><td>").append(Html.escape(text(c, RDFS.comment, ""))).append("</td><td>")
                    .append(links(c, RDFS.subClassOf)).append("</td></tr>\n");
        }
        h.append("</table>\n");

        List<Resource> properties = terms(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty);
        h.append("<h2>Properties</h2>\n<table>\n<tr><th>property</th><th>meaning</th><th>domain</th><th>range</th></tr>\n");
        for (Resource p : properties) {
            h.append("<tr id=\"").append(Html.escape(anchor(p.getURI(), prefixes))).append("\"><td><code>")
                    .append(Html.escape(prefixes.shortForm(p.getURI()))).append("</code><br>").append(Html.escape(text(p, RDFS.label, "")))
                    .append("</td><td>").append(Html.escape(text(p, RDFS.comment, ""))).append("</td><td>")
                    .append(links(p, RDFS.domain)).append("</td><td>").append(links(p, RDFS.range)).append("</td></tr>\n");
        }
        h.append("</table>\n");
        Pages.foot(h);
        return h.toString();
    }

    /** Declared terms of the given kinds, Workgraph's own first, then by prefixed name. */
    List<Resource> terms(Resource... kinds) {
        return java.util.Arrays.stream(kinds)
                .flatMap(k -> vocabulary.listSubjectsWithProperty(RDF.type, k).toList().stream())
                .filter(Resource::isURIResource).distinct()
                .sorted(Comparator.comparing((Resource r) -> !r.getURI().startsWith(WG.NS)).thenComparing(r -> prefixes.shortForm(r.getURI())))
                .toList();
    }

    private String links(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isURIResource)
                .map(o -> o.asResource().getURI())
                .sorted()
                .map(iri -> {
                    boolean declared = vocabulary.contains(vocabulary.createResource(iri), RDF.type);
                    String name = Html.escape(prefixes.shortForm(iri));
                    return declared ? "<a href=\"#" + Html.escape(anchor(iri, prefixes)) + "\">" + name + "</a>" : "<code>" + name + "</code>";
                })
                .collect(Collectors.joining(", "));
    }

    private static String text(Resource r, org.apache.jena.rdf.model.Property p, String otherwise) {
        Statement st = r.getProperty(p);
        return st == null ? otherwise : st.getObject().isLiteral() ? st.getString() : st.getObject().toString();
    }
}

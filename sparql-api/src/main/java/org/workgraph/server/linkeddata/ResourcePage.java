package org.workgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.workgraph.ontology.WG;
import org.workgraph.server.http.Html;

/**
 * The HTML view of a resource's description, for people with browsers: its label, types, properties and what
 * refers to it, with links that stay on this server. Every piece of text from the data is escaped.
 */
final class ResourcePage {
    private final IriSpace iris;
    private final Model vocabulary;
    private final PrefixMapping prefixes;

    ResourcePage(IriSpace iris, Model vocabulary, PrefixMapping prefixes) {
        this.iris = iris;
        this.vocabulary = vocabulary;
        this.prefixes = prefixes;
    }

    String render(Node subject, Graph description) {
        String title = label(description, subject);
        StringBuilder h = new StringBuilder(4096);
        Pages.head(h, title);
        h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        h.append("<p class=\"iri\"><code>").append(Html.escape(subject.getURI())).append("</code></p>\n");

        List<Node> types = description.find(subject, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (!types.isEmpty()) {
            h.append("<p class=\"types\">");
            types.stream().sorted(Comparator.comparing(this::shortName)).forEach(t -> h.append(link(t, shortName(t))).append(' '));
            h.append("</p>\n");
        }

        Map<String, List<Triple>> outgoing = new TreeMap<>();
        description.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(RDF.type.asNode())) outgoing.computeIfAbsent(shortName(t.getPredicate()), k -> new ArrayList<>()).add(t);
        });
        h.append("<table>\n<tr><th>property</th><th>value</th></tr>\n");
        outgoing.forEach((name, triples) -> {
            triples.sort(Comparator.comparing(t -> t.getObject().toString()));
            for (Triple t : triples) {
                h.append("<tr><td>").append(propertyLink(t.getPredicate(), name)).append("</td><td>")
                        .append(value(t.getObject(), description)).append("</td></tr>\n");
            }
        });
        h.append("</table>\n");

        List<Triple> incoming = description.find(Node.ANY, Node.ANY, subject).toList();
        if (!incoming.isEmpty()) {
            incoming.sort(Comparator.comparing((Triple t) -> shortName(t.getPredicate())).thenComparing(t -> t.getSubject().toString()));
            h.append("<h2>Referred to by</h2>\n<table>\n<tr><th>resource</th><th>property</th></tr>\n");
            for (Triple t : incoming) {
                h.append("<tr><td>").append(value(t.getSubject(), description)).append("</td><td>")
                        .append(propertyLink(t.getPredicate(), shortName(t.getPredicate()))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<p class=\"formats\">The same description as data: ask for <code>text/turtle</code>, "
                + "<code>application/ld+json</code>, <code>application/n-triples</code> or <code>application/rdf+xml</code> "
                + "in the Accept header, e.g. <code>curl -H 'Accept: text/turtle' ")
                .append(Html.escape(subject.getURI())).append("</code>.</p>\n");
        Pages.foot(h);
        return h.toString();
    }

    private String value(Node o, Graph description) {
        if (o.isLiteral()) {
            String text = o.getLiteralLexicalForm();
            return text.length() > 200 ? "<p>" + Html.escape(text) + "</p>" : Html.escape(text);
        }
        if (o.isURI()) {
            String label = labelOrNull(description, o);
            return link(o, label != null ? label : shortName(o));
        }
        return Html.escape(o.toString());
    }

    private String link(Node n, String text) {
        String href = href(n.getURI());
        return "<a href=\"" + Html.escape(href) + "\" title=\"" + Html.escape(n.getURI()) + "\">" + Html.escape(text) + "</a>";
    }

    private String propertyLink(Node p, String name) {
        String label = vocabularyLabel(p);
        return "<a href=\"" + Html.escape(href(p.getURI())) + "\"" + (label == null ? "" : " title=\"" + Html.escape(label) + "\"")
                + ">" + Html.escape(name) + "</a>";
    }

    /** Resources under the base link to their page here; vocabulary terms to the ontology page; others to themselves. */
    private String href(String iri) {
        String local = iris.localPath(iri);
        if (local != null) return local;
        if (iri.startsWith(WG.NS)) return OntologyServlet.PATH + "#" + iri.substring(WG.NS.length());
        if (vocabulary.containsResource(vocabulary.createResource(iri))) return OntologyServlet.PATH + "#" + OntologyPage.anchor(iri, prefixes);
        return iri;
    }

    private String shortName(Node n) {
        return n.isURI() ? prefixes.shortForm(n.getURI()) : n.toString();
    }

    private String vocabularyLabel(Node p) {
        var st = vocabulary.getProperty(vocabulary.createResource(p.getURI()), RDFS.label);
        return st == null ? null : st.getString();
    }

    static String label(Graph g, Node n) {
        String l = labelOrNull(g, n);
        return l != null ? l : n.getURI();
    }

    private static String labelOrNull(Graph g, Node n) {
        var it = g.find(n, RDFS.label.asNode(), Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            it.close();
        }
    }
}

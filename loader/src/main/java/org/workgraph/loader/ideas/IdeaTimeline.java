package org.workgraph.loader.ideas;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentChange;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.ontology.WG;

/**
 * Where each idea first appears: {@code wg:firstSeenIn} (the document), {@code wg:firstSeen} (its date, only when the
 * document states one) and {@code wg:firstSeenBasis}, in a graph of its own derived from the ideas graph.
 *
 * <p>An idea appears in a document when the document or one of its responses has it as {@code dcterms:subject}. The
 * first is the earliest by the date the document states ({@code dcterms:created}), ties broken by IRI; documents
 * stating no date come after every dated one, in IRI order. That fallback is deterministic: IRIs are made from file
 * names or stated URLs, so reloading the same documents in any order gives the same answer (the order of a load is
 * not: folders list differently, workers finish in any order). The basis says which decided: "stated date" when the
 * first document states its date, "fallback order" when no document using the idea states one.
 *
 * <p>A pure function of the ideas graph and the documents' dates, so it is exact under updates: a load or removal
 * revisits the ideas its documents link (before or after), and nothing else can change. An idea whose stated first
 * appearance is in another document keeps it unless a changed document's new appearance is earlier; one whose first
 * appearance was in a changed document is recomputed from all its links. This graph is kept after the ideas graph (it comes after it in {@code Loader#derivedGraphs}).
 */
public final class IdeaTimeline implements DerivedGraph {
    public static final String STATED_DATE = "stated date";
    public static final String FALLBACK_ORDER = "fallback order";

    private final Node graph;
    private final Node ideas;

    public IdeaTimeline(Iris iris) {
        this.graph = iris.timelineGraph();
        this.ideas = iris.ideasGraph();
    }

    @Override
    public Node graph() { return graph; }

    /** A document where an idea appears, ordered: stated dates first, earliest first; then by IRI. */
    public record Appearance(Node document, LocalDate date) implements Comparable<Appearance> {
        @Override
        public int compareTo(Appearance o) {
            if ((date == null) != (o.date == null)) return date == null ? 1 : -1;
            if (date != null && !date.equals(o.date)) return date.compareTo(o.date);
            return document.getURI().compareTo(o.document.getURI());
        }
    }

    @Override
    public int rebuild(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            Documents documents = new Documents(dsg);
            Map<Node, Appearance> first = new HashMap<>();
            // The links are streamed, not listed: a list of every link grows with the corpus (millions at 100,000
            // documents), the map only with the ideas. Nothing is written until the scan is done.
            dsg.find(ideas, Node.ANY, DCTerms.subject.asNode(), Node.ANY).forEachRemaining(link -> {
                Appearance a = documents.appearance(link.getSubject());
                if (a != null) first.merge(link.getObject(), a, IdeaTimeline::earlier);
            });
            first.forEach((idea, a) -> write(dsg, idea, a));
            return first.size();
        });
    }

    @Override
    public Runnable update(DatasetGraph dsg, List<DocumentChange> changes) {
        // Before the change: the ideas the old versions link (the ideas graph still holds their links).
        Set<Node> affected = new LinkedHashSet<>();
        Set<Node> changedDocuments = new HashSet<>();
        for (DocumentChange c : changes) {
            linkedFrom(dsg, c.graph(), affected);
            documentsIn(dsg, c.graph(), changedDocuments);
        }
        return () -> {
            Map<Node, Set<Node>> newLinks = new HashMap<>();
            for (DocumentChange c : changes) {
                if (c.removed()) continue;
                documentsIn(dsg, c.graph(), changedDocuments);
                for (Node r : resourcesIn(dsg, c.graph())) {
                    dsg.find(ideas, r, DCTerms.subject.asNode(), Node.ANY).forEachRemaining(q -> {
                        affected.add(q.getObject());
                        newLinks.computeIfAbsent(q.getObject(), k -> new LinkedHashSet<>()).add(r);
                    });
                }
            }
            Documents documents = new Documents(dsg);
            for (Node idea : affected) {
                // Only the changed documents' appearances changed. When the stored first appearance is in another
                // document it still stands, and the new first is the earlier of it and the changed documents' new
                // appearances: no need to read every link of a popular idea. Otherwise (the first was in a changed
                // document, or there was none) the idea's links are all read again.
                Appearance first = stored(dsg, idea);
                if (first == null || changedDocuments.contains(first.document())) {
                    first = null;
                    List<Quad> links = new ArrayList<>();
                    dsg.find(ideas, Node.ANY, DCTerms.subject.asNode(), idea).forEachRemaining(links::add);
                    for (Quad link : links) first = earlier(first, documents.appearance(link.getSubject()));
                } else {
                    for (Node r : newLinks.getOrDefault(idea, Set.of())) first = earlier(first, documents.appearance(r));
                }
                dsg.deleteAny(graph, idea, Node.ANY, Node.ANY);
                if (first != null) write(dsg, idea, first);
            }
        };
    }

    /** The first appearance the graph states for an idea (its date as written), or null for none. */
    private Appearance stored(DatasetGraph dsg, Node idea) {
        var in = dsg.find(graph, idea, WG.firstSeenIn.asNode(), Node.ANY);
        if (!in.hasNext()) return null;
        Node doc = in.next().getObject();
        var seen = dsg.find(graph, idea, WG.firstSeen.asNode(), Node.ANY);
        LocalDate date = seen.hasNext() ? LocalDate.parse(seen.next().getObject().getLiteralLexicalForm()) : null;
        return new Appearance(doc, date);
    }

    /** The documents a graph holds. */
    private static void documentsIn(DatasetGraph dsg, Node g, Set<Node> out) {
        dsg.find(g, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).forEachRemaining(q -> out.add(q.getSubject()));
    }

    /** The document of a graph and its responses: what can link an idea. */
    private static List<Node> resourcesIn(DatasetGraph dsg, Node g) {
        List<Node> resources = new ArrayList<>();
        dsg.find(g, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).forEachRemaining(q -> resources.add(q.getSubject()));
        dsg.find(g, Node.ANY, WG.onDocument.asNode(), Node.ANY).forEachRemaining(q -> resources.add(q.getSubject()));
        return resources;
    }


    /** The ideas that the document of a graph, or its responses, link. */
    private void linkedFrom(DatasetGraph dsg, Node g, Set<Node> out) {
        for (Node r : resourcesIn(dsg, g)) dsg.find(ideas, r, DCTerms.subject.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
    }

    private void write(DatasetGraph dsg, Node idea, Appearance a) {
        write(idea, a, dsg::add);
    }

    // What follows is this graph in parts that need no store, for a build that finds the first appearances elsewhere
    // (the Spark job: each document's appearances where it is mapped, the earliest per idea by a reduce). The builds
    // above call the same parts, so both give the same graph.

    /** An idea's first appearance: its document, its date when stated, and which of the two decided. */
    public void write(Node idea, Appearance a, Consumer<Quad> out) {
        out.accept(Quad.create(graph, idea, WG.firstSeenIn.asNode(), a.document()));
        if (a.date() != null) {
            out.accept(Quad.create(graph, idea, WG.firstSeen.asNode(), NodeFactory.createLiteralDT(a.date().toString(), XSDDatatype.XSDdate)));
        }
        out.accept(Quad.create(graph, idea, WG.firstSeenBasis.asNode(), NodeFactory.createLiteralString(a.date() != null ? STATED_DATE : FALLBACK_ORDER)));
    }

    /** The earlier of two appearances (the first of an idea is the earliest of all its documents'); either may be null (none yet). */
    public static Appearance earlier(Appearance a, Appearance b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Where an idea linked from each resource of the document in graph {@code g} appears: for the document and every
     * response on it, the document with the date it states, looked up as a build over the store looks them up.
     */
    public static Map<Node, Appearance> appearances(DatasetGraph dsg, Node g) {
        Set<Node> resources = new LinkedHashSet<>();
        dsg.find(g, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).forEachRemaining(q -> resources.add(q.getSubject()));
        dsg.find(g, Node.ANY, WG.onDocument.asNode(), Node.ANY).forEachRemaining(q -> resources.add(q.getSubject()));
        Documents documents = new Documents(dsg);
        Map<Node, Appearance> out = new HashMap<>();
        for (Node r : resources) {
            Appearance a = documents.appearance(r);
            if (a != null) out.put(r, a);
        }
        return out;
    }

    /** Documents and their dates as the store states them, each looked up once per build or update. */
    private static final class Documents {
        private final DatasetGraph dsg;
        private final Map<Node, Optional<Node>> documentOf = new HashMap<>();
        private final Map<Node, Optional<LocalDate>> dates = new HashMap<>();

        Documents(DatasetGraph dsg) { this.dsg = dsg; }

        /** The document a linked resource is (a document) or is on (a response); null for neither. */
        Appearance appearance(Node resource) {
            Node doc = documentOf.computeIfAbsent(resource, this::document).orElse(null);
            return doc == null ? null : new Appearance(doc, dates.computeIfAbsent(doc, this::date).orElse(null));
        }

        private Optional<Node> document(Node r) {
            if (dsg.find(Node.ANY, r, RDF.type.asNode(), WG.Document.asNode()).hasNext()) return Optional.of(r);
            var on = dsg.find(Node.ANY, r, WG.onDocument.asNode(), Node.ANY);
            return on.hasNext() ? Optional.of(on.next().getObject()) : Optional.empty();
        }

        private Optional<LocalDate> date(Node doc) {
            var it = dsg.find(Node.ANY, doc, DCTerms.created.asNode(), Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) continue;
                try {
                    return Optional.of(LocalDate.parse(o.getLiteralLexicalForm()));
                } catch (DateTimeParseException e) {
                    // not an xsd:date the mapper wrote: the document states no date we can order by
                }
            }
            return Optional.empty();
        }
    }
}

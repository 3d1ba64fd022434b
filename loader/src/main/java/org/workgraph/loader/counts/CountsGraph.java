package org.workgraph.loader.counts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentChange;
import org.workgraph.ontology.CountTerms;
import org.workgraph.ontology.Vocab;
import org.workgraph.ontology.WG;

/**
 * The counts the explorer's home page and the JSON API's lists show and rank by ({@link CountTerms}), kept in a graph
 * of their own so that a list reads them instead of counting over every document, person or idea link first.
 * <p>
 * Each count means exactly what the aggregate query it replaces computes over the whole store (the union of all
 * graphs, each resource counted once), and an update recomputes or adjusts only what a changed document touches:
 * <ul>
 * <li>the totals by kind: each resource the old or the new version types as a document, post, digest, response,
 * signal or person is looked up before and after the change, and each total moves by the difference (a person
 * named by other documents too stays counted); ideas are few (hundreds) and are counted again;</li>
 * <li>a person's counts are recounted from the store for everyone the document names, writes as, mentions, or
 * replies to (before or after): a few index lookups per thing they wrote, never the corpus;</li>
 * <li>an idea's counts move by what the changed document's own items link, before and after (an item belongs to
 * one document, so the sums stay exact): a popular idea is linked from thousands of documents, too many to
 * recount per update.</li>
 * </ul>
 * There is no drift: an update followed by {@link #rebuild} changes nothing. Kept after the ideas graph (it comes last
 * in {@code Loader#derivedGraphs}), so the idea links it reads after a change are the new ones. A store whose
 * counts were never built (made before this graph existed) is left alone by updates, and readers fall back on
 * aggregating: {@code kg reindex --counts} builds them.
 */
public final class CountsGraph implements DerivedGraph {
    /** The totals kept on the graph's own node, each with the class whose distinct members it counts. */
    private static final Map<Node, Node> TOTALS = Map.of(
            CountTerms.DOCUMENTS, WG.Document.asNode(),
            CountTerms.POSTS, WG.BlogPost.asNode(),
            CountTerms.DIGESTS, WG.SignalDigest.asNode(),
            CountTerms.RESPONSES, WG.Response.asNode(),
            CountTerms.PEOPLE, FOAF.Person.asNode(),
            CountTerms.SIGNALS, WG.Signal.asNode());

    private static final Node TYPE = RDF.type.asNode();
    private static final Node CREATOR = DCTerms.creator.asNode();
    private static final Node SUBJECT = DCTerms.subject.asNode();
    private static final Node REPLY_OF = Vocab.siocReplyOf.asNode();
    private static final Node MENTIONS = Vocab.schemaMentions.asNode();
    private static final Node ON_DOCUMENT = WG.onDocument.asNode();
    private static final Node IDEA = WG.Idea.asNode();
    private static final Node PERSON = FOAF.Person.asNode();
    private static final Node DOCUMENT = WG.Document.asNode();

    private final Node graph;

    public CountsGraph(Node graph) {
        this.graph = graph;
    }

    @Override
    public Node graph() { return graph; }

    /** Whether the counts were built (a store made before this graph existed has none until a rebuild). */
    public static boolean present(DatasetGraph dsg, Node graph) {
        return dsg.find(graph, graph, CountTerms.DOCUMENTS, Node.ANY).hasNext();
    }

    /** Counts everything again from the store, in one write transaction; returns how many people and ideas it counts. */
    @Override
    public int rebuild(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return count(dsg, dsg);
        });
    }

    /**
     * Counts everything in {@code source} into this graph in {@code target}, which must not have it yet: the store
     * itself ({@link #rebuild}), or a small dataset in memory beside a store that is served read-only and has no counts
     * of its own. The caller holds the transactions (read on the source, write on the target).
     */
    public int count(DatasetGraph source, DatasetGraph target) {
        for (Map.Entry<Node, Node> t : TOTALS.entrySet()) set(target, graph, t.getKey(), members(source, t.getValue()).size());
        Set<Node> people = members(source, PERSON);
        for (Node p : people) person(source, target, p);
        Set<Node> ideas = members(source, IDEA);
        set(target, graph, CountTerms.IDEAS, ideas.size());
        for (Node idea : ideas) {
            Map<Node, Contribution> links = new HashMap<>();
            Iter.forEach(source.find(Node.ANY, Node.ANY, SUBJECT, idea), q -> count(source, q.getSubject(), idea, links));
            Contribution c = links.getOrDefault(idea, new Contribution());
            set(target, idea, CountTerms.DOCUMENTS, c.documents.size());
            set(target, idea, CountTerms.ITEMS, c.items.size());
        }
        return people.size() + ideas.size();
    }

    @Override
    public Runnable update(DatasetGraph dsg, List<DocumentChange> changes) {
        if (!present(dsg, graph)) return () -> {};
        // Before the change: what the old versions type (each total's members), whom they touch, what their items link.
        Map<Node, Set<Node>> typed = new HashMap<>();
        Set<Node> people = new LinkedHashSet<>();
        Map<Node, Contribution> before = new HashMap<>();
        List<Set<Node>> newItems = new ArrayList<>();
        for (DocumentChange c : changes) {
            List<Quad> old = new ArrayList<>();
            Iter.forEach(dsg.find(c.graph(), Node.ANY, Node.ANY, Node.ANY), old::add);
            Set<Node> oldItems = items(old);
            scan(old, typed, people);
            neighbours(dsg, oldItems, people);
            for (Node item : oldItems) links(dsg, item, before);
            if (!c.removed()) {
                scan(c.quads(), typed, people);
                newItems.add(items(c.quads()));
            }
        }
        Map<Node, Map<Node, Boolean>> was = membership(dsg, typed);
        return () -> {
            Map<Node, Map<Node, Boolean>> is = membership(dsg, typed);
            for (Map.Entry<Node, Node> t : TOTALS.entrySet()) {
                Node cls = t.getValue();
                long delta = 0;
                for (Map.Entry<Node, Boolean> m : is.getOrDefault(cls, Map.of()).entrySet()) {
                    delta += (m.getValue() ? 1 : 0) - (was.get(cls).get(m.getKey()) ? 1 : 0);
                }
                if (delta != 0) set(dsg, graph, t.getKey(), value(dsg, graph, t.getKey()) + delta);
            }
            Map<Node, Contribution> after = new HashMap<>();
            for (Set<Node> items : newItems) {
                neighbours(dsg, items, people);
                for (Node item : items) links(dsg, item, after);
            }
            // Creators and the mentioned may be organisations: only people have counts (as after a rebuild).
            for (Node p : people) {
                if (dsg.find(Node.ANY, p, TYPE, PERSON).hasNext()) person(dsg, dsg, p);
                else dsg.deleteAny(graph, p, Node.ANY, Node.ANY);
            }
            Set<Node> ideas = new HashSet<>(before.keySet());
            ideas.addAll(after.keySet());
            for (Node idea : ideas) {
                Contribution b = before.getOrDefault(idea, new Contribution());
                Contribution a = after.getOrDefault(idea, new Contribution());
                set(dsg, idea, CountTerms.DOCUMENTS, value(dsg, idea, CountTerms.DOCUMENTS) + a.documents.size() - b.documents.size());
                set(dsg, idea, CountTerms.ITEMS, value(dsg, idea, CountTerms.ITEMS) + a.items.size() - b.items.size());
            }
            set(dsg, graph, CountTerms.IDEAS, members(dsg, IDEA).size());
        };
    }

    /** What one idea's links from one document's items add up to: the items, and the documents they are on. */
    private static final class Contribution {
        final Set<Node> items = new HashSet<>();
        final Set<Node> documents = new HashSet<>();
    }

    /**
     * The resources a document's graph describes as its own: the document and every typed subject minted under its IRI
     * (responses, digest rows). People, organisations and cited works, which other documents share, are minted
     * elsewhere; their types cannot tell them apart (a post and a cited work are both creative works). What an idea
     * links in a document is among these.
     */
    private static Set<Node> items(List<Quad> quads) {
        Set<String> documents = new HashSet<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(TYPE) && q.getObject().equals(DOCUMENT) && q.getSubject().isURI()) documents.add(q.getSubject().getURI());
        }
        Set<Node> items = new LinkedHashSet<>();
        for (Quad q : quads) {
            if (!q.getPredicate().equals(TYPE) || !q.getSubject().isURI()) continue;
            String iri = q.getSubject().getURI();
            for (String doc : documents) {
                if (iri.equals(doc) || iri.startsWith(doc + "/")) {
                    items.add(q.getSubject());
                    break;
                }
            }
        }
        return items;
    }

    /** Who a version of a document can change the counts of: the people it types, writes as, and mentions. */
    private static void scan(List<Quad> quads, Map<Node, Set<Node>> typed, Set<Node> people) {
        for (Quad q : quads) {
            Node p = q.getPredicate();
            if (p.equals(TYPE) && TOTALS.containsValue(q.getObject())) {
                typed.computeIfAbsent(q.getObject(), k -> new LinkedHashSet<>()).add(q.getSubject());
                if (q.getObject().equals(PERSON)) people.add(q.getSubject());
            } else if ((p.equals(CREATOR) || p.equals(MENTIONS)) && q.getObject().isURI()) {
                people.add(q.getObject());
            }
        }
    }

    /**
     * The writers of what these items reply to and of what replies to them, as the store stands: their "answered"
     * and "answered by" counts follow these items' writers.
     */
    private static void neighbours(DatasetGraph dsg, Set<Node> items, Set<Node> people) {
        for (Node item : items) {
            Iter.forEach(dsg.find(Node.ANY, item, REPLY_OF, Node.ANY), q -> creators(dsg, q.getObject(), people));
            Iter.forEach(dsg.find(Node.ANY, Node.ANY, REPLY_OF, item), q -> creators(dsg, q.getSubject(), people));
        }
    }

    private static void creators(DatasetGraph dsg, Node work, Set<Node> into) {
        Iter.forEach(dsg.find(Node.ANY, work, CREATOR, Node.ANY), q -> into.add(q.getObject()));
    }

    /** For each class and resource: whether the store now types it so (in any graph). */
    private static Map<Node, Map<Node, Boolean>> membership(DatasetGraph dsg, Map<Node, Set<Node>> typed) {
        Map<Node, Map<Node, Boolean>> out = new HashMap<>();
        typed.forEach((cls, members) -> {
            Map<Node, Boolean> m = new HashMap<>();
            for (Node s : members) m.put(s, dsg.find(Node.ANY, s, TYPE, cls).hasNext());
            out.put(cls, m);
        });
        return out;
    }

    /** Adds an item's idea links (as the store stands) to each idea's contribution. */
    private static void links(DatasetGraph dsg, Node item, Map<Node, Contribution> into) {
        List<Node> ideas = new ArrayList<>();
        Iter.forEach(dsg.find(Node.ANY, item, SUBJECT, Node.ANY), q -> ideas.add(q.getObject()));
        for (Node idea : ideas) contribute(dsg, item, idea, into);
    }

    /**
     * One link of an item to an idea, counted as the home page's query counts it: only links to a {@code wg:Idea};
     * the item's document is the item itself when it is a document, else what it is {@code wg:onDocument}.
     */
    private static void contribute(DatasetGraph dsg, Node item, Node idea, Map<Node, Contribution> into) {
        if (dsg.find(Node.ANY, idea, TYPE, IDEA).hasNext()) count(dsg, item, idea, into);
    }

    /** One link to a resource known to be an idea. */
    private static void count(DatasetGraph dsg, Node item, Node idea, Map<Node, Contribution> into) {
        Contribution c = into.computeIfAbsent(idea, k -> new Contribution());
        c.items.add(item);
        if (dsg.find(Node.ANY, item, TYPE, DOCUMENT).hasNext()) c.documents.add(item);
        Iter.forEach(dsg.find(Node.ANY, item, ON_DOCUMENT, Node.ANY), q -> c.documents.add(q.getObject()));
    }

    /**
     * Recounts one person from the store, as the people list's query counts: what they wrote; their works that reply
     * to someone else's; others' works that reply to theirs; the resources that mention them. Zero removes a count.
     */
    private void person(DatasetGraph dsg, DatasetGraph target, Node p) {
        Set<Node> wrote = new HashSet<>();
        Iter.forEach(dsg.find(Node.ANY, Node.ANY, CREATOR, p), q -> wrote.add(q.getSubject()));
        Set<Node> answered = new HashSet<>();
        Set<Node> answeredBy = new HashSet<>();
        for (Node w : wrote) {
            Iter.forEach(dsg.find(Node.ANY, w, REPLY_OF, Node.ANY), q -> {
                if (writtenByOther(dsg, q.getObject(), p)) answered.add(w);
            });
            Iter.forEach(dsg.find(Node.ANY, Node.ANY, REPLY_OF, w), q -> {
                if (writtenByOther(dsg, q.getSubject(), p)) answeredBy.add(q.getSubject());
            });
        }
        Set<Node> mentionedIn = new HashSet<>();
        Iter.forEach(dsg.find(Node.ANY, Node.ANY, MENTIONS, p), q -> mentionedIn.add(q.getSubject()));
        set(target, p, CountTerms.WROTE, wrote.size());
        set(target, p, CountTerms.ANSWERED, answered.size());
        set(target, p, CountTerms.ANSWERED_BY, answeredBy.size());
        set(target, p, CountTerms.MENTIONED_IN, mentionedIn.size());
    }

    private static boolean writtenByOther(DatasetGraph dsg, Node work, Node p) {
        var it = dsg.find(Node.ANY, work, CREATOR, Node.ANY);
        try {
            while (it.hasNext()) if (!it.next().getObject().equals(p)) return true;
            return false;
        } finally {
            Iter.close(it);
        }
    }

    /** Every resource typed with this class in any graph, once. */
    private static Set<Node> members(DatasetGraph dsg, Node cls) {
        Set<Node> out = new HashSet<>();
        Iter.forEach(dsg.find(Node.ANY, Node.ANY, TYPE, cls), q -> out.add(q.getSubject()));
        return out;
    }

    private long value(DatasetGraph dsg, Node subject, Node p) {
        var it = dsg.find(graph, subject, p, Node.ANY);
        try {
            return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0;
        } finally {
            Iter.close(it);
        }
    }

    /** Sets a count; zero removes it, except the totals, whose presence says the counts were built. */
    private void set(DatasetGraph dsg, Node subject, Node p, long n) {
        dsg.deleteAny(graph, subject, p, Node.ANY);
        if (n > 0 || subject.equals(graph)) {
            dsg.add(graph, subject, p, NodeFactory.createLiteralDT(Long.toString(Math.max(0, n)), XSDDatatype.XSDinteger));
        }
    }
}

package org.workgraph.loader.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentChange;
import org.workgraph.ontology.WG;

/**
 * Settles each person's and organisation's one canonical {@code foaf:name} from the spellings ({@code wg:alias}) that all
 * documents give, and keeps it in a graph of its own. Document graphs hold only what their text says, so
 * reloading one document never leaves another's facts stale.
 * <p>
 * A person's name depends only on their own spellings, so an update settles again just the people a changed
 * document names (before or after the change): the result is exactly what a rebuild gives, with no drift. A
 * person no document names any more leaves the graph.
 */
public final class PeopleGraph implements DerivedGraph {
    private final Node graph;

    public PeopleGraph(Node graph) {
        this.graph = graph;
    }

    @Override
    public Node graph() { return graph; }

    /** Rebuilds the graph in one write transaction. Returns how many people it names. */
    @Override
    public int rebuild(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> {
            Map<Node, List<String>> spellings = new LinkedHashMap<>();
            Iter.forEach(dsg.find(Node.ANY, Node.ANY, WG.alias.asNode(), Node.ANY), q -> {
                if (!q.getGraph().equals(graph) && q.getObject().isLiteral()) {
                    spellings.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject().getLiteralLexicalForm());
                }
            });
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            int named = 0;
            for (Map.Entry<Node, List<String>> e : spellings.entrySet()) if (write(dsg, e.getKey(), e.getValue())) named++;
            return named;
        });
    }

    @Override
    public Runnable update(DatasetGraph dsg, List<DocumentChange> changes) {
        Set<Node> named = new LinkedHashSet<>();
        for (DocumentChange c : changes) {
            Iter.forEach(dsg.find(c.graph(), Node.ANY, WG.alias.asNode(), Node.ANY), q -> named.add(q.getSubject()));
            if (!c.removed()) for (Quad q : c.quads()) if (q.getPredicate().equals(WG.alias.asNode())) named.add(q.getSubject());
        }
        return () -> named.forEach(person -> settle(dsg, person));
    }

    /** Settles one person's name from every spelling the store now holds (subject-first index: a few lookups). */
    private void settle(DatasetGraph dsg, Node person) {
        List<String> spellings = new ArrayList<>();
        Iter.forEach(dsg.find(Node.ANY, person, WG.alias.asNode(), Node.ANY), q -> {
            if (!q.getGraph().equals(graph) && q.getObject().isLiteral()) spellings.add(q.getObject().getLiteralLexicalForm());
        });
        dsg.deleteAny(graph, person, FOAF.name.asNode(), Node.ANY);
        dsg.deleteAny(graph, person, RDFS.label.asNode(), Node.ANY);
        write(dsg, person, spellings);
    }

    private boolean write(DatasetGraph dsg, Node person, List<String> spellings) {
        return writeName(person, spellings, dsg::add);
    }

    /**
     * A person's canonical name from every spelling the corpus gives them, as quads of this graph; false when none is
     * a name. Needs no store: the Spark job calls it with spellings it grouped by person across machines.
     */
    public boolean writeName(Node person, List<String> spellings, Consumer<Quad> out) {
        var name = Names.canonical(spellings);
        if (name.isEmpty()) return false;
        Node literal = NodeFactory.createLiteralString(name.get());
        out.accept(Quad.create(graph, person, FOAF.name.asNode(), literal));
        out.accept(Quad.create(graph, person, RDFS.label.asNode(), literal));
        return true;
    }

}

package org.workgraph.loader.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.ontology.WG;

/**
 * Settles each person's and organisation's one canonical {@code foaf:name} from the spellings ({@code wg:alias}) that all
 * documents give, and keeps it in a graph of its own. Document graphs hold only what their text says, so
 * reloading one document never leaves another's facts stale; this graph is rebuilt after every load.
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
            for (Map.Entry<Node, List<String>> e : spellings.entrySet()) {
                var name = Names.canonical(e.getValue());
                if (name.isEmpty()) continue;
                Node literal = NodeFactory.createLiteralString(name.get());
                dsg.add(graph, e.getKey(), FOAF.name.asNode(), literal);
                dsg.add(graph, e.getKey(), RDFS.label.asNode(), literal);
                named++;
            }
            return named;
        });
    }
}

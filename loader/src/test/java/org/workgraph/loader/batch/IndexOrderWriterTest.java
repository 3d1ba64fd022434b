package org.workgraph.loader.batch;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.Vocab;

/**
 * Quads written in index order end up in a TDB2 store on disk exactly as {@code add} would put them there: every index
 * answers alike, labels reach the text index, a quad already stored or given twice is stored once, and nothing is
 * stored when the transaction aborts.
 */
class IndexOrderWriterTest {
    private static final Node G = NodeFactory.createURI("urn:graph:derived");
    private static final Node OTHER = NodeFactory.createURI("urn:graph:doc");
    private static final Node LINKS = NodeFactory.createURI("urn:p:links");

    /** Quads shaped like a derived graph's: many subjects, a few predicates, IRIs, strings, numbers (kept inline by TDB2). */
    private static List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Node s = NodeFactory.createURI("urn:doc:" + (i * 7919 % 300) + "/evidence/" + i);
            out.add(Quad.create(G, s, LINKS, NodeFactory.createURI("urn:idea:" + (i % 17))));
            out.add(Quad.create(G, s, NodeFactory.createURI("urn:p:score"), NodeFactory.createLiteralDT(Integer.toString(i % 13), XSDDatatype.XSDinteger)));
            out.add(Quad.create(G, s, NodeFactory.createURI("urn:p:exact"), NodeFactory.createLiteralString("words " + i)));
        }
        return out;
    }

    private static Set<Quad> all(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find(g, s, p, o).forEachRemaining(out::add);
            return out;
        });
    }

    @ParameterizedTest(name = "chunks of {0}")
    @ValueSource(ints = {1, 7, 1000})
    void everyIndexHoldsWhatAddWouldHaveWritten(int chunk, @TempDir Path dir) {
        List<Quad> quads = quads();
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(expected, () -> quads.forEach(expected::add));
        try (WorkgraphStore store = WorkgraphStore.open(dir)) {
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                try (IndexOrderWriter w = IndexOrderWriter.on(dsg, chunk)) {
                    quads.forEach(w);
                }
            });
            Quad probe = quads.get(100);
            // One pattern per index that answers it: GSPO, GPOS, GOSP, SPOG, POSG, OSPG.
            List<Node[]> patterns = List.of(
                    new Node[] {G, Node.ANY, Node.ANY, Node.ANY},
                    new Node[] {G, Node.ANY, LINKS, Node.ANY},
                    new Node[] {G, Node.ANY, Node.ANY, probe.getObject()},
                    new Node[] {Node.ANY, probe.getSubject(), Node.ANY, Node.ANY},
                    new Node[] {Node.ANY, Node.ANY, LINKS, NodeFactory.createURI("urn:idea:3")},
                    new Node[] {Node.ANY, Node.ANY, Node.ANY, NodeFactory.createLiteralDT("5", XSDDatatype.XSDinteger)});
            for (Node[] p : patterns) {
                Set<Quad> want = all(expected, p[0], p[1], p[2], p[3]);
                assertFalse(want.isEmpty(), "the pattern finds something");
                assertEquals(want, all(dsg, p[0], p[1], p[2], p[3]), () -> "pattern " + java.util.Arrays.toString(p));
            }
            assertEquals(quads.size(), all(dsg, Node.ANY, Node.ANY, Node.ANY, Node.ANY).size());
        }
    }

    @Test
    void labelsReachTheTextIndexAndQuadsAlreadyStoredAreStoredOnce(@TempDir Path dir) {
        Node idea = NodeFactory.createURI("urn:idea:quokka");
        Quad label = Quad.create(G, idea, RDFS.label.asNode(), NodeFactory.createLiteralString("quokka cooperatives"));
        Quad link = Quad.create(G, NodeFactory.createURI("urn:doc:1"), LINKS, idea);
        Quad elsewhere = Quad.create(OTHER, NodeFactory.createURI("urn:doc:1"), Vocab.siocContent.asNode(), NodeFactory.createLiteralString("text"));
        try (WorkgraphStore store = WorkgraphStore.open(dir)) {
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                dsg.add(link);
                dsg.add(elsewhere);
            });
            Txn.executeWrite(dsg, () -> {
                try (IndexOrderWriter w = IndexOrderWriter.on(dsg, 10)) {
                    w.accept(label);
                    w.accept(link); // already stored
                    w.accept(link); // and given twice
                }
            });
            assertEquals(Set.of(label, link), all(dsg, G, Node.ANY, Node.ANY, Node.ANY));
            assertEquals(Set.of(elsewhere), all(dsg, OTHER, Node.ANY, Node.ANY, Node.ANY));
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                    + " SELECT ?s { ?s text:query (rdfs:label 'quokka') }";
            List<String> found = Txn.calculateRead(dsg, () -> {
                List<String> out = new ArrayList<>();
                QueryExec.dataset(dsg).query(q).select().forEachRemaining(r -> out.add(r.get("s").getURI()));
                return out;
            });
            assertEquals(List.of(idea.getURI()), found);
        }
    }

    @ParameterizedTest(name = "chunks of {0}")
    @ValueSource(ints = {1, 7, 1000})
    void aGraphDeletedInIndexOrderLeavesWhatDeleteAnyLeaves(int chunk, @TempDir Path dir) {
        Node idea = NodeFactory.createURI("urn:idea:quokka");
        Quad label = Quad.create(G, idea, RDFS.label.asNode(), NodeFactory.createLiteralString("quokka cooperatives"));
        Quad elsewhere = Quad.create(OTHER, NodeFactory.createURI("urn:doc:1"), LINKS, idea);
        try (WorkgraphStore store = WorkgraphStore.open(dir)) {
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> {
                try (IndexOrderWriter w = IndexOrderWriter.on(dsg, chunk)) {
                    quads().forEach(w);
                    w.accept(label);
                    w.accept(elsewhere);
                }
            });
            Txn.executeWrite(dsg, () -> IndexOrderWriter.deleteGraph(dsg, G));
            // every index answers alike: nothing of the graph by graph, subject, predicate or object; the other graph whole
            assertTrue(all(dsg, G, Node.ANY, Node.ANY, Node.ANY).isEmpty());
            assertTrue(all(dsg, Node.ANY, NodeFactory.createURI("urn:doc:119/evidence/1"), Node.ANY, Node.ANY).isEmpty());
            assertEquals(Set.of(elsewhere), all(dsg, Node.ANY, Node.ANY, LINKS, Node.ANY));
            assertEquals(Set.of(elsewhere), all(dsg, Node.ANY, Node.ANY, Node.ANY, idea));
            assertTrue(all(dsg, Node.ANY, Node.ANY, Node.ANY, NodeFactory.createLiteralDT("5", XSDDatatype.XSDinteger)).isEmpty());
            assertEquals(Set.of(elsewhere), all(dsg, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                    + " SELECT ?s { ?s text:query (rdfs:label 'quokka') }";
            List<String> found = Txn.calculateRead(dsg, () -> {
                List<String> out = new ArrayList<>();
                QueryExec.dataset(dsg).query(q).select().forEachRemaining(r -> out.add(r.get("s").getURI()));
                return out;
            });
            assertEquals(List.of(), found, "the text index forgets the graph's labels");
        }
    }

    @Test
    void anAbortedTransactionStoresNothing(@TempDir Path dir) {
        try (WorkgraphStore store = WorkgraphStore.open(dir)) {
            DatasetGraph dsg = store.dataset();
            dsg.begin(org.apache.jena.query.ReadWrite.WRITE);
            try (IndexOrderWriter w = IndexOrderWriter.on(dsg, 50)) {
                quads().forEach(w);
            }
            dsg.abort();
            dsg.end();
            assertTrue(all(dsg, Node.ANY, Node.ANY, Node.ANY, Node.ANY).isEmpty());
        }
    }

    @Test
    void anotherStoreIsWrittenThroughAdd() {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(mem, () -> {
            try (IndexOrderWriter w = IndexOrderWriter.on(mem, 1000)) {
                quads().forEach(w);
                assertEquals(quads().size(), w.written(), "written at once: nothing waits for a flush");
            }
        });
        assertEquals(new HashSet<>(quads()), all(mem, Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }
}

package org.workgraph.loader.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.ontology.Vocab;

/** The text index follows the store: replaced and removed graphs leave no stale hits, and it can be rebuilt. */
class WorkgraphStoreTextIndexTest {
    private static final Node G1 = NodeFactory.createURI("urn:graph:1");
    private static final Node G2 = NodeFactory.createURI("urn:graph:2");
    private static final Node DOC = NodeFactory.createURI("urn:doc:1");
    private static final Node PERSON = NodeFactory.createURI("urn:person:1");

    private static List<Quad> doc(Node graph, String content) {
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(graph, DOC, Vocab.siocContent.asNode(), NodeFactory.createLiteralString(content)));
        quads.add(Quad.create(graph, DOC, RDFS.label.asNode(), NodeFactory.createLiteralString("A document")));
        // The same label in two graphs: removing one graph must not remove the other's hit.
        quads.add(Quad.create(graph, PERSON, RDFS.label.asNode(), NodeFactory.createLiteralString("Zelda Quintero")));
        return quads;
    }

    /** Subjects (with repetitions, one per index entry) that text:query finds for a word in a field's predicate. */
    private static List<String> search(WorkgraphStore store, Node predicate, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query (?p ?q) }";
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            RowSet rows = QueryExec.dataset(store.dataset()).query(q)
                    .substitution("p", predicate).substitution("q", NodeFactory.createLiteralString(word)).select();
            rows.forEachRemaining(r -> out.add(r.get("s").getURI()));
            return out;
        });
    }

    @Test
    void readersEndingTheirTransactionsMidWriteLeaveTheWritersIndexChangesAlone(@TempDir Path dir) throws Exception {
        try (WorkgraphStore store = WorkgraphStore.open(dir)) {
            var dsg = store.dataset();
            java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch readersDone = new java.util.concurrent.CountDownLatch(1);
            Thread writer = new Thread(() -> Txn.executeWrite(dsg, () -> {
                dsg.add(Quad.create(G1, DOC, Vocab.siocContent.asNode(), NodeFactory.createLiteralString("zebra crossings at dusk")));
                written.countDown();
                try {
                    readersDone.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                // Before the fix, a reader's abort had closed and reopened the shared IndexWriter: this add failed.
                dsg.add(Quad.create(G2, DOC, Vocab.siocContent.asNode(), NodeFactory.createLiteralString("zebra stripes at noon")));
            }));
            writer.start();
            written.await();
            // Readers end every way a server's readers do: commit, abort (a timed-out query), end.
            dsg.begin(org.apache.jena.query.ReadWrite.READ);
            dsg.commit();
            dsg.begin(org.apache.jena.query.ReadWrite.READ);
            dsg.abort();
            dsg.begin(org.apache.jena.query.ReadWrite.READ);
            dsg.end();
            // A reader never sees the writer's uncommitted entries.
            assertEquals(List.of(), search(store, Vocab.siocContent.asNode(), "zebra"));
            readersDone.countDown();
            writer.join();
            assertEquals(2, search(store, Vocab.siocContent.asNode(), "zebra").size(), "both of the writer's entries, committed");
        }
    }

    @Test
    void replacingAGraphReplacesItsIndexEntries() {
        try (WorkgraphStore store = WorkgraphStore.inMemory()) {
            store.replaceGraph(G1, doc(G1, "apprenticeships across distance"));
            store.replaceGraph(G2, doc(G2, "a four day week"));
            assertEquals(List.of(DOC.getURI()), search(store, Vocab.siocContent.asNode(), "apprenticeships"));
            assertEquals(2, search(store, RDFS.label.asNode(), "Quintero").size(), "one entry per graph");

            store.replaceGraph(G1, doc(G1, "learning in the flow of work"));
            assertEquals(List.of(), search(store, Vocab.siocContent.asNode(), "apprenticeships"), "stale text left behind");
            assertEquals(List.of(DOC.getURI()), search(store, Vocab.siocContent.asNode(), "flow"));

            store.replaceGraph(G1, List.of());
            assertEquals(List.of(), search(store, Vocab.siocContent.asNode(), "flow"));
            assertEquals(1, search(store, RDFS.label.asNode(), "Quintero").size(), "the other graph's entry must stay");
        }
    }

    @Test
    void theIndexCanBeRebuiltAndIsBuiltWhenMissing(@TempDir Path dir) throws Exception {
        try (WorkgraphStore store = WorkgraphStore.open(dir)) {
            store.replaceGraph(G1, doc(G1, "platform cooperatives"));
            assertEquals(3, store.reindex(), "content and two labels");
            assertEquals(List.of(DOC.getURI()), search(store, Vocab.siocContent.asNode(), "cooperatives"));
        }
        try (var files = java.nio.file.Files.walk(dir.resolve(WorkgraphStore.TEXT_INDEX_FOLDER))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(f);
        }
        try (WorkgraphStore store = WorkgraphStore.open(dir)) {
            assertEquals(List.of(DOC.getURI()), search(store, Vocab.siocContent.asNode(), "cooperatives"));
        }
    }
}

package org.workgraph.loader.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.Loader;
import org.workgraph.loader.LoadOptions;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.ontology.WG;

/** Loads leave TDB2 the statistics of the union graph, and a store opened with them answers as before. */
class OptimizerStatisticsTest {
    private static final String REPLIES_PER_FILE = """
            PREFIX wg: <https://w3id.org/workgraph/ns#>
            PREFIX sioc: <http://rdfs.org/sioc/ns#>
            SELECT ?file (COUNT(DISTINCT ?r) AS ?n) WHERE {
              ?r a wg:Reply ; sioc:reply_of ?parent ; wg:onDocument ?d . ?d wg:sourceFile ?file .
            } GROUP BY ?file ORDER BY ?file""";
    private static final Node RDF_TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    @TempDir Path dir;

    @Test
    void aLoadWritesTheUnionGraphsCountsAndTheReopenedStoreUsesThemAndAnswersAlike() throws IOException {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator().generate(25, 3, corpus, i -> {});
        Loader loader = new Loader();
        Path db = dir.resolve("db"), bulkDb = dir.resolve("bulk");
        String before;
        try (WorkgraphStore store = WorkgraphStore.open(db);
             WorkgraphStore bulk = WorkgraphStore.open(bulkDb)) {
            loader.load(List.of(corpus), new TdbSink(store, List.of()), LoadOptions.defaults().withBatch(10, 1_000_000), f -> {});
            loader.load(List.of(corpus), new BulkTdbSink(bulk, List.of()), f -> {});
            before = answer(store);
            Item stats = SSE.parseItem(Files.readString(db.resolve(OptimizerStatistics.FILE)));
            // Every triple is in a named graph: the counts must be the union graph's, not the empty default graph's.
            assertEquals(count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), metaCount(stats));
            assertEquals(count(store, "SELECT (COUNT(*) AS ?n) { ?s <" + WG.onDocument.getURI() + "> ?o }"),
                    weight(stats, WG.onDocument.asNode()));
            assertEquals(count(store, "SELECT (COUNT(*) AS ?n) { ?s a <" + WG.Reply.getURI() + "> }"),
                    weight(stats, RDF_TYPE, WG.Reply.asNode()));
            assertTrue(weight(stats, WG.onDocument.asNode()) > 0);
            assertEquals(rules(stats), rules(SSE.parseItem(Files.readString(bulkDb.resolve(OptimizerStatistics.FILE)))),
                    "a bulk load writes the same statistics as a transactional one");
        }
        // TDB2 keeps a store's connection for the life of the JVM; release it so that it is read afresh, as a new
        // process would.
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
        try (WorkgraphStore reopened = WorkgraphStore.open(db)) {
            assertInstanceOf(ReorderWeighted.class, TDBInternal.getDatasetGraphTDB(reopened.tdb()).getReorderTransform(),
                    "the reopened store orders patterns by the statistics");
            assertEquals(before, answer(reopened));
        }
    }

    private static String answer(WorkgraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            StringBuilder out = new StringBuilder();
            QueryExec.dataset(store.dataset()).query(REPLIES_PER_FILE).select()
                    .forEachRemaining(row -> out.append(row).append('\n'));
            assertFalse(out.isEmpty(), "the generated corpus has replies");
            return out.toString();
        });
    }

    private static long count(WorkgraphStore store, String sparql) {
        return Txn.calculateRead(store.dataset(), () -> Long.parseLong(
                QueryExec.dataset(store.dataset()).query(sparql).select().next().get("n").getLiteralLexicalForm()));
    }

    /** The rules, without the meta part (which holds the time of writing), in a stable order. */
    private static Set<String> rules(Item stats) {
        Set<String> rules = new TreeSet<>();
        for (Item rule : stats.getList().sublist(2)) rules.add(rule.toString());
        return rules;
    }

    /** {@code (stats (meta ... (count N)) ...)}: N. */
    private static long metaCount(Item stats) {
        for (Item meta : stats.getList().get(1).getList()) {
            if (meta.isList() && meta.getList().get(0).isSymbol("count")) return meta.getList().get(1).getLong();
        }
        throw new AssertionError("no count in the statistics' meta");
    }

    /** The weight of the rule {@code (pattern weight)} whose pattern is the predicate, or the pattern (VAR p o). */
    private static long weight(Item stats, Node... pattern) {
        for (Item rule : stats.getList()) {
            if (!rule.isList() || rule.getList().size() != 2) continue;
            Item head = rule.getList().get(0);
            boolean match = pattern.length == 1 ? head.isNode() && head.getNode().equals(pattern[0])
                    : head.isList() && head.getList().size() == 3 && head.getList().get(1).isNode()
                      && head.getList().get(1).getNode().equals(pattern[0]) && head.getList().get(2).getNode().equals(pattern[1]);
            if (match) return rule.getList().get(1).getLong();
        }
        throw new AssertionError("no rule for " + List.of(pattern));
    }
}

package org.workgraph.loader.counts;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.CorpusSplit;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.CountTerms;

/**
 * The counts graph holds, after a fresh load and after every kind of update, exactly what the aggregate queries it
 * replaces count over the whole store; an update followed by a rebuild changes nothing; and a store without counts
 * is left without them by updates until they are built.
 */
class CountsGraphTest {
    private static final String PREFIXES = """
            PREFIX wg: <https://w3id.org/workgraph/ns#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX sioc: <http://rdfs.org/sioc/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            """;

    @TempDir static Path corpus;
    private static CorpusSplit split;

    private final Loader loader = new Loader();
    private final Iris iris = loader.iris();

    @BeforeAll
    static void corpus() throws IOException {
        split = CorpusSplit.generate(corpus, 16, 11, 4);
    }

    @Test
    void addingReplacingAndRemovingKeepTheCountsExact(@TempDir Path dir) throws IOException {
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("live"))) {
            load(store, split.first());
            assertCountsAsAggregated(store, "after a fresh load");

            load(store, split.last());
            assertCountsAsAggregated(store, "after adding documents");

            // One document rewritten with its second half gone: fewer responses, maybe fewer people and ideas.
            Path copy = Files.createDirectories(dir.resolve("copy"));
            Path doc = Files.copy(split.last().get(0), copy.resolve(split.last().get(0).getFileName()));
            String text = Files.readString(doc);
            Files.writeString(doc, text.substring(0, text.length() / 2));
            load(store, List.of(doc));
            assertCountsAsAggregated(store, "after replacing a document");

            TdbSink sink = new TdbSink(store, loader.derivedGraphs());
            split.last().subList(1, 3).forEach(f -> sink.remove(iris.documentGraph(f.getFileName().toString())));
            sink.finish();
            assertCountsAsAggregated(store, "after removing documents");

            Set<Quad> updated = counts(store);
            new CountsGraph(iris.countsGraph()).rebuild(store.dataset());
            assertEquals(updated, counts(store), "a rebuild after the updates changes nothing");
        }
    }

    @Test
    void aStoreWithoutCountsGetsThemOnlyFromARebuild(@TempDir Path dir) {
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("old"))) {
            load(store, split.first());
            DatasetGraph dsg = store.dataset();
            Node graph = iris.countsGraph();
            // As a store made before the counts existed: every other derived graph, no counts.
            Txn.executeWrite(dsg, () -> dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY));
            load(store, split.last().subList(0, 1));
            assertFalse(Txn.calculateRead(dsg, () -> CountsGraph.present(dsg, graph)), "updates do not invent half the counts");
            new CountsGraph(graph).rebuild(dsg);
            assertCountsAsAggregated(store, "built for an existing store");
        }
    }

    private void load(WorkgraphStore store, List<Path> files) {
        List<DerivedGraph> derived = loader.derivedGraphs();
        LoadReport report = loader.load(files, new TdbSink(store, derived), f -> {});
        assertEquals(files.size(), report.loaded(), report.summary());
    }

    /** The stored counts against the aggregate queries over the whole store that the lists ran before. */
    private void assertCountsAsAggregated(WorkgraphStore store, String when) {
        DatasetGraph dsg = store.dataset();
        Node graph = iris.countsGraph();
        Map<String, Long> totals = Txn.calculateRead(dsg, () -> {
            Map<String, Long> out = new HashMap<>();
            Iter.forEach(dsg.find(graph, graph, Node.ANY, Node.ANY), q -> out.put(local(q.getPredicate()), number(q.getObject())));
            return out;
        });
        Map<String, Long> expected = new HashMap<>();
        String[][] kinds = {{"documents", "wg:Document"}, {"posts", "wg:BlogPost"}, {"digests", "wg:SignalDigest"},
                {"responses", "wg:Response"}, {"people", "foaf:Person"}, {"ideas", "wg:Idea"}, {"signals", "wg:Signal"}};
        for (String[] k : kinds) {
            expected.put(k[0], number(select(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a " + k[1] + " }").get(0).get("n")));
        }
        assertEquals(expected, totals, when + ": totals");
        assertTrue(expected.get("responses") > 0 && expected.get("people") > 0 && expected.get("ideas") > 0, "a corpus worth counting");

        Map<Node, Map<String, Long>> people = new HashMap<>();
        for (var row : select(dsg, """
                SELECT ?person (COUNT(DISTINCT ?w) AS ?wrote) (COUNT(DISTINCT ?r1) AS ?answered) (COUNT(DISTINCT ?r2) AS ?answeredBy)
                       (COUNT(DISTINCT ?m) AS ?mentionedIn)
                WHERE {
                  ?person a foaf:Person .
                  { ?w dcterms:creator ?person }
                  UNION { ?r1 dcterms:creator ?person ; sioc:reply_of ?t1 . ?t1 dcterms:creator ?o1 FILTER(?o1 != ?person) }
                  UNION { ?t2 dcterms:creator ?person . ?r2 sioc:reply_of ?t2 ; dcterms:creator ?o2 FILTER(?o2 != ?person) }
                  UNION { ?m schema:mentions ?person }
                } GROUP BY ?person""")) {
            Map<String, Long> c = new HashMap<>();
            for (String v : List.of("wrote", "answered", "answeredBy", "mentionedIn")) {
                long n = number(row.get(v));
                if (n > 0) c.put(v, n);
            }
            if (!c.isEmpty()) people.put(row.get("person"), c);
        }
        Map<Node, Map<String, Long>> ideas = new HashMap<>();
        for (var row : select(dsg, """
                SELECT ?idea (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?item) AS ?items)
                WHERE {
                  ?item dcterms:subject ?idea .
                  ?idea a wg:Idea .
                  OPTIONAL { { ?item a wg:Document BIND(?item AS ?doc) } UNION { ?item wg:onDocument ?doc } }
                } GROUP BY ?idea""")) {
            Map<String, Long> c = new HashMap<>();
            c.put("documents", number(row.get("documents")));
            c.put("items", number(row.get("items")));
            ideas.put(row.get("idea"), c);
        }
        Map<Node, Map<String, Long>> stored = Txn.calculateRead(dsg, () -> {
            Map<Node, Map<String, Long>> out = new HashMap<>();
            Iter.forEach(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY), q -> {
                if (!q.getSubject().equals(graph)) {
                    out.computeIfAbsent(q.getSubject(), k -> new HashMap<>()).put(local(q.getPredicate()), number(q.getObject()));
                }
            });
            return out;
        });
        Map<Node, Map<String, Long>> expectedEach = new HashMap<>(people);
        expectedEach.putAll(ideas);
        assertEquals(expectedEach, stored, when + ": each person's and idea's counts");
        assertTrue(people.values().stream().anyMatch(c -> c.containsKey("answeredBy")), "someone was answered");
    }

    private static List<org.apache.jena.sparql.engine.binding.Binding> select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            List<org.apache.jena.sparql.engine.binding.Binding> rows = new ArrayList<>();
            QueryExec.dataset(dsg).query(PREFIXES + query).select().forEachRemaining(rows::add);
            return rows;
        });
    }

    private Set<Quad> counts(WorkgraphStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> Iter.asStream(dsg.find(iris.countsGraph(), Node.ANY, Node.ANY, Node.ANY))
                .collect(Collectors.toCollection(HashSet::new)));
    }

    private static String local(Node term) {
        return term.getURI().substring(CountTerms.NS.length());
    }

    private static long number(Node literal) {
        return Long.parseLong(literal.getLiteralLexicalForm());
    }
}

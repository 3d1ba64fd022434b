package org.workgraph.loader.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workgraph.loader.Loader;
import org.workgraph.loader.ideas.CorpusWords;
import org.workgraph.loader.ideas.IdeaTimeline;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.WG;

/**
 * The discussions and timeline graphs computed in parts, as a build without a store computes them (each document's
 * inputs on its own, the signals' index in shards, each post's strongest links across shards, the earliest appearance
 * per idea), from the documents, counts and ideas of a TDB2 store that {@code kg load} built: the same graphs as the
 * store's own, however the signals are split.
 */
class DiscussionPartsTest {
    private static final Path DATA = Path.of(System.getProperty("workgraph.root", "..")).resolve("data/discussions/corpus");

    @ParameterizedTest(name = "{0} shard(s)")
    @ValueSource(ints = {1, 2, 5})
    void partsGiveTheGraphsAFreshLoadBuilds(int shards, @TempDir Path dir) {
        Loader loader = new Loader();
        Iris iris = loader.iris();
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("db"))) {
            loader.load(List.of(DATA), new TdbSink(store, loader.derivedGraphs()), f -> {});
            DatasetGraph dsg = store.dataset();
            Txn.executeRead(dsg, () -> {
                CorpusWords corpus = new CorpusWords(dsg, iris.statsGraph());
                DiscussionParts parts = new DiscussionParts(iris, corpus.documents());
                Set<Node> graphs = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
                dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).forEachRemaining(q -> graphs.add(q.getGraph()));

                List<List<DiscussionParts.SignalRow>> split = new ArrayList<>();
                for (int i = 0; i < shards; i++) split.add(new ArrayList<>());
                List<DiscussionParts.UnitRow> units = new ArrayList<>();
                Map<Node, IdeaTimeline.Appearance> first = new HashMap<>();
                int s = 0;
                for (Node g : graphs) {
                    DiscussionParts.DocumentInputs in = DiscussionParts.inputs(dsg, g);
                    for (DiscussionParts.UnitText u : in.units()) units.add(new DiscussionParts.UnitRow(u, counts(corpus, u.text()), ideas(dsg, iris, u.resource())));
                    for (DiscussionParts.SignalSource signal : in.signals()) {
                        split.get(s++ % shards).add(new DiscussionParts.SignalRow(signal, counts(corpus, signal.text()), ideas(dsg, iris, signal.digest())));
                    }
                    IdeaTimeline.appearances(dsg, g).forEach((resource, a) -> dsg.find(iris.ideasGraph(), resource, DCTerms.subject.asNode(), Node.ANY)
                            .forEachRemaining(link -> first.merge(link.getObject(), a, IdeaTimeline::earlier)));
                }
                Graph discussions = GraphFactory.createDefaultGraph();
                List<DiscussionParts.Index> indexes = split.stream().map(parts::index).toList();
                for (DiscussionParts.UnitRow u : units) {
                    List<DiscussionParts.Link> found = new ArrayList<>();
                    indexes.forEach(index -> found.addAll(index.links(u)));
                    DiscussionParts.strongest(found).forEach(link -> link.quads().forEach(q -> discussions.add(q.asTriple())));
                }
                Graph stored = dsg.getGraph(iris.discussionsGraph());
                assertTrue(stored.size() > 0, "the documents discuss signals");
                assertEquals(stored.size(), discussions.size());
                assertTrue(IsoMatcher.isomorphic(stored, discussions), "the same links and evidence");

                Graph timeline = GraphFactory.createDefaultGraph();
                IdeaTimeline writer = new IdeaTimeline(iris);
                first.forEach((idea, a) -> writer.write(idea, a, q -> timeline.add(q.asTriple())));
                Graph storedTimeline = dsg.getGraph(iris.timelineGraph());
                assertTrue(storedTimeline.size() > 0);
                assertTrue(IsoMatcher.isomorphic(storedTimeline, timeline), "the same first appearances");
            });
        }
    }

    /** The corpus counts of a text's words (the uncounted left out), as a reduce over the documents gives them. */
    private static Map<String, Integer> counts(CorpusWords corpus, String text) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : DiscussionParts.wordKeys(text)) {
            int df = corpus.frequency(w);
            if (df > 0) out.put(w, df);
        }
        return out;
    }

    private static Set<String> ideas(DatasetGraph dsg, Iris iris, String resource) {
        Set<String> out = new TreeSet<>();
        dsg.find(iris.ideasGraph(), org.apache.jena.graph.NodeFactory.createURI(resource), DCTerms.subject.asNode(), Node.ANY)
                .forEachRemaining((Quad q) -> out.add(q.getObject().getURI()));
        return out;
    }
}

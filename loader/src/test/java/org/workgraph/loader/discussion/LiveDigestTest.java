package org.workgraph.loader.discussion;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/**
 * A digest added to a running process (derived graphs kept between updates and prepared as the server prepares them)
 * finds the posts and responses that discuss its signals through the words it keeps, without reading every post back:
 * step by step (digests and posts added, a post replaced, a digest removed) on a generated corpus, where every post
 * shares words with every signal, its discussions graph is quad for quad the one of the method before any filter
 * (every post and response read back and scored against every new signal), in TDB2 stores on disk.
 */
class LiveDigestTest {
    private final Loader loader = new Loader();
    private final Iris iris = loader.iris();

    @Test
    void aDigestAddedLiveLinksAsScoringEveryPostWould(@TempDir Path dir) throws IOException {
        Path base = new CorpusGenerator().generate(120, 11, dir.resolve("base"), i -> {}).folder();
        Path more = new CorpusGenerator().generate(12, 99, dir.resolve("more"), i -> {}).folder();
        List<Path> digests;
        List<Path> posts;
        try (Stream<Path> files = Files.walk(more)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            digests = all.stream().filter(f -> f.getFileName().toString().startsWith("digest-")).limit(2).toList();
            posts = all.stream().filter(f -> f.getFileName().toString().startsWith("post-")).limit(2).toList();
        }
        assertEquals(2, digests.size(), "the generator writes digests");
        assertEquals(2, posts.size(), "the generator writes posts");
        // Other names than the base corpus's, so that each is added, not a replacement.
        Path live = Files.createDirectories(dir.resolve("live"));
        List<Path> added = new ArrayList<>();
        for (Path f : List.of(digests.get(0), posts.get(0), digests.get(1), posts.get(1))) {
            added.add(Files.copy(f, live.resolve("live-" + f.getFileName())));
        }

        List<DerivedGraph> kept = loader.derivedGraphs();
        List<DerivedGraph> everyPair = loader.derivedGraphs().stream()
                .map(d -> d instanceof SignalDiscussions ? new SignalDiscussions(iris, Similarity.THRESHOLD, true) : d).toList();
        try (WorkgraphStore a = WorkgraphStore.open(dir.resolve("kept")); WorkgraphStore b = WorkgraphStore.open(dir.resolve("every"))) {
            load(a, List.of(base), kept);
            load(b, List.of(base), everyPair);
            DatasetGraph dsg = a.dataset();
            Txn.executeWrite(dsg, () -> kept.forEach(d -> d.prepare(dsg)));
            int before = quads(a).size();

            for (Path f : added) {
                load(a, List.of(f), kept);
                load(b, List.of(f), everyPair);
                assertEquals(quads(b), quads(a), "after adding " + f.getFileName());
            }
            assertTrue(quads(a).size() > before, "the added documents state links");
            assertTrue(Txn.calculateRead(dsg, () -> dsg.stream(iris.discussionsGraph(), Node.ANY, org.workgraph.ontology.WG.discusses.asNode(), Node.ANY)
                            .anyMatch(q -> q.getObject().getURI().contains("/live-digest-") && !q.getSubject().getURI().contains("/live-"))),
                    "posts of the base corpus discuss an added digest's signals");

            Path post = added.get(1);
            Files.writeString(post, Files.readString(post) + "\nA closing paragraph on heat, shift swapping and portable benefits for gig workers.\n");
            load(a, List.of(post), kept);
            load(b, List.of(post), everyPair);
            assertEquals(quads(b), quads(a), "after replacing a post");

            for (WorkgraphStore s : List.of(a, b)) {
                TdbSink sink = new TdbSink(s, s == a ? kept : everyPair);
                sink.remove(iris.documentGraph(added.get(0).getFileName().toString()));
                sink.finish();
            }
            assertEquals(quads(b), quads(a), "after removing a digest");
            // and a digest added after the removal, found through the words kept and changed by every step
            Path again = Files.copy(digests.get(0), live.resolve("live-again-" + digests.get(0).getFileName()));
            load(a, List.of(again), kept);
            load(b, List.of(again), everyPair);
            assertEquals(quads(b), quads(a), "after adding a digest again");
        }
    }

    private void load(WorkgraphStore store, List<Path> files, List<DerivedGraph> derived) {
        LoadReport report = loader.load(files, new TdbSink(store, derived), f -> {});
        assertEquals(0, report.failed(), report.summary());
    }

    private Set<String> quads(WorkgraphStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(iris.discussionsGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
            return out;
        });
    }
}

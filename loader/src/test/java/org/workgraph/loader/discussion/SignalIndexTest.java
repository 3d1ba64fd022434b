package org.workgraph.loader.discussion;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/**
 * The signal index finds exactly the links that scoring every post and response against every signal finds (and a
 * post's strongest links, looked for first at high cosines, are every pair's strongest): on
 * small hand-made vectors, and as whole discussions graphs (links, scores and evidence) rebuilt both ways over the
 * gold sets and a generated corpus in TDB2 stores on disk.
 */
class SignalIndexTest {
    private static final Path DATA = Path.of(System.getProperty("workgraph.root", "..")).resolve("data/discussions");

    private static SignalDiscussions.SignalText signal(String name, Map<String, Double> weights, Set<String> ideas) {
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        return new SignalDiscussions.SignalText(NodeFactory.createURI("urn:signal:" + name), NodeFactory.createURI("urn:g:" + name),
                name, new TermVector(weights, Map.of(), norm), ideas);
    }

    private static TermVector vector(Map<String, Double> weights) {
        return new TermVector(weights, Map.of(), Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum()));
    }

    private static List<String> names(List<SignalIndex.Match> matches) {
        return matches.stream().map(m -> m.signal().label() + "=" + m.score().value()).toList();
    }

    @Test
    void aSignalSharingOneWordIsNoCandidateHoweverRareTheWord() {
        SignalIndex index = new SignalIndex(List.of(
                signal("one", Map.of("heat", 5.0, "crane", 1.0), Set.of("urn:idea:heat")),
                signal("two", Map.of("heat", 5.0, "pause", 4.0), Set.of()),
                signal("none", Map.of("ledger", 3.0, "audit", 3.0), Set.of())));
        TermVector post = vector(Map.of("heat", 5.0, "pause", 4.0, "worker", 1.0));
        // "one" shares only "heat" (and an idea), which alone would score far above the threshold
        List<SignalIndex.Match> linked = index.linked(post, Set.of("urn:idea:heat"), BigDecimal.ZERO);
        assertEquals(List.of("two"), linked.stream().map(m -> m.signal().label()).toList());
        assertEquals(names(index.linkedScoringEveryPair(post, Set.of("urn:idea:heat"), BigDecimal.ZERO)), names(linked));
    }

    @Test
    void aCandidateBelowTheThresholdIsLeftOutAndOneAtItKept() {
        // cosine 0.5 of two equal words out of four: 0.75 × 0.5 = 0.375
        SignalIndex index = new SignalIndex(List.of(signal("half", Map.of("a", 1.0, "b", 1.0, "c", 1.0, "d", 1.0), Set.of())));
        TermVector post = vector(Map.of("a", 1.0, "b", 1.0, "e", 1.0, "f", 1.0));
        assertEquals(List.of("half=0.375"), names(index.linked(post, Set.of(), new BigDecimal("0.375"))));
        assertEquals(List.of(), names(index.linked(post, Set.of(), new BigDecimal("0.376"))));
    }

    @Test
    void theCountersStartAfreshForEachPostOrResponse() {
        SignalIndex index = new SignalIndex(List.of(signal("s", Map.of("a", 1.0, "b", 1.0), Set.of())));
        // the first shares one word; if its count were kept, the second (one word too) would become a candidate
        assertEquals(List.of(), index.linked(vector(Map.of("a", 1.0, "x", 1.0)), Set.of(), BigDecimal.ZERO));
        assertEquals(List.of(), index.linked(vector(Map.of("b", 1.0, "y", 1.0)), Set.of(), BigDecimal.ZERO));
        assertEquals(List.of("s=0.750"), names(index.linked(vector(Map.of("a", 1.0, "b", 1.0)), Set.of(), BigDecimal.ZERO)));
    }

    /**
     * A signal that shares only words of little weight in the post (words many signals share) is not close enough by
     * its words, but its shared ideas can carry it over the threshold: the index must not drop it on its words alone.
     */
    @Test
    void aSignalSharingOnlyCommonWordsIsFoundThroughItsIdeas() {
        List<SignalDiscussions.SignalText> signals = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) signals.add(signal("common" + i, Map.of("work", 1.0, "life", 1.0, "other" + i, 2.0), Set.of()));
        signals.add(signal("ideas", Map.of("work", 1.0, "life", 1.0), Set.of("urn:idea:a", "urn:idea:b")));
        signals.add(signal("rare", Map.of("heat", 5.0, "pause", 5.0), Set.of()));
        SignalIndex index = new SignalIndex(signals);
        TermVector post = vector(Map.of("heat", 5.0, "pause", 5.0, "work", 0.3, "life", 0.3));
        Set<String> ideas = Set.of("urn:idea:a", "urn:idea:b");
        List<SignalIndex.Match> linked = index.linked(post, ideas, Similarity.THRESHOLD);
        assertEquals(List.of("ideas", "rare"), linked.stream().map(m -> m.signal().label()).toList());
        assertEquals(names(index.linkedScoringEveryPair(post, ideas, Similarity.THRESHOLD)), names(linked));
        assertEquals(List.of("rare"), index.linked(post, Set.of(), Similarity.THRESHOLD).stream().map(m -> m.signal().label()).toList());
    }

    /** Random vectors over a small vocabulary (many words in common, as in generated text) at several thresholds. */
    @Test
    void randomVectorsLinkAsEveryPairDoes() {
        java.util.Random random = new java.util.Random(7);
        List<String> vocabulary = Stream.iterate(0, i -> i + 1).limit(40).map(i -> "w" + i).toList();
        List<String> ideaPool = List.of("urn:idea:1", "urn:idea:2", "urn:idea:3");
        List<SignalDiscussions.SignalText> signals = Stream.iterate(0, i -> i + 1).limit(60)
                .map(i -> signal("s" + i, randomWeights(random, vocabulary, 8), randomIdeas(random, ideaPool))).toList();
        SignalIndex index = new SignalIndex(signals);
        int links = 0;
        for (int u = 0; u < 300; u++) {
            TermVector post = vector(randomWeights(random, vocabulary, 12));
            Set<String> ideas = randomIdeas(random, ideaPool);
            for (String t : List.of("0.000", "0.100", "0.150", "0.300")) {
                List<SignalIndex.Match> linked = index.linked(post, ideas, new BigDecimal(t));
                assertEquals(names(index.linkedScoringEveryPair(post, ideas, new BigDecimal(t))), names(linked));
                links += linked.size();
            }
        }
        assertTrue(links > 1000, "too few links to prove anything: " + links);
    }

    /**
     * Looking for a post's strongest links first at high cosines finds the same strongest links as scoring every pair,
     * ties on the rounded score broken by the signal's IRI as a post keeps them, for many posts close to many signals.
     */
    @Test
    void theStrongestLinksAreThoseOfEveryPair() {
        java.util.Random random = new java.util.Random(3);
        List<String> vocabulary = Stream.iterate(0, i -> i + 1).limit(60).map(i -> "w" + i).toList();
        List<String> ideaPool = List.of("urn:idea:1", "urn:idea:2", "urn:idea:3", "urn:idea:4");
        List<SignalDiscussions.SignalText> signals = Stream.iterate(0, i -> i + 1).limit(200)
                .map(i -> signal(String.format("s%03d", i), randomWeights(random, vocabulary, 4 + random.nextInt(20)), randomIdeas(random, ideaPool))).toList();
        SignalIndex index = new SignalIndex(signals);
        int compared = 0;
        for (int u = 0; u < 400; u++) {
            TermVector post = vector(randomWeights(random, vocabulary, 5 + random.nextInt(40)));
            Set<String> ideas = randomIdeas(random, ideaPool);
            for (int strongest : List.of(1, 4)) {
                List<String> every = strongest(index.linkedScoringEveryPair(post, ideas, Similarity.THRESHOLD), strongest);
                assertEquals(every, strongest(index.linked(post, ideas, Similarity.THRESHOLD, strongest), strongest));
                if (every.size() == strongest) compared++;
            }
        }
        assertTrue(compared > 400, "too few posts with enough links to prove anything: " + compared);
    }

    /**
     * Once a post's strongest link is found, the bound stops the walk: a post that is one signal's words, among hundreds
     * of signals that share only two light words with it, scores a handful of them for its strongest link, and every
     * one of them when all its links are asked for.
     */
    @Test
    void theBoundStopsTheWalkOnceTheStrongestAreFound() {
        List<SignalDiscussions.SignalText> signals = new java.util.ArrayList<>();
        signals.add(signal("match", Map.of("heat", 5.0, "pause", 5.0, "shift", 0.2, "work", 0.2), Set.of()));
        for (int i = 0; i < 500; i++) signals.add(signal(String.format("other%03d", i), Map.of("shift", 1.0, "work", 1.0, "w" + i, 1.0), Set.of()));
        TermVector post = vector(Map.of("heat", 5.0, "pause", 5.0, "shift", 0.2, "work", 0.2));

        SignalIndex strongest = new SignalIndex(signals);
        assertEquals(List.of("match=0.750"), names(strongest.linked(post, Set.of(), BigDecimal.ZERO, 1)));
        assertTrue(strongest.checked() <= 3, "scored " + strongest.checked());

        SignalIndex all = new SignalIndex(signals);
        assertEquals(501, all.linked(post, Set.of(), BigDecimal.ZERO).size());
        assertEquals(501, all.checked());
    }

    /**
     * The pruned top-k search against brute force on text-like units: words drawn with a skewed frequency (a few words
     * in most texts, many rare ones), weights from a few values so that many pairs tie on the rounded score and the
     * IRI decides, ideas shared by whole groups of signals, most posts taking up some of one signal's words; for
     * several seeds, cut-offs and thresholds. The strongest links, their scores and their order must be those of
     * scoring every pair.
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void theBoundedTopKEqualsBruteForceOnTextLikeUnits(long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> vocabulary = Stream.iterate(0, i -> i + 1).limit(3000).map(i -> "w" + i).toList();
        List<String> ideaPool = Stream.iterate(0, i -> i + 1).limit(12).map(i -> "urn:idea:" + i).toList();
        List<SignalDiscussions.SignalText> signals = Stream.iterate(0, i -> i + 1).limit(400)
                .map(i -> signal(String.format("s%03d", random.nextInt(1000)) + "-" + i, skewedWeights(random, vocabulary, 3 + random.nextInt(25)),
                        random.nextInt(4) == 0 ? Set.of(ideaPool.get(random.nextInt(ideaPool.size()))) : Set.of())).toList();
        SignalIndex index = new SignalIndex(signals);
        int compared = 0;
        for (int u = 0; u < 300; u++) {
            Map<String, Double> words = skewedWeights(random, vocabulary, 2 + random.nextInt(14));
            // most posts are about one signal's subject: they take up some of its words (as a thread does a digest's)
            if (random.nextInt(4) > 0) signals.get(random.nextInt(signals.size())).vector().weights().forEach((w, x) -> {
                if (random.nextBoolean()) words.put(w, x);
            });
            TermVector post = vector(words);
            Set<String> ideas = random.nextInt(3) == 0 ? Set.of(ideaPool.get(random.nextInt(ideaPool.size()))) : Set.of();
            for (String t : List.of("0.000", "0.050", "0.150")) {
                BigDecimal threshold = new BigDecimal(t);
                List<SignalIndex.Match> every = index.linkedScoringEveryPair(post, ideas, threshold);
                for (int k : List.of(1, 4, 10)) {
                    List<SignalIndex.Match> pruned = index.linked(post, ideas, threshold, k);
                    assertEquals(strongest(every, k), strongest(pruned, k), "post " + u + " at " + t + ", k " + k);
                    // every link it returns is a real one, with the score scoring every pair gives
                    assertTrue(names(every).containsAll(names(pruned)), "post " + u + " at " + t + ", k " + k);
                    if (every.size() > k) compared++;
                }
                assertEquals(names(every), names(index.linked(post, ideas, threshold)), "every link, post " + u + " at " + t);
            }
        }
        assertTrue(compared > 500, "too few posts with more links than kept to prove anything: " + compared);

    }

    /**
     * Words with a skewed frequency (word i drawn about 1/(i+1) as often as word 0), each weighing a whole number near
     * its idf as tf-idf weighs it (a common word little, a rare one much): few distinct weights, so many ties.
     */
    private static Map<String, Double> skewedWeights(java.util.Random random, List<String> vocabulary, int size) {
        Map<String, Double> out = new java.util.HashMap<>();
        while (out.size() < Math.min(size, vocabulary.size())) {
            int i = Math.min((int) Math.floor(Math.exp(random.nextDouble() * Math.log(vocabulary.size() + 1))) - 1, vocabulary.size() - 1);
            out.put(vocabulary.get(i), (double) Math.max(1, Math.round(Math.log((vocabulary.size() + 1.0) / (i + 1)) + random.nextInt(2))));
        }
        return out;
    }

    private static List<String> strongest(List<SignalIndex.Match> matches, int n) {
        return matches.stream().sorted(java.util.Comparator.comparing((SignalIndex.Match m) -> m.score().value()).reversed()
                .thenComparing(m -> m.signal().node().getURI())).limit(n).map(m -> m.signal().label() + "=" + m.score().value()).toList();
    }

    private static Map<String, Double> randomWeights(java.util.Random random, List<String> vocabulary, int size) {
        Map<String, Double> out = new java.util.HashMap<>();
        while (out.size() < size) out.put(vocabulary.get(random.nextInt(vocabulary.size())), 0.1 + 4 * random.nextDouble());
        return out;
    }

    private static Set<String> randomIdeas(java.util.Random random, List<String> pool) {
        Set<String> out = new TreeSet<>();
        for (String idea : pool) if (random.nextInt(3) == 0) out.add(idea);
        return out;
    }

    /** A new store at {@code dir} holding the folders (or 150 generated documents when none are given), loaded whole. */
    private static WorkgraphStore loaded(Loader loader, List<Path> folders, Path dir) throws IOException {
        if (folders == null) folders = List.of(new CorpusGenerator().generate(150, 11, dir.resolve("corpus"), i -> {}).folder());
        WorkgraphStore store = WorkgraphStore.open(dir.resolve("db"));
        LoadReport report = loader.load(folders, new TdbSink(store, loader.derivedGraphs()), f -> {});
        assertEquals(0, report.failed(), report.summary());
        return store;
    }

    static Stream<Arguments> corpora() {
        return Stream.of(
                Arguments.of("data/discussions", List.of(DATA.resolve("corpus"))),
                Arguments.of("data/discussions with its held-out set", List.of(DATA.resolve("corpus"), DATA.resolve("heldout/corpus"))),
                Arguments.of("150 generated documents", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void theIndexStatesTheSameGraphAsScoringEveryPair(String name, List<Path> folders, @TempDir Path dir) throws IOException {
        Loader loader = new Loader();
        Iris iris = loader.iris();
        try (WorkgraphStore store = loaded(loader, folders, dir)) {
            DatasetGraph dsg = store.dataset();
            Node graph = iris.discussionsGraph();
            for (String t : List.of("0.150", "0.050")) {
                BigDecimal threshold = new BigDecimal(t);
                int indexed = new SignalDiscussions(iris, threshold, false).rebuild(dsg);
                Set<String> byIndex = quads(dsg, graph);
                int everyPair = new SignalDiscussions(iris, threshold, true).rebuild(dsg);
                Set<String> byEveryPair = quads(dsg, graph);
                assertEquals(everyPair, indexed, name + " at " + t);
                assertEquals(byEveryPair, byIndex, name + " at " + t);
                assertTrue(indexed > 0, name + ": no link at " + t + ", nothing compared");
            }
        }
    }

    /**
     * A rebuild scores its posts and responses on several threads and writes their links on its own: the graph (links,
     * scores, evidence) and the scoring work are the same as on one thread, whatever the number of threads.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void theGraphIsTheSameScoredOnOneThreadOrSeveral(String name, List<Path> folders, @TempDir Path dir) throws IOException {
        Loader loader = new Loader();
        Iris iris = loader.iris();
        try (WorkgraphStore store = loaded(loader, folders, dir)) {
            DatasetGraph dsg = store.dataset();
            Node graph = iris.discussionsGraph();
            SignalDiscussions one = new SignalDiscussions(iris, Similarity.THRESHOLD, false, 1);
            int linksOnOne = one.rebuild(dsg);
            Set<String> onOne = quads(dsg, graph);
            assertTrue(linksOnOne > 0, name + ": no link, nothing compared");
            for (int threads : List.of(2, 3)) {
                SignalDiscussions several = new SignalDiscussions(iris, Similarity.THRESHOLD, false, threads);
                assertEquals(linksOnOne, several.rebuild(dsg), name + " on " + threads + " threads");
                assertEquals(onOne, quads(dsg, graph), name + " on " + threads + " threads");
                assertEquals(one.work(), several.work(), name + " on " + threads + " threads");
            }
        }
    }

    private static Set<String> quads(DatasetGraph dsg, Node graph) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q ->
                    out.add(NodeFmtLib.str(q)));
            return out;
        });
    }
}

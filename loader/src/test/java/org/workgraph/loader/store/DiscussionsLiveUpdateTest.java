package org.workgraph.loader.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.discussion.SignalDiscussions;
import org.workgraph.loader.identity.PeopleGraph;
import org.workgraph.loader.ideas.IdeaGraph;
import org.workgraph.loader.ideas.IdeaTimeline;
import org.workgraph.ontology.Ontology;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.ontology.WG;

/**
 * The graphs derived from the ideas ({@code wg:discusses} links, ideas' first appearance) under adding, replacing and
 * removing documents, on a TDB2 store on disk, against rebuilding them on the same store ({@code kg reindex
 * --derived}) and against a fresh load. The timeline is exact. The links of the changed documents (their posts,
 * responses and signals) are exactly what a rebuild gives; other links keep the scores they were given against the
 * statistics of their own load (the documented drift), and a rebuild gives exactly a fresh load's graph.
 */
class DiscussionsLiveUpdateTest {
    private static final Path CORPUS = Path.of(System.getProperty("workgraph.root", "..")).resolve("data/discussions/corpus");
    /** Added last, or removed: a digest and a post that discusses the other digest's signals. */
    private static final List<String> LAST = List.of("ai-hiring-digest.txt", "nights-on-the-farm.txt");
    private static List<Path> first;
    private static List<Path> last;

    private final Loader loader = new Loader();
    private final Iris iris = loader.iris();

    @BeforeAll
    static void corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            first = all.stream().filter(f -> !LAST.contains(f.getFileName().toString())).toList();
            last = all.stream().filter(f -> LAST.contains(f.getFileName().toString())).toList();
        }
    }

    @Test
    void addingDocumentsLinksThemAsARebuildWould(@TempDir Path dir) {
        try (WorkgraphStore live = WorkgraphStore.open(dir.resolve("live")); WorkgraphStore fresh = WorkgraphStore.open(dir.resolve("fresh"))) {
            load(live, first);
            Map<String, String> before = links(live);
            load(live, last);
            assertChangedLinksAsRebuilt(live, changed(LAST), before);
            assertTimelineExact(live);

            load(fresh, concat(first, last));
            rebuildAll(live);
            assertSame(graph(fresh, iris.discussionsGraph()), graph(live, iris.discussionsGraph()), "after a rebuild, as fresh: discussions");
            assertEquals(graph(fresh, iris.timelineGraph()), graph(live, iris.timelineGraph()), "after a rebuild, as fresh: timeline");
        }
    }

    @Test
    void replacingAPostRewritesItsLinks(@TempDir Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Path post = Files.copy(CORPUS.resolve("nights-on-the-farm.txt"), copy.resolve("nights-on-the-farm.txt"));
        try (WorkgraphStore live = WorkgraphStore.open(dir.resolve("live"))) {
            List<Path> all = concat(first, List.of(CORPUS.resolve("ai-hiring-digest.txt"), post));
            load(live, all);
            String doc = iris.idea("x").getURI().replace("idea/x", "doc/nights-on-the-farm");
            assertTrue(links(live).keySet().stream().anyMatch(k -> k.startsWith(doc + " ") && k.endsWith("/behaviors/1")),
                    "the post discusses tracking the heat index on phones: " + links(live).keySet());
            // The paragraph about the heat index app goes.
            String text = Files.readString(post);
            int cut = text.indexOf("The pickers have also started");
            Files.writeString(post, text.substring(0, cut) + text.substring(text.indexOf("2 Responses")));
            Map<String, String> before = links(live);
            load(live, List.of(post));
            assertFalse(links(live).keySet().stream().anyMatch(k -> k.startsWith(doc + " ") && k.endsWith("/behaviors/1")),
                    "the post no longer discusses it: " + links(live).keySet());
            assertChangedLinksAsRebuilt(live, changed(List.of("nights-on-the-farm.txt")), before);
            assertTimelineExact(live);
        }
    }

    /**
     * With no threshold, every post and response is close enough to many signals and keeps its four strongest. A
     * digest added later brings stronger links for the posts about its topic: they displace weaker old ones, and the
     * post ends with the signals a rebuild gives it.
     */
    @Test
    void aNewDigestsStrongerLinksDisplaceWeakerOnesBeyondTheCap(@TempDir Path dir) {
        List<DerivedGraph> derived = List.of(new PeopleGraph(iris.peopleGraph()), new IdeaGraph(iris, Ontology.load()),
                new SignalDiscussions(iris, java.math.BigDecimal.ZERO), new IdeaTimeline(iris));
        try (WorkgraphStore live = WorkgraphStore.open(dir.resolve("live"))) {
            List<Path> withoutHeat = concat(first, last).stream().filter(f -> !f.getFileName().toString().equals("heat-at-work-digest.txt")).toList();
            assertEquals(7, loader.load(withoutHeat, new TdbSink(live, derived), f -> {}).loaded());
            String post = iris.idea("x").getURI().replace("idea/x", "doc/heat-pauses-on-site");
            Predicate<String> ofPost = k -> k.startsWith(post + " ");
            Set<String> before = signals(filter(links(live), ofPost));
            assertFalse(before.isEmpty(), "the heat post has weak links to the hiring digest's signals");

            assertEquals(1, loader.load(List.of(CORPUS.resolve("heat-at-work-digest.txt")), new TdbSink(live, derived), f -> {}).loaded());
            Set<String> updated = signals(filter(links(live), ofPost));
            assertEquals(SignalDiscussions.PER_UNIT, updated.size(), "the cap: " + updated);
            assertTrue(updated.stream().allMatch(s -> s.contains("/heat-at-work-digest/")), "the heat signals displace the others: " + updated);
            assertTrue(links(live).keySet().stream().collect(Collectors.groupingBy(k -> k.split(" ")[0], Collectors.counting()))
                    .values().stream().allMatch(n -> n <= SignalDiscussions.PER_UNIT), "no post or response has more than the cap");
            derived.get(2).rebuild(live.dataset());
            assertEquals(signals(filter(links(live), ofPost)), updated, "the same four signals as a rebuild gives the post");
        }
    }

    /**
     * A long-running process (the server) keeps every signal's words between updates. Step by step (a post, a digest,
     * a post that discusses the digest's signals, the digest removed, the post replaced), its derived graphs must be
     * exactly those of derived graphs made anew for each step, which read every signal from the store: a kept set
     * that missed the added digest, or kept the removed one, would link the post differently.
     */
    @Test
    void signalsKeptBetweenUpdatesFollowEveryStep(@TempDir Path dir) throws IOException {
        List<String> later = List.of("heat-pauses-on-site.txt", "heat-at-work-digest.txt", "nights-on-the-farm.txt");
        List<Path> base = concat(first, last).stream().filter(f -> !later.contains(f.getFileName().toString())).toList();
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Path post = Files.copy(CORPUS.resolve("nights-on-the-farm.txt"), copy.resolve("nights-on-the-farm.txt"));
        List<DerivedGraph> longLived = loader.derivedGraphs();
        try (WorkgraphStore kept = WorkgraphStore.open(dir.resolve("kept")); WorkgraphStore read = WorkgraphStore.open(dir.resolve("read"))) {
            for (WorkgraphStore s : List.of(kept, read)) load(s, base);
            List<Runnable> steps = List.of(
                    () -> step(kept, read, longLived, CORPUS.resolve("heat-pauses-on-site.txt")), // the first update reads every signal
                    () -> step(kept, read, longLived, CORPUS.resolve("heat-at-work-digest.txt")),
                    () -> step(kept, read, longLived, post),
                    () -> {
                        String doc = iris.idea("x").getURI().replace("idea/x", "doc/nights-on-the-farm");
                        assertTrue(links(kept).keySet().stream().anyMatch(k -> k.startsWith(doc + " ") && k.contains("/heat-at-work-digest/")),
                                "the post discusses a signal of the digest added before it: " + links(kept).keySet());
                        for (WorkgraphStore s : List.of(kept, read)) {
                            TdbSink sink = new TdbSink(s, s == kept ? longLived : loader.derivedGraphs());
                            sink.remove(iris.documentGraph("heat-at-work-digest.txt"));
                            sink.finish();
                        }
                    },
                    () -> {
                        try {
                            Files.writeString(post, Files.readString(post).replace("Night work has its own costs.", "Night work has its own costs, and the heat index is only one."));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        step(kept, read, longLived, post);
                    });
            for (int i = 0; i < steps.size(); i++) {
                steps.get(i).run();
                for (Node g : List.of(iris.peopleGraph(), iris.ideasGraph(), iris.statsGraph(), iris.discussionsGraph(), iris.timelineGraph())) {
                    LiveUpdateTest.assertSameQuads(graph(read, g), graph(kept, g), "step " + (i + 1) + ", state kept as read anew: " + g);
                }
            }
            assertFalse(links(kept).keySet().stream().anyMatch(k -> k.contains("/heat-at-work-digest/")), "no link to a removed signal");
        }
    }

    /** Loads one file into both stores: with the long-lived derived graphs into one, with graphs made anew into the other. */
    private void step(WorkgraphStore kept, WorkgraphStore read, List<DerivedGraph> longLived, Path file) {
        assertEquals(1, loader.load(List.of(file), new TdbSink(kept, longLived), f -> {}).loaded());
        load(read, List.of(file));
    }

    private static Set<String> signals(Map<String, String> links) {
        return links.keySet().stream().map(k -> k.split(" ")[1]).collect(Collectors.toSet());
    }

    @Test
    void removingDocumentsTakesTheirLinksAndFirstAppearancesOut(@TempDir Path dir) {
        try (WorkgraphStore live = WorkgraphStore.open(dir.resolve("live")); WorkgraphStore fresh = WorkgraphStore.open(dir.resolve("fresh"))) {
            load(live, concat(first, last));
            Predicate<String> removed = changed(LAST);
            assertTrue(links(live).keySet().stream().anyMatch(removed), "links to and from the documents to remove");
            TdbSink sink = new TdbSink(live, loader.derivedGraphs());
            last.forEach(f -> sink.remove(iris.documentGraph(f.getFileName().toString())));
            sink.finish();

            assertFalse(links(live).keySet().stream().anyMatch(removed), "no link to or from a removed document stays");
            assertEquals(Set.of(), graph(live, iris.discussionsGraph()).stream().filter(q -> LAST.stream().anyMatch(f -> mentions(q, f)))
                    .collect(Collectors.toSet()), "nothing in the discussions graph names them");
            assertTrue(graph(live, iris.timelineGraph()).stream().noneMatch(q -> LAST.stream().anyMatch(f -> mentions(q, f))),
                    "no idea is first seen in them");
            assertTimelineExact(live);
            load(fresh, first);
            rebuildAll(live);
            assertEquals(graph(fresh, iris.discussionsGraph()), graph(live, iris.discussionsGraph()));
            assertEquals(graph(fresh, iris.timelineGraph()), graph(live, iris.timelineGraph()));
        }
    }

    /**
     * The links with a changed document's post, response or signal on either side are what rebuilding the graph on
     * the same store gives; so is the set of the other links, with their scores within the drift. The store is left
     * rebuilt.
     */
    private void assertChangedLinksAsRebuilt(WorkgraphStore live, Predicate<String> changed, Map<String, String> before) {
        Map<String, String> updated = links(live);
        new SignalDiscussions(iris).rebuild(live.dataset());
        Map<String, String> rebuilt = links(live);
        Map<String, String> changedUpdated = filter(updated, changed);
        assertEquals(filter(rebuilt, changed), changedUpdated, "the changed documents' links are as a rebuild makes them");
        // The others were not touched by the update: as they were before it.
        assertEquals(filter(before, changed.negate()), filter(updated, changed.negate()), "the other links are left as they were");
    }

    private void assertTimelineExact(WorkgraphStore live) {
        Set<Quad> updated = graph(live, iris.timelineGraph());
        assertFalse(updated.isEmpty());
        new IdeaTimeline(iris).rebuild(live.dataset());
        assertEquals(graph(live, iris.timelineGraph()), updated, "the timeline is exact under updates");
    }

    /** Whether a link ("unit signal") has a post, response or signal of these files on either side. */
    private Predicate<String> changed(List<String> files) {
        String docs = iris.idea("x").getURI().replace("idea/x", "doc/");
        return key -> files.stream().map(f -> docs + f.replaceAll("\\.txt$", "")).anyMatch(d -> Stream.of(key.split(" "))
                .anyMatch(side -> side.equals(d) || side.startsWith(d + "/")));
    }

    /** Every link as "unit signal" → "score method", from its evidence. */
    private Map<String, String> links(WorkgraphStore store) {
        DatasetGraph dsg = store.dataset();
        Node g = iris.discussionsGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> out = new TreeMap<>();
            List<Node> evidence = new ArrayList<>();
            dsg.find(g, Node.ANY, RDF.predicate.asNode(), WG.discusses.asNode()).forEachRemaining(q -> evidence.add(q.getSubject()));
            for (Node e : evidence) {
                String key = object(dsg, g, e, RDF.subject.asNode()).getURI() + " " + object(dsg, g, e, RDF.object.asNode()).getURI();
                assertTrue(dsg.contains(g, object(dsg, g, e, RDF.subject.asNode()), WG.discusses.asNode(), object(dsg, g, e, RDF.object.asNode())),
                        "evidence and link go together: " + key);
                out.put(key, object(dsg, g, e, WG.score.asNode()).getLiteralLexicalForm() + " " + object(dsg, g, e, WG.method.asNode()).getLiteralLexicalForm());
            }
            return out;
        });
    }

    private static Map<String, String> filter(Map<String, String> links, Predicate<String> which) {
        return links.entrySet().stream().filter(e -> which.test(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private void load(WorkgraphStore store, List<Path> files) {
        LoadReport report = loader.load(files, new TdbSink(store, loader.derivedGraphs()), f -> {});
        assertEquals(files.size(), report.loaded(), report.summary());
    }

    private void rebuildAll(WorkgraphStore store) {
        for (DerivedGraph d : loader.derivedGraphs()) d.rebuild(store.dataset());
    }

    /** Equal sets of quads, or a failure that shows the difference rather than both sets. */
    private static void assertSame(Set<Quad> expected, Set<Quad> actual, String message) {
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), message + "\nmissing: " + missing + "\nextra: " + extra);
    }

    private static Set<Quad> graph(WorkgraphStore store, Node graph) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    private static boolean mentions(Quad q, String file) {
        String stem = "/doc/" + file.replaceAll("\\.txt$", "");
        return Stream.of(q.getSubject(), q.getObject()).anyMatch(n -> n.isURI() && (n.getURI().endsWith(stem) || n.getURI().contains(stem + "/")));
    }

    private static List<Path> concat(List<Path> a, List<Path> b) { return Stream.concat(a.stream(), b.stream()).toList(); }
}

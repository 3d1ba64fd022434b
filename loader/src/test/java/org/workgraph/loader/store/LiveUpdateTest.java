package org.workgraph.loader.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.ontology.WG;

/**
 * Adding, replacing and removing documents in a store that has some updates the derived graphs (people, ideas,
 * their statistics) for those documents only, on a TDB2 store on disk, and lands where the documented drift
 * says: exactly a fresh load's people and statistics, the new documents' idea links exactly as a fresh load makes
 * them, and after a rebuild ({@code kg reindex --derived}) every derived graph exactly a fresh load's.
 */
class LiveUpdateTest {
    private static final String WORDINGS = "https://w3id.org/workgraph/ns/stats#wordings";

    @TempDir static Path corpus;
    private static List<Path> first;
    private static List<Path> last;

    private final Loader loader = new Loader();
    private final Iris iris = loader.iris();

    @BeforeAll
    static void corpus() throws IOException {
        CorpusSplit split = CorpusSplit.generate(corpus, 14, 5, 3);
        first = split.first();
        last = split.last();
    }

    @Test
    void addingDocumentsUpdatesDerivedGraphsAsAFreshLoadWouldForThem(@TempDir Path dir) {
        try (WorkgraphStore live = WorkgraphStore.open(dir.resolve("live")); WorkgraphStore fresh = WorkgraphStore.open(dir.resolve("fresh"))) {
            load(live, first);
            load(live, last);
            load(fresh, concat(first, last));

            assertEquals(derived(fresh, iris.peopleGraph()), derived(live, iris.peopleGraph()), "people: no drift");
            assertEquals(derived(fresh, iris.statsGraph(), notWordings()), derived(live, iris.statsGraph(), notWordings()),
                    "document frequencies: exact");
            Predicate<Quad> ofLast = q -> last.stream().anyMatch(f -> mentions(q, f));
            Set<Quad> lastIdeas = derived(fresh, iris.ideasGraph(), ofLast);
            assertFalse(lastIdeas.isEmpty(), "the added documents have ideas");
            assertEquals(lastIdeas, derived(live, iris.ideasGraph(), ofLast), "the added documents are ranked against the whole corpus");

            rebuild(live);
            for (Node g : List.of(iris.peopleGraph(), iris.ideasGraph(), iris.statsGraph(), iris.discussionsGraph(), iris.timelineGraph(),
                    iris.countsGraph())) {
                assertEquals(derived(fresh, g), derived(live, g), "after a rebuild, as fresh: " + g);
            }
        }
    }

    @Test
    void replacingADocumentKeepsStatisticsExact(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        Path doc = Files.copy(last.get(0), copy.resolve(last.get(0).getFileName()));
        try (WorkgraphStore live = WorkgraphStore.open(dir.resolve("live")); WorkgraphStore fresh = WorkgraphStore.open(dir.resolve("fresh"))) {
            load(live, concat(first, List.of(doc)));
            // The same file rewritten: its second half gone.
            String text = Files.readString(doc);
            Files.writeString(doc, text.substring(0, text.length() / 2));
            load(live, List.of(doc));
            load(fresh, concat(first, List.of(doc)));
            assertEquals(derived(fresh, iris.peopleGraph()), derived(live, iris.peopleGraph()));
            assertEquals(derived(fresh, iris.statsGraph(), notWordings()), derived(live, iris.statsGraph(), notWordings()));
            rebuild(live);
            for (Node g : List.of(iris.ideasGraph(), iris.discussionsGraph(), iris.timelineGraph())) assertEquals(derived(fresh, g), derived(live, g), g.toString());
        }
    }

    @Test
    void removingDocumentsTakesOutWhatOnlyTheySupport(@TempDir Path dir) {
        try (WorkgraphStore live = WorkgraphStore.open(dir.resolve("live")); WorkgraphStore fresh = WorkgraphStore.open(dir.resolve("fresh"))) {
            load(live, concat(first, last));
            Set<Node> ideasBefore = ideas(live);
            Set<Node> peopleBefore = subjects(derived(live, iris.peopleGraph()));
            TdbSink sink = new TdbSink(live, loader.derivedGraphs());
            last.forEach(f -> sink.remove(iris.documentGraph(f.getFileName().toString())));
            sink.finish();
            load(fresh, first);

            DatasetGraph dsg = live.dataset();
            for (Path f : last) {
                assertFalse(Txn.calculateRead(dsg, () -> dsg.containsGraph(iris.documentGraph(f.getFileName().toString()))));
                assertTrue(derived(live, iris.ideasGraph(), q -> mentions(q, f)).isEmpty(), "nothing derived from " + f + " stays");
            }
            // People: exactly those the remaining documents name; some went, some stayed.
            Set<Quad> people = derived(live, iris.peopleGraph());
            assertEquals(derived(fresh, iris.peopleGraph()), people);
            Set<Node> peopleAfter = subjects(people);
            assertTrue(peopleAfter.size() < peopleBefore.size() && !peopleAfter.isEmpty(), peopleBefore.size() + " -> " + peopleAfter.size());
            assertEquals(derived(fresh, iris.statsGraph(), notWordings()), derived(live, iris.statsGraph(), notWordings()));
            // Ideas: every one left is still linked from a remaining document; those the rest still link all stay.
            Set<Node> ideasAfter = ideas(live);
            assertEquals(linked(live), ideasAfter, "no idea without a link, no link to a missing idea");
            assertTrue(ideasBefore.containsAll(ideasAfter) && ideasAfter.size() < ideasBefore.size(), ideasBefore.size() + " -> " + ideasAfter.size());

            rebuild(live);
            for (Node g : List.of(iris.peopleGraph(), iris.ideasGraph(), iris.statsGraph(), iris.discussionsGraph(), iris.timelineGraph(),
                    iris.countsGraph())) {
                assertEquals(derived(fresh, g), derived(live, g), g.toString());
            }
        }
    }

    /**
     * A long-running process keeps the name keys of every alias between updates (the server's derived graphs live as
     * long as it does). A person named in one added document must keep a later document's phrase of that name out of
     * its ideas, as a process that reads every alias again does: a kept set that missed the first update would not.
     */
    @Test
    void aNameAddedByOneUpdateKeepsTheNextDocumentsPhraseOfItOutOfIdeas(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("rota-notes.txt"), """
                Rota notes

                By Thessaly Vantongeren

                Planning the shift rota for the warehouse takes a whole afternoon each week, and the rota still changes
                every time somebody falls ill. Shift swapping between pickers would save the planners most of that work.

                1 comment

                Orrin Pelletier said:
                Shift swapping works well in our depot, as long as the planners can see every swap the same day.
                """);
        Path b = Files.writeString(dir.resolve("in").resolve("the-new-rota.txt"), """
                The Vantongeren rota

                By Ilse Marchbank

                The Vantongeren rota has spread to three more depots this winter. Under the Vantongeren rota each picker
                chooses two fixed nights and trades the rest in an open list. Depots on the Vantongeren rota report fewer
                missed shifts, and the Vantongeren rota needs no planner at all once the list is running.
                """);
        Predicate<Quad> vantongeren = q -> q.getPredicate().equals(DCTerms.subject.asNode()) && q.getObject().getURI().contains("vantongeren");
        try (WorkgraphStore alone = WorkgraphStore.open(dir.resolve("alone"));
                WorkgraphStore kept = WorkgraphStore.open(dir.resolve("kept"));
                WorkgraphStore read = WorkgraphStore.open(dir.resolve("read"))) {
            load(alone, first);
            load(alone, List.of(b));
            assertFalse(derived(alone, iris.ideasGraph(), vantongeren).isEmpty(), "without the person, the name's phrase is an idea");

            List<DerivedGraph> longLived = loader.derivedGraphs();
            List<Path> earlier = first.subList(0, first.size() - 1);
            for (WorkgraphStore s : List.of(kept, read)) load(s, earlier);
            // The first update reads every alias; A's and B's are then kept up to date.
            for (Path f : List.of(first.get(first.size() - 1), a, b)) {
                loader.load(List.of(f), new TdbSink(kept, longLived), x -> {});
                load(read, List.of(f)); // derived graphs made anew: every alias read from the store
            }
            assertTrue(derived(read, iris.ideasGraph(), vantongeren).isEmpty(), "a person's name is no idea");
            for (Node g : List.of(iris.peopleGraph(), iris.ideasGraph(), iris.statsGraph(), iris.discussionsGraph(), iris.timelineGraph())) {
                assertSameQuads(derived(read, g), derived(kept, g), "state kept between updates, as read anew: " + g);
            }
        }
    }

    /**
     * State kept between updates cannot see a write made around the loader (a SPARQL Update, a Graph Store PUT): it must
     * notice one and read the store again. Here a person's alias is written directly, then a document whose phrase is
     * that name is added.
     */
    @Test
    void keptStateIsReadAgainAfterAWriteAroundTheLoader(@TempDir Path dir) throws IOException {
        Path b = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("the-new-rota.txt"), """
                The Quillfeather rota

                By Ilse Marchbank

                The Quillfeather rota has spread to three more depots this winter. Under the Quillfeather rota each picker
                chooses two fixed nights and trades the rest in an open list. Depots on the Quillfeather rota report fewer
                missed shifts, and the Quillfeather rota needs no planner at all once the list is running.
                """);
        Predicate<Quad> quillfeather = q -> q.getPredicate().equals(DCTerms.subject.asNode()) && q.getObject().getURI().contains("quillfeather");
        try (WorkgraphStore kept = WorkgraphStore.open(dir.resolve("kept")); WorkgraphStore alone = WorkgraphStore.open(dir.resolve("alone"))) {
            load(alone, first);
            load(alone, List.of(b));
            assertFalse(derived(alone, iris.ideasGraph(), quillfeather).isEmpty(), "without the person, the name's phrase is an idea");

            List<DerivedGraph> longLived = loader.derivedGraphs();
            load(kept, first.subList(0, 1));
            loader.load(first.subList(1, first.size()), new TdbSink(kept, longLived), x -> {}); // the state is kept here
            DatasetGraph dsg = kept.dataset();
            Node person = org.apache.jena.graph.NodeFactory.createURI("https://example.org/people/quillfeather");
            Txn.executeWrite(dsg, () -> dsg.add(org.apache.jena.graph.NodeFactory.createURI("https://example.org/written-by-hand"), person,
                    WG.alias.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("Wenna Quillfeather")));
            loader.load(List.of(b), new TdbSink(kept, longLived), x -> {});
            assertTrue(derived(kept, iris.ideasGraph(), quillfeather).isEmpty(), "the alias written around the loader is a name");
        }
    }

    /** Equal sets, or a failure that shows a few of the differences rather than both graphs whole. */
    static void assertSameQuads(Set<Quad> expected, Set<Quad> actual, String what) {
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + missing.size() + " missing, e.g. " + missing.stream().limit(3).toList()
                + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
    }

    private void load(WorkgraphStore store, List<Path> files) {
        LoadReport report = loader.load(files, new TdbSink(store, loader.derivedGraphs()), f -> {});
        assertEquals(files.size(), report.loaded(), report.summary());
    }

    private void rebuild(WorkgraphStore store) {
        for (DerivedGraph d : loader.derivedGraphs()) d.rebuild(store.dataset());
    }

    private static Set<Quad> derived(WorkgraphStore store, Node graph) {
        return derived(store, graph, q -> true);
    }

    private static Set<Quad> derived(WorkgraphStore store, Node graph, Predicate<Quad> which) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> Iter.asStream(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)).filter(which)
                .collect(Collectors.toCollection(HashSet::new)));
    }

    private static Predicate<Quad> notWordings() {
        return q -> !q.getPredicate().getURI().equals(WORDINGS);
    }

    /** Whether a quad is about a resource of this document's (its IRIs are minted under the document's). */
    private boolean mentions(Quad q, Path file) {
        String doc = iris.document(file.getFileName().toString()).getURI() + "/";
        String self = iris.document(file.getFileName().toString()).getURI();
        return Stream.of(q.getSubject(), q.getObject()).anyMatch(n -> n.isURI() && (n.getURI().equals(self) || n.getURI().startsWith(doc)));
    }

    private Set<Node> ideas(WorkgraphStore store) {
        return subjects(derived(store, iris.ideasGraph(), q -> q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(WG.Idea.asNode())));
    }

    private Set<Node> linked(WorkgraphStore store) {
        return derived(store, iris.ideasGraph(), q -> q.getPredicate().equals(DCTerms.subject.asNode())).stream()
                .map(Quad::getObject).collect(Collectors.toSet());
    }

    private static Set<Node> subjects(Set<Quad> quads) {
        return quads.stream().map(Quad::getSubject).collect(Collectors.toSet());
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}

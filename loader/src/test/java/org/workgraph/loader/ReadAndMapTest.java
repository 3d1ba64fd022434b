package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.blog.HeaderClassifier;
import org.workgraph.loader.identity.PeopleGraph;
import org.workgraph.loader.ideas.DocumentPhrases;
import org.workgraph.loader.ideas.IdeaGraph;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.WG;

/**
 * {@link Loader#readAndMap}, the per-file step {@code kg load} and the Spark job share, and the derived graphs'
 * store-free parts: put together in one process the way the Spark job puts them together across machines, they
 * give the same graphs as a load into a store.
 */
class ReadAndMapTest {
    private static final Path SAMPLE = Path.of(System.getProperty("workgraph.root", "..")).resolve("data/corpus");

    @Test
    void eachDocumentIsMappedAsLoadMapsItAndTheDerivedGraphsBuiltFromPartsAreTheSame(@TempDir Path tmp) throws IOException {
        Loader loader = new Loader();
        IdeaGraph ideas = (IdeaGraph) loader.derivedGraphs().get(1);
        PeopleGraph people = (PeopleGraph) loader.derivedGraphs().get(0);
        List<MappedDocument> mapped = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLE)) {
            files = s.sorted().toList();
        }
        for (Path f : files) loader.readAndMap(f, source -> false, ideas::analyse, mapped::add);
        assertEquals(files.size(), mapped.size());
        mapped.forEach(m -> {
            assertTrue(m.mapped() && m.outcome().loaded(), m.outcome().describe());
            assertNotNull(m.phrases());
        });

        // Parts, put together as the Spark job does: counts summed over documents, each document ranked against them.
        DatasetGraph parts = DatasetGraphFactory.createTxnMem();
        Map<String, Integer> phraseDf = new HashMap<>();
        Map<String, Integer> wordDf = new HashMap<>();
        Set<String> names = new HashSet<>();
        Map<Node, List<String>> spellings = new LinkedHashMap<>();
        for (MappedDocument m : mapped) {
            m.quads().forEach(parts::add);
            IdeaGraph.countedPhrases(m.phrases()).forEach(k -> phraseDf.merge(k, 1, Integer::sum));
            IdeaGraph.countedWords(m.phrases()).forEach(k -> wordDf.merge(k, 1, Integer::sum));
            for (Quad q : m.quads()) {
                if (!q.getPredicate().equals(WG.alias.asNode())) continue;
                boolean firm = q.getSubject().isURI() && q.getSubject().getURI().contains("/" + org.workgraph.ontology.IriScheme.ORGANIZATION);
                names.addAll(IdeaGraph.nameKeys(q.getObject().getLiteralLexicalForm(), firm));
                spellings.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject().getLiteralLexicalForm());
            }
        }
        spellings.forEach((person, s) -> people.writeName(person, s, parts::add));
        Map<Node, Map<String, Integer>> wordings = new HashMap<>();
        var out = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) { parts.add(q); }
        };
        for (MappedDocument m : mapped) {
            DocumentPhrases d = m.phrases();
            Set<String> asked = new HashSet<>(IdeaGraph.nameQuestions(d));
            asked.retainAll(names); // just the names the document asks about, as the job's join gives it
            ideas.writeDocumentIdeas(d, asked, mapped.size(), phraseDf, wordDf, out)
                    .forEach((idea, counts) -> counts.forEach((w, n) -> wordings.computeIfAbsent(idea, k -> new HashMap<>()).merge(w, n, Integer::sum)));
        }
        ideas.writeScheme(out);
        wordings.forEach((idea, counts) -> ideas.writeIdea(idea, counts, out));
        ideas.writeCorpusSize(mapped.size(), out);
        ideas.writeFrequencies(phraseDf, wordDf, out);
        wordings.forEach((idea, counts) -> ideas.writeWordings(idea, counts, out));

        try (WorkgraphStore store = WorkgraphStore.open(tmp.resolve("db"))) {
            LoadReport report = loader.load(List.of(SAMPLE), new TdbSink(store, loader.derivedGraphs()), f -> {});
            assertTrue(report.files().stream().allMatch(FileOutcome::loaded));
            DatasetGraph dsg = store.dataset();
            Txn.executeRead(dsg, () -> {
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                // The graphs derived from the ideas graph (signals discussed, first appearances) and the lists' counts have no
                // storeless parts.
                graphs.removeAll(List.of(loader.iris().discussionsGraph(), loader.iris().timelineGraph(), loader.iris().countsGraph()));
                assertEquals(files.size() + 3, graphs.size(), "documents, people, ideas, statistics: " + graphs);
                for (Node g : graphs) {
                    Graph expected = dsg.getGraph(g);
                    Graph actual = parts.getGraph(g);
                    assertEquals(expected.size(), actual.size(), "triples in " + g);
                    assertTrue(IsoMatcher.isomorphic(expected, actual), "the same graph: " + g);
                }
            });
        }
    }

    @Test
    void aFileThatCannotBeReadIsHandedOutAsAFailureNeverThrown(@TempDir Path tmp) throws IOException {
        Path broken = Files.write(tmp.resolve("broken.txt"), new byte[] {'a', 0, 'b'});
        List<MappedDocument> out = new ArrayList<>();
        new Loader().readAndMap(broken, source -> false, (g, q) -> null, out::add);
        assertEquals(1, out.size());
        assertFalse(out.get(0).mapped());
        assertFalse(out.get(0).outcome().loaded());
        assertTrue(out.get(0).outcome().message().contains("binary content"), out.get(0).outcome().message());
        assertNull(out.get(0).phrases());
    }

    @Test
    void aDocumentTheDestinationHoldsIsSkippedAsUnchanged() {
        List<MappedDocument> out = new ArrayList<>();
        new Loader().readAndMap(SAMPLE.resolve("four-day-week.txt"), source -> true, (g, q) -> null, out::add);
        assertEquals(1, out.size());
        assertTrue(out.get(0).outcome().unchanged());
        assertFalse(out.get(0).mapped());
    }

    @Test
    void aFileWhoseReadingThrowsAnErrorIsReportedAsFailedAndTheOtherFilesStillLoad(@TempDir Path tmp) throws IOException {
        // A class that cannot initialise (a missing resource in a repackaged jar) throws an Error, not an exception: it
        // must fail its own file with a reason, not vanish from the report, and the other files must still be read.
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "A post about rotas\n\nTeams now plan their week together.\n\n"
                + "2 comments\n\nAnn Lee says:\nMarch 3, 2024 at 9:15 am\nWe did the same.\n");
        Path good = Files.writeString(tmp.resolve("good.txt"), "Signals of change\n\n| Signal | Description |\n|---|---|\n"
                + "| Four-day weeks | More firms trial a shorter week. |\n");
        HeaderClassifier broken = (lines, ruled) -> {
            if (lines.stream().anyMatch(l -> l.text().contains("Ann Lee"))) throw new ExceptionInInitializerError("no model");
            return Set.of();
        };
        Loader loader = new Loader(org.workgraph.loader.mapping.Iris.DEFAULT_BASE, Loader.DEFAULT_MAX_BYTES, broken);
        List<MappedDocument> mapped = new ArrayList<>();
        loader.readAndMap(bad, source -> false, (g, q) -> null, mapped::add);
        assertEquals(1, mapped.size());
        FileOutcome failed = mapped.get(0).outcome();
        assertFalse(failed.loaded());
        assertTrue(failed.describeFailure().startsWith(bad.toString()) && failed.message().contains("no model"), failed.describeFailure());

        Path db = tmp.resolve("db");
        LoadReport report;
        try (WorkgraphStore store = WorkgraphStore.open(db)) {
            report = loader.load(List.of(bad, good), new TdbSink(store, loader.derivedGraphs()), f -> {});
        }
        assertEquals(2, report.files().size(), report.files().toString());
        Map<Path, FileOutcome> by = new HashMap<>();
        report.files().forEach(f -> by.put(f.path(), f));
        assertFalse(by.get(bad).loaded(), by.get(bad).describe());
        assertTrue(by.get(good).loaded(), by.get(good).describe());
    }
}

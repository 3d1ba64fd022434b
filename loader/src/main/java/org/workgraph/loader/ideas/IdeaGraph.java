package org.workgraph.loader.ideas;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.extract.Span;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.mapping.Evidence;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.text.Lexicon;
import org.workgraph.ontology.Ontology;
import org.workgraph.ontology.WG;

/**
 * The ideas the corpus discusses, chosen with corpus statistics and kept in a graph of their own that is
 * rebuilt after each load (an idea's weight in one document depends on every other document).
 *
 * <p>Method: candidate phrases are runs of content words (see {@link Phrases}), ranked per document by
 * {@link Ranking}; each document gets its fifteen best distinct concepts ({@link Choice}), leaving out names of
 * people and organisations.
 * Phrases with the same key (case, hyphens, plural, word order) are one {@code wg:Idea}, labelled with its
 * commonest wording and the others as {@code skos:altLabel}. A response of some length is linked to the ideas
 * of its document that it uses itself, and to the two of its own phrases that rank highest in its thread.
 *
 * <p>Scale: the rebuild makes two passes and never holds the corpus. The first reads one document at a time,
 * tags it on all cores, counts document frequencies and spools each document's candidates to a temporary
 * file; the second reads the spool back and writes the ideas. Memory grows with the vocabulary, not the text.
 */
public final class IdeaGraph implements DerivedGraph {
    public static final int PER_DOCUMENT = 15;
    private static final int PER_RESPONSE = 5;
    /** A substantial response's own ideas, beyond those it shares with its document. */
    private static final int OWN_PER_RESPONSE = 2;
    /** A response of two or three sentences makes a point of its own ("the screenshot tools did real damage …"). */
    private static final int SUBSTANTIAL_WORDS = 30;

    private final Node graph;
    private final Iris iris;
    private final Ontology ontology;
    private final int threads;

    public IdeaGraph(Iris iris, Ontology ontology) {
        this(iris, ontology, Runtime.getRuntime().availableProcessors());
    }

    public IdeaGraph(Iris iris, Ontology ontology, int threads) {
        this.iris = iris;
        this.ontology = ontology;
        this.graph = iris.ideasGraph();
        this.threads = Math.max(1, threads);
    }

    @Override
    public Node graph() { return graph; }

    /** Rebuilds the ideas graph from every document in the store; the graph is replaced in one write transaction. */
    @Override
    public int rebuild(DatasetGraph dsg) {
        Path spool = null;
        try {
            spool = Files.createTempFile("workgraph-ideas", ".spool");
            DocumentFrequencies df = new DocumentFrequencies();
            Path file = spool;
            Txn.executeRead(dsg, () -> spoolPhrases(dsg, file, df));
            return Txn.calculateWrite(dsg, () -> writeIdeas(dsg, file, df));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool candidate phrases: " + e.getMessage(), e);
        } finally {
            if (spool != null) spool.toFile().delete();
        }
    }

    /** Pass one: tags each document (in parallel, a bounded number at a time), counts df, spools the candidates. */
    private void spoolPhrases(DatasetGraph dsg, Path spool, DocumentFrequencies df) {
        Set<String> names = names(dsg);
        List<DocumentText.Ref> refs = DocumentText.documents(dsg);
        ThreadLocal<Tagger> taggers = ThreadLocal.withInitial(Tagger::new);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "workgraph-ideas");
            t.setDaemon(true);
            return t;
        });
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(spool)))) {
            ArrayDeque<Future<DocumentPhrases>> inFlight = new ArrayDeque<>();
            for (DocumentText.Ref ref : refs) {
                // Text is read here, in the transaction's thread; only tagging runs on the pool.
                DocumentText text = DocumentText.read(dsg, ref);
                inFlight.add(pool.submit(() -> DocumentPhrases.of(text, taggers.get(), names)));
                if (inFlight.size() >= 4 * threads) spoolOne(inFlight.poll(), out, df);
            }
            while (!inFlight.isEmpty()) spoolOne(inFlight.poll(), out, df);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void spoolOne(Future<DocumentPhrases> next, ObjectOutputStream out, DocumentFrequencies df) throws IOException {
        DocumentPhrases doc;
        try {
            doc = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finding ideas", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read a document's phrases: " + e.getCause(), e.getCause());
        }
        df.add(doc);
        out.writeObject(doc);
        out.reset(); // each document stands alone: keep the stream's back-reference table from growing
    }

    /** Pass two: reads the spool back, chooses each document's ideas and writes them with their evidence. */
    private int writeIdeas(DatasetGraph dsg, Path spool, DocumentFrequencies df) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        StreamRDF out = new StreamRDFBase() {
            @Override
            public void quad(Quad q) { dsg.add(q); }
        };
        Evidence evidence = new Evidence(out, graph);
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(spool)))) {
            for (int i = 0; i < df.docs(); i++) writeDocument((DocumentPhrases) in.readObject(), df, out, evidence, surfaces);
        } catch (EOFException e) {
            throw new IllegalStateException("the spool of candidate phrases ended early", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        writeScheme(out, surfaces);
        return surfaces.size();
    }

    private void writeDocument(DocumentPhrases d, DocumentFrequencies df, StreamRDF out, Evidence evidence,
            Map<String, Map<String, Integer>> surfaces) {
        Node docNode = NodeFactory.createURI(d.node());
        List<String> ranked = Ranking.rank(d, df);
        List<String> chosen = Choice.distinct(ranked, d, PER_DOCUMENT);
        int n = 0;
        for (String key : chosen) {
            List<DocumentPhrases.Found> occ = d.phrases().get(key);
            count(surfaces, key, occ);
            DocumentPhrases.Found first = occ.get(0);
            n = link(out, evidence, d, n, docNode, key, first, "one of the document's " + PER_DOCUMENT
                    + " most distinctive phrases (frequency here " + occ.size() + ", in " + df.phrase(key) + " of " + df.docs() + " documents)");
        }
        Map<Integer, DocumentPhrases> byUnit = d.byUnit();
        // Substantial responses: the document's ideas they use themselves, and the phrases of theirs that rank highest in
        // the whole thread beyond those (a phrase two comments use outranks one a single comment happens to use).
        for (int u = 0; u < d.units().size(); u++) {
            DocumentPhrases.UnitInfo unit = d.units().get(u);
            if (!unit.response() || unit.words() < SUBSTANTIAL_WORDS) continue;
            DocumentPhrases own = byUnit.get(u);
            if (own == null) continue;
            List<String> linked = new ArrayList<>();
            for (String key : chosen) if (own.phrases().containsKey(key) && linked.size() < PER_RESPONSE) linked.add(key);
            int shared = linked.size();
            for (String key : ranked) {
                if (linked.size() >= shared + OWN_PER_RESPONSE) break;
                if (own.phrases().containsKey(key) && Choice.adds(key, chosen, d)) linked.add(key);
            }
            Node resource = NodeFactory.createURI(unit.resource());
            for (int k = 0; k < linked.size(); k++) {
                String key = linked.get(k);
                List<DocumentPhrases.Found> occ = own.phrases().get(key);
                count(surfaces, key, occ);
                n = link(out, evidence, d, n, resource, key, occ.get(0), k < shared ? "the response uses one of its document's ideas"
                        : "one of the response's " + OWN_PER_RESPONSE + " phrases that rank highest in its thread");
            }
        }
    }

    /** Writes {@code subject dcterms:subject idea} and its evidence: the words where the phrase was found. */
    private int link(StreamRDF out, Evidence evidence, DocumentPhrases d, int n, Node subject, String key, DocumentPhrases.Found at, String method) {
        Node idea = iris.idea(key);
        out.quad(Quad.create(graph, subject, DCTerms.subject.asNode(), idea));
        Node source = NodeFactory.createURI(d.units().get(at.unit()).resource());
        evidence.write(iris.ideaEvidence(d.file(), n + 1), subject, DCTerms.subject.asNode(), idea, method,
                List.of(new Span(0, at.start(), at.end(), at.surface())), s -> source);
        return n + 1;
    }

    private static void count(Map<String, Map<String, Integer>> surfaces, String key, List<DocumentPhrases.Found> occ) {
        occ.forEach(o -> surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(o.surface().toLowerCase(Locale.ROOT), 1, Integer::sum));
    }

    /** The concept scheme and each idea: its types, its commonest wording as prefLabel, the others as altLabel. */
    private void writeScheme(StreamRDF out, Map<String, Map<String, Integer>> surfaces) {
        Node scheme = iris.ideaScheme();
        out.quad(Quad.create(graph, scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        out.quad(Quad.create(graph, scheme, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Workgraph ideas")));
        for (Map.Entry<String, Map<String, Integer>> e : surfaces.entrySet()) {
            Node idea = iris.idea(e.getKey());
            for (Node c : ontology.withSuperClasses(WG.Idea.asNode())) out.quad(Quad.create(graph, idea, RDF.type.asNode(), c));
            out.quad(Quad.create(graph, idea, SKOS.inScheme.asNode(), scheme));
            List<String> labels = e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            out.quad(Quad.create(graph, idea, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(labels.get(0))));
            out.quad(Quad.create(graph, idea, RDFS.label.asNode(), NodeFactory.createLiteralString(labels.get(0))));
            for (String alt : labels.subList(1, labels.size())) {
                out.quad(Quad.create(graph, idea, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt)));
            }
        }
    }

    /**
     * Keys of every person's and organisation's names and aliases, and of every part of a name ("ann de" of
     * "Ann De Vries"): a name, or part of one, is not an idea. Parts are listed up front so that checking a
     * phrase is one lookup, whatever the number of people. An organisation's name is mostly common words
     * ("Harbour Workers Alliance"): a single word of it that general English knows is no name, so that "Workers"
     * in a signal's name ("Worker Ranking Tools") is still a word; its runs of words ("harbour workers") are.
     */
    private static Set<String> names(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        Node organization = FOAF.Organization.asNode();
        dsg.find(Node.ANY, Node.ANY, WG.alias.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().isLiteral()) return;
            String key = Phrases.key(Names.clean(q.getObject().getLiteralLexicalForm()));
            out.add(key);
            if (!dsg.find(Node.ANY, q.getSubject(), RDF.type.asNode(), organization).hasNext()) {
                out.addAll(Ranking.subKeys(key)); // keys are sorted words, so every part of a name is itself a key
                return;
            }
            for (String part : Ranking.subKeys(key)) {
                if (part.contains(" ") || !Lexicon.english().knows(part)) out.add(part);
            }
        });
        return out;
    }
}

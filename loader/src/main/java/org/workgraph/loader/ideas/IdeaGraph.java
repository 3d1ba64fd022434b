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
import java.util.LinkedHashMap;
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
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.workgraph.ontology.Vocab;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentChange;
import org.workgraph.loader.KeptState;
import org.workgraph.loader.batch.IndexOrderWriter;
import org.workgraph.loader.extract.Span;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.mapping.Evidence;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.text.Lexicon;
import org.workgraph.ontology.Ontology;
import org.workgraph.ontology.WG;

/**
 * The ideas the corpus discusses, chosen with corpus statistics and kept in a graph of their own.
 *
 * <p>Method: candidate phrases are runs of content words (see {@link Phrases}), ranked per document by
 * {@link Ranking}; each document gets its fifteen best distinct concepts ({@link Choice}), leaving out names of
 * people and organisations.
 * Phrases with the same key (case, hyphens, plural, word order) are one {@code wg:Idea}, labelled with its
 * commonest wording and the others as {@code skos:altLabel}. A response of some length is linked to the ideas
 * of its document that it uses itself, and to the two of its own phrases that rank highest in its thread.
 *
 * <p>Where the work happens. A document's candidate phrases are found in the loading pipeline, from the graph
 * just mapped ({@link #analyse}), on the load's worker threads. A load into an empty store spools them and
 * writes the graph at the end ({@link #fresh}); a load into a store that has documents updates only what its
 * documents touch ({@link #update}): the stored statistics ({@link CorpusStatistics}) gain the new documents'
 * counts and lose the replaced or removed ones', the changed documents' links and evidence are rewritten, and so
 * are the labels of the ideas they link. {@link #rebuild} (kg reindex --derived) reads and tags every stored
 * document again and gives the same graph as a fresh load.
 *
 * <p>Drift. The statistics are always exact. What an update does not revisit is the choice made for other
 * documents: a document's ideas are ranked against the statistics as they stood when it was loaded (its
 * evidence says "in x of N documents" with that N), and a phrase that became a person's name later stays an
 * idea of the documents loaded before. As a corpus of N documents grows by k, an earlier document's idf weights
 * move by at most log((N+k)/N) (under 0.1 for 10% growth), so its fifteen ideas change only at the margin;
 * rebuild after the corpus has grown by a large share (say half) to re-rank everything.
 */
public final class IdeaGraph implements DerivedGraph {
    public static final int PER_DOCUMENT = 15;
    private static final int PER_RESPONSE = 5;
    /** A substantial response's own ideas, beyond those it shares with its document. */
    private static final int OWN_PER_RESPONSE = 2;
    /** A response of two or three sentences makes a point of its own ("the screenshot tools did real damage …"). */
    private static final int SUBSTANTIAL_WORDS = 30;

    private final Node graph;
    private final Node stats;
    private final Iris iris;
    private final Ontology ontology;
    private final int threads;
    /**
     * Kept between updates by a long-running process (the server): every name key the store's aliases give, with how
     * many spellings give it, so an update reads the aliases of the people its documents name, not of the corpus
     * (null until the first update reads them all, and again whenever {@link #nameState} finds the store written
     * by something else in between). Updates run one at a time (one writer), so no lock.
     */
    private Map<String, Integer> nameKeys;
    private final KeptState nameState = new KeptState();
    /** One tagger per thread: OpenNLP's taggers are not thread-safe, and building one per document is slow. */
    private final ThreadLocal<Tagger> taggers = ThreadLocal.withInitial(Tagger::new);

    public IdeaGraph(Iris iris, Ontology ontology) {
        this(iris, ontology, Runtime.getRuntime().availableProcessors());
    }

    public IdeaGraph(Iris iris, Ontology ontology, int threads) {
        this.iris = iris;
        this.ontology = ontology;
        this.graph = iris.ideasGraph();
        this.stats = iris.statsGraph();
        this.threads = Math.max(1, threads);
    }

    @Override
    public Node graph() { return graph; }

    /** The candidate phrases of a document just mapped, read from its quads in memory (worker threads). */
    @Override
    public DocumentPhrases analyse(Node documentGraph, List<Quad> quads) {
        DatasetGraph one = DatasetGraphFactory.create();
        quads.forEach(one::add);
        DocumentText.Ref ref = DocumentText.in(one, documentGraph);
        return ref == null ? null : DocumentPhrases.of(DocumentText.read(one, ref), taggers.get());
    }

    /** Whether the stored graph can be updated document by document: its statistics are there, or there are no documents. */
    @Override
    public boolean updatable(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new CorpusStatistics(dsg, stats).present()
                || !dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).hasNext());
    }

    /** Rebuilds the ideas graph from every document in the store; the graph is replaced in one write transaction. */
    @Override
    public int rebuild(DatasetGraph dsg) {
        try (Spool spool = new Spool()) {
            Txn.executeRead(dsg, () -> spoolPhrases(dsg, spool));
            return spool.write(dsg);
        }
    }

    @Override
    public void prepare(DatasetGraph dsg) {
        nameKeys = allNames(dsg);
        nameState.kept(dsg);
    }

    @Override
    public void forget() {
        nameKeys = null;
        nameState.forget();
    }

    @Override
    public Fresh fresh() {
        Spool spool = new Spool();
        return new Fresh() {
            @Override
            public void add(DocumentChange change) {
                if (change.phrases() != null) spool.add(change.phrases());
            }

            @Override
            public int finish(DatasetGraph dsg) {
                try (spool) {
                    return spool.write(dsg);
                }
            }
        };
    }

    /**
     * Candidate phrases spooled to a temporary file with their document frequencies counted, so that a build
     * never holds the corpus: memory grows with the vocabulary, not the text.
     */
    private final class Spool implements AutoCloseable {
        private final Path file;
        private final ObjectOutputStream out;
        private final DocumentFrequencies df = new DocumentFrequencies();

        Spool() {
            try {
                file = Files.createTempFile("workgraph-ideas", ".spool");
                out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spool candidate phrases: " + e.getMessage(), e);
            }
        }

        void add(DocumentPhrases doc) {
            df.add(doc);
            try {
                out.writeObject(doc);
                out.reset(); // each document stands alone: keep the stream's back-reference table from growing
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Pass two, in one write transaction: chooses each document's ideas and writes them, then the statistics. */
        int write(DatasetGraph dsg) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Txn.calculateWrite(dsg, () -> writeIdeas(dsg, file, df));
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                // closing a temporary file we are about to delete
            }
            file.toFile().delete();
        }
    }

    /** Pass one of a rebuild: tags each stored document (in parallel, a bounded number at a time) into the spool. */
    private void spoolPhrases(DatasetGraph dsg, Spool spool) {
        List<DocumentText.Ref> refs = DocumentText.documents(dsg);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "workgraph-ideas");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<DocumentPhrases>> inFlight = new ArrayDeque<>();
            for (DocumentText.Ref ref : refs) {
                // Text is read here, in the transaction's thread; only tagging runs on the pool.
                DocumentText text = DocumentText.read(dsg, ref);
                inFlight.add(pool.submit(() -> DocumentPhrases.of(text, taggers.get())));
                if (inFlight.size() >= 4 * threads) spool.add(next(inFlight.poll()));
            }
            while (!inFlight.isEmpty()) spool.add(next(inFlight.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static DocumentPhrases next(Future<DocumentPhrases> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finding ideas", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read a document's phrases: " + e.getCause(), e.getCause());
        }
    }

    /** Pass two: reads the spool back, chooses each document's ideas and writes them with their evidence. */
    private int writeIdeas(DatasetGraph dsg, Path spool, DocumentFrequencies df) {
        IndexOrderWriter.deleteGraph(dsg, graph); // the graph of an earlier build: millions of quads, taken out in index order
        Set<String> names = names(dsg);
        // Millions of links and evidence quads, none read back by this pass: written in chunks, in index order.
        IndexOrderWriter sorted = IndexOrderWriter.on(dsg);
        StreamRDF out = writer(sorted);
        Evidence evidence = new Evidence(out, graph);
        Map<Node, Map<String, Integer>> surfaces = new HashMap<>();
        try (sorted; ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(spool)))) {
            for (int i = 0; i < df.docs(); i++) {
                writeDocument(((DocumentPhrases) in.readObject()).withoutNames(names), df, out, evidence, surfaces);
            }
            writeSchemeNode(out);
            surfaces.forEach((idea, counts) -> writeIdea(out, idea, counts));
            new CorpusStatistics(dsg, stats).writeAll(df, surfaces, sorted);
        } catch (EOFException e) {
            throw new IllegalStateException("the spool of candidate phrases ended early", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return surfaces.size();
    }

    /**
     * Updates the graph for changed documents. Before the change: each old version's text is read from its
     * graph (the only copy left) and tagged again, which gives exactly the phrases it was counted with. After:
     * the old versions' counts, links and evidence go, the new versions' counts come, and the new versions are
     * ranked against the statistics that now include them.
     */
    @Override
    public Runnable update(DatasetGraph dsg, List<DocumentChange> changes) {
        List<DocumentText> oldTexts = new ArrayList<>();
        for (DocumentChange c : changes) {
            DocumentText.Ref ref = DocumentText.in(dsg, c.graph());
            if (ref != null) oldTexts.add(DocumentText.read(dsg, ref));
        }
        List<DocumentPhrases> oldPhrases = oldTexts.stream().map(t -> DocumentPhrases.of(t, taggers.get())).toList();
        // The names every alias in the store gives, kept from the previous update and brought up to date for the
        // people and organisations these documents name (before the change: their spellings' keys go; after: come back).
        Set<Node> named = namedIn(dsg, changes);
        if (nameKeys != null && nameState.current(dsg)) {
            named.forEach(who -> countNames(dsg, who, -1, nameKeys));
        } else {
            nameKeys = null;
        }
        return () -> {
            CorpusStatistics corpus = new CorpusStatistics(dsg, stats);
            if (nameKeys == null) {
                nameKeys = allNames(dsg);
            } else {
                named.forEach(who -> countNames(dsg, who, 1, nameKeys));
            }
            nameState.kept(dsg);
            Set<String> names = nameKeys.keySet();
            Map<Node, Map<String, Integer>> delta = new HashMap<>();
            for (int i = 0; i < oldTexts.size(); i++) {
                corpus.count(oldPhrases.get(i), -1);
                unlink(dsg, oldTexts.get(i), oldPhrases.get(i).withoutNames(names), delta);
            }
            List<DocumentPhrases> added = changes.stream().map(DocumentChange::phrases).filter(p -> p != null).toList();
            added.forEach(p -> corpus.count(p, 1));
            DocumentFrequencies df = corpus.frequencies(added);
            StreamRDF out = writer(dsg);
            Evidence evidence = new Evidence(out, graph);
            for (DocumentPhrases d : added) writeDocument(d.withoutNames(names), df, out, evidence, delta);
            if (!delta.isEmpty()) writeSchemeNode(out);
            delta.forEach((idea, change) -> {
                Map<String, Integer> counts = corpus.wordings(idea);
                change.forEach((w, n) -> counts.merge(w, n, Integer::sum));
                counts.values().removeIf(n -> n <= 0);
                corpus.setWordings(idea, counts);
                dsg.deleteAny(graph, idea, Node.ANY, Node.ANY);
                if (!counts.isEmpty()) writeIdea(out, idea, counts);
            });
        };
    }

    /**
     * Takes an old version's links and evidence out, and the wordings its links counted (as {@link #count} added
     * them: every occurrence of the phrase in the document, or in the response). An idea no link supports any
     * more is removed with its labels once its wordings reach zero.
     */
    private void unlink(DatasetGraph dsg, DocumentText old, DocumentPhrases phrases, Map<Node, Map<String, Integer>> delta) {
        Map<Node, String> keyOf = new HashMap<>();
        phrases.phrases().keySet().forEach(k -> keyOf.put(iris.idea(k), k));
        Node doc = old.ref().node();
        Set<Node> resources = new java.util.LinkedHashSet<>();
        resources.add(doc);
        old.units().forEach(u -> resources.add(u.resource()));
        for (Node u : resources) {
            List<Quad> links = new ArrayList<>();
            dsg.find(graph, u, DCTerms.subject.asNode(), Node.ANY).forEachRemaining(links::add);
            int unit = unitIndex(phrases, u);
            for (Quad link : links) {
                Node idea = link.getObject();
                Map<String, Integer> change = delta.computeIfAbsent(idea, k -> new HashMap<>());
                String key = keyOf.get(idea);
                List<DocumentPhrases.Found> occ = key == null ? List.of() : phrases.phrases().get(key);
                for (DocumentPhrases.Found f : occ) {
                    if (u.equals(doc) || f.unit() == unit) change.merge(f.surface().toLowerCase(Locale.ROOT), -1, Integer::sum);
                }
                dsg.delete(link);
            }
            List<Node> evidence = new ArrayList<>();
            dsg.find(graph, Node.ANY, RDF.subject.asNode(), u).forEachRemaining(q -> evidence.add(q.getSubject()));
            evidence.forEach(e -> deleteEvidence(dsg, e));
        }
    }

    private static int unitIndex(DocumentPhrases phrases, Node resource) {
        for (int i = 0; i < phrases.units().size(); i++) if (phrases.units().get(i).resource().equals(resource.getURI())) return i;
        return -1;
    }

    /** An evidence node with its targets and their selectors. */
    private void deleteEvidence(DatasetGraph dsg, Node e) {
        Evidence.delete(dsg, graph, e);
    }

    private static StreamRDF writer(DatasetGraph dsg) {
        return writer(dsg::add);
    }

    private static StreamRDF writer(java.util.function.Consumer<Quad> sink) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad q) { sink.accept(q); }
        };
    }

    private void writeDocument(DocumentPhrases d, DocumentFrequencies df, StreamRDF out, Evidence evidence,
            Map<Node, Map<String, Integer>> surfaces) {
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
        DocumentPhrases.UnitInfo unit = d.units().get(at.unit());
        Node source = NodeFactory.createURI(unit.resource());
        // Offsets refer to a unit's sioc:content; a title has none, so words found there are quoted without a position.
        Span span = unit.title() ? new Span(0, -1, -1, at.surface()) : new Span(0, at.start(), at.end(), at.surface());
        evidence.write(iris.ideaEvidence(NodeFactory.createURI(d.node()), n + 1), subject, DCTerms.subject.asNode(), idea,
                unit.title() ? method + " (in its title)" : method, List.of(span), s -> source);
        return n + 1;
    }

    /** Counts the wordings of a linked phrase, by idea: they choose its labels. */
    private void count(Map<Node, Map<String, Integer>> surfaces, String key, List<DocumentPhrases.Found> occ) {
        Map<String, Integer> counts = surfaces.computeIfAbsent(iris.idea(key), k -> new HashMap<>());
        occ.forEach(o -> counts.merge(o.surface().toLowerCase(Locale.ROOT), 1, Integer::sum));
    }

    private void writeSchemeNode(StreamRDF out) {
        Node scheme = iris.ideaScheme();
        out.quad(Quad.create(graph, scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        out.quad(Quad.create(graph, scheme, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Workgraph ideas")));
    }

    /** An idea: its types, its commonest wording as prefLabel, the others and their families' wordings ({@link LabelFamily}) as altLabel. */
    private void writeIdea(StreamRDF out, Node idea, Map<String, Integer> wordings) {
        for (Node c : ontology.withSuperClasses(WG.Idea.asNode())) out.quad(Quad.create(graph, idea, RDF.type.asNode(), c));
        out.quad(Quad.create(graph, idea, SKOS.inScheme.asNode(), iris.ideaScheme()));
        List<String> labels = wordings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        out.quad(Quad.create(graph, idea, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(labels.get(0))));
        out.quad(Quad.create(graph, idea, RDFS.label.asNode(), NodeFactory.createLiteralString(labels.get(0))));
        for (String alt : labels.subList(1, labels.size())) {
            out.quad(Quad.create(graph, idea, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt)));
        }
        // The same concept named by another member of its words' family ("remote working": "remote work").
        Set<String> written = new HashSet<>(labels);
        for (String label : labels) {
            for (String other : LabelFamily.variants(label)) {
                if (written.add(other)) out.quad(Quad.create(graph, idea, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(other)));
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
        return allNames(dsg).keySet();
    }

    /**
     * Every name key with how many spellings in the store give it (a key that two people's spellings give stays a
     * name when one of them goes): the set {@link #names} is the keys, and an update can subtract and add the
     * spellings of the people it touches instead of reading every alias again.
     */
    private static Map<String, Integer> allNames(DatasetGraph dsg) {
        Map<String, Integer> out = new HashMap<>();
        // Two scans, one per predicate, rather than a lookup of each alias's subject: which are organisations, then every alias.
        Set<Node> firms = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), FOAF.Organization.asNode()).forEachRemaining(q -> firms.add(q.getSubject()));
        dsg.find(Node.ANY, Node.ANY, WG.alias.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().isLiteral()) return;
            nameKeys(q.getObject().getLiteralLexicalForm(), firms.contains(q.getSubject())).forEach(k -> out.merge(k, 1, Integer::sum));
        });
        return out;
    }

    /**
     * Adds ({@code sign} 1) or subtracts (-1) the name keys of every spelling the store holds of one person or
     * organisation, as {@link #allNames} counts them; a key whose count reaches zero is no name any more.
     */
    private static void countNames(DatasetGraph dsg, Node who, int sign, Map<String, Integer> counts) {
        boolean firm = dsg.find(Node.ANY, who, RDF.type.asNode(), FOAF.Organization.asNode()).hasNext();
        dsg.find(Node.ANY, who, WG.alias.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().isLiteral()) return;
            for (String k : nameKeys(q.getObject().getLiteralLexicalForm(), firm)) {
                if (counts.merge(k, sign, Integer::sum) == 0) counts.remove(k);
            }
        });
    }

    /**
     * The people and organisations whose name keys the changes can alter: those with a spelling, or typed an
     * organisation (which changes how their spellings count), in a changed document's old or new version.
     */
    private static Set<Node> namedIn(DatasetGraph dsg, List<DocumentChange> changes) {
        Set<Node> out = new java.util.LinkedHashSet<>();
        Node organization = FOAF.Organization.asNode();
        for (DocumentChange c : changes) {
            dsg.find(c.graph(), Node.ANY, WG.alias.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
            dsg.find(c.graph(), Node.ANY, RDF.type.asNode(), organization).forEachRemaining(q -> out.add(q.getSubject()));
            if (c.removed()) continue;
            for (Quad q : c.quads()) {
                if (q.getPredicate().equals(WG.alias.asNode())
                        || q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(organization)) out.add(q.getSubject());
            }
        }
        return out;
    }

    // What follows is the ideas graph in parts that need no store, for a build that computes the corpus-wide
    // counts elsewhere (the Spark job aggregates them across machines) and writes quads instead of a store. The
    // fresh build above calls the same parts, so both give the same graph.

    /**
     * The name keys one spelling ({@code wg:alias}) of a person or organisation contributes: its key and the key of
     * every part of it ("ann de" of "Ann De Vries"). A phrase with one of these keys is not an idea.
     * {@code organization}: the spelling is an organisation's (see below).
     */
    public static Set<String> nameKeys(String alias, boolean organization) {
        Set<String> out = new HashSet<>();
        String key = Phrases.key(Names.clean(alias));
        out.add(key);
        // Keys are sorted words, so every part of a name is itself a key. An organisation's single words that general
        // English knows ('Workers' of 'Outdoor Workers Alliance') do not block every phrase that uses them.
        for (String part : Ranking.subKeys(key)) {
            if (!organization || part.contains(" ") || !Lexicon.english().knows(part)) out.add(part);
        }
        return out;
    }

    /**
     * Every key of a document that choosing its ideas asks the set of names about: its phrases' keys and those of
     * the capitalised words of their wordings ({@link DocumentPhrases#withoutNames}). Given just the names among
     * these, the choice is the same as given every name of the corpus.
     */
    public static Set<String> nameQuestions(DocumentPhrases d) {
        Set<String> out = new HashSet<>(d.phrases().keySet());
        d.phrases().values().forEach(found -> found.forEach(f -> out.addAll(DocumentPhrases.capitalisedWordKeys(f.surface()))));
        return out;
    }

    /** The phrase keys a document counts once each in the corpus statistics (its document frequencies). */
    public static Set<String> countedPhrases(DocumentPhrases d) { return d.counted(); }

    /** The words a document counts once each in the corpus statistics. */
    public static Set<String> countedWords(DocumentPhrases d) { return DocumentFrequencies.words(d); }

    /**
     * Chooses one document's ideas and writes its links and their evidence to {@code out}, as a fresh build does.
     *
     * @param names   the name keys among {@link #nameQuestions}(d) (more do no harm)
     * @param docs    how many documents the corpus statistics count
     * @param phrases document frequencies of at least the document's {@link #countedPhrases}
     * @param words   document frequencies of at least its {@link #countedWords}
     * @return each linked idea's wordings as found here, to be summed over the corpus for {@link #writeIdea}
     */
    public Map<Node, Map<String, Integer>> writeDocumentIdeas(DocumentPhrases d, Set<String> names, int docs,
            Map<String, Integer> phrases, Map<String, Integer> words, StreamRDF out) {
        Map<Node, Map<String, Integer>> surfaces = new HashMap<>();
        writeDocument(d.withoutNames(names), new DocumentFrequencies(docs, phrases, words), out, new Evidence(out, graph), surfaces);
        return surfaces;
    }

    /** The scheme every idea is in; written once per graph. */
    public void writeScheme(StreamRDF out) { writeSchemeNode(out); }

    /** One idea with its types and labels, from its wordings summed over the corpus. */
    public void writeIdea(Node idea, Map<String, Integer> wordings, StreamRDF out) { writeIdea(out, idea, wordings); }

    /**
     * The statistics graph ({@link Iris#statsGraph}) in parts, so each can be written where it is computed: how many
     * documents were counted; the document frequencies of phrases and words (any share of them); one idea's wordings.
     */
    public void writeCorpusSize(int docs, StreamRDF out) { CorpusStatistics.writeSize(stats, docs, out::quad); }

    public void writeFrequencies(Map<String, Integer> phrases, Map<String, Integer> words, StreamRDF out) {
        CorpusStatistics.writeFrequencies(stats, phrases, words, out::quad);
    }

    public void writeWordings(Node idea, Map<String, Integer> wordings, StreamRDF out) {
        CorpusStatistics.writeWordings(stats, idea, wordings, out::quad);
    }
}

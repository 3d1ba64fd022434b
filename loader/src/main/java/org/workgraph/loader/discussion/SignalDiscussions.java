package org.workgraph.loader.discussion;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentChange;
import org.workgraph.loader.KeptState;
import org.workgraph.loader.batch.IndexOrderWriter;
import org.workgraph.loader.extract.Span;
import org.workgraph.loader.ideas.CorpusWords;
import org.workgraph.loader.mapping.Evidence;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.ontology.Vocab;
import org.workgraph.ontology.WG;

/**
 * Which posts and responses discuss which digest signals: {@code <post or response> wg:discusses <signal>}, each
 * with a {@code wg:Evidence} node (its {@code wg:score}, the rule and the shared words quoted where the post or
 * response writes them), in a graph derived across documents, since a link relates two documents.
 *
 * <p>Every post body and every comment or reply (not pingbacks and reblogs, which quote other sites; not digests,
 * which are where signals come from) is scored ({@link Similarity}) against the signals that could link to it, found
 * through a {@link SignalIndex} built once per build or update (exact top-{@value #PER_UNIT} retrieval with score
 * bounds: the links are those of scoring every pair); words are weighted by the corpus statistics the ideas graph keeps, and the ideas are those
 * of the ideas graph, so this graph is kept after both (it comes after them in {@code Loader#derivedGraphs}).
 *
 * <p>Updates: the links of a changed or removed document's posts, responses and signals go; a changed document's
 * posts and responses are scored against the signals they could link to, and its signals (a digest) against the posts
 * and responses that could discuss them. Both are found without weighing or reading the rest: every signal's counted
 * words ({@link KeptSignals}) and every post's and response's ({@link UnitWords}) are kept between updates (read whole
 * by the first update of a process that needs them, or when the server prepares, then changed by each update for its
 * documents only). A post or response is scored by the bounded top-{@value #PER_UNIT} walk over the signals' word lists,
 * kept too ({@link LiveSignalIndex}: ordered by what the statistics do not change, bounded by what they do), so only
 * the signals it meets are weighed by the present statistics; a digest's signals are scored against the posts and
 * responses that share their words by walking the kept words' posting lists ({@link Run#mayDiscuss}), and only the
 * text of those whose links they change is read back. So an update costs its documents and the pairs that share
 * words, not the corpus's text.
 *
 * <p>Drift, as for ideas: a link between two documents a load did not touch keeps the score it was given against
 * the corpus statistics of its own time, and a post or response that loses a link to a removed signal does not get
 * back one that its cap left out; the changed documents' own links are exactly what a rebuild gives.
 * {@link #rebuild} ({@code kg reindex --derived}) scores every pair against the present statistics.
 */
public final class SignalDiscussions implements DerivedGraph {
    /** How many shared words the evidence quotes, the strongest first. */
    private static final int QUOTED = 2;
    /**
     * At most this many signals per post or response, the strongest: a post that is close to many signals at once is
     * about their common ground, not each of them (on generated text, where every post and digest draws on one
     * vocabulary, an uncapped graph held hundreds of links per post), and it bounds the graph by the corpus's size.
     */
    public static final int PER_UNIT = 4;

    private final Iris iris;
    private final Node graph;
    private final BigDecimal threshold;
    private final boolean everyPair;
    /** Threads that score posts and responses in a rebuild (reading and writing stay on the transaction's thread). */
    private final int threads;
    /**
     * Kept between updates by a long-running process (the server): every signal's words, by {@link SignalWords#order},
     * so that an update reads only its own documents' signals; null until the first update reads them all, and again
     * whenever {@link #signalState} finds the store written by something else in between. One writer: no lock.
     */
    private KeptSignals kept;
    /**
     * Kept with {@link #kept}, by the same rule: every post's and response's words, so that an added digest's signals
     * are scored only against the posts and responses that could discuss them ({@link Run#mayDiscuss}); null until a
     * digest is added, or the server prepares it.
     */
    private UnitWords units;
    /**
     * Kept with {@link #kept}: its signals in weight-ordered lists that last between updates ({@link LiveSignalIndex}),
     * so an added post is scored against every signal without weighing them; null until a post is added or the server
     * prepares, and built again when the statistics or the signals have drifted from those it was built at.
     */
    private LiveSignalIndex live;
    private final KeptState signalState = new KeptState();
    /** What the builds and updates of this instance have cost in scoring, machine-independent ({@link #work}). */
    private long scored;
    private long visited;

    public SignalDiscussions(Iris iris) {
        this(iris, Similarity.THRESHOLD);
    }

    /** With another threshold than {@link Similarity#THRESHOLD}: a lower one states every pair worth scoring, for choosing it. */
    public SignalDiscussions(Iris iris, BigDecimal threshold) {
        this(iris, threshold, false);
    }

    /**
     * With {@code everyPair}, every post and response is scored against every signal instead of only those the
     * {@link SignalIndex} finds it sharing words with: the method before the index, kept so a test can show that
     * both state the same graph.
     */
    SignalDiscussions(Iris iris, BigDecimal threshold, boolean everyPair) {
        this(iris, threshold, everyPair, Runtime.getRuntime().availableProcessors());
    }

    /** With {@code threads} scoring a rebuild's posts and responses (1: on the transaction's thread alone). */
    SignalDiscussions(Iris iris, BigDecimal threshold, boolean everyPair, int threads) {
        this.iris = iris;
        this.graph = iris.discussionsGraph();
        this.threshold = threshold;
        this.everyPair = everyPair;
        this.threads = Math.max(1, threads);
    }

    @Override
    public Node graph() { return graph; }

    /**
     * The scoring work of every build and update of this instance so far, counted rather than timed (so it can be
     * compared across machines): signals whose exact cosine was summed, and posting-list entries (word → signal) visited.
     */
    public record Work(long candidatesScored, long postingsVisited) {}

    public Work work() { return new Work(scored, visited); }

    /** Scores every post and response against every signal; returns how many links it states. */
    @Override
    public int rebuild(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> {
            IndexOrderWriter.deleteGraph(dsg, graph); // the links of an earlier build, taken out in index order
            Run run = new Run(dsg);
            SignalIndex all = new SignalIndex(run.signals());
            int links = 0;
            if (all.isEmpty()) return 0;
            // The links and their evidence (as many quads as the documents hold, or more): written in chunks, in index order.
            try (IndexOrderWriter sorted = IndexOrderWriter.on(dsg)) {
                run.writeTo(sorted);
                if (threads > 1 && !everyPair) return run.linkInParallel(documentGraphs(dsg), all, threads);
                for (Node g : documentGraphs(dsg)) links += run.link(units(dsg, g), all);
            }
            return links;
        });
    }

    @Override
    public Runnable update(DatasetGraph dsg, List<DocumentChange> changes) {
        // Before the change: the posts, responses and signals the old versions had, whose links go.
        Set<Node> oldUnits = new HashSet<>();
        Set<Node> oldSignals = new HashSet<>();
        for (DocumentChange c : changes) {
            dsg.find(c.graph(), Node.ANY, RDF.type.asNode(), WG.Document.asNode()).forEachRemaining(q -> oldUnits.add(q.getSubject()));
            dsg.find(c.graph(), Node.ANY, WG.onDocument.asNode(), Node.ANY).forEachRemaining(q -> oldUnits.add(q.getSubject()));
            dsg.find(c.graph(), Node.ANY, WG.inDigest.asNode(), Node.ANY).forEachRemaining(q -> oldSignals.add(q.getSubject()));
        }
        return () -> {
            List<Quad> stale = new ArrayList<>();
            oldUnits.forEach(u -> dsg.find(graph, u, WG.discusses.asNode(), Node.ANY).forEachRemaining(stale::add));
            oldSignals.forEach(s -> dsg.find(graph, Node.ANY, WG.discusses.asNode(), s).forEachRemaining(stale::add));
            for (Quad link : new LinkedHashSet<>(stale)) {
                if (units != null) units.linksChanged(link.getSubject());
                dsg.delete(link);
                Evidence.delete(dsg, graph, evidenceNode(link.getSubject(), link.getObject()));
            }
            Set<Node> changed = new LinkedHashSet<>();
            for (DocumentChange c : changes) if (!c.removed()) changed.add(c.graph());
            Run run = new Run(dsg);
            keepSignals(dsg, run, changes, changed);
            if (changed.isEmpty()) return;
            List<Unit> changedUnits = new ArrayList<>();
            for (Node g : changed) changedUnits.addAll(units(dsg, g));
            // the changed posts and responses against every signal: by the kept lists, only the signals met weighed
            if (everyPair) run.link(changedUnits, new SignalIndex(run.weigh(kept.all())));
            else if (!changedUnits.isEmpty()) run.linkLive(changedUnits);
            List<SignalText> addedSignals = run.weigh(kept.ofGraphs(changed));
            SignalIndex added = new SignalIndex(addedSignals);
            if (added.isEmpty()) return;
            if (everyPair) {
                for (Node g : documentGraphs(dsg)) if (!changed.contains(g)) run.link(units(dsg, g), added);
                return;
            }
            if (units == null) units = readUnits(dsg);
            run.link(run.mayDiscuss(addedSignals, changed), added);
        };
    }

    /** Every post's and response's words, read from the store, with their weakest kept scores: what {@link #units} keeps. */
    private UnitWords readUnits(DatasetGraph dsg) {
        UnitWords out = new UnitWords();
        for (Node g : documentGraphs(dsg)) out.add(g, entries(dsg, g));
        keepWeakest(dsg, out);
        return out;
    }

    /**
     * Every held post's and response's kept links (their signals' keys and scores) and so its weakest kept score, from
     * one pass over the links' scores: each evidence node is named by its post or response and its signal's key
     * ({@link #evidenceNode}), so the scores need no lookup of the links themselves. As in {@link Run#weakestKept}, only
     * scored links count: a link without a score (none is written so) cannot hold a place against a new one. One score
     * per link is read (when the server prepares, or a digest is first added).
     */
    private void keepWeakest(DatasetGraph dsg, UnitWords out) {
        int cap = UnitWords.CAP;
        long[] keys = new long[out.slots() * cap];
        double[] scores = new double[out.slots() * cap];
        int[] seen = new int[out.slots()];
        dsg.find(graph, Node.ANY, WG.score.asNode(), Node.ANY).forEachRemaining(q -> {
            String evidence = q.getSubject().isURI() ? q.getSubject().getURI() : null;
            int at = evidence == null ? -1 : evidence.lastIndexOf(EVIDENCE_PART);
            if (at < 0 || !q.getObject().isLiteral() || evidence.length() != at + EVIDENCE_PART.length() + 16) return;
            int slot = out.slotOf(org.apache.jena.graph.NodeFactory.createURI(evidence.substring(0, at)));
            if (slot < 0) return;
            int n = seen[slot]++;
            if (n >= cap) return; // more than the cap: not kept (read from the store when needed)
            keys[slot * cap + n] = Long.parseUnsignedLong(evidence, at + EVIDENCE_PART.length(), evidence.length(), 16);
            scores[slot * cap + n] = new BigDecimal(q.getObject().getLiteralLexicalForm()).doubleValue();
        });
        long[] k = new long[cap];
        double[] v = new double[cap];
        for (int slot = 0; slot < out.slots(); slot++) {
            if (out.get(slot) == null || seen[slot] > cap) continue;
            System.arraycopy(keys, slot * cap, k, 0, seen[slot]);
            System.arraycopy(scores, slot * cap, v, 0, seen[slot]);
            out.links(slot, k, v, seen[slot]);
        }
    }

    private static List<UnitWords.Entry> entries(DatasetGraph dsg, Node g) {
        return units(dsg, g).stream().map(u -> UnitWords.Entry.of(u, g)).toList();
    }


    /**
     * Brings the signals kept between updates up to date with the changes: the signals of changed and removed documents
     * go, those of the new versions are read; every signal is read again when nothing is kept yet or the store was
     * written by something else since ({@link KeptState}). So adding a post reads no signal from the store.
     */
    private void keepSignals(DatasetGraph dsg, Run run, List<DocumentChange> changes, Set<Node> changed) {
        if (kept != null && signalState.current(dsg)) {
            Set<Node> graphs = new HashSet<>();
            changes.forEach(c -> graphs.add(c.graph()));
            List<SignalWords> gone = kept.removeGraphs(graphs);
            if (live != null) gone.forEach(live::remove);
            for (Node g : changed) {
                for (SignalWords s : run.read(g)) {
                    SignalWords old = kept.add(s);
                    if (live != null) {
                        if (old != null) live.remove(old);
                        live.add(s);
                    }
                }
            }
            if (units != null) {
                graphs.forEach(units::remove);
                for (Node g : changed) units.add(g, entries(dsg, g));
            }
        } else if (changed.isEmpty()) {
            forget(); // a removal needs no signal: read them when an update first needs them
            return;
        } else {
            kept = new KeptSignals();
            run.read(Node.ANY).forEach(kept::add);
            live = null; // built from the signals when a post is first added
            units = null; // read whole when a digest is first added
        }
        signalState.kept(dsg);
    }

    @Override
    public void prepare(DatasetGraph dsg) {
        kept = new KeptSignals();
        Run run = new Run(dsg);
        run.read(Node.ANY).forEach(kept::add);
        live = new LiveSignalIndex(kept.all(), run::idf);
        units = readUnits(dsg);
        signalState.kept(dsg);
    }

    @Override
    public void forget() {
        kept = null;
        live = null;
        units = null;
        signalState.forget();
    }

    /**
     * A signal's counted words as its text gives them (keys in the order they first occur, with their counts) and its
     * ideas: what scoring needs of it that does not change as the corpus grows. Its weights do (every word's idf moves
     * with every document), so they are computed again from the present statistics at each update.
     */
    record SignalWords(Node node, Node graph, String label, String[] keys, int[] counts, Set<String> ideas) {
        /** Index order: by the signal's IRI, as the signals are read from the store. */
        String order() { return node.getURI() + " " + graph.getURI(); }
    }

    /** A signal with its weighted words and its ideas. */
    record SignalText(Node node, Node graph, String label, TermVector vector, Set<String> ideas) {}

    /** A signal scored against a post or response; {@code score} null for a link already stored (its value read back). */
    record Candidate(SignalText signal, BigDecimal value, Similarity.Score score) {}

    /** A post's body or a response: what can discuss a signal. */
    record Unit(Node resource, String text) {}

    /** A post or response being scored on another thread, with its weighted words. */
    private record Scored(Unit unit, TermVector vector, java.util.concurrent.Future<List<SignalIndex.Match>> matches) {}

    /** One build or update: the store, and the word weights asked so far (each is one lookup in the statistics). */
    private final class Run {
        private final DatasetGraph dsg;
        private final CorpusWords corpus;
        private final int documents;
        private final Map<String, Double> idf = new HashMap<>();
        private final String ideaPrefix = iris.idea("x").getURI().substring(0, iris.idea("x").getURI().length() - 1);
        /** Where new links go: straight into the store, or (a rebuild) a writer that keeps them until its chunk is full. */
        private IndexOrderWriter sorted;
        /** The posts and responses whose links may still wait in {@link #sorted}: read back only after a flush. */
        private final Set<Node> pendingUnits = new HashSet<>();
        /** The ideas {@link #mayDiscuss} read of the posts and responses it gives, until they are scored. */
        private final Map<Node, Set<String>> ideasRead = new HashMap<>();
        /** The digest whose ideas were read last, and its ideas (IRIs). */
        private Node lastDigest;
        private List<String> lastDigestIdeas;

        Run(DatasetGraph dsg) {
            this.dsg = dsg;
            this.corpus = new CorpusWords(dsg, iris.statsGraph());
            this.documents = corpus.documents();
        }

        /**
         * ln((N + 1) / df): a word every document uses weighs next to nothing, a rare one most; a word the statistics
         * do not count (a verb, a word no phrase uses) weighs 0 and is left out.
         */
        double idf(String key) {
            return idf.computeIfAbsent(key, k -> SignalDiscussions.idf(documents, corpus.frequency(k)));
        }

        /** Every signal in the store (its text: name, description and the change columns), weighed. */
        List<SignalText> signals() {
            return weigh(read(Node.ANY));
        }

        /** The signals, in the order given, with their words weighed by the present statistics; those with no weighed word left out. */
        List<SignalText> weigh(java.util.Collection<SignalWords> signals) {
            List<SignalText> out = new ArrayList<>();
            for (SignalWords s : signals) {
                TermVector v = TermVector.of(s.keys(), s.counts(), this::idf);
                if (!v.isEmpty()) out.add(new SignalText(s.node(), s.graph(), s.label(), v, s.ideas()));
            }
            return out;
        }

        /** The signals of one graph (or of every graph: {@code Node.ANY}) with their words, in IRI order. */
        List<SignalWords> read(Node g0) {
            List<Quad> rows = signalRows(dsg, g0);
            List<SignalWords> out = new ArrayList<>();
            for (Quad row : rows) {
                Node g = row.getGraph();
                Node s = row.getSubject();
                String label = literal(dsg, g, s, RDFS.label.asNode());
                List<Words.Word> words = Words.of(signalText(dsg, g, s));
                Map<String, Integer> tf = new java.util.LinkedHashMap<>();
                words.forEach(w -> tf.merge(w.key(), 1, Integer::sum));
                String[] keys = new String[tf.size()];
                int[] counts = new int[tf.size()];
                int i = 0;
                for (Map.Entry<String, Integer> e : tf.entrySet()) {
                    // one copy of each word across the signals kept: most share the corpus's few thousand words
                    keys[i] = e.getKey().intern();
                    counts[i++] = e.getValue();
                }
                out.add(new SignalWords(s, g, label == null ? s.getURI() : label, keys, counts, ideas(row.getObject(), words)));
            }
            return out;
        }

        /** The ideas of the signal's digest that the signal's own words name (every word of the idea is in them). */
        private Set<String> ideas(Node digest, List<Words.Word> words) {
            if (!digest.equals(lastDigest)) {
                // A digest's signals come one after another (by IRI), so its ideas are read once for all of them.
                List<String> ideas = new ArrayList<>();
                dsg.find(iris.ideasGraph(), digest, DCTerms.subject.asNode(), Node.ANY).forEachRemaining(q -> ideas.add(q.getObject().getURI()));
                lastDigest = digest;
                lastDigestIdeas = ideas;
            }
            return signalIdeas(words, lastDigestIdeas, ideaPrefix);
        }

        /**
         * Scores the changed posts and responses against every kept signal: the listed ones by the kept lists at the
         * present statistics ({@link LiveSignalIndex}, built again first if they have drifted), those added since by
         * an index of their own; a post's or response's strongest links are among the two results together.
         */
        int linkLive(List<Unit> changedUnits) {
            if (live == null || !live.at(this::idf)) {
                live = new LiveSignalIndex(kept.all(), this::idf);
                live.at(this::idf);
            }
            SignalIndex apart = new SignalIndex(weigh(live.added()));
            Map<SignalWords, SignalText> weighed = new java.util.IdentityHashMap<>();
            java.util.function.Function<SignalWords, SignalText> text = s -> weighed.computeIfAbsent(s,
                    x -> new SignalText(x.node(), x.graph(), x.label(), TermVector.of(x.keys(), x.counts(), this::idf), x.ideas()));
            long checkedBefore = live.checked() + apart.checked();
            long visitedBefore = live.visited() + apart.visited();
            try {
                return linkAll(changedUnits, v -> live.mayLink(v) || apart.mayLink(v), (v, ideas) -> {
                    List<SignalIndex.Match> matches = new ArrayList<>();
                    if (live.mayLink(v)) matches.addAll(live.linked(v, ideas, threshold, PER_UNIT, text));
                    if (!apart.isEmpty() && apart.mayLink(v)) matches.addAll(apart.linked(v, ideas, threshold, PER_UNIT));
                    return matches;
                });
            } finally {
                scored += live.checked() + apart.checked() - checkedBefore;
                visited += live.visited() + apart.visited() - visitedBefore;
            }
        }

        /**
         * The posts and responses outside the changed documents that could discuss one of the added signals, with
         * their text: the others cannot reach the threshold, so scoring them would state nothing. Found through the
         * kept words ({@link #units}), without reading the store but for the posts and responses linked to the
         * signals' ideas and the text of those found. Each signal's raw score with every post or response that shares
         * its words is summed term at a time: the signal's words' posting lists are walked, each posting adding the
         * word's weight in the post (its count, kept in the posting, times the word's idf, an array read by the word's
         * id) times its weight in the signal; a post's length is summed once, from its kept words, when it first shares
         * {@value Similarity#MIN_SHARED} words with a signal. Its shared ideas are counted from one read of each idea's
         * posts and responses. So each pair's score is known before any text is read, the ideas of no post or response
         * are read one by one, and no post's words are visited but to sum its length. A post or response is then kept
         * when its best score reaches the threshold and can beat its weakest kept link (at the cap of
         * {@value #PER_UNIT}), the only ones whose text is read back and scored exactly.
         */
        List<Unit> mayDiscuss(List<SignalText> added, Set<Node> changed) {
            double floor = SignalIndex.floor(threshold);
            int n = units.slots();
            // each added signal's ideas: the held posts and responses linked to each (one read of the idea's links)
            Map<String, java.util.BitSet> byIdea = new java.util.TreeMap<>();
            List<java.util.BitSet[]> signalIdeas = new ArrayList<>();
            for (SignalText s : added) {
                List<java.util.BitSet> own = new ArrayList<>();
                for (String idea : s.ideas()) {
                    own.add(byIdea.computeIfAbsent(idea, i -> {
                        java.util.BitSet linked = new java.util.BitSet(n);
                        dsg.find(iris.ideasGraph(), Node.ANY, DCTerms.subject.asNode(), org.apache.jena.graph.NodeFactory.createURI(i))
                                .forEachRemaining(q -> {
                                    int slot = units.slotOf(q.getSubject());
                                    if (slot >= 0) linked.set(slot);
                                });
                        return linked;
                    }));
                }
                signalIdeas.add(own.toArray(new java.util.BitSet[0]));
            }
            // the present idf of each word id, asked when first needed (NaN: not yet)
            double[] idfs = new double[units.words()];
            Arrays.fill(idfs, Double.NaN);
            double[] norms = new double[n];
            Arrays.fill(norms, Double.NaN);
            double[] best = new double[n];
            Arrays.fill(best, Double.NEGATIVE_INFINITY);
            double[] dots = new double[n];
            int[] common = new int[n];
            int[] touched = new int[n];
            int[] found = new int[n];
            int foundCount = 0;
            for (int j = 0; j < added.size(); j++) {
                SignalText s = added.get(j);
                int t = 0;
                for (Map.Entry<String, Double> w : s.vector().weights().entrySet()) {
                    int id = units.wordId(w.getKey());
                    if (id < 0) continue;
                    double idf = idf(idfs, id);
                    if (idf <= 0) continue;
                    double inSignal = w.getValue();
                    UnitWords.Postings p = units.postings(id);
                    for (int i = 0; i < p.size(); i++) {
                        int slot = p.slot(i);
                        if (common[slot]++ == 0) touched[t++] = slot;
                        dots[slot] += UnitWords.countWeight(units.count(slot, id, p.count(i))) * idf * inSignal;
                    }
                }
                java.util.BitSet[] ideas = signalIdeas.get(j);
                for (int k = 0; k < t; k++) {
                    int slot = touched[k];
                    int shared = common[slot];
                    double dot = dots[slot];
                    common[slot] = 0;
                    dots[slot] = 0;
                    if (shared < Similarity.MIN_SHARED || !units.held(slot)) continue;
                    double norm = norm(norms, idfs, slot);
                    if (norm == 0) continue;
                    double cos = Math.min(1, dot / (s.vector().norm() * norm));
                    int sharedIdeas = 0;
                    for (java.util.BitSet linked : ideas) if (linked.get(slot)) sharedIdeas++;
                    double raw = Similarity.combine(cos, sharedIdeas);
                    if (raw < floor || raw <= best[slot]) continue;
                    if (best[slot] == Double.NEGATIVE_INFINITY) found[foundCount++] = slot;
                    best[slot] = raw;
                }
            }
            Arrays.sort(found, 0, foundCount);
            List<Unit> out = new ArrayList<>();
            for (int k = 0; k < foundCount; k++) {
                int slot = found[k];
                UnitWords.Held e = units.get(slot);
                if (changed.contains(e.graph()) || !mayDisplace(slot, e.resource(), best[slot])) continue;
                // its ideas among the added signals' ones: all that scoring against these signals looks at
                Set<String> ideas = new HashSet<>();
                byIdea.forEach((idea, linked) -> {
                    if (linked.get(slot)) ideas.add(idea);
                });
                ideasRead.put(e.resource(), ideas);
                content(dsg, e.graph(), e.resource()).ifPresent(t -> out.add(new Unit(e.resource(), t)));
            }
            return out;
        }

        private double idf(double[] idfs, int id) {
            double w = idfs[id];
            if (Double.isNaN(w)) idfs[id] = w = idf(units.word(id));
            return w;
        }

        /** The length of the held post's or response's weights, as {@link TermVector} sums it. */
        private double norm(double[] norms, double[] idfs, int slot) {
            double norm = norms[slot];
            if (!Double.isNaN(norm)) return norm;
            UnitWords.Held e = units.get(slot);
            double sum = 0;
            for (int k = 0; k < e.words().length; k++) {
                double w = idf(idfs, e.words()[k]);
                if (w <= 0) continue;
                double weight = UnitWords.countWeight(e.counts()[k]) * w;
                sum += weight * weight;
            }
            norms[slot] = norm = Math.sqrt(sum);
            return norm;
        }

        /**
         * Whether a new link scoring at most {@code best} (raw) could be kept by the post or response: not if it already
         * has {@value #PER_UNIT} links that all score above what {@code best} rounds to (a tie could be won by the IRI).
         * Its weakest kept score is the one to beat: kept between updates ({@link UnitWords#weakest}), read from the store
         * only for the posts and responses whose links changed since it was kept.
         */
        private boolean mayDisplace(int slot, Node unit, double best) {
            if (!units.linksKnown(slot)) keepLinks(slot, unit);
            return !(units.weakest(slot) > best + SignalIndex.ROUNDING + 1e-9);
        }

        /**
         * Reads the post's or response's links and their scores from the store and keeps them ({@link UnitWords#links}),
         * so that its weakest kept score follows from them and writing its links later looks none of them up again. A
         * link without a score is not kept (it is looked up when written); of more than {@value #PER_UNIT} links, the
         * strongest are kept.
         */
        private void keepLinks(int slot, Node unit) {
            List<Node> signals = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            dsg.find(graph, unit, WG.discusses.asNode(), Node.ANY).forEachRemaining(q -> {
                Node score = literalNode(graph, evidenceNode(unit, q.getObject()), WG.score.asNode());
                if (score == null) return;
                signals.add(q.getObject());
                scores.add(new BigDecimal(score.getLiteralLexicalForm()).doubleValue());
            });
            Integer[] order = new Integer[signals.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(scores.get(b), scores.get(a)));
            int n = Math.min(PER_UNIT, order.length);
            long[] keys = new long[n];
            double[] kept = new double[n];
            for (int i = 0; i < n; i++) {
                keys[i] = signalKey(signals.get(order[i]));
                kept[i] = scores.get(order[i]);
            }
            units.links(slot, keys, kept, n);
        }

        private Set<String> unitIdeas(Node resource) {
            Set<String> read = ideasRead.remove(resource);
            if (read != null) return read;
            Set<String> out = new HashSet<>();
            dsg.find(iris.ideasGraph(), resource, DCTerms.subject.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject().getURI()));
            return out;
        }

        /** Sends the links this run writes to {@code sorted} instead of adding them one by one. */
        void writeTo(IndexOrderWriter sorted) { this.sorted = sorted; }

        /**
         * Scores the units against the signals of the index and writes the links that reach the threshold, at most
         * {@value #PER_UNIT} per post or response: the strongest, counting the links it already has (an update that
         * adds a digest scores old posts and responses against its signals only; a new link can displace an old one).
         */
        int link(List<Unit> units, SignalIndex index) {
            long checkedBefore = index.checked();
            long visitedBefore = index.visited();
            try {
                return linkAll(units, index);
            } finally {
                scored += index.checked() - checkedBefore;
                visited += index.visited() - visitedBefore;
            }
        }

        private int linkAll(List<Unit> units, SignalIndex index) {
            return linkAll(units, index::mayLink, (v, ideas) -> everyPair ? index.linkedScoringEveryPair(v, ideas, threshold)
                    : index.linked(v, ideas, threshold, PER_UNIT));
        }

        /** Scores each unit that may link by {@code linked} (its matches, the strongest among them) and writes its links. */
        private int linkAll(List<Unit> units, java.util.function.Predicate<TermVector> mayLink,
                java.util.function.BiFunction<TermVector, Set<String>, List<SignalIndex.Match>> linked) {
            int links = 0;
            for (Unit unit : units) {
                TermVector v = TermVector.of(Words.of(unit.text()), this::idf);
                if (v.isEmpty() || !mayLink.test(v)) continue;
                links += write(unit, v, linked.apply(v, unitIdeas(unit.resource())));
            }
            return links;
        }

        /**
         * What {@link #link} does for every post and response of these graphs, with the scoring, which grows with the
         * posts times the signals near them, on {@code threads} threads: each post's or response's text, weights and
         * ideas are read on the transaction's thread (the store and the weights asked so far are not shared), scored on
         * a worker with its own view of the index, and its links written on the transaction's thread in the order of
         * the posts, as {@link #link} writes them. So the graph is the same; a bounded number are in flight at once.
         */
        int linkInParallel(List<Node> graphs, SignalIndex index, int threads) {
            List<SignalIndex> views = java.util.Collections.synchronizedList(new ArrayList<>());
            ThreadLocal<SignalIndex> local = ThreadLocal.withInitial(() -> {
                SignalIndex view = index.view();
                views.add(view);
                return view;
            });
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "workgraph-discussions");
                t.setDaemon(true);
                return t;
            });
            java.util.ArrayDeque<Scored> inFlight = new java.util.ArrayDeque<>();
            int links = 0;
            try {
                for (Node g : graphs) {
                    for (Unit unit : units(dsg, g)) {
                        TermVector v = TermVector.of(Words.of(unit.text()), this::idf);
                        if (v.isEmpty() || !index.mayLink(v)) continue;
                        Set<String> ideas = unitIdeas(unit.resource());
                        inFlight.add(new Scored(unit, v, pool.submit(() -> local.get().linked(v, ideas, threshold, PER_UNIT))));
                        if (inFlight.size() >= 64 * threads) links += written(inFlight.poll());
                    }
                }
                while (!inFlight.isEmpty()) links += written(inFlight.poll());
            } finally {
                pool.shutdownNow();
                synchronized (views) {
                    for (SignalIndex view : views) {
                        scored += view.checked();
                        visited += view.visited();
                    }
                }
            }
            return links;
        }

        /** Waits for one post's or response's scores, then writes its links. */
        private int written(Scored next) {
            try {
                return write(next.unit(), next.vector(), next.matches().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while scoring posts against signals", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("cannot score " + next.unit().resource() + " against the signals: " + e.getCause(), e.getCause());
            }
        }

        /** Writes one post's or response's links found by scoring: at most {@value #PER_UNIT}, with those it has. */
        private int write(Unit unit, TermVector v, List<SignalIndex.Match> matches) {
            int links = 0;
            if (matches.isEmpty()) return 0;
            List<Candidate> found = new ArrayList<>();
            for (SignalIndex.Match m : matches) found.add(new Candidate(m.signal(), m.score().value(), m.score()));
            List<Quad> existing = new ArrayList<>();
            // A rebuild starts from an empty graph, so a post or response has links only if this run gave it some
            // (when two document graphs hold it): only then are they read back, once they are in the store.
            if (sorted == null || pendingUnits.contains(unit.resource())) {
                if (sorted != null) sorted.flush();
                dsg.find(graph, unit.resource(), WG.discusses.asNode(), Node.ANY).forEachRemaining(existing::add);
            }
            // An update keeps each post's and response's links' scores between updates ({@link UnitWords#links}): a
            // link's score is looked up in the store only when it is not kept.
            int slot = sorted == null && units != null ? units.slotOf(unit.resource()) : -1;
            boolean keptScores = slot >= 0 && units.linksKnown(slot);
            boolean unscored = false;
            for (Quad q : existing) {
                double kept = keptScores ? units.linkScore(slot, signalKey(q.getObject())) : Double.NaN;
                BigDecimal value;
                if (!Double.isNaN(kept)) {
                    value = BigDecimal.valueOf(kept);
                } else {
                    Node score = literalNode(graph, evidenceNode(unit.resource(), q.getObject()), WG.score.asNode());
                    unscored |= score == null;
                    value = score == null ? BigDecimal.ZERO : new BigDecimal(score.getLiteralLexicalForm());
                }
                found.add(new Candidate(new SignalText(q.getObject(), null, null, null, null), value, null));
            }
            found.sort(Comparator.comparing(Candidate::value).reversed().thenComparing(c -> c.signal().node().getURI()));
            List<Quad> out = new ArrayList<>();
            StreamRDF stream = new StreamRDFBase() {
                @Override
                public void quad(Quad q) { out.add(q); }
            };
            Evidence evidence = new Evidence(stream, graph);
            for (int i = 0; i < found.size(); i++) {
                Candidate c = found.get(i);
                if (c.score() == null) {
                    if (i >= PER_UNIT) { // an old link displaced by stronger new ones
                        dsg.delete(Quad.create(graph, unit.resource(), WG.discusses.asNode(), c.signal().node()));
                        Evidence.delete(dsg, graph, evidenceNode(unit.resource(), c.signal().node()));
                        links--;
                    }
                    continue;
                }
                if (i >= PER_UNIT) continue;
                writeLink(stream, graph, evidence, unit.resource(), v, c.signal(), c.score(), method(c.signal(), c.score()));
                links++;
            }
            if (units != null) {
                // the links it has now: the strongest PER_UNIT of those it had and the new ones (all read: not a rebuild)
                int n = Math.min(PER_UNIT, found.size());
                if (slot < 0 || unscored) {
                    units.linksChanged(unit.resource());
                } else {
                    long[] keys = new long[n];
                    double[] scores = new double[n];
                    for (int i = 0; i < n; i++) {
                        keys[i] = signalKey(found.get(i).signal().node());
                        scores[i] = found.get(i).value().doubleValue();
                    }
                    units.links(slot, keys, scores, n);
                }
            }
            if (sorted == null) {
                out.forEach(dsg::add);
            } else if (!out.isEmpty()) {
                out.forEach(sorted);
                pendingUnits.add(unit.resource());
            }
            return links;
        }

        private Node literalNode(Node g, Node s, Node p) {
            var it = dsg.find(g, s, p, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        }

        private String method(SignalText s, Similarity.Score score) {
            return SignalDiscussions.method(s, score, documents, threshold, ideaPrefix);
        }
    }

    // What follows is shared with builds that compute the links without a store (DiscussionParts: the Spark job), so
    // that both state the same links with the same evidence.

    /** A word's weight in a corpus of {@code documents} where {@code df} of them use it: ln((N + 1) / df); 0 when uncounted. */
    static double idf(int documents, int df) {
        return df == 0 ? 0.0 : Math.log((documents + 1.0) / df);
    }

    /** The text a signal is scored by: its name, description and the change columns, in its digest's graph. */
    static String signalText(DatasetGraph dsg, Node g, Node s) {
        String label = literal(dsg, g, s, RDFS.label.asNode());
        StringBuilder text = new StringBuilder(label == null ? "" : label);
        for (Node p : List.of(DCTerms.description.asNode(), WG.change.asNode(), WG.tenYearOutlook.asNode(), WG.drivingForce.asNode())) {
            String t = literal(dsg, g, s, p);
            if (t != null) text.append(". ").append(t);
        }
        return text.toString();
    }

    /** The ideas of the signal's digest (IRIs) that the signal's own words name (every word of the idea is in them). */
    static Set<String> signalIdeas(List<Words.Word> words, Iterable<String> digestIdeas, String ideaPrefix) {
        Set<String> keys = new HashSet<>();
        words.forEach(w -> keys.add(w.key()));
        Set<String> out = new TreeSet<>();
        for (String iri : digestIdeas) {
            if (!iri.startsWith(ideaPrefix)) continue;
            List<String> ideaWords = List.of(iri.substring(ideaPrefix.length()).split("-"));
            if (keys.containsAll(ideaWords)) out.add(iri);
        }
        return out;
    }

    /** One link and its evidence: the score, the method, and the strongest shared words quoted where the unit writes them. */
    static void writeLink(StreamRDF stream, Node graph, Evidence evidence, Node unit, TermVector v, SignalText s, Similarity.Score score, String method) {
        stream.quad(Quad.create(graph, unit, WG.discusses.asNode(), s.node()));
        List<Span> spans = score.shared().stream().limit(QUOTED).map(w -> v.first().get(w))
                .sorted(Comparator.comparingInt(Words.Word::start))
                .map(w -> new Span(0, w.start(), w.end(), w.surface())).toList();
        evidence.write(evidenceNode(unit, s.node()), unit, WG.discusses.asNode(), s.node(), score.value(), method, spans, span -> unit);
    }

    static String method(SignalText s, Similarity.Score score, int documents, BigDecimal threshold, String ideaPrefix) {
        return String.format(Locale.ROOT, "text similarity to the signal \"%s\": words %.3f (cosine of tf-idf weights, idf over %d documents;"
                + " shared: %s), ideas %d shared%s; score = %.2f × words + %.2f × ideas (full at %d), linked from %s",
                s.label(), score.words(), documents, String.join(", ", score.shared()), score.ideas().size(),
                score.ideas().isEmpty() ? "" : " (" + String.join(", ", score.ideas().stream().map(i -> i.substring(ideaPrefix.length())).toList()) + ")",
                1 - Similarity.IDEAS_WEIGHT, Similarity.IDEAS_WEIGHT, Similarity.IDEAS_FULL, threshold.toPlainString());
    }

    /** The digest rows ({@code ?signal wg:inDigest ?digest}) of one graph, or of every graph ({@code Node.ANY}), in signal IRI order. */
    static List<Quad> signalRows(DatasetGraph dsg, Node g) {
        List<Quad> rows = new ArrayList<>();
        dsg.find(g, Node.ANY, WG.inDigest.asNode(), Node.ANY).forEachRemaining(rows::add);
        rows.sort(Comparator.comparing(q -> q.getSubject().getURI()));
        return rows;
    }

    /** The first literal value of a property, or null. */
    static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return o.getLiteralLexicalForm();
        }
        return null;
    }

    /** Every document graph in the store, in IRI order. */
    private static List<Node> documentGraphs(DatasetGraph dsg) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).forEachRemaining(q -> out.add(q.getGraph()));
        return new ArrayList<>(out);
    }

    /**
     * The post body and the comments and replies of the document a graph holds, in IRI order; none for a digest
     * (signals come from digests: a digest row is not a discussion of itself) or a graph that holds no document.
     */
    static List<Unit> units(DatasetGraph dsg, Node g) {
        var docs = dsg.find(g, Node.ANY, RDF.type.asNode(), WG.Document.asNode());
        if (!docs.hasNext()) return List.of();
        Node d = docs.next().getSubject();
        if (dsg.contains(g, d, RDF.type.asNode(), WG.SignalDigest.asNode())) return List.of();
        List<Unit> out = new ArrayList<>();
        content(dsg, g, d).ifPresent(t -> out.add(new Unit(d, t)));
        List<Node> responses = new ArrayList<>();
        dsg.find(g, Node.ANY, WG.onDocument.asNode(), d).forEachRemaining(q -> responses.add(q.getSubject()));
        responses.sort(Comparator.comparing(Node::getURI));
        for (Node r : responses) {
            if (dsg.contains(g, r, RDF.type.asNode(), WG.Pingback.asNode()) || dsg.contains(g, r, RDF.type.asNode(), WG.Reblog.asNode())) continue;
            content(dsg, g, r).ifPresent(t -> out.add(new Unit(r, t)));
        }
        return out;
    }

    private static java.util.Optional<String> content(DatasetGraph dsg, Node g, Node s) {
        var it = dsg.find(g, s, Vocab.siocContent.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) return java.util.Optional.of(o.getLiteralLexicalForm());
        }
        return java.util.Optional.empty();
    }

    /**
     * The key of a signal in its links' evidence nodes (the first 8 bytes of the SHA-256 of its IRI, as
     * {@link #evidenceNode} writes them in hex): what {@link UnitWords} keeps a post's or response's links by.
     */
    static long signalKey(Node signal) {
        byte[] h = SHA256.get().digest(signal.getURI().getBytes(StandardCharsets.UTF_8));
        long key = 0;
        for (int i = 0; i < 8; i++) key = (key << 8) | (h[i] & 0xff);
        return key;
    }

    /** The evidence of one link, under the post's or response's IRI and named by the signal, so rebuilds and updates agree. */
    private static Node evidenceNode(Node unit, Node signal) {
        // one digest per thread: a digest added live reads back the links of thousands of posts, each named this way
        byte[] h = SHA256.get().digest(signal.getURI().getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(unit.getURI().length() + 27).append(unit.getURI()).append(EVIDENCE_PART);
        for (int i = 0; i < 8; i++) hex.append(HEX[(h[i] >> 4) & 0xf]).append(HEX[h[i] & 0xf]);
        return org.apache.jena.graph.NodeFactory.createURI(hex.toString());
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** What separates a link's post or response from the signal's hash in its evidence node's IRI. */
    private static final String EVIDENCE_PART = "/discusses/";

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}

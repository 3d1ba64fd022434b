package org.workgraph.loader.discussion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.workgraph.loader.mapping.Evidence;
import org.workgraph.loader.mapping.Iris;

/**
 * The discussions graph ({@link SignalDiscussions}) in parts that need no store, for a build that computes the
 * corpus-wide parts elsewhere: the Spark job reads each document's posts, responses and signals where it maps the
 * document ({@link #inputs}), sums the word counts by a reduce, and scores every post and response against the
 * signals' index in shards ({@link Index}), keeping each one's strongest links across shards ({@link #strongest}).
 * Every step is the code a fresh {@code kg load} runs (the same texts, weights, index, scores, cap and evidence), so
 * both state the same graph.
 */
public final class DiscussionParts {
    /** A post's body or a response that can discuss a signal: its IRI and its text. */
    public record UnitText(String resource, String text) implements Serializable {}

    /** A digest's signal: its IRI, its digest's, its label (its IRI when it has none) and the text it is scored by. */
    public record SignalSource(String signal, String digest, String label, String text) implements Serializable {}

    /** What one document contributes: its posts' and responses' texts (none for a digest), its signals (a digest's). */
    public record DocumentInputs(List<UnitText> units, List<SignalSource> signals) implements Serializable {
        public DocumentInputs {
            units = List.copyOf(units);
            signals = List.copyOf(signals);
        }

        public boolean isEmpty() { return units.isEmpty() && signals.isEmpty(); }

        /** Every word key of its texts: what weighing them asks of the corpus statistics. */
        public Set<String> wordKeys() {
            Set<String> out = new LinkedHashSet<>();
            units.forEach(u -> out.addAll(DiscussionParts.wordKeys(u.text())));
            signals.forEach(s -> out.addAll(DiscussionParts.wordKeys(s.text())));
            return out;
        }
    }

    /** A unit with what the corpus says of it: its words' document frequencies (absent: uncounted) and its ideas (IRIs). */
    public record UnitRow(UnitText unit, Map<String, Integer> frequencies, Set<String> ideas) implements Serializable {}

    /** A signal with its words' document frequencies and its digest's ideas (IRIs). */
    public record SignalRow(SignalSource signal, Map<String, Integer> frequencies, Set<String> digestIdeas) implements Serializable {}

    /** A link as stated: the post or response, the signal, the score and the quads (the link and its evidence). */
    public record Link(String unit, String signal, BigDecimal score, List<Quad> quads) implements Serializable {}

    private static final Comparator<Link> STRONGEST_FIRST = Comparator.comparing(Link::score).reversed().thenComparing(Link::signal);

    private final Node graph;
    private final int documents;
    private final BigDecimal threshold = Similarity.THRESHOLD;
    private final String ideaPrefix;

    /** For a corpus whose statistics count {@code documents} documents. */
    public DiscussionParts(Iris iris, int documents) {
        this.graph = iris.discussionsGraph();
        this.documents = documents;
        String idea = iris.idea("x").getURI();
        this.ideaPrefix = idea.substring(0, idea.length() - 1);
    }

    /** The posts, responses and signals of the document in graph {@code g}, read as {@link SignalDiscussions} reads them. */
    public static DocumentInputs inputs(DatasetGraph dsg, Node g) {
        List<UnitText> units = SignalDiscussions.units(dsg, g).stream().map(u -> new UnitText(u.resource().getURI(), u.text())).toList();
        List<SignalSource> signals = new ArrayList<>();
        for (Quad row : SignalDiscussions.signalRows(dsg, g)) {
            Node s = row.getSubject();
            String name = SignalDiscussions.literal(dsg, g, s, RDFS.label.asNode());
            signals.add(new SignalSource(s.getURI(), row.getObject().getURI(), name == null ? s.getURI() : name, SignalDiscussions.signalText(dsg, g, s)));
        }
        return new DocumentInputs(units, signals);
    }

    /** The word keys of a text as the weights count them (lower case, singular, no function words). */
    public static Set<String> wordKeys(String text) {
        Set<String> out = new LinkedHashSet<>();
        Words.of(text).forEach(w -> out.add(w.key()));
        return out;
    }

    /** Some of the signals by their words: a shard of the index every post and response is scored against. */
    public Index index(Collection<SignalRow> signals) { return new Index(signals); }

    /** An index of some signals; not thread-safe (see {@link SignalIndex}). */
    public final class Index {
        private final SignalIndex index;

        private Index(Collection<SignalRow> rows) {
            List<SignalDiscussions.SignalText> signals = new ArrayList<>();
            for (SignalRow row : rows) {
                List<Words.Word> words = Words.of(row.signal().text());
                TermVector v = TermVector.of(words, k -> SignalDiscussions.idf(documents, row.frequencies().getOrDefault(k, 0)));
                if (v.isEmpty()) continue;
                signals.add(new SignalDiscussions.SignalText(NodeFactory.createURI(row.signal().signal()), null, row.signal().label(), v,
                        SignalDiscussions.signalIdeas(words, row.digestIdeas(), ideaPrefix)));
            }
            this.index = new SignalIndex(signals);
        }

        public boolean isEmpty() { return index.isEmpty(); }

        /** The signals of this shard the post or response discusses, at most {@link SignalDiscussions#PER_UNIT}, strongest first. */
        public List<Link> links(UnitRow row) {
            TermVector v = TermVector.of(Words.of(row.unit().text()), k -> SignalDiscussions.idf(documents, row.frequencies().getOrDefault(k, 0)));
            if (index.isEmpty() || v.isEmpty() || !index.mayLink(v)) return List.of();
            Node unit = NodeFactory.createURI(row.unit().resource());
            List<SignalIndex.Match> matches = index.linked(v, new HashSet<>(row.ideas()), threshold, SignalDiscussions.PER_UNIT).stream()
                    .sorted(Comparator.comparing((SignalIndex.Match m) -> m.score().value()).reversed().thenComparing(m -> m.signal().node().getURI()))
                    .limit(SignalDiscussions.PER_UNIT).toList();
            List<Link> out = new ArrayList<>();
            for (SignalIndex.Match m : matches) { // only the links that can stand are written
                List<Quad> quads = new ArrayList<>();
                StreamRDF stream = new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) { quads.add(q); }
                };
                SignalDiscussions.writeLink(stream, graph, new Evidence(stream, graph), unit, v, m.signal(), m.score(),
                        SignalDiscussions.method(m.signal(), m.score(), documents, threshold, ideaPrefix));
                out.add(new Link(row.unit().resource(), m.signal().node().getURI(), m.score().value(), quads));
            }
            return out;
        }
    }

    /**
     * A post's or response's links found in several shards: the strongest {@link SignalDiscussions#PER_UNIT}, ties by
     * signal IRI, as {@link SignalDiscussions} keeps them from one index of every signal.
     */
    public static List<Link> strongest(Collection<Link> links) {
        return links.stream().sorted(STRONGEST_FIRST).limit(SignalDiscussions.PER_UNIT).toList();
    }
}

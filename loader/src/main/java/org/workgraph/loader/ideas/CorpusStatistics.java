package org.workgraph.loader.ideas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The corpus statistics of the ideas graph, stored in a graph of their own so that a document added, replaced or
 * removed updates them in its own transaction instead of every document being read and tagged again:
 * <ul>
 * <li>{@code <stats> stats:documents N}, how many documents were counted;</li>
 * <li>{@code <urn:workgraph:phrase:KEY> stats:documentFrequency n} and the same for each word
 * ({@code urn:workgraph:word:WORD}): in how many documents a candidate phrase or word occurs;</li>
 * <li>{@code <idea> stats:wordings "surface\tcount\n..."}: how often each wording of an idea was found where it
 * was linked, from which the idea's prefLabel and altLabels are chosen.</li>
 * </ul>
 * Terms are not in the public vocabulary: this is bookkeeping, rebuilt by {@code kg reindex --derived}.
 * Every method runs inside the caller's transaction.
 */
final class CorpusStatistics {
    static final String NS = "https://w3id.org/workgraph/ns/stats#";
    private static final Node DOCUMENTS = NodeFactory.createURI(NS + "documents");
    private static final Node FREQUENCY = NodeFactory.createURI(NS + "documentFrequency");
    private static final Node WORDINGS = NodeFactory.createURI(NS + "wordings");

    private final DatasetGraph dsg;
    private final Node graph;

    CorpusStatistics(DatasetGraph dsg, Node graph) {
        this.dsg = dsg;
        this.graph = graph;
    }

    /** Whether statistics are stored at all (a store loaded with derived graphs skipped has none). */
    boolean present() {
        return dsg.find(graph, graph, DOCUMENTS, Node.ANY).hasNext();
    }

    int documents() { return value(graph, DOCUMENTS); }

    /** In how many documents a word of a candidate phrase occurs; 0 for a word no phrase uses. */
    int wordFrequency(String w) { return value(word(w), FREQUENCY); }

    /** Counts a document in ({@code sign} 1) or out ({@code sign} -1). */
    void count(DocumentPhrases doc, int sign) {
        set(graph, DOCUMENTS, Math.max(0, documents() + sign));
        for (String key : doc.counted()) bump(phrase(key), sign);
        for (String w : DocumentFrequencies.words(doc)) bump(word(w), sign);
    }

    /** The counts the ranking of these documents asks about, read from the store. */
    DocumentFrequencies frequencies(Collection<DocumentPhrases> docs) {
        Map<String, Integer> phrases = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        for (DocumentPhrases d : docs) {
            for (String key : d.phrases().keySet()) phrases.computeIfAbsent(key, k -> value(phrase(k), FREQUENCY));
            for (String w : DocumentFrequencies.words(d)) words.computeIfAbsent(w, k -> value(word(k), FREQUENCY));
        }
        return new DocumentFrequencies(documents(), phrases, words);
    }

    /** Replaces all statistics with these (a full rebuild): the old ones are deleted, the new ones written to {@code out}. */
    void writeAll(DocumentFrequencies df, Map<Node, Map<String, Integer>> wordings, Consumer<Quad> out) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        write(graph, df.docs(), df.phraseCounts(), df.wordCounts(), wordings, out);
    }

    /**
     * The whole statistics graph as quads: what {@link #writeAll} stores, for writers that build it without a
     * store (the Spark job, from counts it aggregated itself).
     */
    static void write(Node graph, int docs, Map<String, Integer> phrases, Map<String, Integer> words,
            Map<Node, Map<String, Integer>> wordings, Consumer<Quad> out) {
        writeSize(graph, docs, out);
        writeFrequencies(graph, phrases, words, out);
        wordings.forEach((idea, counts) -> writeWordings(graph, idea, counts, out));
    }

    static void writeSize(Node graph, int docs, Consumer<Quad> out) {
        out.accept(Quad.create(graph, graph, DOCUMENTS, integer(docs)));
    }

    static void writeFrequencies(Node graph, Map<String, Integer> phrases, Map<String, Integer> words, Consumer<Quad> out) {
        phrases.forEach((k, n) -> out.accept(Quad.create(graph, phrase(k), FREQUENCY, integer(n))));
        words.forEach((k, n) -> out.accept(Quad.create(graph, word(k), FREQUENCY, integer(n))));
    }

    static void writeWordings(Node graph, Node idea, Map<String, Integer> counts, Consumer<Quad> out) {
        String literal = wordingsLiteral(counts);
        if (!literal.isEmpty()) out.accept(Quad.create(graph, idea, WORDINGS, NodeFactory.createLiteralString(literal)));
    }

    /** An idea's wordings and how often each was found, in the order stored. */
    Map<String, Integer> wordings(Node idea) {
        Map<String, Integer> out = new LinkedHashMap<>();
        var it = dsg.find(graph, idea, WORDINGS, Node.ANY);
        if (!it.hasNext()) return out;
        for (String line : it.next().getObject().getLiteralLexicalForm().split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) out.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return out;
    }

    /** Stores an idea's wordings; none at all removes the entry. One literal per idea: read and written whole. */
    void setWordings(Node idea, Map<String, Integer> counts) {
        dsg.deleteAny(graph, idea, WORDINGS, Node.ANY);
        String literal = wordingsLiteral(counts);
        if (!literal.isEmpty()) dsg.add(graph, idea, WORDINGS, NodeFactory.createLiteralString(literal));
    }

    /** "wording\tcount" lines in wording order, counts above zero only; empty when none. */
    private static String wordingsLiteral(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(b.length() > 0 ? "\n" : "").append(e.getKey()).append('\t').append(e.getValue()));
        return b.toString();
    }

    private void bump(Node subject, int by) {
        set(subject, FREQUENCY, Math.max(0, value(subject, FREQUENCY) + by));
    }

    private int value(Node subject, Node p) {
        var it = dsg.find(graph, subject, p, Node.ANY);
        return it.hasNext() ? Integer.parseInt(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    /** Sets a count; zero removes it, so a phrase no document uses any more leaves nothing behind. */
    private void set(Node subject, Node p, int n) {
        List<Quad> old = new ArrayList<>();
        dsg.find(graph, subject, p, Node.ANY).forEachRemaining(old::add);
        old.forEach(dsg::delete);
        if (n > 0 || subject.equals(graph)) dsg.add(graph, subject, p, integer(n));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node phrase(String key) {
        return NodeFactory.createURI("urn:workgraph:phrase:" + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }

    private static Node word(String w) {
        return NodeFactory.createURI("urn:workgraph:word:" + URLEncoder.encode(w, StandardCharsets.UTF_8));
    }
}

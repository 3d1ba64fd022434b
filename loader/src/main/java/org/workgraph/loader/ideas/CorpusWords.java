package org.workgraph.loader.ideas;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The corpus's word statistics as the ideas graph keeps them ({@link CorpusStatistics}), for other derived graphs
 * that weigh words by how rare they are in the corpus: how many documents were counted, and in how many of them a
 * word occurs. Words are counted as the ideas graph counts them: lower case, singular, only words that occur in a
 * candidate phrase (nouns and the words that qualify them), so verbs and function words have no count. Reads the
 * store in the caller's transaction, one lookup per word asked.
 */
public final class CorpusWords {
    private final CorpusStatistics statistics;

    public CorpusWords(DatasetGraph dsg, Node statsGraph) {
        this.statistics = new CorpusStatistics(dsg, statsGraph);
    }

    /** How many documents the statistics count. */
    public int documents() { return statistics.documents(); }

    /** In how many documents the word (a {@link #key}) occurs; 0 when it is not counted. */
    public int frequency(String key) { return statistics.wordFrequency(key); }

    /**
     * A word as the statistics count it (lower case, singular), or null for a function word, which is never
     * counted: "Platforms" is "platform", "the" is null.
     */
    public static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.length() < 2 || Phrases.STOP.contains(w) || Phrases.JOINS.contains(w)) return null;
        return Phrases.singular(w);
    }
}

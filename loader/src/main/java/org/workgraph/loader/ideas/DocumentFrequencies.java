package org.workgraph.loader.ideas;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * In how many documents of the corpus each candidate phrase, and each word of a phrase, occurs: the corpus
 * statistics the ranking weighs a document's phrases by. A full rebuild counts every document; an incremental
 * update reads just the counts its documents need from the stored statistics ({@link CorpusStatistics}).
 * Used from one thread.
 */
final class DocumentFrequencies {
    private final Map<String, Integer> phrases;
    private final Map<String, Integer> words;
    private int docs;

    DocumentFrequencies() {
        this(0, new HashMap<>(), new HashMap<>());
    }

    /** Counts as stored: {@code phrases} and {@code words} need only hold the keys that will be asked about. */
    DocumentFrequencies(int docs, Map<String, Integer> phrases, Map<String, Integer> words) {
        this.docs = docs;
        this.phrases = phrases;
        this.words = words;
    }

    void add(DocumentPhrases doc) {
        docs++;
        for (String key : doc.counted()) phrases.merge(key, 1, Integer::sum);
        for (String w : words(doc)) words.merge(w, 1, Integer::sum);
    }

    /** Each distinct word of a document's candidate phrases, counted once per document. */
    static Set<String> words(DocumentPhrases doc) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : doc.counted()) for (String w : key.split(" ")) out.add(w);
        return out;
    }

    int docs() { return docs; }

    int phrase(String key) { return phrases.getOrDefault(key, 0); }

    Map<String, Integer> phraseCounts() { return phrases; }

    Map<String, Integer> wordCounts() { return words; }

    /** 1 + log(N / df): a phrase or word every document uses weighs 1, a rare one more. */
    double phraseIdf(String key) { return idf(phrases.getOrDefault(key, 1)); }

    double wordIdf(String word) { return idf(words.getOrDefault(word, 1)); }

    private double idf(int df) {
        return 1.0 + Math.log((double) Math.max(docs, 1) / Math.max(df, 1));
    }
}

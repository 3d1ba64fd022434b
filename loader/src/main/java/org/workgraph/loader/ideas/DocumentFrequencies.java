package org.workgraph.loader.ideas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * In how many documents of the corpus each candidate phrase, and each word of a phrase, occurs: the corpus
 * statistics the ranking weighs a document's phrases by. Filled by the first pass of a rebuild, read by the
 * second; one instance per rebuild, used from one thread.
 */
final class DocumentFrequencies {
    private final Map<String, Integer> phrases = new HashMap<>();
    private final Map<String, Integer> words = new HashMap<>();
    private int docs;

    void add(DocumentPhrases doc) {
        docs++;
        Set<String> seen = new HashSet<>();
        for (String key : doc.phrases().keySet()) {
            phrases.merge(key, 1, Integer::sum);
            for (String w : key.split(" ")) if (seen.add(w)) words.merge(w, 1, Integer::sum);
        }
    }

    int docs() { return docs; }

    int phrase(String key) { return phrases.getOrDefault(key, 0); }

    /** 1 + log(N / df): a phrase or word every document uses weighs 1, a rare one more. */
    double phraseIdf(String key) { return idf(phrases.getOrDefault(key, 1)); }

    double wordIdf(String word) { return idf(words.getOrDefault(word, 1)); }

    private double idf(int df) {
        return 1.0 + Math.log((double) Math.max(docs, 1) / Math.max(df, 1));
    }
}

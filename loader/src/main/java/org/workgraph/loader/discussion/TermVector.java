package org.workgraph.loader.discussion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A text as weighted words: each word the corpus statistics count weighs (1 + ln tf) × idf, so a word used
 * often here and rarely in the corpus weighs most; words without a weight (idf 0: not counted) are left out.
 *
 * @param weights word key → weight
 * @param first   word key → its first occurrence, for quoting
 * @param norm    the Euclidean length of the weights
 */
record TermVector(Map<String, Double> weights, Map<String, Words.Word> first, double norm) {
    TermVector {
        weights = Map.copyOf(weights);
        first = Map.copyOf(first);
    }

    static TermVector of(List<Words.Word> words, ToDoubleFunction<String> idf) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        Map<String, Words.Word> first = new LinkedHashMap<>();
        for (Words.Word w : words) {
            tf.merge(w.key(), 1, Integer::sum);
            first.putIfAbsent(w.key(), w);
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double w = idf.applyAsDouble(e.getKey());
            if (w <= 0) continue;
            double weight = (1 + Math.log(e.getValue())) * w;
            weights.put(e.getKey(), weight);
            sum += weight * weight;
        }
        first.keySet().retainAll(weights.keySet());
        return new TermVector(weights, first, Math.sqrt(sum));
    }

    /**
     * The same weights as {@link #of(List, ToDoubleFunction)} gives for a text whose words have these keys with these
     * counts, in the order the keys first occur (which is the order the weights are summed in), without quoting:
     * a signal's vector, whose words are never quoted.
     */
    static TermVector of(String[] keys, int[] counts, ToDoubleFunction<String> idf) {
        Map<String, Double> weights = new LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i < keys.length; i++) {
            double w = idf.applyAsDouble(keys[i]);
            if (w <= 0) continue;
            double weight = (1 + Math.log(counts[i])) * w;
            weights.put(keys[i], weight);
            sum += weight * weight;
        }
        return new TermVector(weights, Map.of(), Math.sqrt(sum));
    }

    boolean isEmpty() { return weights.isEmpty(); }
}

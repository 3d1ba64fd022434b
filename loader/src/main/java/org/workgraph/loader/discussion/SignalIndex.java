package org.workgraph.loader.discussion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signals of one build or update by their words (an inverted index: word → the signals that have it, with the
 * word's weight in each), so that a post or response is scored only against the signals it shares at least
 * {@value Similarity#MIN_SHARED} words with. A link needs that many shared words anyway, so no link is lost: the
 * links are exactly those of scoring every pair ({@link #linkedScoringEveryPair}, kept to prove it).
 *
 * <p>Walking a post's words through the index also sums each candidate's dot product, which bounds its score before
 * it is computed exactly: a candidate whose bound is below the threshold (less half a unit of the score's third
 * place, the score being rounded) is not scored. Only the candidates left are scored by {@link Similarity#score}, so
 * the scores stated are computed exactly as before, word order and rounding included.
 *
 * <p>Not thread-safe: the per-signal counters are reused from one post or response to the next (one build or update
 * scores thousands of them against thousands of signals, and fresh arrays each time would be most of its garbage).
 */
final class SignalIndex {
    /** The score is rounded half up to three places, so a raw value this far below the threshold can still reach it. */
    private static final double ROUNDING = 0.0005;
    /** Room for the bound's sum being in another order than the exact one (a few ulps; this is far more). */
    private static final double SLACK = 1e-9;

    /** The signals that have one word, with its weight in each, in index order. */
    private record Postings(int[] signals, double[] weights) {}

    /** A signal that a post or response discusses, with the exact score. */
    record Match(SignalDiscussions.SignalText signal, Similarity.Score score) {}

    private final List<SignalDiscussions.SignalText> signals;
    private final Map<String, Postings> byWord;
    private final int[] shared;
    private final double[] dot;
    private final int[] touched;

    SignalIndex(List<SignalDiscussions.SignalText> signals) {
        this.signals = List.copyOf(signals);
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int i = 0; i < this.signals.size(); i++) {
            for (String w : this.signals.get(i).vector().weights().keySet()) ids.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
        Map<String, Postings> index = new HashMap<>();
        ids.forEach((word, list) -> {
            int[] s = new int[list.size()];
            double[] w = new double[list.size()];
            for (int k = 0; k < s.length; k++) {
                s[k] = list.get(k);
                w[k] = this.signals.get(s[k]).vector().weights().get(word);
            }
            index.put(word, new Postings(s, w));
        });
        this.byWord = index;
        this.shared = new int[this.signals.size()];
        this.dot = new double[this.signals.size()];
        this.touched = new int[this.signals.size()];
    }

    boolean isEmpty() { return signals.isEmpty(); }

    /**
     * Whether the post or response has at least {@value Similarity#MIN_SHARED} words that some signal has: if not,
     * it links to none, and its ideas need not be read (an added digest's few signals against every post).
     */
    boolean mayLink(TermVector unit) {
        int found = 0;
        for (String w : unit.weights().keySet()) if (byWord.containsKey(w) && ++found >= Similarity.MIN_SHARED) return true;
        return false;
    }

    /**
     * The signals the post or response links to at the threshold, in index order (the order of the signals given),
     * each with its score.
     */
    List<Match> linked(TermVector unit, Set<String> unitIdeas, BigDecimal threshold) {
        double floor = threshold.doubleValue() - ROUNDING - SLACK;
        // Every word of the post is walked. Leaving out the words many signals share while they weigh too little to
        // make a link alone (a Cauchy-Schwarz bound) was tried: on generated text the rare words still reach nearly
        // every signal, and adding the left-out words back by lookup cost more than walking them (10,000 documents).
        int count = 0;
        for (Map.Entry<String, Double> e : unit.weights().entrySet()) {
            Postings p = byWord.get(e.getKey());
            if (p == null) continue;
            double u = e.getValue();
            int[] s = p.signals();
            double[] w = p.weights();
            for (int k = 0; k < s.length; k++) {
                int i = s[k];
                if (shared[i]++ == 0) touched[count++] = i;
                dot[i] += u * w[k];
            }
        }
        Arrays.sort(touched, 0, count);
        List<Match> out = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            int i = touched[j];
            int common = shared[i];
            double d = dot[i];
            shared[i] = 0;
            dot[i] = 0;
            if (common < Similarity.MIN_SHARED) continue;
            SignalDiscussions.SignalText s = signals.get(i);
            double cosine = Math.min(1, d / (s.vector().norm() * unit.norm()));
            // the ideas are counted only when the words alone fall short and all the signal's ideas would not
            if (Similarity.combine(cosine, 0) < floor
                    && (Similarity.combine(cosine, s.ideas().size()) < floor || Similarity.combine(cosine, sharedIdeas(s.ideas(), unitIdeas)) < floor)) continue;
            Similarity.Score score = Similarity.score(s.vector(), s.ideas(), unit, unitIdeas);
            if (score.links(threshold)) out.add(new Match(s, score));
        }
        return out;
    }

    /** The same links found by scoring the post or response against every signal: what {@link #linked} must equal. */
    List<Match> linkedScoringEveryPair(TermVector unit, Set<String> unitIdeas, BigDecimal threshold) {
        List<Match> out = new ArrayList<>();
        for (SignalDiscussions.SignalText s : signals) {
            Similarity.Score score = Similarity.score(s.vector(), s.ideas(), unit, unitIdeas);
            if (score.links(threshold)) out.add(new Match(s, score));
        }
        return out;
    }

    private static int sharedIdeas(Set<String> signal, Set<String> unit) {
        if (signal.isEmpty() || unit.isEmpty()) return 0;
        int n = 0;
        for (String idea : signal) if (unit.contains(idea)) n++;
        return n;
    }
}

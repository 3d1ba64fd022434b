package org.workgraph.loader.discussion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signals of one build or update by their words, so that a post or response is scored only against the signals
 * that could link to it: the links are exactly those of scoring every pair ({@link #linkedScoringEveryPair}, kept to
 * prove it), found without looking at most pairs.
 *
 * <p>A pair links when its score reaches the threshold and it shares {@value Similarity#MIN_SHARED} words. Without a
 * shared idea the score is {@code 0.75 × cosine}, so the cosine must reach {@code t} = threshold / 0.75 (less the
 * rounding of the score's third place): about 0.2. That is what prefix filtering (Bayardo, Ma and Srikant, "Scaling
 * up all pairs similarity search", WWW 2007) needs. Order the words once for the whole index, the words fewest
 * signals have first. A vector's <em>prefix</em> is its words in that order up to where the words left (its
 * <em>tail</em>) have less than {@code t} of its length. If a pair has a common word in neither's prefix, then every
 * common word is in the tail of the one whose prefix ends first in the order, and by Cauchy-Schwarz the cosine is
 * below that tail's length, below {@code t}. So a pair that links on its words alone shares a word in both prefixes:
 * only the signals' prefixes are indexed, and only the post's prefix is walked. The words left out are the common
 * ones (many signals, little weight each): on text written from one vocabulary those are the long posting lists.
 *
 * <p>A pair that shares an idea needs less of its words (with one shared idea a cosine of about 0.03, with two none),
 * so those pairs are found by a second index, idea → signals, and the two candidate sets are checked together: the
 * exact cosine and shared words of each candidate are summed over the signal's words (a dense array of the post's
 * weights, no hashing), and only the candidates that can reach the threshold are scored by {@link Similarity#score},
 * so the scores stated are computed exactly as before, word order and rounding included.
 *
 * <p>The prefixes depend on the threshold; they are built for each threshold asked (one in a build or update).
 *
 * <p>Not thread-safe: the per-signal and per-word arrays are reused from one post or response to the next (one build
 * scores tens of thousands of them, and fresh arrays each time would be most of its garbage).
 */
final class SignalIndex {
    /** The score is rounded half up to three places, so a raw value this far below the threshold can still reach it. */
    private static final double ROUNDING = 0.0005;
    /** Room for sums taken in another order than the exact score's, and for the normalised weights (a few ulps; this is far more). */
    private static final double SLACK = 1e-9;

    /** A signal that a post or response discusses, with the exact score. */
    record Match(SignalDiscussions.SignalText signal, Similarity.Score score) {}

    private final List<SignalDiscussions.SignalText> signals;
    /** Word → its position in the index's order (fewest signals first, then by the word). */
    private final Map<String, Integer> order;
    /** Per signal, its words' positions in ascending order, and their weights divided by the signal's length. */
    private final int[][] words;
    private final double[][] weights;
    /** Idea → the signals that have it, in index order. */
    private final Map<String, int[]> byIdea;
    /** Word position → the signals with the word in their prefix, in index order, for the cosine last asked. */
    private int[][] prefixes;
    private double prefixCosine = Double.NaN;

    // reused from one post or response to the next
    private final double[] unitWeight;
    private final int[] unitWords;
    private final boolean[] candidate;
    private final int[] candidates;

    SignalIndex(List<SignalDiscussions.SignalText> signals) {
        this.signals = List.copyOf(signals);
        int n = this.signals.size();
        Map<String, Integer> df = new HashMap<>();
        Map<String, List<Integer>> ideas = new HashMap<>();
        for (int i = 0; i < n; i++) {
            SignalDiscussions.SignalText s = this.signals.get(i);
            for (String w : s.vector().weights().keySet()) df.merge(w, 1, Integer::sum);
            for (String idea : s.ideas()) ideas.computeIfAbsent(idea, k -> new ArrayList<>()).add(i);
        }
        List<String> vocabulary = new ArrayList<>(df.keySet());
        vocabulary.sort(Comparator.comparingInt((String w) -> df.get(w)).thenComparing(Comparator.naturalOrder()));
        this.order = new HashMap<>();
        for (int k = 0; k < vocabulary.size(); k++) order.put(vocabulary.get(k), k);
        this.words = new int[n][];
        this.weights = new double[n][];
        for (int i = 0; i < n; i++) {
            TermVector v = this.signals.get(i).vector();
            int[] ids = new int[v.weights().size()];
            int k = 0;
            for (String w : v.weights().keySet()) ids[k++] = order.get(w);
            Arrays.sort(ids);
            double[] ws = new double[ids.length];
            for (k = 0; k < ids.length; k++) ws[k] = v.weights().get(vocabulary.get(ids[k])) / v.norm();
            words[i] = ids;
            weights[i] = ws;
        }
        this.byIdea = new HashMap<>();
        ideas.forEach((idea, list) -> byIdea.put(idea, list.stream().mapToInt(Integer::intValue).toArray()));
        this.unitWeight = new double[vocabulary.size()];
        this.unitWords = new int[vocabulary.size()];
        this.candidate = new boolean[n];
        this.candidates = new int[n];
    }

    boolean isEmpty() { return signals.isEmpty(); }

    /**
     * Whether the post or response has at least {@value Similarity#MIN_SHARED} words that some signal has: if not,
     * it links to none, and its ideas need not be read (an added digest's few signals against every post).
     */
    boolean mayLink(TermVector unit) {
        int found = 0;
        for (String w : unit.weights().keySet()) if (order.containsKey(w) && ++found >= Similarity.MIN_SHARED) return true;
        return false;
    }

    /**
     * The signals the post or response links to at the threshold, in index order (the order of the signals given),
     * each with its score.
     */
    List<Match> linked(TermVector unit, Set<String> unitIdeas, BigDecimal threshold) {
        double floor = floor(threshold);
        double cosine = wordsCosine(threshold);
        int[][] prefix = prefixes(cosine);

        // the post's words that some signal has, with their weights divided by the post's whole length
        int m = 0;
        for (Map.Entry<String, Double> e : unit.weights().entrySet()) {
            Integer id = order.get(e.getKey());
            if (id == null) continue;
            unitWeight[id] = e.getValue() / unit.norm();
            unitWords[m++] = id;
        }
        Arrays.sort(unitWords, 0, m);
        int count = 0;
        // the post's prefix: its words in index order until those left weigh less than the cosine asked
        double tail = 0;
        for (int k = 0; k < m; k++) tail += unitWeight[unitWords[k]] * unitWeight[unitWords[k]];
        double least = cosine * cosine;
        for (int k = 0; k < m && (tail >= least || cosine == 0); k++) {
            int id = unitWords[k];
            tail -= unitWeight[id] * unitWeight[id];
            for (int i : prefix[id]) if (!candidate[i]) { candidate[i] = true; candidates[count++] = i; }
        }
        for (String idea : unitIdeas) {
            int[] list = byIdea.get(idea);
            if (list != null) for (int i : list) if (!candidate[i]) { candidate[i] = true; candidates[count++] = i; }
        }
        Arrays.sort(candidates, 0, count);

        List<Match> out = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            int i = candidates[j];
            candidate[i] = false;
            int[] ids = words[i];
            double[] ws = weights[i];
            int common = 0;
            double dot = 0;
            for (int k = 0; k < ids.length; k++) {
                double u = unitWeight[ids[k]];
                if (u == 0) continue;
                common++;
                dot += u * ws[k];
            }
            if (common < Similarity.MIN_SHARED) continue;
            SignalDiscussions.SignalText s = signals.get(i);
            double cos = Math.min(1, dot);
            // the ideas are counted only when the words alone fall short and all the signal's ideas would not
            if (Similarity.combine(cos, 0) < floor
                    && (Similarity.combine(cos, s.ideas().size()) < floor || Similarity.combine(cos, sharedIdeas(s.ideas(), unitIdeas)) < floor)) continue;
            Similarity.Score score = Similarity.score(s.vector(), s.ideas(), unit, unitIdeas);
            if (score.links(threshold)) out.add(new Match(s, score));
        }
        for (int k = 0; k < m; k++) unitWeight[unitWords[k]] = 0;
        return out;
    }

    /**
     * For each word, the signals that have it in their prefix for this cosine: the signal's words in index order up to
     * where those left weigh less than the cosine (every word when the cosine is 0). Built once per cosine asked.
     */
    private int[][] prefixes(double cosine) {
        if (prefixes != null && prefixCosine == cosine) return prefixes;
        int[] sizes = new int[unitWeight.length];
        int[] ends = new int[signals.size()];
        double least = cosine * cosine;
        for (int i = 0; i < signals.size(); i++) {
            double[] ws = weights[i];
            // the tails' weights summed from the end, so that each is summed in one order
            double tail = 0;
            int end = ws.length;
            if (cosine > 0) {
                for (int k = ws.length - 1; k >= 0; k--) {
                    if (tail + ws[k] * ws[k] >= least) break;
                    tail += ws[k] * ws[k];
                    end = k;
                }
            }
            ends[i] = end;
            for (int k = 0; k < end; k++) sizes[words[i][k]]++;
        }
        int[][] out = new int[sizes.length][];
        for (int w = 0; w < sizes.length; w++) out[w] = new int[sizes[w]];
        int[] filled = new int[sizes.length];
        for (int i = 0; i < signals.size(); i++) {
            for (int k = 0; k < ends[i]; k++) {
                int w = words[i][k];
                out[w][filled[w]++] = i;
            }
        }
        prefixes = out;
        prefixCosine = cosine;
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

    /** The lowest raw score that can round to the threshold, less room for sums taken in another order. */
    static double floor(BigDecimal threshold) {
        return threshold.doubleValue() - ROUNDING - SLACK;
    }

    /** The lowest cosine of the words with which a pair that shares no idea can reach the threshold (0: any). */
    static double wordsCosine(BigDecimal threshold) {
        return Math.max(0, floor(threshold) / (1 - Similarity.IDEAS_WEIGHT) - SLACK);
    }

    static int sharedIdeas(Set<String> signal, Set<String> unit) {
        if (signal.isEmpty() || unit.isEmpty()) return 0;
        int n = 0;
        for (String idea : signal) if (unit.contains(idea)) n++;
        return n;
    }
}

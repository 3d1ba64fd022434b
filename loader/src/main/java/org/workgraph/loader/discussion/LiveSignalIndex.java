package org.workgraph.loader.discussion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Every kept signal in weight-ordered word lists that last from one live update to the next, so that a post or response
 * added to a large store is scored by the bounded top-{@value SignalDiscussions#PER_UNIT} walk of {@link SignalIndex}
 * over all signals, without weighing every signal it shares words with and sorting them into a new index first (which
 * is what grew with the corpus: at 100,000 generated documents a post shares words with most of the 200,000 signals).
 *
 * <p>The weights move with the corpus statistics (every document changes N, and its words' document frequencies), so
 * the lists are ordered by what does not: each word's lists hold {@code (1 + ln tf) / |s|₀}, the signal's count weight
 * over its length at the statistics of the build. The present weight of the word in a signal is that times the word's
 * present idf times {@code |s|₀ / |s|}, and {@code K}, the largest {@code |s|₀ / |s|} over the signals, is computed
 * exactly at each update from every signal's present length (the present idf of every word the signals use, then one
 * pass over the signals' counts: no signal is weighed or sorted). So an unseen signal's present weight in a list is at
 * most the list's next value times the word's idf times {@code K}: the walk's bound stays exact, only a little looser
 * than a fresh index's, and a candidate met is checked on its present weights. When {@code K} drifts far from 1, or
 * many signals have come or gone since the build, the caller builds the index again.
 *
 * <p>Signals added after the build (a digest added live) are not in the lists: the caller checks them apart
 * ({@link #added}). Removed ones stay in the lists, marked gone, and are skipped. Not thread-safe: one writer.
 */
final class LiveSignalIndex {
    /** The largest {@code K} the index is kept at: beyond it the bound is loose enough that a build pays for itself. */
    static final double DRIFT = 1.05;

    private final List<SignalDiscussions.SignalWords> signals;
    private final Map<SignalDiscussions.SignalWords, Integer> ids = new IdentityHashMap<>();
    private final Map<String, Integer> wordIds;
    private final String[] vocabulary;
    /** Per signal: its words (ids, in the order of its keys) and their count weights {@code 1 + ln tf}. */
    private final int[][] words;
    private final double[][] counts;
    /** Per signal: its length at the build's statistics (0: no word weighed then; such a signal is kept as added). */
    private final double[] built;
    private final boolean[] gone;
    private int goneCount;
    /** Word id → the signals that have it, by count weight over built length, the largest first. */
    private final int[][] byWord;
    private final double[][] byWordValue;
    private final Map<String, int[]> byIdea;
    /** Signals not in the lists: added since the build, or of no weight at the build; by index order. */
    private final Map<String, SignalDiscussions.SignalWords> added = new LinkedHashMap<>();

    // the present statistics, set by #at
    private final double[] idf;
    private final double[] length;
    private double drift = Double.NaN;

    // reused from one post or response to the next
    private final double[] unitWeight;
    private final int[] unitWords;
    private final boolean[] candidate;
    private final int[] candidates;
    private long checked;
    private long visited;

    /** Builds the lists from the signals (in index order) at the statistics {@code idf} gives. */
    LiveSignalIndex(Collection<SignalDiscussions.SignalWords> kept, ToDoubleFunction<String> idf) {
        this.signals = List.copyOf(kept);
        int n = signals.size();
        this.wordIds = new HashMap<>();
        List<String> vocab = new ArrayList<>();
        Map<String, List<Integer>> ideas = new HashMap<>();
        this.words = new int[n][];
        this.counts = new double[n][];
        this.built = new double[n];
        this.gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            SignalDiscussions.SignalWords s = signals.get(i);
            ids.put(s, i);
            int[] ws = new int[s.keys().length];
            double[] cs = new double[ws.length];
            double sum = 0;
            for (int k = 0; k < ws.length; k++) {
                Integer id = wordIds.get(s.keys()[k]);
                if (id == null) {
                    id = vocab.size();
                    wordIds.put(s.keys()[k], id);
                    vocab.add(s.keys()[k]);
                }
                ws[k] = id;
                cs[k] = 1 + Math.log(s.counts()[k]);
                double w = idf.applyAsDouble(s.keys()[k]);
                if (w > 0) sum += cs[k] * w * cs[k] * w;
            }
            words[i] = ws;
            counts[i] = cs;
            built[i] = Math.sqrt(sum);
            if (built[i] == 0) added.put(s.order(), s);
            for (String idea : s.ideas()) ideas.computeIfAbsent(idea, x -> new ArrayList<>()).add(i);
        }
        this.vocabulary = vocab.toArray(new String[0]);
        int v = vocabulary.length;
        int[] sizes = new int[v];
        for (int i = 0; i < n; i++) if (built[i] > 0) for (int w : words[i]) sizes[w]++;
        this.byWord = new int[v][];
        this.byWordValue = new double[v][];
        for (int w = 0; w < v; w++) {
            byWord[w] = new int[sizes[w]];
            byWordValue[w] = new double[sizes[w]];
        }
        int[] filled = new int[v];
        for (int i = 0; i < n; i++) {
            if (built[i] == 0) continue;
            for (int k = 0; k < words[i].length; k++) {
                int w = words[i][k];
                byWord[w][filled[w]] = i;
                byWordValue[w][filled[w]++] = counts[i][k] / built[i];
            }
        }
        for (int w = 0; w < v; w++) SignalIndex.sortByWeight(byWord[w], byWordValue[w]);
        this.byIdea = new HashMap<>();
        ideas.forEach((idea, list) -> byIdea.put(idea, list.stream().mapToInt(Integer::intValue).toArray()));
        this.idf = new double[v];
        this.length = new double[n];
        this.unitWeight = new double[v];
        this.unitWords = new int[v];
        this.candidate = new boolean[n];
        this.candidates = new int[n];
    }

    /** A signal now kept: checked apart from the lists until the next build. */
    void add(SignalDiscussions.SignalWords s) {
        added.put(s.order(), s);
    }

    /** A signal no longer kept. */
    void remove(SignalDiscussions.SignalWords s) {
        Integer i = ids.get(s);
        if (i != null && !gone[i]) {
            gone[i] = true;
            goneCount++;
        }
        SignalDiscussions.SignalWords other = added.get(s.order());
        if (other == s) added.remove(s.order());
    }

    /** The signals checked apart from the lists, in index order. */
    Collection<SignalDiscussions.SignalWords> added() { return added.values(); }

    /**
     * Takes the present statistics: every word's idf, every signal's present length, and {@code K}. Returns whether
     * the index is still worth keeping ({@code K} within {@link #DRIFT}, few signals apart or gone); if not, build anew.
     */
    boolean at(ToDoubleFunction<String> present) {
        for (int w = 0; w < vocabulary.length; w++) idf[w] = Math.max(0, present.applyAsDouble(vocabulary[w]));
        double k = 1;
        for (int i = 0; i < words.length; i++) {
            double sum = 0;
            int[] ws = words[i];
            double[] cs = counts[i];
            for (int j = 0; j < ws.length; j++) {
                double x = cs[j] * idf[ws[j]];
                sum += x * x;
            }
            length[i] = Math.sqrt(sum);
            if (!gone[i] && built[i] > 0 && length[i] > 0) k = Math.max(k, built[i] / length[i]);
        }
        // room for the lengths summed in another order than the weights'
        drift = k * (1 + 1e-12);
        int n = words.length;
        return drift <= DRIFT && added.size() <= Math.max(64, n / 50) && goneCount <= Math.max(64, n / 10);
    }

    long checked() { return checked; }

    long visited() { return visited; }

    /** Whether the post or response has {@value Similarity#MIN_SHARED} words that some listed signal has (else it links to none of them). */
    boolean mayLink(TermVector unit) {
        return Similarity.mayShare(unit, wordIds::containsKey);
    }

    /**
     * What {@link SignalIndex#linked(TermVector, Set, BigDecimal, int)} gives over the listed signals, at the present
     * statistics of the last {@link #at}: the signals sharing an idea checked first, then the word lists walked
     * together, the step that can add most first, until no signal left can enter the {@code strongest}. {@code text}
     * gives a signal with its present weights, for the exact score of those that can link.
     */
    List<SignalIndex.Match> linked(TermVector unit, Set<String> unitIdeas, BigDecimal threshold, int strongest,
            java.util.function.Function<SignalDiscussions.SignalWords, SignalDiscussions.SignalText> text) {
        if (Double.isNaN(drift)) throw new IllegalStateException("the present statistics were not given");
        double floor = SignalIndex.floor(threshold);
        double least = SignalIndex.wordsCosine(threshold);
        int m = 0;
        for (Map.Entry<String, Double> e : unit.weights().entrySet()) {
            Integer id = wordIds.get(e.getKey());
            if (id == null || byWord[id].length == 0 || idf[id] == 0) continue;
            unitWeight[id] = e.getValue() / unit.norm();
            unitWords[m++] = id;
        }
        Arrays.sort(unitWords, 0, m);
        List<SignalIndex.Match> out = new ArrayList<>();
        int count = 0;
        java.util.PriorityQueue<BigDecimal> kept = new java.util.PriorityQueue<>();
        double weakest = Double.NEGATIVE_INFINITY;
        for (String idea : unitIdeas) {
            int[] list = byIdea.get(idea);
            if (list == null) continue;
            for (int i : list) {
                if (candidate[i] || gone[i] || built[i] == 0) continue;
                candidate[i] = true;
                candidates[count++] = i;
                checked++;
                SignalIndex.Match match = check(i, unit, unitIdeas, true, threshold, floor, weakest, text);
                if (match != null) weakest = keep(match, out, kept, strongest, weakest);
            }
        }
        // each list's head: u × (the word's present idf) × K × the next value, an upper bound of the present u × w
        double[] scale = new double[m];
        SignalIndex.Heads heads = new SignalIndex.Heads(m);
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < m; k++) {
            int word = unitWords[k];
            double u = unitWeight[word];
            scale[k] = u * idf[word] * drift;
            heads.add(k, scale[k] * byWordValue[word][0]);
            sum += scale[k] * byWordValue[word][0];
            squares += u * u;
        }
        double needed = needed(least, weakest);
        while (!heads.isEmpty()) {
            if (needed > 0 && Math.min(sum, Math.sqrt(Math.max(0, squares))) < needed - SignalIndex.SLACK) break;
            int k = heads.top();
            int word = unitWords[k];
            int pos = heads.position(k);
            int i = byWord[word][pos];
            visited++;
            double before = heads.value(k);
            if (pos + 1 < byWord[word].length) {
                double next = scale[k] * byWordValue[word][pos + 1];
                heads.advance(next);
                sum += next - before;
            } else {
                heads.pop();
                sum -= before;
                squares -= unitWeight[word] * unitWeight[word];
            }
            if ((visited & 1023) == 0) sum = heads.sum();
            if (candidate[i] || gone[i]) continue;
            candidate[i] = true;
            candidates[count++] = i;
            checked++;
            SignalIndex.Match match = check(i, unit, unitIdeas, false, threshold, floor, weakest, text);
            if (match != null) {
                weakest = keep(match, out, kept, strongest, weakest);
                needed = needed(least, weakest);
            }
        }
        for (int j = 0; j < count; j++) candidate[candidates[j]] = false;
        for (int k = 0; k < m; k++) unitWeight[unitWords[k]] = 0;
        out.sort(Comparator.comparing(match -> match.signal().node().getURI()));
        return out;
    }

    private static double keep(SignalIndex.Match match, List<SignalIndex.Match> out, java.util.PriorityQueue<BigDecimal> kept,
            int strongest, double weakest) {
        out.add(match);
        if (strongest == Integer.MAX_VALUE) return weakest;
        kept.add(match.score().value());
        if (kept.size() > strongest) kept.poll();
        return kept.size() == strongest ? kept.peek().doubleValue() : weakest;
    }

    private static double needed(double least, double weakest) {
        double toWeakest = (weakest - SignalIndex.ROUNDING - SignalIndex.SLACK) / (1 - Similarity.IDEAS_WEIGHT);
        return Math.max(least, toWeakest);
    }

    /** As {@link SignalIndex}'s check: the cosine summed on the present weights first, the exact score only if it can enter. */
    private SignalIndex.Match check(int i, TermVector unit, Set<String> unitIdeas, boolean sharesIdea, BigDecimal threshold,
            double floor, double weakest, java.util.function.Function<SignalDiscussions.SignalWords, SignalDiscussions.SignalText> text) {
        if (length[i] == 0) return null;
        int[] ws = words[i];
        double[] cs = counts[i];
        int common = 0;
        double dot = 0;
        for (int k = 0; k < ws.length; k++) {
            double u = unitWeight[ws[k]];
            if (u == 0) continue;
            common++;
            dot += u * cs[k] * idf[ws[k]];
        }
        if (common < Similarity.MIN_SHARED) return null;
        SignalDiscussions.SignalWords s = signals.get(i);
        double cos = Math.min(1, dot / length[i]);
        int shared = sharesIdea ? SignalIndex.sharedIdeas(s.ideas(), unitIdeas) : 0;
        double raw = Similarity.combine(cos, shared);
        if (raw < floor || raw + SignalIndex.ROUNDING + SignalIndex.SLACK < weakest) return null;
        SignalDiscussions.SignalText t = text.apply(s);
        Similarity.Score score = Similarity.score(t.vector(), t.ideas(), unit, unitIdeas);
        return score.links(threshold) ? new SignalIndex.Match(t, score) : null;
    }
}

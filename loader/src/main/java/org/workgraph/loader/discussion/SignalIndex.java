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
 * rounding of the score's third place): about 0.2. With both vectors divided by their lengths, the cosine is the sum
 * over the shared words of the two weights. Each word's list of the signals that have it is kept heaviest weight
 * first, and a post's lists are walked together, the step that adds most to a cosine first ({@link #linked}): a
 * signal not met yet weighs, in each list, at most the list's next weight, which bounds its cosine, so the walk stops
 * where that bound falls below the cosine a link needs (Fagin, Lotem and Naor's threshold algorithm, PODS 2001).
 *
 * <p>A pair that shares an idea needs less of its words (with one shared idea a cosine of about 0.03, with two none),
 * so those pairs are found by a second index, idea → signals, and all checked. Each candidate's exact cosine and
 * shared words are summed over the signal's words (a dense array of the post's weights, no hashing), and only the
 * candidates that can reach the threshold are scored by {@link Similarity#score}, so the scores stated are computed
 * exactly as before, word order and rounding included.
 *
 * <p>That alone is not enough where many pairs do reach the threshold: on generated text, written from one
 * vocabulary, a post is above it with dozens of signals (at 1,000 documents, 85 on average), and keeps only its
 * {@link SignalDiscussions#PER_UNIT} strongest. So the bound the walk stops at is also raised to what the weakest of
 * the strongest found so far needs ({@link #linked(TermVector, Set, BigDecimal, int)}): the heavy weights come first,
 * so the strongest are met early, and the walk ends as soon as no pair left unchecked can displace them.
 *
 * <p>Not thread-safe: the per-signal and per-word arrays are reused from one post or response to the next (one build
 * scores tens of thousands of them, and fresh arrays each time would be most of its garbage); each thread that scores
 * takes its own {@link #view}.
 */
final class SignalIndex {
    /** The score is rounded half up to three places, so a raw value this far below the threshold can still reach it. */
    static final double ROUNDING = 0.0005;
    /** Room for sums taken in another order than the exact score's, and for the normalised weights (a few ulps; this is far more). */
    static final double SLACK = 1e-9;

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
    /** Word position → the signals that have the word, in index order. */
    private final int[][] byWord;
    /** Word position → the word's weight in each signal of {@link #byWord} (divided by the signal's length), in the same order. */
    private final double[][] byWordWeight;
    /** Word position → its largest weight in a signal (weights divided by the signal's length). */
    private final double[] most;
    /** How many pairs {@link #linked} has checked so far: what the filter leaves of posts × signals (for tests and measures). */
    private long checked;
    /** How many posting-list entries (word → signal) {@link #linked} has visited so far: the walk's own cost. */
    private long visited;
    /** How many of those checked were scored in full ({@link Similarity#score}: shared words sorted, score rounded). */
    private long exact;

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
        int[] sizes = new int[vocabulary.size()];
        this.most = new double[vocabulary.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < words[i].length; k++) {
                sizes[words[i][k]]++;
                most[words[i][k]] = Math.max(most[words[i][k]], weights[i][k]);
            }
        }
        this.byWord = new int[vocabulary.size()][];
        this.byWordWeight = new double[vocabulary.size()][];
        for (int w = 0; w < sizes.length; w++) {
            byWord[w] = new int[sizes[w]];
            byWordWeight[w] = new double[sizes[w]];
        }
        int[] filled = new int[sizes.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < words[i].length; k++) {
                int w = words[i][k];
                byWord[w][filled[w]] = i;
                byWordWeight[w][filled[w]++] = weights[i][k];
            }
        }
        // each list by weight, the heaviest first (ties by index order): the walk takes the heavy weights first
        for (int w = 0; w < byWord.length; w++) sortByWeight(byWord[w], byWordWeight[w]);
        this.byIdea = new HashMap<>();
        ideas.forEach((idea, list) -> byIdea.put(idea, list.stream().mapToInt(Integer::intValue).toArray()));
        this.unitWeight = new double[vocabulary.size()];
        this.unitWords = new int[vocabulary.size()];
        this.candidate = new boolean[n];
        this.candidates = new int[n];
    }

    /** A view of the same index with its own scratch arrays and counters, for scoring on another thread. */
    private SignalIndex(SignalIndex of) {
        this.signals = of.signals;
        this.order = of.order;
        this.words = of.words;
        this.weights = of.weights;
        this.byIdea = of.byIdea;
        this.byWord = of.byWord;
        this.byWordWeight = of.byWordWeight;
        this.most = of.most;
        this.unitWeight = new double[of.unitWeight.length];
        this.unitWords = new int[of.unitWords.length];
        this.candidate = new boolean[of.candidate.length];
        this.candidates = new int[of.candidates.length];
    }

    /**
     * The same index for another thread: the signals and lists are shared (never written after the constructor), the
     * arrays reused from one post to the next and the counters are its own. One view per thread.
     */
    SignalIndex view() { return new SignalIndex(this); }

    /** Sorts one list by weight, the largest first, ties by signal (index order); the live index sorts its lists the same way. */
    static void sortByWeight(int[] ids, double[] ws) {
        Integer[] idx = new Integer[ids.length];
        for (int j = 0; j < idx.length; j++) idx[j] = j;
        Arrays.sort(idx, (a, b) -> ws[a] != ws[b] ? Double.compare(ws[b], ws[a]) : Integer.compare(ids[a], ids[b]));
        int[] i2 = new int[ids.length];
        double[] w2 = new double[ws.length];
        for (int j = 0; j < idx.length; j++) {
            i2[j] = ids[idx[j]];
            w2[j] = ws[idx[j]];
        }
        System.arraycopy(i2, 0, ids, 0, ids.length);
        System.arraycopy(w2, 0, ws, 0, ws.length);
    }

    boolean isEmpty() { return signals.isEmpty(); }

    long checked() { return checked; }

    long visited() { return visited; }

    long exact() { return exact; }

    /**
     * Whether the post or response has at least {@value Similarity#MIN_SHARED} words that some signal has: if not,
     * it links to none, and its ideas need not be read (an added digest's few signals against every post).
     */
    boolean mayLink(TermVector unit) {
        return Similarity.mayShare(unit, order::containsKey);
    }

    /**
     * The signals the post or response links to at the threshold, in index order (the order of the signals given),
     * each with its score.
     */
    List<Match> linked(TermVector unit, Set<String> unitIdeas, BigDecimal threshold) {
        return linked(unit, unitIdeas, threshold, Integer.MAX_VALUE);
    }

    /**
     * The signals the post or response links to at the threshold among which are its {@code strongest} strongest links
     * (by score, then by signal IRI, as a post or response keeps them), in index order, each with its score: every
     * link when {@code strongest} is {@link Integer#MAX_VALUE}, else at least those, and possibly some weaker ones.
     *
     * <p>Exact top-k retrieval with score bounds over weight-ordered lists (the threshold algorithm of Fagin, Lotem and
     * Naor, PODS 2001, walked score-at-a-time as Anh and Moffat walk impact-ordered indexes): the signals sharing an
     * idea are checked first (no cosine bounds them); then the post's words' lists are walked together, always one step
     * in the list whose next signal adds most to a cosine ({@code u × w}, the post's weight times the signal's). A
     * signal met in none of the lists so far has, in each list, a weight at most that of the list's next signal, so
     * its cosine is at most the sum of {@code u × w} over the lists' heads, and at most the length of the post's words
     * whose lists are not finished (Cauchy-Schwarz). Once that bound is below what a signal needs, at the threshold or
     * to reach the weakest of the {@code strongest} scores found so far (rounding included: a tie on the rounded score
     * can still win by the IRI), no signal left can enter, and the walk stops. Every signal met is checked exactly. So
     * the kept links and their order are exactly those of scoring every pair; the strongest are met first, and the walk
     * ends after the few heavy weights of each list instead of at the end of the lists.
     */
    List<Match> linked(TermVector unit, Set<String> unitIdeas, BigDecimal threshold, int strongest) {
        double floor = floor(threshold);
        double least = wordsCosine(threshold);

        // the post's words that some signal has, with their weights divided by the post's whole length
        int m = 0;
        for (Map.Entry<String, Double> e : unit.weights().entrySet()) {
            Integer id = order.get(e.getKey());
            if (id == null) continue;
            unitWeight[id] = e.getValue() / unit.norm();
            unitWords[m++] = id;
        }
        // deterministic whatever the map's order: the heap below breaks ties of u × w by this order
        Arrays.sort(unitWords, 0, m);

        List<Match> out = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int count = 0;
        // the strongest scores found so far, the weakest of them first: a candidate that cannot reach it is not scored
        java.util.PriorityQueue<BigDecimal> kept = new java.util.PriorityQueue<>();
        double weakest = Double.NEGATIVE_INFINITY;
        // first the signals that share an idea: they can link on few words, so no cosine bounds them
        for (String idea : unitIdeas) {
            int[] list = byIdea.get(idea);
            if (list == null) continue;
            for (int i : list) {
                if (candidate[i]) continue;
                candidate[i] = true;
                candidates[count++] = i;
                checked++;
                Match match = check(i, unit, unitIdeas, true, threshold, floor, weakest);
                if (match != null) weakest = keep(match, i, out, at, kept, strongest, weakest);
            }
        }
        // the lists' heads: position and u × w of the next signal; a heap of the lists by that, the largest first
        Heads heads = new Heads(m);
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < m; k++) {
            int word = unitWords[k];
            double u = unitWeight[word];
            heads.add(k, u * byWordWeight[word][0]);
            sum += u * byWordWeight[word][0];
            squares += u * u;
        }
        double needed = needed(least, weakest);
        while (!heads.isEmpty()) {
            // what a signal met in no list so far can reach; the sum is recomputed now and then, not only updated
            if (needed > 0 && Math.min(sum, Math.sqrt(Math.max(0, squares))) < needed - SLACK) break;
            int k = heads.top();
            int word = unitWords[k];
            double u = unitWeight[word];
            int pos = heads.position(k);
            int i = byWord[word][pos];
            visited++;
            double before = heads.value(k);
            if (pos + 1 < byWord[word].length) {
                double next = u * byWordWeight[word][pos + 1];
                heads.advance(next);
                sum += next - before;
            } else {
                heads.pop();
                sum -= before;
                squares -= u * u;
            }
            if ((visited & 1023) == 0) sum = heads.sum();
            if (candidate[i]) continue;
            candidate[i] = true;
            candidates[count++] = i;
            checked++;
            // it shares no idea: those were all checked above
            Match match = check(i, unit, unitIdeas, false, threshold, floor, weakest);
            if (match != null) {
                weakest = keep(match, i, out, at, kept, strongest, weakest);
                needed = needed(least, weakest);
            }
        }
        for (int j = 0; j < count; j++) candidate[candidates[j]] = false;
        for (int k = 0; k < m; k++) unitWeight[unitWords[k]] = 0;
        Integer[] byIndex = new Integer[out.size()];
        for (int k = 0; k < byIndex.length; k++) byIndex[k] = k;
        Arrays.sort(byIndex, Comparator.comparingInt(at::get));
        List<Match> sorted = new ArrayList<>(out.size());
        for (int k : byIndex) sorted.add(out.get(k));
        return sorted;
    }

    /**
     * The heads of one post's word lists: for each list its next position and the {@code u × w} of the signal there,
     * in a binary heap by that value (the largest first, ties by the list's number), so each step costs log(words).
     */
    static final class Heads {
        private final int[] heap;
        private final int[] position;
        private final double[] value;
        private int size;

        Heads(int lists) {
            heap = new int[lists];
            position = new int[lists];
            value = new double[lists];
        }

        void add(int list, double v) {
            value[list] = v;
            position[list] = 0;
            heap[size] = list;
            up(size++);
        }

        boolean isEmpty() { return size == 0; }

        int top() { return heap[0]; }

        int position(int list) { return position[list]; }

        double value(int list) { return value[list]; }

        /** The top list moves one step on, where the next signal adds {@code v}. */
        void advance(double v) {
            int list = heap[0];
            position[list]++;
            value[list] = v;
            down(0);
        }

        /** The top list is finished. */
        void pop() {
            heap[0] = heap[--size];
            if (size > 0) down(0);
        }

        /** The sum of the heads' values, afresh (the running sum drifts by rounding). */
        double sum() {
            double s = 0;
            for (int j = 0; j < size; j++) s += value[heap[j]];
            return s;
        }

        private boolean before(int a, int b) {
            return value[a] > value[b] || (value[a] == value[b] && a < b);
        }

        private void up(int j) {
            while (j > 0) {
                int parent = (j - 1) / 2;
                if (!before(heap[j], heap[parent])) return;
                swap(j, parent);
                j = parent;
            }
        }

        private void down(int j) {
            while (true) {
                int l = 2 * j + 1;
                if (l >= size) return;
                int c = l + 1 < size && before(heap[l + 1], heap[l]) ? l + 1 : l;
                if (!before(heap[c], heap[j])) return;
                swap(j, c);
                j = c;
            }
        }

        private void swap(int a, int b) {
            int t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }

    /** Adds a link found; returns the weakest of the {@code strongest} scores kept once there are that many. */
    private static double keep(Match match, int i, List<Match> out, List<Integer> at, java.util.PriorityQueue<BigDecimal> kept,
            int strongest, double weakest) {
        out.add(match);
        at.add(i);
        if (strongest == Integer.MAX_VALUE) return weakest;
        kept.add(match.score().value());
        if (kept.size() > strongest) kept.poll();
        return kept.size() == strongest ? kept.peek().doubleValue() : weakest;
    }

    /**
     * The cosine a signal that shares no idea needs: the threshold's, and once the strongest are found, enough for its
     * raw score ({@code 0.75 × cosine}) to round to at least the weakest of them (a tie can win by the IRI).
     */
    private static double needed(double least, double weakest) {
        double toWeakest = (weakest - ROUNDING - SLACK) / (1 - Similarity.IDEAS_WEIGHT);
        return Math.max(least, toWeakest);
    }

    /**
     * The exact score of one candidate, if it links and can be among the strongest: its cosine, shared words and shared
     * ideas summed first, so most are not scored. {@code weakest}: the weakest of the strongest scores found so far; a
     * candidate whose raw score rounds below it can neither displace nor tie them.
     */
    private Match check(int i, TermVector unit, Set<String> unitIdeas, boolean sharesIdea, BigDecimal threshold, double floor, double weakest) {
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
        if (common < Similarity.MIN_SHARED) return null;
        SignalDiscussions.SignalText s = signals.get(i);
        double cos = Math.min(1, dot);
        // the shared ideas are counted only for a signal found through them (walking the ideas' sets of every candidate
        // was once most of this step's time)
        int shared = sharesIdea ? sharedIdeas(s.ideas(), unitIdeas) : 0;
        double raw = Similarity.combine(cos, shared);
        if (raw < floor || raw + ROUNDING + SLACK < weakest) return null;
        exact++;
        Similarity.Score score = Similarity.score(s.vector(), s.ideas(), unit, unitIdeas);
        return score.links(threshold) ? new Match(s, score) : null;
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

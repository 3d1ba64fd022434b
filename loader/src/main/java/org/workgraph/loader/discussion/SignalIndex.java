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
 * rounding of the score's third place): about 0.2. The bound is the one of all-pairs similarity search (Bayardo, Ma
 * and Srikant, "Scaling up all pairs similarity search", WWW 2007): with both vectors divided by their lengths, the
 * cosine is the sum over the shared words of the two weights, and a word's weight in any signal is at most its
 * largest weight among the signals ({@code most}). Take the post's words in the index's order (the words fewest
 * signals have first) and leave at the end (its <em>tail</em>) as many as keep the sum of the post's weight times
 * {@code most} below {@code t}: a signal that shares none of the other words (the <em>prefix</em>) has a cosine below
 * {@code t}. So only the signals of the prefix's words are candidates. The tail holds the common words, those most
 * signals have and that weigh little in each: on text written from one vocabulary, the long lists.
 *
 * <p>A pair that shares an idea needs less of its words (with one shared idea a cosine of about 0.03, with two none),
 * so those pairs are found by a second index, idea → signals. Each candidate's exact cosine and shared words are
 * summed over the signal's words (a dense array of the post's weights, no hashing), and only the candidates that can
 * reach the threshold are scored by {@link Similarity#score}, so the scores stated are computed exactly as before,
 * word order and rounding included.
 *
 * <p>That alone is not enough where many pairs do reach the threshold: on generated text, written from one
 * vocabulary, a post is above it with dozens of signals (at 1,000 documents, 85 on average), and keeps only its
 * {@link SignalDiscussions#PER_UNIT} strongest. So the strongest are looked for first at higher cosines, where the
 * prefix is short ({@link #linked(TermVector, Set, BigDecimal, int)}), and the search stops as soon as no pair left
 * unchecked can displace them.
 *
 * <p>Not thread-safe: the per-signal and per-word arrays are reused from one post or response to the next (one build
 * scores tens of thousands of them, and fresh arrays each time would be most of its garbage).
 */
final class SignalIndex {
    /** The score is rounded half up to three places, so a raw value this far below the threshold can still reach it. */
    static final double ROUNDING = 0.0005;
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
    /**
     * The cosines at which a post's strongest links are looked for before the threshold's: each pass checks the
     * signals of the post's prefix at that cosine. The post's strongest links score about 0.2-0.4 on generated text.
     */
    private static final double[] LEVELS = {0.6, 0.45, 0.35, 0.27};
    /** Word position → the signals that have the word, in index order. */
    private final int[][] byWord;
    /** Word position → its largest weight in a signal (weights divided by the signal's length). */
    private final double[] most;
    /** How many pairs {@link #linked} has checked so far: what the filter leaves of posts × signals (for tests and measures). */
    private long checked;
    /** How many posting-list entries (word → signal) {@link #linked} has visited so far: the walk's own cost. */
    private long visited;

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
        for (int w = 0; w < sizes.length; w++) byWord[w] = new int[sizes[w]];
        int[] filled = new int[sizes.length];
        for (int i = 0; i < n; i++) for (int w : words[i]) byWord[w][filled[w]++] = i;
        this.byIdea = new HashMap<>();
        ideas.forEach((idea, list) -> byIdea.put(idea, list.stream().mapToInt(Integer::intValue).toArray()));
        this.unitWeight = new double[vocabulary.size()];
        this.unitWords = new int[vocabulary.size()];
        this.candidate = new boolean[n];
        this.candidates = new int[n];
    }

    boolean isEmpty() { return signals.isEmpty(); }

    long checked() { return checked; }

    long visited() { return visited; }

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
        return linked(unit, unitIdeas, threshold, Integer.MAX_VALUE);
    }

    /**
     * The signals the post or response links to at the threshold among which are its {@code strongest} strongest links
     * (by score, then by signal IRI, as a post or response keeps them), in index order, each with its score: every
     * link when {@code strongest} is {@link Integer#MAX_VALUE}, else at least those, and possibly some weaker ones.
     *
     * <p>The strongest are looked for first at cosines far above the threshold's ({@link #LEVELS}): after the signals
     * of the post's prefix at cosine {@code c} and those sharing an idea are checked, any other pair scores
     * below {@code 0.75 × c}; once {@code strongest} links score above that (rounding included), no other pair can
     * displace or tie them, and the rest is not looked at. On text where a post is close to dozens of signals (every
     * generated post and digest draws on one vocabulary), that stops long before the threshold's cosine.
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
        Arrays.sort(unitWords, 0, m);
        // tails[k]: the most the post's words from k on can add to a cosine (its weight times the word's largest in a signal)
        double[] tails = new double[m + 1];
        for (int k = m - 1; k >= 0; k--) tails[k] = tails[k + 1] + unitWeight[unitWords[k]] * most[unitWords[k]];

        List<Match> out = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int count = 0;
        // first the signals that share an idea: they can link on few words, so no cosine bounds them
        for (String idea : unitIdeas) {
            int[] list = byIdea.get(idea);
            if (list != null) for (int i : list) if (!candidate[i]) { candidate[i] = true; candidates[count++] = i; }
        }
        int done = 0;
        int walked = 0;
        // the strongest scores found so far, the weakest of them first: a candidate that cannot reach it is not scored
        java.util.PriorityQueue<BigDecimal> kept = new java.util.PriorityQueue<>();
        double weakest = Double.NEGATIVE_INFINITY;
        for (int level = 0; ; level++) {
            boolean last = strongest == Integer.MAX_VALUE || level == LEVELS.length || LEVELS[level] <= least;
            double cosine = last ? least : LEVELS[level];
            // the post's prefix: its words in index order up to where those left cannot add up to the cosine
            for (; walked < m && (tails[walked] >= cosine - SLACK || cosine == 0); walked++) {
                visited += byWord[unitWords[walked]].length;
                for (int i : byWord[unitWords[walked]]) if (!candidate[i]) { candidate[i] = true; candidates[count++] = i; }
            }
            for (; done < count; done++) {
                Match match = check(candidates[done], unit, unitIdeas, threshold, floor, weakest);
                if (match != null) {
                    out.add(match);
                    at.add(candidates[done]);
                    if (strongest != Integer.MAX_VALUE) {
                        kept.add(match.score().value());
                        if (kept.size() > strongest) kept.poll();
                        if (kept.size() == strongest) weakest = kept.peek().doubleValue();
                    }
                }
            }
            if (last) break;
            // any pair not checked yet shares no idea and has a cosine below this level's
            double above = (1 - Similarity.IDEAS_WEIGHT) * cosine + ROUNDING + SLACK;
            if (out.stream().filter(x -> x.score().value().doubleValue() > above).count() >= strongest) break;
        }
        checked += count;
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
     * The exact score of one candidate, if it links and can be among the strongest: its cosine, shared words and shared
     * ideas summed first, so most are not scored. {@code weakest}: the weakest of the strongest scores found so far; a
     * candidate whose raw score rounds below it can neither displace nor tie them.
     */
    private Match check(int i, TermVector unit, Set<String> unitIdeas, BigDecimal threshold, double floor, double weakest) {
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
        // the ideas are counted only when the words alone fall short and all the signal's ideas would not
        if (Similarity.combine(cos, 0) < floor
                && (Similarity.combine(cos, s.ideas().size()) < floor || Similarity.combine(cos, sharedIdeas(s.ideas(), unitIdeas)) < floor)) return null;
        if (Similarity.combine(cos, sharedIdeas(s.ideas(), unitIdeas)) + ROUNDING + SLACK < weakest) return null;
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

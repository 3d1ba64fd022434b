package org.workgraph.loader.discussion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How close a post or response is to a digest signal, and whether that is close enough to say it discusses it.
 *
 * <p>Two parts. The words: the cosine of the two texts' weighted words ({@link TermVector}: tf × corpus idf), so
 * sharing a word the whole corpus uses counts for little and sharing a rare one for much. The ideas: how many of the
 * signal's ideas (the ideas of its digest that its own words name) the post or response is linked to, counting in
 * full from {@value #IDEAS_FULL}. The score is {@code (1 - w) × words + w × ideas} with {@code w} =
 * {@value #IDEAS_WEIGHT}, from 0 to 1, rounded to three places (so a rebuild and an update, which sum the same
 * numbers, state the same score). A link needs the threshold and at least {@value #MIN_SHARED} shared words:
 * one word in common, however rare, is a coincidence of vocabulary, not a discussion.
 *
 * <p>The threshold and weights were chosen on the gold set of {@code data/discussions} (see docs/extraction.md).
 */
public final class Similarity {
    static final double IDEAS_WEIGHT = 0.25;
    static final int IDEAS_FULL = 2;
    static final int MIN_SHARED = 2;

    /**
     * Whether the post or response has at least {@value #MIN_SHARED} words {@code known} to some signal: if not, it links
     * to none, and its ideas need not be read. The one test both signal indexes (built and live) make.
     */
    static boolean mayShare(TermVector unit, java.util.function.Predicate<String> known) {
        int found = 0;
        for (String w : unit.weights().keySet()) if (known.test(w) && ++found >= MIN_SHARED) return true;
        return false;
    }
    /** The lowest score stated as a link. */
    public static final BigDecimal THRESHOLD = new BigDecimal("0.150");

    /**
     * Words (as {@link Words} keys them: lower case, singular) too thin to make two texts about one thing on their own:
     * numbers, dates and units of time, and the general nouns and verbs any comment thread on work uses. They still
     * weigh in the cosine; a link only needs one shared word beyond them, or a shared idea. (The real-page check of
     * session 5, docs/extraction.md: every false link rested on such words alone.)
     */
    static final Set<String> THIN = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "hundred", "thousand", "million", "first", "second", "third", "fourth", "fifth", "half", "dozen", "couple",
            "day", "week", "month", "year", "hour", "minute", "time", "today", "yesterday", "tomorrow", "morning", "night",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december",
            "work", "working", "job", "company", "people", "person", "thing", "way", "lot", "kind", "part", "place", "point",
            "fact", "case", "example", "reason", "problem", "question", "idea", "number", "exception", "offer", "tool",
            "make", "made", "get", "got", "take", "give", "find", "found", "come", "go", "use", "used", "need", "want",
            "know", "think", "say", "said", "see", "look", "keep", "put", "build", "built", "based", "together", "likely",
            "good", "great", "new", "old", "big", "small", "long", "real", "better", "best", "sure", "different", "same");

    private Similarity() {}

    /**
     * A pair's score.
     *
     * @param words   the words part, 0 to 1
     * @param shared  the shared words, the one that adds most to the words part first
     * @param ideas   the signal's ideas the post or response is linked to, in IRI order
     * @param value   the combined score, three places
     */
    public record Score(double words, List<String> shared, List<String> ideas, BigDecimal value) {
        public Score {
            shared = List.copyOf(shared);
            ideas = List.copyOf(ideas);
        }

        /** Whether the score is enough to state that the post or response discusses the signal. */
        public boolean links() { return links(THRESHOLD); }

        /**
         * The same with another threshold (choosing one: see the gold test). Besides the score, a link needs a word of
         * content in common (not a number, a date or a word every comment thread uses: {@link #THIN}) or a shared idea:
         * on real pages, two texts that share only "two" and "week" or "built" and "tool" are not about the same thing.
         */
        public boolean links(BigDecimal threshold) {
            return shared.size() >= MIN_SHARED && value.compareTo(threshold) >= 0
                    && (!ideas.isEmpty() || shared.stream().anyMatch(w -> !THIN.contains(w)));
        }
    }

    /**
     * Scores a post or response against a signal.
     *
     * @param signalIdeas the signal's ideas (IRIs)
     * @param unitIdeas   the ideas the post or response is linked to (IRIs)
     */
    public static Score score(TermVector signal, Set<String> signalIdeas, TermVector unit, Set<String> unitIdeas) {
        List<Map.Entry<String, Double>> products = new ArrayList<>();
        double dot = 0;
        for (Map.Entry<String, Double> e : signal.weights().entrySet()) {
            Double u = unit.weights().get(e.getKey());
            if (u == null) continue;
            double p = e.getValue() * u;
            products.add(Map.entry(e.getKey(), p));
            dot += p;
        }
        double words = signal.norm() == 0 || unit.norm() == 0 ? 0 : Math.min(1, dot / (signal.norm() * unit.norm()));
        products.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        TreeSet<String> ideas = new TreeSet<>(signalIdeas);
        ideas.retainAll(unitIdeas);
        double value = combine(words, ideas.size());
        return new Score(words, products.stream().map(Map.Entry::getKey).toList(), List.copyOf(ideas),
                BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP));
    }

    /** The combined score of a words part and a number of shared ideas. */
    static double combine(double words, int sharedIdeas) {
        double ideas = Math.min(1.0, (double) sharedIdeas / IDEAS_FULL);
        return (1 - IDEAS_WEIGHT) * words + IDEAS_WEIGHT * ideas;
    }
}

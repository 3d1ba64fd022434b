package org.workgraph.loader.discussion;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words, their weights and the score that decides a {@code wg:discusses} link, without a store. */
class SimilarityTest {
    /** Weights as a corpus of 100 documents would give them: "work" is everywhere, "heat" and "pause" are rare. */
    private static final Map<String, Integer> DF = Map.of("work", 90, "worker", 80, "heat", 3, "pause", 2, "crew", 10,
            "night", 5, "shift", 6, "interview", 4, "video", 4, "garden", 2);
    private static final ToDoubleFunction<String> IDF = w -> DF.containsKey(w) ? Math.log(101.0 / DF.get(w)) : 0;

    private static TermVector vector(String text) { return TermVector.of(Words.of(text), IDF); }

    @Test
    void wordsAreCountedAsTheStatisticsCountThemAndQuotedAsWritten() {
        String text = "The Heat pauses stopped the crews' work.";
        List<Words.Word> words = Words.of(text);
        assertEquals(List.of("heat", "pause", "stopped", "crew", "work"), words.stream().map(Words.Word::key).toList());
        Words.Word crews = words.get(3);
        assertEquals("crews", text.substring(crews.start(), crews.end()));
        assertEquals("Heat", words.get(0).surface());
    }

    @Test
    void uncountedWordsWeighNothingAndRepeatsWeighLessThanTheirCount() {
        TermVector v = vector("heat heat heat pause stopped");
        assertFalse(v.weights().containsKey("stopped"), "a word the statistics do not count is left out");
        double once = IDF.applyAsDouble("heat");
        assertEquals((1 + Math.log(3)) * once, v.weights().get("heat"), 1e-9);
        assertEquals(Set.of("heat", "pause"), v.first().keySet());
    }

    @Test
    void theSameTextScoresOneOnWords() {
        TermVector a = vector("Mandatory heat pauses for outdoor crews");
        Similarity.Score s = Similarity.score(a, Set.of(), a, Set.of());
        assertEquals(1.0, s.words(), 1e-9);
        assertEquals(Similarity.combine(1.0, 0), s.value().doubleValue(), 0.001);
    }

    @Test
    void sharingRareWordsScoresFarAboveSharingCommonOnes() {
        TermVector signal = vector("Heat pauses for work crews");
        Similarity.Score rare = Similarity.score(signal, Set.of(), vector("The heat pause came at noon"), Set.of());
        Similarity.Score common = Similarity.score(signal, Set.of(), vector("Work and workers, work and more work"), Set.of());
        assertTrue(rare.words() > 10 * common.words(), rare.words() + " vs " + common.words());
        assertEquals(List.of("pause", "heat"), rare.shared(), "the shared words, the one that adds most first");
    }

    @Test
    void sharedIdeasRaiseTheScoreUpToTheirFullWeight() {
        TermVector signal = vector("Night shifts for crews");
        TermVector unit = vector("Our crews moved to night shifts");
        double none = Similarity.score(signal, Set.of("i:night-shift", "i:crew"), unit, Set.of()).value().doubleValue();
        double one = Similarity.score(signal, Set.of("i:night-shift", "i:crew"), unit, Set.of("i:night-shift")).value().doubleValue();
        double two = Similarity.score(signal, Set.of("i:night-shift", "i:crew"), unit, Set.of("i:night-shift", "i:crew", "i:other")).value().doubleValue();
        assertEquals(Similarity.IDEAS_WEIGHT / 2, one - none, 0.002);
        assertEquals(Similarity.IDEAS_WEIGHT, two - none, 0.002);
        assertTrue(two <= 1.0);
    }

    @ParameterizedTest(name = "words {0}, ideas {1} -> {2}")
    @CsvSource({"0.0, 0, 0.0", "1.0, 0, 0.75", "0.0, 1, 0.125", "0.0, 2, 0.25", "0.0, 5, 0.25", "1.0, 3, 1.0", "0.2, 0, 0.15"})
    void theCombinedScoreStaysBetweenZeroAndOne(double words, int ideas, double expected) {
        assertEquals(expected, Similarity.combine(words, ideas), 1e-9);
    }

    @Test
    void aLinkNeedsTheThresholdAndTwoSharedWords() {
        BigDecimal t = Similarity.THRESHOLD;
        Similarity.Score at = new Similarity.Score(0.2, List.of("heat", "pause"), List.of(), t);
        Similarity.Score below = new Similarity.Score(0.2, List.of("heat", "pause"), List.of(), t.subtract(new BigDecimal("0.001")));
        Similarity.Score oneWord = new Similarity.Score(0.9, List.of("heat"), List.of(), new BigDecimal("0.900"));
        assertTrue(at.links(), "the threshold itself links");
        assertFalse(below.links());
        assertFalse(oneWord.links(), "one shared word, however rare, is a coincidence of vocabulary");
        assertTrue(below.links(t.subtract(new BigDecimal("0.010"))), "another threshold can be given");
    }

    @Test
    void nothingInCommonScoresZero() {
        Similarity.Score s = Similarity.score(vector("Garden office"), Set.of(), vector("Video interview"), Set.of());
        assertEquals(0, s.value().signum());
        assertTrue(s.shared().isEmpty());
        assertFalse(s.links());
    }

    /** Above the threshold, a link still needs one shared word of content or a shared idea, not numbers and thread words alone. */
    @ParameterizedTest(name = "{0} (ideas: {1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "two week       |        | false",
            "two five       |        | false",
            "built tool     |        | false",
            "exception company |     | false",
            "july job       |        | false",
            "two virus      |        | true",
            "child work     |        | true",
            "built tool     | ai-app | true"})
    void aLinkNeedsAWordOfContentOrAnIdea(String shared, String idea, boolean links) {
        Similarity.Score score = new Similarity.Score(0.3, List.of(shared.split(" ")), idea == null ? List.of() : List.of(idea),
                new BigDecimal("0.225"));
        assertEquals(links, score.links());
    }
}

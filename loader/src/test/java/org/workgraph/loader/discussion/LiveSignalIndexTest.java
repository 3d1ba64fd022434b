package org.workgraph.loader.discussion;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lists kept between live updates give a post's strongest links exactly as a fresh index of every signal weighed at
 * the present statistics does, after the statistics have moved since the lists were built (idf up and down, words
 * gaining and losing their count) and signals have gone.
 */
class LiveSignalIndexTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void theKeptListsGiveTheStrongestLinksOfAFreshIndexAfterTheStatisticsMoved(long seed) {
        Random random = new Random(seed);
        int vocabulary = 1500;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < vocabulary; i++) words.add("w" + i);
        List<String> ideaPool = List.of("urn:idea:a", "urn:idea:b", "urn:idea:c", "urn:idea:d");
        // the statistics the lists are built at: a common word weighs little, a rare one much; a few words uncounted
        Map<String, Double> built = new HashMap<>();
        for (int i = 0; i < vocabulary; i++) built.put(words.get(i), random.nextInt(20) == 0 ? 0.0 : Math.log((vocabulary + 1.0) / (i + 1)));
        List<SignalDiscussions.SignalWords> signals = new ArrayList<>();
        for (int s = 0; s < 500; s++) {
            int size = 3 + random.nextInt(20);
            List<String> keys = new ArrayList<>();
            while (keys.size() < size) {
                String w = words.get(skewed(random, vocabulary));
                if (!keys.contains(w)) keys.add(w);
            }
            int[] counts = keys.stream().mapToInt(k -> 1 + (random.nextInt(5) == 0 ? random.nextInt(4) : 0)).toArray();
            Set<String> ideas = random.nextInt(4) == 0 ? Set.of(ideaPool.get(random.nextInt(ideaPool.size()))) : Set.of();
            String name = String.format("s%04d", s);
            signals.add(new SignalDiscussions.SignalWords(NodeFactory.createURI("urn:signal:" + name), NodeFactory.createURI("urn:g:" + name),
                    name, keys.toArray(new String[0]), counts, ideas));
        }
        LiveSignalIndex live = new LiveSignalIndex(signals, built::get);
        // some signals go; the statistics move: each idf by up to a tenth either way, some words lose or gain their count
        List<SignalDiscussions.SignalWords> kept = new ArrayList<>();
        for (SignalDiscussions.SignalWords s : signals) {
            if (random.nextInt(10) == 0) live.remove(s);
            else kept.add(s);
        }
        Map<String, Double> present = new HashMap<>();
        built.forEach((w, x) -> present.put(w, random.nextInt(50) == 0 ? (x == 0 ? 1.0 + random.nextDouble() : 0.0)
                : x * (0.9 + 0.2 * random.nextDouble())));
        ToDoubleFunction<String> idf = present::get;
        live.at(idf);
        List<SignalDiscussions.SignalText> weighed = new ArrayList<>();
        for (SignalDiscussions.SignalWords s : kept) {
            TermVector v = TermVector.of(s.keys(), s.counts(), idf);
            if (!v.isEmpty()) weighed.add(new SignalDiscussions.SignalText(s.node(), s.graph(), s.label(), v, s.ideas()));
        }
        SignalIndex fresh = new SignalIndex(weighed);
        java.util.function.Function<SignalDiscussions.SignalWords, SignalDiscussions.SignalText> text =
                s -> new SignalDiscussions.SignalText(s.node(), s.graph(), s.label(), TermVector.of(s.keys(), s.counts(), idf), s.ideas());
        int compared = 0;
        for (int u = 0; u < 300; u++) {
            // a post takes up some of one signal's words, and some of its own
            Map<String, Double> weights = new HashMap<>();
            SignalDiscussions.SignalWords about = kept.get(random.nextInt(kept.size()));
            for (String k : about.keys()) if (random.nextBoolean()) weights.put(k, (1 + random.nextInt(2)) * present.get(k));
            for (int k = 0; k < 2 + random.nextInt(12); k++) {
                String w = words.get(skewed(random, vocabulary));
                weights.put(w, (1 + random.nextInt(2)) * present.get(w));
            }
            weights.values().removeIf(x -> x <= 0);
            TermVector post = new TermVector(weights, Map.of(), Math.sqrt(weights.values().stream().mapToDouble(x -> x * x).sum()));
            if (post.isEmpty()) continue;
            Set<String> ideas = random.nextInt(3) == 0 ? Set.of(ideaPool.get(random.nextInt(ideaPool.size()))) : Set.of();
            for (String t : List.of("0.050", "0.150")) {
                BigDecimal threshold = new BigDecimal(t);
                List<SignalIndex.Match> every = fresh.linkedScoringEveryPair(post, ideas, threshold);
                for (int k : List.of(1, 4)) {
                    List<SignalIndex.Match> found = live.mayLink(post) ? live.linked(post, ideas, threshold, k, text) : List.of();
                    assertEquals(strongest(every, k), strongest(found, k), "post " + u + " at " + t + ", k " + k);
                    if (every.size() > k) compared++;
                }
            }
        }
        assertTrue(compared > 200, "too few posts with more links than kept to prove anything: " + compared);
    }

    /** Word i drawn about 1/(i+1) as often as word 0. */
    private static int skewed(Random random, int vocabulary) {
        return Math.min((int) Math.floor(Math.exp(random.nextDouble() * Math.log(vocabulary + 1))) - 1, vocabulary - 1);
    }

    private static List<String> strongest(List<SignalIndex.Match> matches, int n) {
        return matches.stream().sorted(Comparator.comparing((SignalIndex.Match m) -> m.score().value()).reversed()
                .thenComparing(m -> m.signal().node().getURI())).limit(n).map(m -> m.signal().label() + "=" + m.score().value()).toList();
    }
}

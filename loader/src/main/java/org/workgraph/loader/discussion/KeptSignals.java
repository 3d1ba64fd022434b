package org.workgraph.loader.discussion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every signal's counted words, kept between updates by a long-running process ({@link SignalDiscussions}), in index
 * order, with word → the signals that have it and idea → the signals that have it. The lists let an update find the
 * signals a changed post or response could discuss without weighing every signal by the present statistics
 * ({@link #candidates}): weighing all of them costs hundreds of milliseconds at 20,000 signals, and every update would
 * pay it, since the weights move with every document.
 */
final class KeptSignals {
    private final TreeMap<String, SignalDiscussions.SignalWords> byOrder = new TreeMap<>();
    private final Map<String, Set<SignalDiscussions.SignalWords>> byWord = new HashMap<>();
    private final Map<String, Set<SignalDiscussions.SignalWords>> byIdea = new HashMap<>();

    void add(SignalDiscussions.SignalWords s) {
        SignalDiscussions.SignalWords old = byOrder.put(s.order(), s);
        if (old != null) unlist(old);
        for (String k : s.keys()) byWord.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s);
        for (String idea : s.ideas()) byIdea.computeIfAbsent(idea, x -> new LinkedHashSet<>()).add(s);
    }

    void removeIf(Predicate<SignalDiscussions.SignalWords> which) {
        List<SignalDiscussions.SignalWords> gone = byOrder.values().stream().filter(which).toList();
        for (SignalDiscussions.SignalWords s : gone) {
            byOrder.remove(s.order());
            unlist(s);
        }
    }

    private void unlist(SignalDiscussions.SignalWords s) {
        for (String k : s.keys()) remove(byWord, k, s);
        for (String idea : s.ideas()) remove(byIdea, idea, s);
    }

    private static void remove(Map<String, Set<SignalDiscussions.SignalWords>> lists, String key, SignalDiscussions.SignalWords s) {
        Set<SignalDiscussions.SignalWords> list = lists.get(key);
        if (list == null) return;
        list.remove(s);
        if (list.isEmpty()) lists.remove(key);
    }

    /** Every signal, in index order. */
    Collection<SignalDiscussions.SignalWords> all() { return byOrder.values(); }

    /**
     * The signals that a post or response with these weighted words and ideas could link to at a threshold whose
     * words-alone cosine is {@code cosine} ({@link SignalIndex#wordsCosine}), in index order; every other signal is
     * below the threshold. The post's words are split as prefix filtering splits them (Bayardo, Ma and Srikant, WWW 2007): a tail
     * of the words most signals have, as long as it weighs less than the cosine; a signal that shares none of the
     * other words has a cosine below the tail's weight (Cauchy-Schwarz), so it could only link through a shared idea,
     * and those are found by the idea.
     */
    List<SignalDiscussions.SignalWords> candidates(TermVector unit, Set<String> ideas, double cosine) {
        List<String> words = new ArrayList<>(unit.weights().keySet());
        words.removeIf(w -> !byWord.containsKey(w));
        words.sort(Comparator.comparingInt((String w) -> byWord.get(w).size()).reversed().thenComparing(Comparator.naturalOrder()));
        // the words left of the whole post weigh at most its length; the tail is what they may leave out
        double tail = 0;
        int k = 0;
        if (cosine > 0) {
            for (; k < words.size(); k++) {
                double x = unit.weights().get(words.get(k)) / unit.norm();
                if (tail + x * x >= cosine * cosine) break;
                tail += x * x;
            }
        }
        Set<SignalDiscussions.SignalWords> found = new java.util.HashSet<>();
        for (; k < words.size(); k++) found.addAll(byWord.get(words.get(k)));
        for (String idea : ideas) found.addAll(byIdea.getOrDefault(idea, Set.of()));
        List<SignalDiscussions.SignalWords> out = new ArrayList<>(found);
        out.sort(Comparator.comparing(SignalDiscussions.SignalWords::order));
        return out;
    }
}

package org.workgraph.loader.discussion;

import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every signal's counted words, kept between updates by a long-running process ({@link SignalDiscussions}), in index
 * order: what an update needs of the signals it does not change, without reading them from the store again. Which
 * signals a changed post or response may discuss is found in the weight-ordered lists built from them
 * ({@link LiveSignalIndex}), which also outlive an update.
 */
final class KeptSignals {
    private final TreeMap<String, SignalDiscussions.SignalWords> byOrder = new TreeMap<>();

    /** Keeps a signal; returns the one it replaces (the same IRI in the same graph), or null. */
    SignalDiscussions.SignalWords add(SignalDiscussions.SignalWords s) {
        return byOrder.put(s.order(), s);
    }

    /** Forgets the signals that match; returns them. */
    List<SignalDiscussions.SignalWords> removeIf(Predicate<SignalDiscussions.SignalWords> which) {
        List<SignalDiscussions.SignalWords> gone = byOrder.values().stream().filter(which).toList();
        for (SignalDiscussions.SignalWords s : gone) byOrder.remove(s.order());
        return gone;
    }

    /** Every signal, in index order. */
    Collection<SignalDiscussions.SignalWords> all() { return byOrder.values(); }
}

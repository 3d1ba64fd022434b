package org.workgraph.loader.discussion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;

/**
 * Every signal's counted words, kept between updates by a long-running process ({@link SignalDiscussions}), in index
 * order: what an update needs of the signals it does not change, without reading them from the store again. Which
 * signals a changed post or response may discuss is found in the weight-ordered lists built from them
 * ({@link LiveSignalIndex}), which also outlive an update.
 */
final class KeptSignals {
    private final TreeMap<String, SignalDiscussions.SignalWords> byOrder = new TreeMap<>();
    /**
     * Each digest's graph → its signals' index-order keys: so that an update finds its own documents' signals without
     * testing every kept one (about 200,000 at 100,000 documents, twice per update).
     */
    private final Map<Node, List<String>> byGraph = new HashMap<>();

    /** Keeps a signal; returns the one it replaces (the same IRI in the same graph), or null. */
    SignalDiscussions.SignalWords add(SignalDiscussions.SignalWords s) {
        SignalDiscussions.SignalWords old = byOrder.put(s.order(), s);
        if (old == null) byGraph.computeIfAbsent(s.graph(), g -> new ArrayList<>()).add(s.order());
        return old;
    }

    /** Forgets the signals of these graphs; returns them, in index order. */
    List<SignalDiscussions.SignalWords> removeGraphs(Set<Node> graphs) {
        List<SignalDiscussions.SignalWords> gone = ofGraphs(graphs);
        for (SignalDiscussions.SignalWords s : gone) forget(s);
        return gone;
    }

    /** The signals of these graphs, in index order. */
    List<SignalDiscussions.SignalWords> ofGraphs(Set<Node> graphs) {
        List<SignalDiscussions.SignalWords> out = new ArrayList<>();
        for (Node g : graphs) for (String order : byGraph.getOrDefault(g, List.of())) out.add(byOrder.get(order));
        out.sort(Comparator.comparing(SignalDiscussions.SignalWords::order));
        return out;
    }

    private void forget(SignalDiscussions.SignalWords s) {
        byOrder.remove(s.order());
        List<String> own = byGraph.get(s.graph());
        if (own != null) {
            own.remove(s.order());
            if (own.isEmpty()) byGraph.remove(s.graph());
        }
    }

    /** Every signal, in index order. */
    Collection<SignalDiscussions.SignalWords> all() { return byOrder.values(); }
}

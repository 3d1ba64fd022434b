package org.workgraph.loader.discussion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.jena.graph.Node;

/**
 * Every post's and response's counted words, and word → the posts and responses that have it: what a long-running
 * process (the server) keeps between updates so that a digest added live finds the posts and responses that could
 * discuss its signals without reading every one back from the store. Read whole once per process, then changed by
 * each update for just its documents ({@link #remove}, {@link #add}).
 *
 * <p>Each post or response has a slot; a word's posting list holds slots. A removed one's slot is emptied and left in
 * the lists (so a removal costs its own words, not the lists'); when the empty slots outnumber the others the lists
 * are written again without them.
 *
 * <p>Memory: one interned word reference and one count per distinct word of each post or response, and one int per
 * posting and one map entry per post or response (at 10,000 generated documents, about 42,600 posts and responses of some 60 distinct words: about 30 MB),
 * and 68 bytes per post or response for its kept links.
 */
final class UnitWords {
    /** One post's or response's words: keys in the order they first occur, with their counts. */
    record Entry(Node resource, Node graph, String[] keys, int[] counts) {
        static Entry of(SignalDiscussions.Unit unit, Node graph) {
            Map<String, Integer> tf = new LinkedHashMap<>();
            for (Words.Word w : Words.of(unit.text())) tf.merge(w.key(), 1, Integer::sum);
            String[] keys = new String[tf.size()];
            int[] counts = new int[tf.size()];
            int i = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                keys[i] = e.getKey().intern(); // one copy of each word: the corpus's vocabulary is small beside its text
                counts[i++] = e.getValue();
            }
            return new Entry(unit.resource(), graph, keys, counts);
        }
    }

    private final List<Entry> slots = new ArrayList<>();
    private final Map<Node, int[]> byGraph = new HashMap<>();
    private final Map<String, Postings> byWord = new HashMap<>();
    private final Map<Node, Integer> byResource = new HashMap<>();
    /**
     * Per slot: the score of the post's or response's weakest kept link when it has the cap of links (the one a new
     * link must beat), negative infinity when it has fewer, NaN when not known (then it is read from the store). What
     * lets a digest added live pass over the posts and responses whose links it cannot change without reading theirs.
     */
    private double[] weakest = new double[16];
    /**
     * Per slot: how many links the post or response has ({@code -1}: not known), and for each its signal's key
     * ({@link SignalDiscussions#signalKey}: what names the link's evidence) and score, {@value #CAP} places a slot. So
     * a digest added live weighs a post's or response's kept links against its new ones without looking up each
     * link's evidence node and score in the store: at 100,000 documents those lookups, each in a part of the store no
     * other request reads, were the largest part of the digest's step.
     */
    private byte[] linkCount = new byte[16];
    private long[] linkKeys = new long[16 * CAP];
    private double[] linkScores = new double[16 * CAP];
    private int empty;

    /** The most links a post or response keeps ({@link SignalDiscussions#PER_UNIT}). */
    static final int CAP = SignalDiscussions.PER_UNIT;

    /** A growable list of slots. */
    private static final class Postings {
        int[] slots = new int[4];
        int size;

        void add(int slot) {
            if (size == slots.length) slots = Arrays.copyOf(slots, size * 2);
            slots[size++] = slot;
        }
    }

    /** Adds the posts and responses of a document (its graph must not be held already). */
    void add(Node graph, List<Entry> units) {
        int[] own = new int[units.size()];
        for (int i = 0; i < own.length; i++) {
            Entry e = units.get(i);
            int slot = slots.size();
            slots.add(e);
            if (slot == weakest.length) {
                weakest = Arrays.copyOf(weakest, slot * 2);
                linkCount = Arrays.copyOf(linkCount, slot * 2);
                linkKeys = Arrays.copyOf(linkKeys, slot * 2 * CAP);
                linkScores = Arrays.copyOf(linkScores, slot * 2 * CAP);
            }
            weakest[slot] = Double.NaN;
            linkCount[slot] = -1;
            own[i] = slot;
            byResource.put(e.resource(), slot);
            for (String k : e.keys()) byWord.computeIfAbsent(k, x -> new Postings()).add(slot);
        }
        if (own.length > 0) byGraph.put(graph, own);
    }

    /** Takes out the posts and responses of a document, if held. */
    void remove(Node graph) {
        int[] own = byGraph.remove(graph);
        if (own == null) return;
        for (int slot : own) {
            byResource.remove(slots.get(slot).resource());
            slots.set(slot, null);
        }
        empty += own.length;
        if (empty > 1024 && empty > slots.size() / 2) compact();
    }

    /** How many posts and responses have the word (empty slots included: an upper bound, for choosing words). */
    int postings(String key) {
        Postings p = byWord.get(key);
        return p == null ? 0 : p.size;
    }

    /** Each held post or response that has the word, by slot (a slot can be given more than once across words). */
    void forEachWith(String key, IntConsumer slot) {
        Postings p = byWord.get(key);
        if (p == null) return;
        for (int i = 0; i < p.size; i++) if (slots.get(p.slots[i]) != null) slot.accept(p.slots[i]);
    }

    Entry get(int slot) { return slots.get(slot); }

    /** The slot of a held post or response, or -1 (for finding those linked to an idea). */
    int slotOf(Node resource) {
        Integer slot = byResource.get(resource);
        return slot == null ? -1 : slot;
    }

    int slots() { return slots.size(); }

    /** The weakest kept link's score of the post or response in this slot ({@link #weakest}: NaN when not known). */
    double weakest(int slot) { return weakest[slot]; }

    /** The links of this post or response change: its weakest kept score is read again when next needed. */
    void linksChanged(Node resource) {
        Integer slot = byResource.get(resource);
        if (slot != null) {
            weakest[slot] = Double.NaN;
            linkCount[slot] = -1;
        }
    }

    /**
     * The post's or response's links are now these (signal keys and scores, at most {@value #CAP}): kept, and its
     * weakest kept score with them (negative infinity below the cap).
     */
    void links(int slot, long[] keys, double[] scores, int n) {
        if (n > CAP) throw new IllegalArgumentException("more than " + CAP + " links");
        linkCount[slot] = (byte) n;
        System.arraycopy(keys, 0, linkKeys, slot * CAP, n);
        System.arraycopy(scores, 0, linkScores, slot * CAP, n);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) min = Math.min(min, scores[i]);
        weakest[slot] = n < CAP ? Double.NEGATIVE_INFINITY : min;
    }

    /** Whether the links of the post or response in this slot are kept ({@link #links}). */
    boolean linksKnown(int slot) { return linkCount[slot] >= 0; }

    /** The kept score of the slot's link to the signal with this key; NaN when the link is not among those kept. */
    double linkScore(int slot, long signalKey) {
        for (int i = 0; i < linkCount[slot]; i++) if (linkKeys[slot * CAP + i] == signalKey) return linkScores[slot * CAP + i];
        return Double.NaN;
    }

    int size() { return slots.size() - empty; }

    /** Writes the slots and lists again without the empty slots (the weakest scores are then read again as needed). */
    private void compact() {
        Map<Node, List<Entry>> graphs = new LinkedHashMap<>();
        for (Entry e : slots) if (e != null) graphs.computeIfAbsent(e.graph(), g -> new ArrayList<>()).add(e);
        slots.clear();
        byGraph.clear();
        byWord.clear();
        byResource.clear();
        empty = 0;
        graphs.forEach(this::add);
    }
}

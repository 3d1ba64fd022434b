package org.workgraph.loader.discussion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Every post's and response's counted words, and word → the posts and responses that have it: what a long-running
 * process (the server) keeps between updates so that a digest added live finds the posts and responses that could
 * discuss its signals without reading every one back from the store. Read whole once per process, then changed by
 * each update for just its documents ({@link #remove}, {@link #add}).
 *
 * <p>Words are kept as integer ids ({@link #wordId}) so that a digest's scoring reads a word's weight from an array
 * indexed by the id instead of hashing the word; each posting holds the word's count in the post or response beside
 * its slot, so that a signal's dot product with every post that shares its words is summed by walking the signal's
 * words' lists ({@link #postings}), without visiting every word of each post.
 *
 * <p>Each post or response has a slot; a word's posting list holds slots. A removed one's slot is emptied and left in
 * the lists (so a removal costs its own words, not the lists'); when the empty slots outnumber the others the lists
 * (and the vocabulary) are written again without them.
 *
 * <p>Memory, per distinct word of each post or response: its id and count in the post (8 bytes) and its posting (a
 * slot and a count, 6 bytes); per post or response one map entry, its record, and 68 bytes for its kept links; per
 * word of the vocabulary one map entry and its list.
 */
final class UnitWords {
    /** One post's or response's words as its text gives them: keys in the order they first occur, with their counts. */
    record Entry(Node resource, Node graph, String[] keys, int[] counts) {
        static Entry of(SignalDiscussions.Unit unit, Node graph) {
            Map<String, Integer> tf = new LinkedHashMap<>();
            for (Words.Word w : Words.of(unit.text())) tf.merge(w.key(), 1, Integer::sum);
            String[] keys = new String[tf.size()];
            int[] counts = new int[tf.size()];
            int i = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                keys[i] = e.getKey();
                counts[i++] = e.getValue();
            }
            return new Entry(unit.resource(), graph, keys, counts);
        }
    }

    /** A held post or response: its words as ids ({@link #wordId}), in the order they first occur, with their counts. */
    record Held(Node resource, Node graph, int[] words, int[] counts) {}

    /** The largest count a posting holds itself; a larger one is read from its post's {@link Held#counts}. */
    private static final int POSTED_COUNT = Character.MAX_VALUE;

    /** {@code 1 + ln c} for small counts: the count weight of a word used {@code c} times, as {@link TermVector} computes it. */
    private static final double[] COUNT_WEIGHT = new double[256];
    static {
        for (int c = 1; c < COUNT_WEIGHT.length; c++) COUNT_WEIGHT[c] = 1 + Math.log(c);
    }

    /** {@code 1 + ln count}: the same value {@link TermVector} computes, from a table for the usual counts. */
    static double countWeight(int count) {
        return count < COUNT_WEIGHT.length ? COUNT_WEIGHT[count] : 1 + Math.log(count);
    }

    private final List<Held> slots = new ArrayList<>();
    private final Map<Node, int[]> byGraph = new HashMap<>();
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    /** Word id → its posting list. */
    private final List<Postings> byWord = new ArrayList<>();
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

    /** A growable list of slots, each with the word's count in that post or response (at most {@link #POSTED_COUNT}). */
    static final class Postings {
        private int[] slots = new int[4];
        private char[] counts = new char[4];
        private int size;

        void add(int slot, int count) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            slots[size] = slot;
            counts[size++] = (char) Math.min(count, POSTED_COUNT);
        }

        int size() { return size; }

        /** The i-th slot (an emptied one included: see {@link UnitWords#held}). */
        int slot(int i) { return slots[i]; }

        /** The word's count in the i-th slot's post or response; {@link #POSTED_COUNT} or more: read from the post. */
        int count(int i) { return counts[i]; }
    }

    /** Adds the posts and responses of a document (its graph must not be held already). */
    void add(Node graph, List<Entry> units) {
        List<Held> held = new ArrayList<>(units.size());
        for (Entry e : units) {
            int[] ids = new int[e.keys().length];
            for (int k = 0; k < ids.length; k++) ids[k] = idOf(e.keys()[k]);
            held.add(new Held(e.resource(), graph, ids, e.counts()));
        }
        addHeld(graph, held);
    }

    private int idOf(String key) {
        Integer id = wordIds.get(key);
        if (id != null) return id;
        int next = vocabulary.size();
        wordIds.put(key, next);
        vocabulary.add(key);
        byWord.add(new Postings());
        return next;
    }

    private void addHeld(Node graph, List<Held> units) {
        int[] own = new int[units.size()];
        for (int i = 0; i < own.length; i++) {
            Held e = units.get(i);
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
            for (int k = 0; k < e.words().length; k++) byWord.get(e.words()[k]).add(slot, e.counts()[k]);
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

    /** The id of a word some held post or response has (or had since the last compaction), or -1. */
    int wordId(String key) {
        Integer id = wordIds.get(key);
        return id == null ? -1 : id;
    }

    /** The word of an id. */
    String word(int id) { return vocabulary.get(id); }

    /** How many word ids there are: ids run from 0 to this, less one. */
    int words() { return vocabulary.size(); }

    /** The posts and responses that have the word, by slot, emptied slots included ({@link #held}). */
    Postings postings(int wordId) { return byWord.get(wordId); }

    /** The word's count in the post or response of this slot, from a posting's count ({@link Postings#count}). */
    int count(int slot, int wordId, int posted) {
        if (posted < POSTED_COUNT) return posted;
        Held e = slots.get(slot);
        for (int k = 0; k < e.words().length; k++) if (e.words()[k] == wordId) return e.counts()[k];
        throw new IllegalStateException("word " + wordId + " is not in slot " + slot);
    }

    /** Whether the slot holds a post or response (a removed one's slot is emptied). */
    boolean held(int slot) { return slots.get(slot) != null; }

    Held get(int slot) { return slots.get(slot); }

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

    /**
     * Writes the slots, lists and vocabulary again without the empty slots and the words only they had (the weakest
     * scores are then read again as needed).
     */
    private void compact() {
        List<String> words = List.copyOf(vocabulary);
        Map<Node, List<Held>> graphs = new LinkedHashMap<>();
        for (Held e : slots) if (e != null) graphs.computeIfAbsent(e.graph(), g -> new ArrayList<>()).add(e);
        slots.clear();
        byGraph.clear();
        byWord.clear();
        wordIds.clear();
        vocabulary.clear();
        byResource.clear();
        empty = 0;
        graphs.forEach((g, held) -> {
            List<Held> again = new ArrayList<>(held.size());
            for (Held e : held) {
                int[] ids = new int[e.words().length];
                for (int k = 0; k < ids.length; k++) ids[k] = idOf(words.get(e.words()[k]));
                again.add(new Held(e.resource(), g, ids, e.counts()));
            }
            addHeld(g, again);
        });
    }
}

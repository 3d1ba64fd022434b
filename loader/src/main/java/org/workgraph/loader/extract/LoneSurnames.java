package org.workgraph.loader.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSModel;
import org.workgraph.loader.text.PosModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.workgraph.loader.text.Search;

/**
 * Tells whether one capitalised word, standing alone in a sentence, is a person named by surname only
 * ("…it makes Kafka look tame"). No cue word says so; three kinds of evidence must all agree:
 * <ol>
 * <li>the lexicon: WordNet knows the word only as the surname of named people ({@link Surnames});</li>
 * <li>the sentence uses it as a name on its own: mid-sentence (after a lower-case word or a comma), not in a
 *     run of capitalised words, not after a determiner ("the Kafka exhibition"), not part of a hyphenated or
 *     dotted token;</li>
 * <li>it stands where a person does, not as a modifier: OpenNLP tags it a proper noun and the word after it
 *     is no noun, adjective or number ("the Turing test" fails, "Turing argued" passes), and it does not
 *     open a term of the lexicon ("Murphy's law").</li>
 * </ol>
 * The lexicon and the tagger's model are read once per JVM, on first use; both are immutable and shared by
 * all threads (a tagger over the model is made per call: taggers are not thread-safe).
 */
final class LoneSurnames {
    /** The part-of-speech model inside the opennlp-models-pos-en jar (UD English tags). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "my", "your", "our",
            "his", "her", "its", "their", "every", "each", "any", "some", "no");
    /** Tags of a word a modifier leans on: "Turing test", "Nobel prize", "Pareto optimal", "Kafka 2". */
    private static final Set<String> MODIFIED = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    /**
     * A definition right after the word, "is a small town by …" or ", an economist who …": group 1 is its head
     * noun, the last of up to four lower-case words after the article, before a preposition, relative or mark.
     */
    private static final Search DEFINED = Search.compile("(?:\\s+(?:is|was)|\\s*,)\\s+(?:a|an|the|one)\\s+"
            + "(?:(?!(?:of|by|in|on|at|near|for|from|to|with|who|which|that|where|whose)\\b)\\p{Ll}+\\s+){0,3}?"
            + "(\\p{Ll}+)(?=\\s*(?:[^\\p{L}\\s]|$|(?:of|by|in|on|at|near|for|from|to|with|who|which|that|where|whose)\\b))");
    /** How far around the word the sentence is tagged. */
    private static final int WINDOW = 300;

    private final Surnames surnames;
    private final POSModel model;

    LoneSurnames(Surnames surnames, POSModel model) {
        this.surnames = surnames;
        this.model = model;
    }

    /** Read on first use by any thread, then shared (the JVM's class initialisation makes it safe). */
    private static final class Shared {
        static final LoneSurnames INSTANCE = new LoneSurnames(Surnames.load(), PosModel.english());
    }

    static LoneSurnames shared() { return Shared.INSTANCE; }

    static Surnames sharedSurnames() { return Shared.INSTANCE.surnames; }

    /**
     * The full names the lexicon gives the word at {@code [start, end)} of the text when the text uses it as a
     * lone surname; empty when any of the evidence is missing.
     */
    List<String> people(String text, int start, int end) {
        if (!standsAlone(text, start, end)) return List.of();
        String word = text.substring(start, end);
        List<String> names = surnames.people(word);
        if (names.isEmpty()) return List.of();
        int at = end;
        if (possessive(text, at)) {
            // "Kafka's stories" names the writer; "Murphy's law" names a law.
            String next = nextWord(text, at + 2);
            return next != null && surnames.opensTerm(word + "'s", next) ? List.of() : names;
        }
        // "Kafka, a town by the sea" or "Kafka is a town by the sea": the text itself says what the word names.
        Matcher defined = DEFINED.matcher(text).region(end, Math.min(text.length(), end + WINDOW));
        if (defined.lookingAt() && !surnames.namesPeople(defined.group(1))) return List.of();
        String next = nextWord(text, at);
        if (next == null) return names; // the sentence ends, or punctuation follows: "… than Kafka."
        if (surnames.opensTerm(word, next) || !personSlot(text, start, end)) return List.of();
        return names;
    }

    /**
     * Mid-sentence, on its own: not after a sentence end or a determiner, not beside another capitalised word.
     * Needs neither lexicon nor model, so a caller can ask it first and leave both unread for texts without such a word.
     */
    static boolean standsAlone(String text, int start, int end) {
        int i = start - 1;
        int newlines = 0;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i--) == '\n' && ++newlines > 1) return false; // a paragraph or heading starts here
        }
        if (i < 0) return false;
        char before = text.charAt(i);
        if (!(Character.isLowerCase(before) || before == ',' || before == ';')) return false;
        if (Character.isLowerCase(before)) {
            int wordStart = i;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
            // "Ann Kafka" is a full name, "the Kafka exhibition" a modifier.
            if (Character.isUpperCase(text.charAt(wordStart)) || DETERMINERS.contains(text.substring(wordStart, i + 1).toLowerCase(Locale.ROOT))) return false;
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            if (after == '-' || after == '_' || Character.isDigit(after)) return false;
            if (after == '.' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) return false;
        }
        int j = end;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
        return j == end || j >= text.length() || !Character.isUpperCase(text.charAt(j));
    }

    private static boolean possessive(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019') && text.charAt(at + 1) == 's'
                && (at + 2 == text.length() || !Character.isLetter(text.charAt(at + 2)));
    }

    /** The lower-case word right after {@code at} (spaces between), or null when punctuation or the end comes first. */
    private static String nextWord(String text, int at) {
        int j = at;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
        return k == j ? null : text.substring(j, k);
    }

    /** Whether the tagger reads the word as a proper noun that no following noun, adjective or number leans on. */
    private boolean personSlot(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        String sentence = text.substring(from, to);
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
        String[] tokens = Span.spansToStrings(spans, sentence);
        String[] tags = new POSTaggerME(model).tag(tokens);
        for (int t = 0; t < spans.length; t++) {
            if (from + spans[t].getStart() != start) continue;
            if (!"PROPN".equals(tags[t])) return false;
            return t + 1 >= tags.length || !MODIFIED.contains(tags[t + 1]);
        }
        return false;
    }

    private static int sentenceStart(String text, int start) {
        int limit = Math.max(0, start - WINDOW);
        for (int i = start - 1; i >= limit; i--) if (".!?\n".indexOf(text.charAt(i)) >= 0) return i + 1;
        return limit;
    }

    private static int sentenceEnd(String text, int end) {
        int limit = Math.min(text.length(), end + WINDOW);
        for (int i = end; i < limit; i++) if (".!?\n".indexOf(text.charAt(i)) >= 0) return i + 1;
        return limit;
    }
}

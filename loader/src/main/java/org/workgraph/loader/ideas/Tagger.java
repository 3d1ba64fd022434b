package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.PosModel;

/**
 * Tokens with universal part-of-speech tags (NOUN, ADJ, VERB, …) from Apache OpenNLP's English model.
 * Not thread-safe: one per thread.
 */
final class Tagger {
    /** The most tokens tagged as one sequence. */
    static final int MAX_RUN = 500;
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");

    /** Universal tags of closed word classes: prepositions, conjunctions, determiners, pronouns, auxiliaries, particles. */
    private static final Set<String> CLOSED = Set.of("ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART");

    private final POSTaggerME tagger;
    private final Lexicon lexicon = Lexicon.english();

    /** One token: its offsets in the text, its text, its tag. */
    record Token(int start, int end, String text, String tag) {}

    Tagger() {
        tagger = new POSTaggerME(PosModel.english());
    }

    List<Token> tag(String text) {
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        List<Token> out = new ArrayList<>(words.length);
        // OpenNLP's beam search copies the sequence so far at every token, so its cost grows with the square of
        // a sequence's length: a text with no sentence ends (one 4 MB line) would never finish. Tag at most
        // MAX_RUN tokens at a time, cut after a sentence end where there is one; the tagger's context is a few
        // words either side, so text of ordinary sentences is tagged as before.
        for (int from = 0; from < words.length; ) {
            int to = runEnd(words, from);
            String[] run = Arrays.copyOfRange(words, from, to);
            String[] tags = corrected(run, tagger.tag(run));
            for (int i = from; i < to; i++) out.add(new Token(spans[i].getStart(), spans[i].getEnd(), words[i], tags[i - from]));
            from = to;
        }
        return out;
    }

    /**
     * Tags a label: a table row's name or a title ("Open Shift Marketplaces"). A label is a noun phrase, often in
     * title case; a model trained on sentences reads its capitals as names and its first word as an imperative
     * verb. So it is tagged as the same words would be in running text: lower-cased (acronyms kept) after a
     * determiner, which leaves a noun phrase the only reading. Offsets and texts are the label's own.
     */
    List<Token> tagLabel(String label) {
        StringBuilder b = new StringBuilder(LABEL_PREFIX);
        for (String part : label.split("(?<=\\s)|(?=\\s)")) {
            String lower = part.toLowerCase(Locale.ROOT);
            b.append(Phrases.acronym(part) || lower.length() != part.length() ? part : lower);
        }
        List<Token> tagged = tag(b.toString());
        List<Token> out = new ArrayList<>(tagged.size());
        for (int i = 1; i < tagged.size(); i++) {
            Token t = tagged.get(i);
            int start = t.start() - LABEL_PREFIX.length(), end = t.end() - LABEL_PREFIX.length();
            out.add(new Token(start, end, label.substring(start, end), t.tag()));
        }
        return out;
    }

    private static final String LABEL_PREFIX = "the ";

    /**
     * The model errs on words it has rarely seen, and its errors cut noun phrases in two or run them into verbs.
     * A general English lexicon overrules the tags no reading of the word allows:
     * <ul>
     * <li>a content word in a closed class (a rare noun tagged as a preposition or a conjunction): the
     * closed classes are a short, known list of words (see {@link Phrases#STOP});</li>
     * <li>a noun the lexicon knows only as a verb ("concludes"), a verb it knows only as a noun ("rung");</li>
     * <li>a verb right after a determiner or an adjective, where English has none ("the shift", "heat pay");</li>
     * <li>agreement: after a singular noun a base form cannot be its verb ("heat pay clauses"), and an -s form
     * before the start of an object is one ("a manager notices good work").</li>
     * </ul>
     */
    private String[] corrected(String[] words, String[] tags) {
        String[] out = tags.clone();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.length() < 3 || !Character.isLetter(word.charAt(0))) continue;
            String tag = out[i];
            if ((tag.equals("VERB") || tag.equals("NOUN")) && word.toLowerCase(Locale.ROOT).endsWith("ing") && i > 0 && out[i - 1].equals("ADJ")
                    && (i < 2 || !VERBAL.contains(out[i - 2]))) {
                out[i] = "NOUN"; // "social distancing", "flexible working": an adjective describes a noun, never a verb
                continue;
            }
            String w = word.toLowerCase(Locale.ROOT);
            if (tag.equals("ADV") && w.endsWith("ly") && i + 1 < words.length && !Phrases.STOP.contains(w) && lexicon.adjective(w)
                    && lexicon.noun(words[i + 1]) && (out[i + 1].equals("NOUN") || out[i + 1].equals("VERB"))) {
                out[i] = "ADJ"; // "hourly work", "weekly rota": an adjective in -ly before a noun, not an adverb
                continue;
            }
            if (tag.equals("ADJ") && w.endsWith("ly") && !lexicon.adjective(w) && lexicon.adjective(w.substring(0, w.length() - 2))) {
                out[i] = "ADV"; // "disproportionately women": an adverb made of an adjective, not an adjective
                continue;
            }
            if (!CLOSED.contains(tag) && !tag.equals("NOUN") && !tag.equals("VERB")) continue; // no rule below applies
            if (Phrases.STOP.contains(w)) continue;
            boolean noun = lexicon.noun(w), verb = lexicon.verb(w), adjective = lexicon.adjective(w);
            if (CLOSED.contains(tag)) {
                if (noun) out[i] = "NOUN";
                else if (adjective) out[i] = "ADJ";
            } else if (tag.equals("NOUN") && verb && !noun && !adjective) {
                out[i] = "VERB"; // "concludes", "discusses": the lexicon knows no noun of that form
            } else if (tag.equals("VERB") && noun && !verb && !adjective) {
                out[i] = "NOUN"; // "the middle rung"
            } else if (tag.equals("VERB") && noun && i > 0 && (out[i - 1].equals("DET") || out[i - 1].equals("ADJ"))
                    && !w.endsWith("ing") && !w.endsWith("ed")) {
                out[i] = "NOUN"; // a verb never follows a determiner or an adjective directly: "the shift", "heat pay"
            } else if (tag.equals("VERB") && noun && i > 0 && i + 1 < words.length && (out[i - 1].equals("NOUN") || out[i - 1].equals("PROPN"))
                    && (out[i + 1].equals("NOUN") || gerundBeforeVerb(words, out, i + 1))
                    && lexicon.presentBaseOnly(w) && lexicon.singularNoun(words[i - 1])) {
                // "heat pay clauses", "AI demand forecasting decides": after a singular noun its verb would be
                // "pays", "demands", so the base form is a noun, and the compound goes on.
                out[i] = "NOUN";
            } else if (tag.equals("NOUN") && i > 0 && i + 1 < words.length && out[i - 1].equals("NOUN") && thirdPerson(w)
                    && lexicon.singularNoun(words[i - 1]) && beginsObject(words, out, i + 1)) {
                // "a manager notices good work", "the bundle highlights the need": after a singular noun, an -s form
                // followed by a determiner, a pronoun or an adjective is the noun's verb; a compound ending in a
                // plural ("benefit funds") is followed by a verb or by punctuation.
                out[i] = "VERB";
            }
        }
        return out;
    }

    /** What comes before a predicative adjective ("is hard working", "very hard working"), after which an -ing form stays a verb. */
    private static final Set<String> VERBAL = Set.of("AUX", "ADV");

    /** "forecasting decides": an -ing form followed by a verb is the head of its subject, a compound noun. */
    private static boolean gerundBeforeVerb(String[] words, String[] tags, int i) {
        return tags[i].equals("VERB") && words[i].toLowerCase(Locale.ROOT).endsWith("ing") && i + 1 < words.length
                && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"));
    }

    /** A verb's -s form: "notices", "searches", not "focus" or "bias" (a verb whose base form ends in s). */
    private boolean thirdPerson(String w) {
        if (!w.endsWith("s") || w.endsWith("ss") || w.length() < 4) return false;
        return lexicon.verb(w.substring(0, w.length() - 1)) || w.endsWith("es") && lexicon.verb(w.substring(0, w.length() - 2));
    }

    /**
     * What can open a verb's object: a determiner, a pronoun, an adjective; not the "this" or "last" of a time
     * ("customer service calls this week", "coaches last year"), which follows a noun phrase as readily.
     */
    private static boolean beginsObject(String[] words, String[] tags, int i) {
        String tag = tags[i];
        if (!tag.equals("DET") && !tag.equals("PRON") && !tag.equals("ADJ")) return false;
        return !(i + 1 < words.length && TIME_WORDS.contains(words[i].toLowerCase(Locale.ROOT))
                && TIME_NOUNS.contains(words[i + 1].toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> TIME_WORDS = Set.of("this", "that", "last", "next", "every", "each");
    private static final Set<String> TIME_NOUNS = Set.of("day", "week", "month", "year", "quarter", "season", "time",
            "morning", "afternoon", "evening", "night", "weekend", "spring", "summer", "autumn", "fall", "winter",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** The end of the run of tokens to tag from {@code from}: all the rest if short, else just after its last sentence end. */
    private static int runEnd(String[] words, int from) {
        int limit = from + MAX_RUN;
        if (limit >= words.length) return words.length;
        for (int i = limit - 1; i > from; i--) if (SENTENCE_ENDS.contains(words[i])) return i + 1;
        return limit;
    }
}

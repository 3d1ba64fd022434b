package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.workgraph.loader.text.PosModel;

/**
 * Tokens with universal part-of-speech tags (NOUN, ADJ, VERB, …) from Apache OpenNLP's English model.
 * Not thread-safe: one per thread.
 */
final class Tagger {
    /** The most tokens tagged as one sequence. */
    static final int MAX_RUN = 500;
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");

    private final POSTaggerME tagger;

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
            String[] tags = tagger.tag(Arrays.copyOfRange(words, from, to));
            for (int i = from; i < to; i++) out.add(new Token(spans[i].getStart(), spans[i].getEnd(), words[i], tags[i - from]));
            from = to;
        }
        return out;
    }

    /** The end of the run of tokens to tag from {@code from}: all the rest if short, else just after its last sentence end. */
    private static int runEnd(String[] words, int from) {
        int limit = from + MAX_RUN;
        if (limit >= words.length) return words.length;
        for (int i = limit - 1; i > from; i--) if (SENTENCE_ENDS.contains(words[i])) return i + 1;
        return limit;
    }
}

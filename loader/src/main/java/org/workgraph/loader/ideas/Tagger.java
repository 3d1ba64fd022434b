package org.workgraph.loader.ideas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokens with universal part-of-speech tags (NOUN, ADJ, VERB, …) from Apache OpenNLP's English model.
 * Not thread-safe: one per thread.
 */
final class Tagger {
    /** The model file inside the opennlp-models-pos-en jar. */
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final POSTaggerME tagger;

    /** One token: its offsets in the text, its text, its tag. */
    record Token(int start, int end, String text, String tag) {}

    Tagger() {
        try (InputStream in = Tagger.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP part-of-speech model " + MODEL + " is not on the classpath");
            tagger = new POSTaggerME(new POSModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Token> tag(String text) {
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = tagger.tag(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) out.add(new Token(spans[i].getStart(), spans[i].getEnd(), words[i], tags[i]));
        return out;
    }
}

package org.workgraph.loader.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.ideas.CorpusWords;

/**
 * The words of a text as the corpus statistics count them ({@link CorpusWords#key}: lower case, singular, no
 * function words), each with where it was written, so that evidence can quote it.
 */
final class Words {
    /** A run of letters, with inner apostrophes; hyphens split words ("four-day" is "four" and "day"), as phrase keys do. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019]*");

    private Words() {}

    /** One counted word: its key and where it is in the text. */
    record Word(String key, int start, int end, String surface) {}

    static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String surface = m.group();
            if (surface.endsWith("'") || surface.endsWith("\u2019")) surface = surface.substring(0, surface.length() - 1);
            String key = CorpusWords.key(surface);
            if (key != null) out.add(new Word(key, m.start(), m.start() + surface.length(), surface));
        }
        return out;
    }
}

package org.workgraph.loader.digest;

import java.util.regex.Pattern;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;

import org.workgraph.loader.text.PosModel;
import org.workgraph.loader.text.Search;

/**
 * Counts the items of a learnt shape that are instructions, as a how-to's steps and a listicle's tips are and a digest's
 * headlines are not: a numbered step ("Step 2: …") or a name that opens with a verb in the imperative ("Set clear goals",
 * "Explain the project"), told by the part-of-speech model the loader already ships, not by a list of verbs.
 */
final class Instructions {
    /** "Step 2", "Step 2:", "1 Step 2: …" after the item's own numbering. */
    private static final Search STEP = Search.compile("^(?:\\d{1,2}[.)]?\\s+)?(?i:step)\\s+\\d{1,2}\\b");
    private static final Search NUMBERING = Search.compile("^(?:\\d{1,2}[.)]?|[\u2022\u00B7*\u2013-])\\s+");
    /** How many words of a name the tagger sees: enough context for its first word's part of speech. */
    private static final int WORDS = 8;

    private Instructions() {}

    static int count(ItemShape.Learnt shape) {
        return count(shape.items().stream().map(ItemShape::name).toList());
    }

    /** How many of the items, named by these lines, are instructions. */
    static int count(java.util.List<String> names) {
        POSTaggerME tagger = null;
        int n = 0;
        for (String line : names) {
            String name = ItemShape.withoutSource(line);
            if (STEP.find(name)) {
                n++;
                continue;
            }
            name = NUMBERING.matcher(name).replaceFirst("");
            String[] words = SimpleTokenizer.INSTANCE.tokenize(name);
            if (words.length < 2) continue;
            if (tagger == null) tagger = new POSTaggerME(PosModel.english());
            String[] tags = tagger.tag(java.util.Arrays.copyOf(words, Math.min(WORDS, words.length)));
            if ("VERB".equals(tags[0]) && Character.isUpperCase(words[0].codePointAt(0))) n++;
        }
        return n;
    }
}

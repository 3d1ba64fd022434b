package org.workgraph.loader.extract;

/**
 * The given-name lexicon ({@link GivenNames}) for readers outside this package: the page-head reader weighs whether a
 * short line opens with a given name, as one piece of evidence among several that the line names a person.
 */
public final class NameLexicon {
    private NameLexicon() {}

    /** Whether a word, written as a name is ("Ann", not "ann" or "ANN"), is an English given name. */
    public static boolean givenName(String word) {
        return word != null && GivenNames.english().contains(word);
    }
}

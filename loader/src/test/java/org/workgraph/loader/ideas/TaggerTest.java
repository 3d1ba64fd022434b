package org.workgraph.loader.ideas;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The tagger's tags after the lexicon has overruled the ones no reading of a word allows. */
class TaggerTest {
    private final Tagger tagger = new Tagger();

    private String tagOf(String text, String word) {
        List<Tagger.Token> tokens = tagger.tag(text);
        return tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().tag();
    }

    @Test
    void aContentWordIsNeverAPrepositionOrConjunction() {
        assertEquals("NOUN", tagOf("One startup is reducing information asymmetry in the used car business.", "asymmetry"));
    }

    @Test
    void aWordWithNoNounReadingIsNotANoun() {
        assertNotEquals("NOUN", tagOf("Pelletier concludes that shift markets will only serve workers.", "concludes"));
    }

    @Test
    void functionWordsKeepTheirTags() {
        assertEquals("DET", tagOf("The report is short.", "The"));
    }
}

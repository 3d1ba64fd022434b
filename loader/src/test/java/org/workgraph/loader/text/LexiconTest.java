package org.workgraph.loader.text;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** What the WordNet lexicon says of words: their parts of speech and how common they are in general English. */
class LexiconTest {
    private final Lexicon lexicon = Lexicon.english();

    @Test
    void knowsPartsOfSpeechThroughInflection() {
        assertTrue(lexicon.noun("asymmetries"));
        assertTrue(lexicon.noun("policies"));
        assertTrue(lexicon.verb("concludes"));
        assertTrue(lexicon.verb("stopped"));
        assertFalse(lexicon.noun("concludes"), "conclude has no noun");
        assertTrue(lexicon.adjective("tacit"));
        assertFalse(lexicon.knows("zzyzzx"));
    }

    @Test
    void everydayNounsAreCommonerThanSpecificOnes() {
        assertTrue(lexicon.generalUse("problem") > 100, "problem: " + lexicon.generalUse("problem"));
        assertEquals(lexicon.generalUse("problem"), lexicon.generalUse("problems"), "a plural is looked up as its lemma");
        assertTrue(lexicon.generalUse("agility") < 5, "agility: " + lexicon.generalUse("agility"));
        assertEquals(lexicon.generalUse("organization"), lexicon.generalUse("organisation"), "British spelling");
        assertEquals(0, lexicon.generalUse("zzyzzx"));
    }

    @Test
    void comparativesAndSuperlativesAreRecognisedByTheirBaseAdjective() {
        for (String w : new String[] {"bigger", "wider", "greatest", "earlier", "fewer", "clearest"}) assertTrue(lexicon.comparative(w), w);
        for (String w : new String[] {"paper", "member", "interest", "forest", "worker", "power"}) assertFalse(lexicon.comparative(w), w);
    }

    @Test
    void singularNounsAndPresentBaseForms() {
        assertTrue(lexicon.singularNoun("heat"));
        assertFalse(lexicon.singularNoun("workers"));
        assertFalse(lexicon.singularNoun("data"), "an irregular plural");
        assertTrue(lexicon.singularNoun("business"));
        assertTrue(lexicon.presentBaseOnly("pay"));
        assertFalse(lexicon.presentBaseOnly("pays"));
        assertFalse(lexicon.presentBaseOnly("cut"), "also its past tense");
    }
}

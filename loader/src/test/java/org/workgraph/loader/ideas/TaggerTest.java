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

    @Test
    void anAdjectiveInLyBeforeANounIsNotAnAdverb() {
        assertEquals("ADJ", tagOf("Apps are rewriting hourly work in retail.", "hourly"));
        assertEquals("NOUN", tagOf("Apps are rewriting hourly work in retail.", "work"));
    }

    @Test
    void aTitleCaseLabelIsTaggedAsANounPhraseWithItsOwnOffsets() {
        String label = "Open Shift Marketplaces";
        List<Tagger.Token> tokens = tagger.tagLabel(label);
        assertEquals(List.of("Open", "Shift", "Marketplaces"), tokens.stream().map(Tagger.Token::text).toList());
        assertEquals(List.of("ADJ", "NOUN", "NOUN"), tokens.stream().map(Tagger.Token::tag).toList());
        for (Tagger.Token t : tokens) assertEquals(t.text(), label.substring(t.start(), t.end()));
        assertEquals("AI", tagger.tagLabel("AI Demand Forecasting").get(0).text(), "an acronym keeps its capitals");
    }

    @Test
    void aBaseVerbFormBetweenASingularNounAndANounIsANoun() {
        assertEquals("NOUN", tagOf("Unions are negotiating heat pay clauses.", "pay"), "the heat would 'pay' only as 'pays'");
        assertEquals("VERB", tagOf("Most workers pay taxes on their wages.", "pay"), "a plural subject takes the base form");
        assertEquals("VERB", tagOf("The employer paid wages late.", "paid"), "a past tense agrees with any subject");
    }

    @Test
    void aBaseFormAfterAnAcronymBeforeAGerundSubjectIsANoun() {
        assertEquals("NOUN", tagOf("AI demand forecasting decides the rota.", "demand"), "the verb of the sentence is 'decides'");
        assertEquals("NOUN", tagOf("Workers claim open shifts, while AI demand forecasting decides how many people each hour needs.", "demand"),
                "the model tags 'forecasting' a verb here too");
    }

    @Test
    void anSFormAfterASingularNounBeforeAnObjectIsItsVerb() {
        assertEquals("VERB", tagOf("The editor checks a draft before noon.", "checks"));
        assertEquals("VERB", tagOf("In the end the platform rewards loyal couriers.", "rewards"));
        assertEquals("NOUN", tagOf("The pension funds are short of cash.", "funds"), "before a verb it ends a compound");
        assertEquals("NOUN", tagOf("Customer service calls this week rose.", "calls"), "a time follows a noun phrase as readily");
        assertEquals("NOUN", tagOf("Their health focus a year ago was sleep.", "focus"), "'focus' is no -s form of a verb");
    }

    @Test
    void anAdverbMadeOfAnAdjectiveIsNoAdjective() {
        assertEquals("ADV", tagOf("A disproportionately large share goes to rent.", "disproportionately"));
        assertEquals("ADJ", tagOf("The daily rota changes.", "daily"), "an -ly word WordNet knows as an adjective keeps its tag");
    }

    @Test
    void anIngFormAfterAnAdjectiveIsANoun() {
        assertEquals("NOUN", tagOf("She respects social distancing preferences.", "distancing"));
        assertEquals("NOUN", tagOf("Employees began to use blogs and social networking sites.", "networking"));
    }
}

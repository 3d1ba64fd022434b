package org.workgraph.loader.ideas;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a document's candidate phrases are counted and ranked, on short invented texts. */
class RankingTest {
    private static Tagger tagger;

    @BeforeAll
    static void loadModel() {
        tagger = new Tagger();
    }

    /** A one-unit document made of {@code body}, with the corpus made of it alone. */
    private static DocumentPhrases document(String body) {
        Map<String, List<DocumentPhrases.Found>> phrases = new LinkedHashMap<>();
        for (Phrases.Occurrence o : Phrases.in(body, tagger)) {
            phrases.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(new DocumentPhrases.Found(0, o.start(), o.end(), o.surface(), o.activity()));
        }
        return new DocumentPhrases("urn:doc", "doc.txt", Set.of(), Set.of(),
                List.of(new DocumentPhrases.UnitInfo("urn:doc", false, false, body.split("\\s+").length)), phrases);
    }

    private static List<String> rank(DocumentPhrases doc) {
        DocumentFrequencies corpus = new DocumentFrequencies();
        corpus.add(doc);
        return Ranking.rank(doc, corpus);
    }

    @Test
    void aPhraseCutShortOfItsHeadIsNotCounted() {
        DocumentPhrases doc = document("Our team studied the rising timber market in the north. The rising timber market shaped every town in the valley.");
        assertTrue(doc.phrases().containsKey(Phrases.key("rising timber")), "the tagger offers the cut-short phrase");
        List<String> ranked = rank(doc);
        assertTrue(ranked.contains(Phrases.key("rising timber market")), ranked.toString());
        assertFalse(ranked.contains(Phrases.key("rising timber")), ranked.toString());
        // "timber market" only ever sits inside the one longer phrase, which stands for it.
        assertFalse(ranked.contains(Phrases.key("timber market")), ranked.toString());
    }

    @Test
    void anActivitysObjectIsAPhraseOfItsOwn() {
        DocumentPhrases doc = document("After the merger, nobody talked about working with remote teams across three time zones.");
        assertTrue(doc.phrases().containsKey(Phrases.key("working with remote teams")), doc.phrases().keySet().toString());
        assertTrue(Ranking.Nesting.of(doc.phrases()).standsAlone(Phrases.key("remote teams")), "not swallowed by the activity");
        assertTrue(Ranking.wholePhrases(doc.phrases()).containsKey(Phrases.key("remote teams")));
    }

    @Test
    void aPhraseJoinedToALongerOneByOfOrForIsWhole() {
        Map<String, List<DocumentPhrases.Found>> whole = Ranking.wholePhrases(
                document("Wage volatility for seasonal pickers is the theme of the report.").phrases());
        assertTrue(whole.containsKey(Phrases.key("wage volatility")), whole.keySet().toString());
    }

    @Test
    void aWordInsideSeveralDifferentPhrasesIsAConceptOfItsOwn() {
        DocumentPhrases doc = document("We value tacit knowledge in our team. They share local knowledge with visitors. Nobody writes down tacit knowledge.");
        Ranking.Nesting nesting = Ranking.Nesting.of(doc.phrases());
        assertTrue(nesting.standsAlone("knowledge"));
        assertTrue(nesting.standsAlone(Phrases.key("tacit knowledge")));
    }

    @Test
    void anAcronymCountsAsThePhraseItAbbreviates() {
        DocumentPhrases doc = document("Some argue that collective wage boards could help. A CWB sets pay for a sector. "
                + "Each CWB meets yearly, and CWBs publish their rates.");
        List<String> ranked = rank(doc);
        assertFalse(ranked.contains("cwb"), ranked.toString());
        String board = Phrases.key("collective wage boards");
        assertEquals(board, ranked.get(0), "four mentions make it the document's first idea: " + ranked);
    }

    @Test
    void anAllCapitalsWordIsNotTheExpansionOfAnotherAcronym() {
        Map<String, List<DocumentPhrases.Found>> merged = Ranking.acronymsAsExpansions(
                document("The ML impact is large. ML changes hiring, and ML tools spread.").phrases());
        assertTrue(merged.containsKey("ml"), merged.keySet().toString());
    }

    @Test
    void anIngFormAfterANounHeadsACompound() {
        List<String> keys = Phrases.in("Managers now rely on shift stacking in every store.", tagger).stream()
                .map(Phrases.Occurrence::key).toList();
        assertTrue(keys.contains(Phrases.key("shift stacking")), keys.toString());
    }

    @Test
    void textInAnotherLanguageIsNotReadForIdeas() {
        assertTrue(DocumentPhrases.english("This is a comment that anyone could write in English about the work they do."));
        assertFalse(DocumentPhrases.english("Estoy muy contenta de leer este texto sobre el trabajo y la comunidad que crece cada año en mi ciudad."));
        assertTrue(DocumentPhrases.english("Short note."), "short texts are not judged");
    }

    @Test
    void eachSideOfAJoinIsANounPhraseOfItsOwn() {
        DocumentPhrases doc = document("They lack a sense of collective ownership. Our board asked for wage fairness and price stability.");
        Ranking.Nesting nesting = Ranking.Nesting.of(Ranking.wholePhrases(doc.phrases()));
        assertTrue(nesting.standsAlone(Phrases.key("collective ownership")), nesting.free().keySet().toString());
        assertTrue(nesting.standsAlone(Phrases.key("wage fairness")), nesting.free().keySet().toString());
        assertTrue(nesting.standsAlone(Phrases.key("price stability")), nesting.free().keySet().toString());
    }

    @Test
    void aJudgingWordInFrontIsNotPartOfTheConcept() {
        DocumentPhrases doc = document("The firm kept the traditional pension scheme for its staff.");
        Ranking.Nesting nesting = Ranking.Nesting.of(Ranking.wholePhrases(doc.phrases()));
        assertTrue(nesting.standsAlone(Phrases.key("pension scheme")), nesting.free().keySet().toString());
    }

    @Test
    void aParticipleAfterAnAuxiliaryIsAVerbNotAModifier() {
        List<String> verbal = Phrases.in("The new rules are reducing seasonal wages across the region.", tagger).stream()
                .map(Phrases.Occurrence::key).toList();
        assertFalse(verbal.contains(Phrases.key("reducing seasonal wages")), verbal.toString());
        assertTrue(verbal.contains(Phrases.key("seasonal wages")), verbal.toString());
        List<String> modifier = Phrases.in("Towns face the declining timber market alone.", tagger).stream()
                .map(Phrases.Occurrence::key).toList();
        assertTrue(modifier.contains(Phrases.key("declining timber market")), modifier.toString());
    }

    @Test
    void anEverydayWordIsNotAConceptOnItsOwnHoweverOften() {
        DocumentPhrases doc = document("The problem is old. Every problem here has a cause, and each problem has a price. "
                + "Their apprenticeship lasts a year; an apprenticeship pays, and an apprenticeship teaches.");
        List<String> ranked = rank(doc);
        assertFalse(ranked.contains("problem"), "general English uses it everywhere: " + ranked);
        assertTrue(ranked.contains("apprenticeship"), ranked.toString());
    }

    @Test
    void aDigestRowsLabelCountsLikeATitle() {
        List<String> keys = DocumentPhrases.maximal(Phrases.in("Need for Portable Pensions", tagger));
        assertTrue(keys.contains(Phrases.key("portable pensions")), keys.toString());
        assertFalse(keys.contains("pension"), "a word inside the label's phrase is not the label: " + keys);
    }

    @Test
    void aSignalNamedByOneEverydayWordIsStillAnIdea() {
        String body = "Efficiency. Teams measure efficiency by output per hour; efficiency targets rise every quarter.";
        DocumentPhrases plain = document(body);
        assertFalse(rank(plain).contains("efficiency"), "an everyday word in running text: " + rank(plain));
        DocumentPhrases row = new DocumentPhrases(plain.node(), plain.file(), Set.of("efficiency"), Set.of("efficiency"), plain.units(), plain.phrases());
        assertTrue(rank(row).contains("efficiency"), "a digest row whose label is the word names its signal: " + rank(row));
    }
}

package org.workgraph.loader.ideas;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Choosing a document's ideas from its ranked phrases: each concept once. */
class ChoiceTest {

    /** A document whose phrases are written as given, in that order (the ranking's order too). */
    private static DocumentPhrases document(String... surfaces) {
        Map<String, List<DocumentPhrases.Found>> phrases = new LinkedHashMap<>();
        int at = 0;
        for (String s : surfaces) {
            phrases.put(Phrases.key(s), List.of(new DocumentPhrases.Found(0, at, at + s.length(), s)));
            at += s.length() + 1;
        }
        return new DocumentPhrases("urn:doc", "doc.txt", Set.of(), Set.of(),
                List.of(new DocumentPhrases.UnitInfo("urn:doc", false, false, 100)), phrases);
    }

    private static List<String> ranked(DocumentPhrases d) {
        return List.copyOf(d.phrases().keySet());
    }

    @Test
    void aWordOfAChosenPhraseIsNoConceptOfItsOwn() {
        DocumentPhrases d = document("tide tables", "harbour", "tide", "pilot boats");
        assertEquals(List.of(Phrases.key("tide tables"), "harbour", Phrases.key("pilot boats")), Choice.distinct(ranked(d), d, 15));
    }

    @Test
    void aJoinGivesWayToItsSide() {
        DocumentPhrases d = document("supply of pilot boats", "harbour", "pilot boats", "cost of dredging");
        assertEquals(List.of(Phrases.key("pilot boats"), "harbour", Phrases.key("cost of dredging")), Choice.distinct(ranked(d), d, 15),
                "the side takes its join's place; a join with no side chosen stays");
        DocumentPhrases sideFirst = document("pilot boats", "supply of pilot boats", "harbour");
        assertEquals(List.of(Phrases.key("pilot boats"), "harbour"), Choice.distinct(ranked(sideFirst), sideFirst, 15));
    }

    @Test
    void aSideChosenOnceStandsForAllItsJoins() {
        DocumentPhrases d = document("supply of pilot boats", "cost of pilot boats", "harbour", "pilot boats");
        assertEquals(List.of(Phrases.key("pilot boats"), "harbour"), Choice.distinct(ranked(d), d, 15));
        DocumentPhrases word = document("career ladder", "supply of ladders", "ladder", "harbour");
        assertEquals(List.of(Phrases.key("career ladder"), "harbour"), Choice.distinct(ranked(word), word, 15),
                "a side that is a word of a chosen phrase is that phrase's concept, and so are its joins");
    }

    @Test
    void aPhraseMayRepeatAWord() {
        DocumentPhrases d = document("sales of sales software", "harbour", "software");
        assertEquals(List.of(Phrases.key("sales of sales software"), "harbour"), Choice.distinct(ranked(d), d, 15));
    }

    @Test
    void aResponseMayAddAWordButNoJoinOfAChosenPhrase() {
        DocumentPhrases d = document("cheap credentials", "credentials", "flood of cheap credentials", "harbour");
        List<String> chosen = List.of(Phrases.key("cheap credentials"));
        assertTrue(Choice.adds("credential", chosen, d));
        assertFalse(Choice.adds(Phrases.key("flood of cheap credentials"), chosen, d));
        assertFalse(Choice.adds(Phrases.key("cheap credentials"), chosen, d));
    }

    @Test
    void aLongerPhraseAndItsShorterPartCanBothBeConcepts() {
        DocumentPhrases d = document("middle class", "middle class jobs");
        assertEquals(2, Choice.distinct(ranked(d), d, 15).size(), "the ranking decides between them, not the choice");
    }

    @Test
    void atMostTheAskedNumber() {
        DocumentPhrases d = document("tide tables", "harbour", "pilot boats", "dredging");
        assertEquals(2, Choice.distinct(ranked(d), d, 2).size());
    }
}

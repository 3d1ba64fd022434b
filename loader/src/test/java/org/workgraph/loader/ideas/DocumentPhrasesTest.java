package org.workgraph.loader.ideas;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** What a document's structure says about its phrases: its title, a digest's summary and its rows' labels. */
class DocumentPhrasesTest {
    private final Tagger tagger = new Tagger();

    private static DocumentText.Unit unit(String iri, String text, String heading) {
        return new DocumentText.Unit(NodeFactory.createURI(iri), text, false, heading);
    }

    private static DocumentText.Ref ref(String title) {
        return new DocumentText.Ref(NodeFactory.createURI("urn:doc"), NodeFactory.createURI("urn:g"), "doc.txt", title);
    }

    @Test
    void aRowLabelThatIsOneNounPhraseNamesASignal() {
        DocumentText digest = new DocumentText(ref("Tidal Futures"), List.of(
                unit("urn:doc", "Coastal towns are rebuilding their grids around the sea.", null),
                unit("urn:row1", "Tidal Lagoon Leases. Councils lease lagoons to energy firms.", "Tidal Lagoon Leases"),
                unit("urn:row2", "Need for Portable Pensions. Seasonal crews lose their pensions.", "Need for Portable Pensions"),
                unit("urn:row3", "Harbour Microgrids (HMGs). Harbours run their own grids.", "Harbour Microgrids (HMGs)")));
        DocumentPhrases d = DocumentPhrases.of(digest, tagger);
        assertTrue(d.labelKeys().contains(Phrases.key("tidal lagoon leases")), d.labelKeys().toString());
        assertTrue(d.labelKeys().contains(Phrases.key("harbour microgrids")), "a trailing acronym is no part of the name: " + d.labelKeys());
        assertFalse(d.labelKeys().contains(Phrases.key("portable pensions")), "only part of its label: " + d.labelKeys());
        assertTrue(d.titleKeys().contains(Phrases.key("portable pensions")), d.titleKeys().toString());
    }

    @Test
    void aDigestsSummaryWeighsMoreThanItsRowsAndAPostsBodyDoesNot() {
        DocumentText digest = new DocumentText(ref("Tidal Futures"), List.of(
                unit("urn:doc", "Coastal towns are rebuilding their grids.", null),
                unit("urn:row1", "Tidal Lagoon Leases. Councils lease lagoons.", "Tidal Lagoon Leases")));
        DocumentPhrases d = DocumentPhrases.of(digest, tagger);
        assertTrue(d.units().get(0).summary());
        assertTrue(d.units().get(0).weight() > d.units().get(1).weight());
        DocumentText post = new DocumentText(ref("Tidal Futures"), List.of(unit("urn:doc", "Coastal towns are rebuilding their grids.", null)));
        assertFalse(DocumentPhrases.of(post, tagger).units().get(0).summary());
    }

    @Test
    void aTitlesPhrasesAreCandidatesThatTheStatisticsDoNotCount() {
        DocumentText post = new DocumentText(ref("Social Media Policy, Part 7"), List.of(
                unit("urn:doc", "Staff may comment on topics related to their work, with good judgement.", null)));
        DocumentPhrases d = DocumentPhrases.of(post, tagger);
        String key = Phrases.key("social media policy");
        assertTrue(d.phrases().containsKey(key), "a candidate though the body never says it: " + d.phrases().keySet());
        DocumentPhrases.Found inTitle = d.phrases().get(key).get(0);
        assertTrue(d.units().get(inTitle.unit()).title());
        assertEquals(0, d.weight(inTitle), "the title already counts as a headline");
        assertFalse(d.counted().contains(key), "the corpus statistics count the text's phrases only");
        assertTrue(d.counted().contains(Phrases.key("judgement")), d.counted().toString());
        DocumentFrequencies corpus = new DocumentFrequencies();
        corpus.add(d);
        assertTrue(Ranking.rank(d, corpus).contains(key));
    }

    @Test
    void aWordCutShortWhereTheTextStopsIsNoPhrase() {
        DocumentText page = new DocumentText(ref(null), List.of(
                unit("urn:doc", "Advanced batteries hold charge over varying durati", null),
                unit("urn:r1", "Crews rotate through long shifts", null)));
        DocumentPhrases d = DocumentPhrases.of(page, tagger);
        assertTrue(d.phrases().keySet().stream().noneMatch(k -> k.contains("durati")), "the text stops mid-word: " + d.phrases().keySet());
        assertTrue(d.phrases().containsKey(Phrases.key("advanced batteries")), d.phrases().keySet().toString());
        assertTrue(d.phrases().containsKey(Phrases.key("long shifts")), "a known word at the end is whole: " + d.phrases().keySet());
    }
}

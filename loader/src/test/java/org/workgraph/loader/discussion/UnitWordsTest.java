package org.workgraph.loader.discussion;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The posts' and responses' words kept between updates, and the weakest kept score beside them. */
class UnitWordsTest {
    private static Node iri(String s) { return NodeFactory.createURI("http://example.org/" + s); }

    private static UnitWords.Entry entry(String doc, String post, String text) {
        return UnitWords.Entry.of(new SignalDiscussions.Unit(iri(doc + "/" + post), text), iri(doc));
    }

    @Test
    void aWeakestScoreIsKeptUntilTheLinksOfItsPostChange() {
        UnitWords units = new UnitWords();
        units.add(iri("g1"), List.of(entry("g1", "body", "Orchard ladders and quince jam"), entry("g1", "c1", "Quince jam at dawn")));
        int body = units.slotOf(iri("g1/body"));
        int comment = units.slotOf(iri("g1/c1"));
        assertTrue(Double.isNaN(units.weakest(body)), "not known until read or kept");
        units.links(body, new long[] {1, 2, 3, 4}, new double[] {0.5, 0.42, 0.6, 0.7}, 4);
        units.links(comment, new long[0], new double[0], 0);
        assertEquals(0.42, units.weakest(body));

        units.linksChanged(iri("g1/body"));
        assertTrue(Double.isNaN(units.weakest(body)), "read again after its links change");
        assertEquals(Double.NEGATIVE_INFINITY, units.weakest(comment), "the other post's is kept");
        units.linksChanged(iri("nowhere"));
    }

    @Test
    void slotsAddedPastTheFirstArrayAreUnknownAndAGraphRemovedLeavesTheOthers() {
        UnitWords units = new UnitWords();
        List<UnitWords.Entry> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) many.add(entry("g2", "r" + i, "Lantern repair number " + i));
        units.add(iri("g2"), many);
        units.add(iri("g3"), List.of(entry("g3", "body", "Kiln schedules for the pottery guild")));
        int last = units.slotOf(iri("g3/body"));
        assertTrue(Double.isNaN(units.weakest(last)));
        units.links(last, new long[] {1, 2, 3, 4}, new double[] {0.5, 0.5, 0.6, 0.9}, 4);
        units.remove(iri("g2"));
        assertEquals(0.5, units.weakest(units.slotOf(iri("g3/body"))));
        assertEquals(-1, units.slotOf(iri("g2/r3")));
    }

    @Test
    void keptLinksGiveTheirScoresAndTheWeakestUntilTheyChange() {
        UnitWords units = new UnitWords();
        units.add(iri("g4"), List.of(entry("g4", "body", "Ferry timetables on the estuary"), entry("g4", "c1", "The ferry ran late")));
        int body = units.slotOf(iri("g4/body"));
        int comment = units.slotOf(iri("g4/c1"));
        assertFalse(units.linksKnown(body), "not known until read or kept");
        units.links(body, new long[] {11, 22, 33, 44}, new double[] {0.61, 0.48, 0.55, 0.52}, 4);
        units.links(comment, new long[] {22}, new double[] {0.5}, 1);
        assertTrue(units.linksKnown(body));
        assertEquals(0.55, units.linkScore(body, 33));
        assertTrue(Double.isNaN(units.linkScore(body, 99)), "a link it does not have");
        assertEquals(0.48, units.weakest(body), "the weakest of the cap's links is the one to beat");
        assertEquals(Double.NEGATIVE_INFINITY, units.weakest(comment), "below the cap any link that reaches the threshold is kept");

        units.linksChanged(iri("g4/body"));
        assertFalse(units.linksKnown(body));
        assertTrue(Double.isNaN(units.weakest(body)));
        assertEquals(0.5, units.linkScore(comment, 22), "the other post's are kept");
    }

    /** The word's count in each post that has it, read through its posting list as a digest's scoring reads it. */
    private static java.util.Map<String, Integer> countsOf(UnitWords units, String word) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        int id = units.wordId(word);
        if (id < 0) return out;
        UnitWords.Postings p = units.postings(id);
        for (int i = 0; i < p.size(); i++) {
            int slot = p.slot(i);
            if (units.held(slot)) out.put(units.get(slot).resource().getURI(), units.count(slot, id, p.count(i)));
        }
        return out;
    }

    @Test
    void postingsCarryEachPostsCountOfTheWordAndSurviveCompaction() {
        UnitWords units = new UnitWords();
        units.add(iri("h1"), List.of(entry("h1", "body", "Quince quince quince and a ladder"), entry("h1", "c1", "One quince")));
        // enough documents taken out again that the lists are written anew without them
        for (int i = 0; i < 1100; i++) units.add(iri("t" + i), List.of(entry("t" + i, "body", "Ladder lantern " + "kiln ".repeat(i % 3 + 1))));
        units.add(iri("h2"), List.of(entry("h2", "body", "Ladder ladder kiln")));
        assertEquals(java.util.Map.of("http://example.org/h1/body", 3, "http://example.org/h1/c1", 1), countsOf(units, "quince"));
        assertEquals(1102, countsOf(units, "ladder").size());
        for (int i = 0; i < 1100; i++) units.remove(iri("t" + i));
        assertEquals(3, units.size());
        assertEquals(java.util.Map.of("http://example.org/h1/body", 3, "http://example.org/h1/c1", 1), countsOf(units, "quince"));
        assertEquals(java.util.Map.of("http://example.org/h1/body", 1, "http://example.org/h2/body", 2), countsOf(units, "ladder"));
        assertEquals(java.util.Map.of("http://example.org/h2/body", 1), countsOf(units, "kiln"));
        assertTrue(units.slots() < 1103, "the lists were written anew without the emptied slots");
        assertEquals(java.util.Map.of(), countsOf(units, "lantern"), "a word only the removed posts had");
        UnitWords.Held held = units.get(units.slotOf(iri("h2/body")));
        assertEquals(List.of("ladder", "kiln"), java.util.Arrays.stream(held.words()).mapToObj(units::word).toList());
    }

    @Test
    void aCountTooLargeForAPostingIsReadFromItsPost() {
        UnitWords units = new UnitWords();
        units.add(iri("h3"), List.of(entry("h3", "body", "Kiln ladder " + "kiln ".repeat(70000))));
        assertEquals(java.util.Map.of("http://example.org/h3/body", 70001), countsOf(units, "kiln"));
        assertEquals(java.util.Map.of("http://example.org/h3/body", 1), countsOf(units, "ladder"));
    }

    @Test
    void theCountWeightIsTheOneTermVectorsUse() {
        for (int c : new int[] {1, 2, 7, 255, 256, 70000}) assertEquals(1 + Math.log(c), UnitWords.countWeight(c));
    }
}

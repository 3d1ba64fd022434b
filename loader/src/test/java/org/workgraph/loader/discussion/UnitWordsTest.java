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
}

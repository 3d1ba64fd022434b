package org.workgraph.loader.blog.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Lines;

/** The model shipped with the loader, on a page written for this test (invented people and text). */
class LearnedHeadersTest {
    private static final List<Line> PAGE = Lines.of("""
            Four days, five days

            We moved to a four-day week last spring; here is what changed for the team and what did not.

            Idris Volkov 3 days ago

            We tried the same and the Friday calls simply moved to Thursday evening, which nobody wanted.

            Petra Lindqvist 2 days ago

            Our customers noticed nothing, and the team took fewer sick days than in any year before.
            """);

    @Test
    void theShippedModelLoadsAndTellsAHeaderFromText() {
        LearnedHeaders model = LearnedHeaders.shipped();
        double[] p = model.probabilities(PAGE);
        assertTrue(p[4] > LearnedHeaders.THRESHOLD && p[8] > LearnedHeaders.THRESHOLD, "headers: " + p[4] + ", " + p[8]);
        assertTrue(p[6] < LearnedHeaders.THRESHOLD && p[2] < LearnedHeaders.THRESHOLD, "text: " + p[2] + ", " + p[6]);
        assertEquals(0, p[1]);
        assertSame(model, LearnedHeaders.shipped());
    }

    @Test
    void itDefersToTheRulesOnAPageWhereTheyFoundAStrongHeader() {
        LearnedHeaders model = LearnedHeaders.shipped();
        assertEquals(Set.of(4, 8), model.headers(PAGE, Set.of()));
        assertEquals(Set.of(), model.headers(PAGE, Set.of(4)));
    }
}

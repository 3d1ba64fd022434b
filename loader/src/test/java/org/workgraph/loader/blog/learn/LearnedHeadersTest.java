package org.workgraph.loader.blog.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
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

    /** A thread with no header line: comments between repeated "Reply" rows (invented text). */
    private static final List<Line> FLAT = Lines.of("""
            Four days, five days

            We moved to a four-day week last spring; here is what changed for the team and what did not.

            We tried the same and the Friday calls simply moved to Thursday evening, which nobody wanted.
            Reply

            Our customers noticed nothing, and the team took fewer sick days than in any year before.
            Reply

            The only thing we lost was the Friday lunch, and nobody has missed it much so far.
            Reply
            """);

    /** A model trained for the test on FLAT itself: the lines after a "Reply" row start responses. */
    private static MaxentModel startsAfterReplies() throws Exception {
        LineFeatures f = new LineFeatures(FLAT);
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < FLAT.size(); i++) {
            if (FLAT.get(i).isBlank()) continue;
            String outcome = i == 7 || i == 10 ? LearnedHeaders.START : LearnedHeaders.RESPONSE;
            for (int c = 0; c < 3; c++) events.add(new Event(outcome, f.of(i).toArray(String[]::new)));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put("PrintMessages", false);
        return (MaxentModel) TrainerFactory.getEventTrainer(params, null).train(new CollectionObjectStream<>(events));
    }

    @Test
    void startsAreProposedOnlyWhenAskedOnAThreadWithNoHeaderAndWhereTwoFollowOneShape() throws Exception {
        MaxentModel model = startsAfterReplies();
        assertEquals(Set.of(7, 10), new LearnedHeaders(model, 2, 1, 0.5, 2).starts(FLAT, Set.of()));
        assertEquals(Set.of(), new LearnedHeaders(model, 2, 1).starts(FLAT, Set.of()), "off unless a start threshold is given");
        assertEquals(Set.of(), new LearnedHeaders(model, 2, 1, 0.5, 2).starts(FLAT, Set.of(4)), "a thread with headers is the rules'");
        assertEquals(Set.of(), new LearnedHeaders(model, 2, 1, 0.5, 3).starts(FLAT, Set.of()), "two starts do not make three");
        assertEquals(Set.of(), LearnedHeaders.shipped().starts(FLAT, Set.of()), "the shipped reader proposes no starts");
    }
}

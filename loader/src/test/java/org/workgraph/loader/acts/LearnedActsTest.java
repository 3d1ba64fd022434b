package org.workgraph.loader.acts;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workgraph.loader.extract.Span;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;

/**
 * How the learned act model is combined with the rules, with a model trained here on invented responses (so what it
 * learnt is known): it decides only where the rules fell back, only when sure enough, and what it decides carries the
 * features and words that decided it.
 */
class LearnedActsTest {
    private static final String WRITER = "Petra Lindgren";
    private static MaxentModel model;

    /** Short film-quote replies under a joke are jokes; long ones with a case of their own add a point. */
    @BeforeAll
    static void train() throws Exception {
        List<Event> events = new ArrayList<>();
        String[][] jokes = {
                {"The stapler stays with me.", "It was a blue stapler..."},
                {"And the coffee machine rose up.", "Spreadsheets all the way down."},
                {"The printer knows what it did.", "And I said no meetings, *no* meetings"}};
        String[] points = {
                "Our county moved the depot staff to four long days last spring, and sick days fell by a third within the year.",
                "The union at the plant asked for the trial terms in writing first, which is why nobody lost pay when it ended.",
                "In the hospital where I work the night rota is set a month ahead, so a swap needs the ward manager's signature."};
        for (String[] pair : jokes) events.addAll(events(post(reply(1, "Ivo Ranta", null, "Ha! The coffee machine is the real manager here."),
                reply(2, "Mara Oduya", 1, pair[0]), reply(3, "Ivo Ranta", 2, pair[1])), "humor", "humor", "humor"));
        for (String p : points) events.addAll(events(post(reply(1, "Jonas Weir", null, p)), "elaboration"));
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        model = trainer.train(new CollectionObjectStream<>(events));
    }

    @Test
    void theModelSetsTheMainActWhereTheRulesFellBackAndKeepsTheRulesReadingAsAFurtherAct() {
        BlogPost post = post(reply(1, "Ivo Ranta", null, "Ha! The coffee machine is the real manager here."),
                reply(2, "Mara Oduya", 1, "The kettle has seen things."));
        ActFinding ruled = main(new ActReader().read(post, WRITER), 2);
        assertEquals(Act.ELABORATION, ruled.act(), "the rules find no cue in it: " + ruled);
        List<ActFinding> read = new LearnedActs(model, 0.5, LearnedActs.Scope.FALLBACK).read(post, WRITER);
        ActFinding main = main(read, 2);
        assertEquals(Act.HUMOR, main.act(), main.toString());
        assertTrue(main.method().startsWith("the learned act model (p="), main.method());
        assertFalse(main.evidence().isEmpty(), "an act the model sets keeps evidence");
        assertTrue(read.stream().anyMatch(f -> f.unit() == 2 && !f.main() && f.act() == Act.ELABORATION), read.toString());
    }

    @Test
    void whereACueDecidedTheRulesKeepTheirReading() {
        BlogPost post = post(reply(1, "Ivo Ranta", null, "Ha! The coffee machine is the real manager here."),
                reply(2, "Mara Oduya", 1, "I agree, the kettle has seen things."));
        List<ActFinding> rules = new ActReader().read(post, WRITER).stream().filter(f -> f.unit() == 2).toList();
        assertEquals(Act.AGREEMENT, rules.get(0).act());
        assertEquals(rules, new LearnedActs(model, 0.5, LearnedActs.Scope.FALLBACK).read(post, WRITER).stream().filter(f -> f.unit() == 2).toList());
    }

    @Test
    void belowTheThresholdTheRulesKeepTheirReading() {
        BlogPost post = post(reply(1, "Ivo Ranta", null, "Ha! The coffee machine is the real manager here."),
                reply(2, "Mara Oduya", 1, "The kettle has seen things."));
        assertEquals(new ActReader().read(post, WRITER), new LearnedActs(model, 1.0, LearnedActs.Scope.FALLBACK).read(post, WRITER));
    }

    @Test
    void theEvidenceOfAnActTheModelSetsQuotesTheResponsesOwnWords() {
        BlogPost post = post(reply(1, "Ivo Ranta", null, "Ha! The coffee machine is the real manager here."),
                reply(2, "Mara Oduya", 1, "The kettle has seen things."));
        ActFinding main = main(new LearnedActs(model, 0.5, LearnedActs.Scope.FALLBACK).read(post, WRITER), 2);
        String text = post.responses().get(1).text();
        for (Span s : main.evidence()) {
            assertEquals(2, s.unit());
            assertEquals(s.exact(), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void featuresReadTheThreadAsWellAsTheWords() {
        BlogPost post = post(reply(1, "Ivo Ranta", null, "Do you think the pilot will last?"),
                reply(2, WRITER, 1, "Yes, until the autumn at least!"));
        List<List<String>> f = ActFeatures.of(post, WRITER, new ActReader().read(post, WRITER));
        assertTrue(f.get(1).contains("parent=question"), f.get(1).toString());
        assertTrue(f.get(1).contains("byPostWriter"), f.get(1).toString());
        assertTrue(f.get(1).contains("cue=yes"), f.get(1).toString());
        assertTrue(f.get(1).contains("end=!"), f.get(1).toString());
        assertTrue(f.get(0).contains("cue=asksYou") || f.get(0).contains("cue=asking"), f.get(0).toString());
        assertTrue(f.get(0).contains("first") && f.get(1).contains("last"));
    }

    // ---------------------------------------------------------------- helpers

    private static List<Event> events(BlogPost post, String... outcomes) {
        List<List<String>> f = ActFeatures.of(post, WRITER, new ActReader().read(post, WRITER));
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) out.add(new Event(outcomes[i], f.get(i).toArray(String[]::new)));
        return out;
    }

    private static ActFinding main(List<ActFinding> findings, int unit) {
        return findings.stream().filter(a -> a.unit() == unit && a.main()).findFirst().orElseThrow();
    }

    private static BlogPost post(Response... responses) {
        return new BlogPost(new Source("invented.txt", "0"), "On teams", WRITER, null, List.of(), null,
                "Offices are changing. Teams now meet twice a week and write the rest down.", List.of(responses));
    }

    private static Response reply(int n, String writer, Integer to, String text) {
        return new Response(n, null, to == null ? ResponseKind.COMMENT : ResponseKind.REPLY, writer, to, null, text, null, null, n);
    }
}

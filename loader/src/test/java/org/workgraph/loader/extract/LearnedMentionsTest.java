package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;

/**
 * The learned recogniser beside the rules: what it may see of a word, how its proposals become mentions (added only
 * where no rule found anything, through the rules' gates, each with its probability and features as evidence), and
 * the shipped model's plausibility gates. Names invented.
 */
class LearnedMentionsTest {
    private static BlogPost post(String body, Response... responses) {
        return new BlogPost(new Source("p.txt", "0".repeat(64)), "A post", "Ann Example", null, List.of(), null, body, List.of(responses));
    }

    private static Response comment(int n, String writer, String text) {
        return new Response(n, null, ResponseKind.COMMENT, writer, null, null, text, null, null, 10 * n);
    }

    /** Proposes the given stretches of each unit, found by their words. */
    private static MentionRecogniser proposing(Finding.Entity entity, String... words) {
        return units -> {
            List<MentionRecogniser.Proposal> out = new ArrayList<>();
            units.forEach((u, text) -> {
                for (String w : words) {
                    int at = text.indexOf(w);
                    if (at >= 0) out.add(new MentionRecogniser.Proposal(u, at, at + w.length(), entity, 0.93, "recogniser, p=0.93, features sh=Xx"));
                }
            });
            return out;
        };
    }

    private static List<Finding> mentions(MentionRecogniser r, BlogPost post) {
        return new ThreadReader(r).read(post).of(Finding.Relation.MENTIONS);
    }

    @Test
    void featuresDescribeAWordsShapeAndContextNeverTheNameItself() {
        MentionFeatures f = new MentionFeatures(Map.of(0, "Last spring we moved our rota to Quorblex and never looked back."));
        List<MentionFeatures.Token> ts = f.tokens(0);
        int i = 0;
        while (!ts.get(i).text().equals("Quorblex")) i++;
        assertTrue(f.candidate(0, i));
        assertFalse(f.candidate(0, i + 1), "a lower-case word is no candidate");
        List<String> features = f.features(0, i);
        assertTrue(features.contains("sh=Xx") && features.contains("p1w=to") && features.contains("n1w=and"), features.toString());
        assertTrue(features.stream().noneMatch(x -> x.toLowerCase().contains("quorblex")), "the word itself is no feature: " + features);
    }

    @Test
    void aProposalBecomesAMentionWithItsEvidenceWhereNoRuleFoundAnything() {
        BlogPost post = post("Last spring we moved our rota to Quorblex and never looked back.");
        assertTrue(mentions(MentionRecogniser.NONE, post).isEmpty(), "no rule names it");
        List<Finding> found = mentions(proposing(Finding.Entity.ORGANIZATION, "Quorblex"), post);
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Finding.Entity.ORGANIZATION, f.entity());
        assertEquals("Quorblex", f.name());
        assertTrue(f.method().startsWith("recogniser, p=0.93"), f.method());
        assertEquals("Quorblex", f.evidence().get(0).exact());
    }

    @Test
    void theRecogniserNeverOverridesOrRemovesWhatTheRulesFound() {
        BlogPost post = post("Night editor Rosalind Grimsdyke has joined the Harrowgate Courier.");
        Set<String> rules = mentions(MentionRecogniser.NONE, post).stream().map(f -> f.entity() + " " + f.name()).collect(Collectors.toSet());
        assertTrue(rules.contains("PERSON Rosalind Grimsdyke") && rules.contains("ORGANIZATION Harrowgate Courier"), rules.toString());
        // A recogniser that calls the person an organisation and proposes nothing else changes nothing.
        Set<String> with = mentions(proposing(Finding.Entity.ORGANIZATION, "Rosalind Grimsdyke", "Harrowgate"), post).stream()
                .map(f -> f.entity() + " " + f.name()).collect(Collectors.toSet());
        assertEquals(rules, with);
    }

    @Test
    void aProposalPassesTheRulesGatesNotTheWriterNorAHeaderLine() {
        BlogPost post = post("A body.", comment(1, "Tobias Quernmore", "Tobias Quernmore says:\nWe tried Quorblex too."),
                comment(2, "Ann Example", "Well, Tobias Quernmore tried it."));
        Set<String> names = mentions(proposing(Finding.Entity.PERSON, "Tobias Quernmore"), post).stream()
                .map(f -> f.unit() + " " + f.name()).collect(Collectors.toSet());
        // Unit 1 prints its writer's name over the text: no mention there; unit 2 names him in prose.
        assertEquals(Set.of("2 Tobias Quernmore"), names);
    }

    /** A model that gives every candidate word the same outcome with the same probability. */
    private static MaxentModel always(String outcome, double p) {
        String[] outcomes = {LearnedMentions.PERSON, LearnedMentions.ORGANIZATION, LearnedMentions.OTHER};
        return new MaxentModel() {
            @Override public double[] eval(String[] context) {
                double[] out = new double[3];
                for (int k = 0; k < 3; k++) out[k] = outcomes[k].equals(outcome) ? p : (1 - p) / 2;
                return out;
            }
            @Override public double[] eval(String[] context, double[] probs) { return eval(context); }
            @Override public double[] eval(String[] context, float[] values) { return eval(context); }
            @Override public String getBestOutcome(double[] outcomes1) { return outcome; }
            @Override public String getAllOutcomes(double[] outcomes1) { return outcome; }
            @Override public String getOutcome(int i) { return outcomes[i]; }
            @Override public int getIndex(String o) { return List.of(outcomes).indexOf(o); }
            @Override public int getNumOutcomes() { return 3; }
        };
    }

    @Test
    void runsOfOneLabelMakeNamesAndTheThresholdAndShapeGatesHold() {
        Map<Integer, String> units = Map.of(0, "We asked Rosalind Grimsdyke about Quorblex. Tuesday came.");
        List<MentionRecogniser.Proposal> people = new LearnedMentions(always(LearnedMentions.PERSON, 0.8), 0.7).propose(units);
        // A person is named by two words at least: "Quorblex" and "Tuesday" alone are not proposed, nor "We" (one word).
        assertEquals(List.of("Rosalind Grimsdyke"), people.stream().map(p -> units.get(0).substring(p.start(), p.end())).toList());
        assertTrue(people.get(0).why().startsWith("recogniser, p=0.80, features "), people.get(0).why());
        List<MentionRecogniser.Proposal> orgs = new LearnedMentions(always(LearnedMentions.ORGANIZATION, 0.8), 0.7).propose(units);
        // An organisation of one word is no day and, opening a sentence, no word of general English ("We").
        assertEquals(List.of("Rosalind Grimsdyke", "Quorblex"), orgs.stream().map(p -> units.get(0).substring(p.start(), p.end())).toList());
        assertEquals(List.of(), new LearnedMentions(always(LearnedMentions.ORGANIZATION, 0.8), 0.9).propose(units), "below the threshold");
    }

    @Test
    void aWordOfEnglishWrittenAsANameMidSentenceMayBeAnOrganisationButNotBesideTheWordInLowerCase() {
        MaxentModel org = always(LearnedMentions.ORGANIZATION, 0.95);
        Map<Integer, String> named = Map.of(0, "We posted the rota on Lantern and the replies poured in.");
        assertEquals(List.of("Lantern"), new LearnedMentions(org, 0.8).propose(named).stream()
                .map(p -> named.get(0).substring(p.start(), p.end())).toList(), "a capital mid-sentence, never lower case on the page");
        Map<Integer, String> word = Map.of(0, "We posted the rota on Lantern and the replies poured in.", 1, "Hold the lantern higher.");
        assertTrue(new LearnedMentions(org, 0.8).propose(word).stream().noneMatch(p -> word.get(p.unit()).startsWith("Lantern", p.start())),
                "the page writes the word in lower case too");
        Map<Integer, String> start = Map.of(0, "Lantern light fell on the yard.");
        assertEquals(List.of(), new LearnedMentions(org, 0.8).propose(start), "a sentence's first word");
    }

    @Test
    void aSentenceWithNoWordThatCouldBeANameIsNotTaggedAndHoldsNoCandidate() {
        MentionFeatures f = new MentionFeatures(Map.of(0, "Rotas changed again. We moved our rota to Quorblex."));
        List<MentionFeatures.Token> ts = f.tokens(0);
        assertNull(ts.get(0).tag(), "only a first word of general English: not tagged");
        assertFalse(f.candidate(0, 0));
        int i = 0;
        while (!ts.get(i).text().equals("Quorblex")) i++;
        assertNotNull(ts.get(i).tag());
        assertTrue(f.candidate(0, i));
        assertNotNull(ts.get(i - 4).tag(), "\"We\" is tagged with its sentence");
    }

    @Test
    void theShippedModelReadsAndProposesWithItsEvidence() {
        Map<Integer, String> units = Map.of(0, "Last spring we moved our whole team from Quorblex to Zentrava and the HR office followed.");
        List<MentionRecogniser.Proposal> found = LearnedMentions.shipped().propose(units);
        for (MentionRecogniser.Proposal p : found) {
            assertTrue(p.p() >= LearnedMentions.THRESHOLD, p.toString());
            assertTrue(p.why().startsWith("recogniser, p="), p.why());
            assertNotEquals("HR", units.get(0).substring(p.start(), p.end()));
        }
    }
}

package org.workgraph.loader.ideas;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Candidate phrases: which runs of words can name a concept. */
class PhrasesTest {
    private final Tagger tagger = new Tagger();

    private List<String> surfaces(String text) {
        return Phrases.in(text, tagger).stream().map(Phrases.Occurrence::surface).toList();
    }

    @Test
    void aHyphenatedAdjectiveIsNoConcept() {
        List<String> found = surfaces("Unless your skills are world-class, you are a commodity.");
        assertTrue(found.contains("commodity"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("world-class")), found.toString());
    }

    @Test
    void determinersAndPronounsTheTaggerMissesBoundAPhrase() {
        List<String> found = surfaces("Nobody moves to another platform for a badge.");
        assertTrue(found.contains("platform"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.startsWith("another") || s.startsWith("Nobody")), found.toString());
    }

    @Test
    void aLabelsPhrasesAreFoundThroughItsOwnTagging() {
        String label = "Open Shift Marketplaces";
        assertTrue(Phrases.in(label, tagger.tagLabel(label)).stream().anyMatch(o -> o.surface().equals(label)));
    }

    @Test
    void aPastFormRightAfterANounIsItsVerb() {
        List<String> found = surfaces("Senior clerks audited invoices by hand, but the outsourced service checked nothing.");
        assertTrue(found.contains("Senior clerks"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("audited")), found.toString());
        assertTrue(found.contains("outsourced service"), "after a determiner it is a modifier: " + found);
    }

    @Test
    void anIngFormWithAnObjectOrAdverbIsAVerb() {
        assertTrue(surfaces("Managers depend on childcare happening elsewhere.").stream().noneMatch(s -> s.contains("happening")));
        assertTrue(surfaces("The mentor remembering them helped.").stream().noneMatch(s -> s.contains("remembering")));
        assertTrue(surfaces("Demand forecasting often fails.").contains("Demand forecasting"), "an adverb before the verb of its subject");
    }

    @Test
    void anAcronymBeforeACompoundNamesItsFieldNotItsConcept() {
        List<String> found = surfaces("Retailers now rely on AI staffing software to plan rotas.");
        assertTrue(found.contains("staffing software"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.startsWith("AI")), found.toString());
        found = surfaces("Workers claim open shifts, while AI demand forecasting decides how many people each hour needs.");
        assertTrue(found.contains("demand forecasting"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.startsWith("AI")), "a compound with an -ing head too: " + found);
        assertTrue(surfaces("AI tools are cheap.").contains("AI tools"), "before a single noun it is part of the phrase");
        String label = "REMOTE WORK POLICY";
        assertTrue(Phrases.in(label, tagger.tagLabel(label)).stream().anyMatch(o -> o.surface().equals(label)), "a phrase in capitals");
    }

    @Test
    void anIngFormHeadsACompoundAfterASingularNounOnly() {
        assertTrue(surfaces("Better demand forecasting helps.").contains("demand forecasting"));
        List<String> found = surfaces("Crews moving to night work sleep badly.");
        assertTrue(found.stream().noneMatch(s -> s.contains("moving")), found.toString());
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Working from home: a quiet room, no commute and a cat on the desk. | Working from home",
            "Nobody at the depot saw the point of eating with coworkers every day. | eating with coworkers",
            "One nurse in five combines paid work with caring for a parent. | caring for a parent",
            "The new hires started asking questions in every stand-up. | asking questions",
            "Our union talked about working on Saturdays again. | working on Saturdays"})
    void aGerundWithItsObjectOrPlaceIsAnActivity(String text, String activity) {
        List<Phrases.Occurrence> found = Phrases.in(text, tagger);
        // (a participle the tagger already reads as the noun phrase's first word is found as one: "asking questions")
        assertTrue(found.stream().anyMatch(o -> o.surface().equals(activity)), found.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The new mill is killing middle class jobs in the valley.",
            "Crews moving heavy furniture need better gloves.",
            "The editors keep the copy short."})
    void aProgressiveOrAParticipleAfterItsSubjectIsNoActivity(String text) {
        List<Phrases.Occurrence> found = Phrases.in(text, tagger);
        assertTrue(found.stream().noneMatch(Phrases.Occurrence::activity), found.toString());
    }

    @Test
    void anIngFormAfterAPluralIsItsVerbNotAModifier() {
        String label = "Five Forces Reshaping Frontline Work";
        List<String> found = Phrases.in(label, tagger.tagLabel(label)).stream().map(Phrases.Occurrence::surface).toList();
        assertTrue(found.contains("Frontline Work"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("Reshaping")), found.toString());
    }

    @Test
    void aChainOfHyphensIsOneWord() {
        List<String> found = surfaces("Virtual face-to-face meetings replace the commute.");
        assertTrue(found.stream().noneMatch(s -> s.startsWith("to-face") || s.equals("Virtual face")), found.toString());
        assertTrue(found.contains("meetings"), found.toString());
    }
}

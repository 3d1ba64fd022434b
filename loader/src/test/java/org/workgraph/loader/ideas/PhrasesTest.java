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

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "The bakery tried a four day work week over the winter. | four day work week",
            "Drivers on a ten hour day rarely stop for lunch. | ten hour day",
            "She swapped the 40-hour week for freelance work. | 40-hour week",
            "Staff at the plant voted for a four-day week last spring. | four-day week",
            "Long trains ate into everyone's commute time and family time. | commute time",
            "Long trains ate into everyone's commute time and family time. | family time"})
    void aMeasureOrATimeWordHeadsAPhrase(String text, String phrase) {
        assertTrue(surfaces(text).contains(phrase), surfaces(text).toString());
    }

    @ParameterizedTest(name = "nothing ending in a time word in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "We met four days a week at the same time every year.",
            "Last year the shop opened every day.",
            "The team spent time on the cost of time sheets.",
            "It was a long day and a strange time for everyone."})
    void aTimeWordAloneOrAfterAFunctionWordIsNoPhrase(String text) {
        List<String> found = surfaces(text);
        assertTrue(found.stream().noneMatch(f -> f.matches("(?i).*\\s(time|times|day|days|year|years)")), found.toString());
    }

    @ParameterizedTest(name = "no word of an address or a fragment in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Read the survey at https://example.com/remote-survey before Friday. | com",
            "Read the survey at https://example.com/remote-survey before Friday. | https",
            "Mail the union rep at rep@example.org about pay. | org",
            "Their site, www.example.net, lists every open job. | www",
            "I think we ll trade shifts next month. | ll trade shifts",
            "You re working harder than ever. | re",
            "It was the 5 th time the printer jammed. | th"})
    void noPhraseTakesInAnAddressOrAWordFragment(String text, String word) {
        List<String> found = surfaces(text);
        assertTrue(found.stream().noneMatch(f -> List.of(f.toLowerCase().split("[\\s.-]+")).contains(word.split(" ")[0])), found.toString());
    }

    @Test
    void aWordBesideAnAddressIsStillAWord() {
        assertTrue(surfaces("The remote survey (see example.com) asked about pay cuts.").contains("remote survey"));
        assertTrue(surfaces("The remote survey (see example.com) asked about pay cuts.").contains("pay cuts"));
    }

    @Test
    void aMeasuredWeekIsNoLightWeek() {
        assertTrue(Phrases.weak("Sunday week"));
        assertFalse(Phrases.weak("four day week"));
        assertFalse(Phrases.weak("40-hour week"));
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

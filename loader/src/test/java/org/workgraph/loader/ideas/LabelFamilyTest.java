package org.workgraph.loader.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Other wordings of an idea, from its head word's family in general English: never from a text, never guessed. */
class LabelFamilyTest {

    @ParameterizedTest(name = "{0} is also {1}")
    @CsvSource(delimiter = '|', value = {
            "flexible working | flexible work",
            "demand forecasting | demand forecast",
            "working from home | work from home",
            "caring for a parent | care for a parent",
            "freelance recruiters | freelance recruiting",
            "4 day week | four day week",
            "10-hour day | ten hour day",
            "4 day working week | four day working week"})
    void aFamilyMemberNamesTheSameConcept(String label, String other) {
        assertTrue(LabelFamily.variants(label).contains(other), LabelFamily.variants(label).toString());
    }

    @ParameterizedTest(name = "no other wording of {0}")
    @ValueSource(strings = {
            "staff training",      // an -ing noun with senses of its own
            "board meeting",
            "business model",      // a plain noun never becomes an -ing form
            "office space",
            "middle managers",     // an everyday agent noun names people, not an activity
            "40 hour week",        // only small numbers are spelled out
            "flexible hours",
            "gig economy"})
    void aWordOfItsOwnHasNoFamilyHere(String label) {
        assertEquals(List.of(), LabelFamily.variants(label));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"work | working", "schedule | scheduling", "agree | agreeing"})
    void theIngFormOfAVerb(String verb, String ing) {
        assertEquals(ing, LabelFamily.ing(verb));
    }
}

package org.workgraph.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An account's handle is scored as the same account however the page and the gold decorate it. */
class BareHandleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "u/quiet_owl | quiet_owl",
            "/u/quiet_owl | quiet_owl",
            "@quiet_owl | quiet_owl",
            "quiet_owl@example.social | quiet_owl",
            "QuietOwl@lemmy.example.org | QuietOwl",
            "quiet_owl | quiet_owl"})
    void aHandlesMarksAreDropped(String printed, String bare) {
        assertEquals(bare, GoldSet.bareHandle(printed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ann Lee",
            "ann lee@example.org",
            "info@",
            "@"})
    void namesAndOddStringsStayAsTheyAre(String name) {
        assertEquals(name, GoldSet.bareHandle(name));
    }
}

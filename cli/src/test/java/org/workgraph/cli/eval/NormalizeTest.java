package org.workgraph.cli.eval;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How ideas are compared: case, hyphens and a plural do not matter; other words do. */
class NormalizeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Skill gaps | skill-gap",
            "unreasonable bosses | unreasonable boss",
            "coaching approaches | coaching approach",
            "payroll taxes | payroll tax",
            "wishes | wish",
            "hiring freezes | hiring freeze",
            "communities | community",
            "Work-Life Balance | work life balance"})
    void aPluralCaseOrHyphenIsTheSameIdea(String a, String b) {
        assertEquals(Normalize.concept(a), Normalize.concept(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "telecommuters | telecommuting",
            "business | busines",
            "remote work | remote worker"})
    void otherWordsStayApart(String a, String b) {
        assertNotEquals(Normalize.concept(a), Normalize.concept(b));
    }
}

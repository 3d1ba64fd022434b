package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** An organisation found by part of its name is named as the text writes it in full. Texts and names invented. */
class NameExtentTest {
    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("a country's initials before a body", "Pay rules came from the U.S. Harbour Department this week.", "Harbour Department",
                        "U.S. Harbour Department"),
                Arguments.of("a firm with its partners", "According to Quillon & Company, most teams meet twice a week.", "Quillon", "Quillon & Company"),
                Arguments.of("a head word with its part", "The UK Department for Night Work and Rest study found little change.", "Rest",
                        "UK Department for Night Work and Rest"),
                Arguments.of("the body's last word", "The Fenwick Trades Union Congress warned employers.", "Fenwick Trades Union",
                        "Fenwick Trades Union Congress"),
                Arguments.of("two words before the head word", "New Tallowmere Census Bureau data shows a dip.", "Census",
                        "Tallowmere Census Bureau"),
                Arguments.of("a brand's own 's in a list", "She ran brands like Bollo\u2019s, Tarrow and Quim for years.", "Bollo", "Bollo\u2019s"),
                Arguments.of("a brand's own 's at a sentence end", "Lunch was at Bollo's. Then we went home.", "Bollo", "Bollo's"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aPartGrowsToTheWholeName(String why, String text, String part, String whole) {
        int start = text.indexOf(part);
        int[] w = NameExtent.whole(text, start, start + part.length());
        assertNotNull(w, why);
        assertEquals(whole, text.substring(w[0], w[1]));
    }

    static Stream<Arguments> staysAsItIs() {
        return Stream.of(
                Arguments.of("a product after a firm's name", "Quillon Teams arrives on car dashboards.", "Quillon"),
                Arguments.of("a possessive before what it owns", "Quillon\u2019s new report is out.", "Quillon"),
                Arguments.of("a word that opens the sentence", "Yesterday Harbour Bank cut its rates.", "Harbour Bank"),
                Arguments.of("a heading's capitals", "Why Quillon Research Matters Now", "Quillon"),
                Arguments.of("a name before the next sentence", "He left Quillon. Harbour Bank hired him.", "Quillon"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staysAsItIs")
    void aNameWithNoFullerFormStays(String why, String text, String part) {
        int start = text.indexOf(part);
        assertNull(NameExtent.whole(text, start, start + part.length()), why);
    }

    private static Finding org(String text, String name) {
        int at = text.indexOf(name);
        return new Finding(0, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, name, name, "test", List.of(Spans.of(0, text, at, at + name.length())));
    }

    @Test
    void partsOfOneGrownNameAreOneOrganisationAndANameOverASentenceEndIsNone() {
        String text = "Figures from the UK Census Bureau show a dip in the recession. The rest is noise.";
        List<Finding> out = NameExtent.widen(0, text, List.of(org(text, "Census"), org(text, "Bureau"), org(text, "recession. The")));
        assertEquals(List.of("UK Census Bureau"), out.stream().map(Finding::name).toList());
    }

    @Test
    void aShorterNameOfTheSameBodyGoesButAFirmStaysBesideItsFoundation() {
        String text = "The Harbour Department and the U.S. Harbour Department; Ghostly and the Ghostly Foundation.";
        List<Finding> found = List.of(org(text, "Harbour Department"), org(text, "U.S. Harbour Department"), org(text, "Ghostly"), org(text, "Ghostly Foundation"));
        assertEquals(List.of("U.S. Harbour Department", "Ghostly", "Ghostly Foundation"), NameExtent.fuller(found).stream().map(Finding::name).toList());
    }
}

package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** A person by the age the text gives after the name (AgeAppositive), and what it leaves alone. Every name here is invented. */
class AgeAppositiveTest {
    private static Set<String> people(String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == Finding.Entity.PERSON)
                .map(Finding::name).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The cart squeaks as Quernby Vasquello, 26, pulls it through the aisle.|Quernby Vasquello",
            "Some bosses disagree. Ysolde, a 37-year-old manager, thinks the office is better.|Ysolde"})
    void aNameGivenAnAge(String text, String person) throws Exception {
        assertTrue(people(text).contains(person), people(text).toString());
    }

    @Test
    void aHeadingsWordJoinedToTheNameGoes() throws Exception {
        // Lines reach the finder joined: the heading's last word runs into the name.
        assertEquals(Set.of("Ann"), people("Only when hell freezes over Bosses\n\nAnn, a 37-year-old manager, thinks the office is better."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rotas changed in Harbourville, 12, 14 and 16 May.",
            "Management, a 40-year-old institution here, disagrees."})
    void aPlaceADateOrAWordIsGivenNoAge(String text) throws Exception {
        assertEquals(Set.of(), people(text));
    }
}

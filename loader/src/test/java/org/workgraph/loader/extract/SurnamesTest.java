package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** What the loader reads from WordNet: surnames that only ever name people, and nothing else. */
class SurnamesTest {
    private static final Surnames LEXICON = LoneSurnames.sharedSurnames();

    @Test
    void aSurnameWordNetGivesOnlyToPeopleListsTheirFullNames() {
        assertTrue(LEXICON.people("Kafka").contains("Franz Kafka"), LEXICON.people("Kafka").toString());
        assertTrue(LEXICON.people("orwell").contains("George Orwell"));
    }

    @Test
    void aWordThatIsAlsoSomethingElseIsNoSurnameHere() {
        assertEquals(List.of(), LEXICON.people("Gates"), "a plural of a common noun");
        assertEquals(List.of(), LEXICON.people("Darwin"), "also a city");
        assertEquals(List.of(), LEXICON.people("Einstein"), "also a common noun: a genius");
        assertEquals(List.of(), LEXICON.people("Table"));
    }

    @Test
    void termsThatOpenWithASurnameAreKnown() {
        assertTrue(LEXICON.opensTerm("Parkinson's", "law"));
        assertTrue(LEXICON.opensTerm("Turing", "machine"));
        assertFalse(LEXICON.opensTerm("Kafka", "wrote"));
    }

    @Test
    void commonNounsForKindsOfPeopleAreKnown() {
        assertTrue(LEXICON.namesPeople("economist"));
        assertTrue(LEXICON.namesPeople("poets"));
        assertFalse(LEXICON.namesPeople("town"));
        assertFalse(LEXICON.namesPeople("company"), "first of all a business, not companions");
    }

    @Test
    void theLoaderFindsARealLoneSurnameAndSkipsEponyms() throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("""
                Night shifts

                The new overtime form is so tangled that it makes Kafka look cheerful. No software would pass the
                Turing test by filling it in, and by Parkinson's law it grows to fill the night.
                """));
        List<String> people = new Reader().read(post).of(Finding.Relation.MENTIONS).stream()
                .filter(f -> f.entity() == Finding.Entity.PERSON).map(Finding::name).toList();
        assertEquals(List.of("Kafka"), people);
    }
}

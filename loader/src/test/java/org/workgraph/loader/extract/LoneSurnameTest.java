package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * A surname standing alone, with no cue word, is a person's only when the lexicon, the sentence and the tagger
 * agree. The rules are tried on an invented lexicon (invented people), so that the test says what the rules do
 * whatever WordNet holds; {@link SurnamesTest} checks what is read from WordNet.
 */
class LoneSurnameTest {
    private static LoneSurnames surnames;

    @BeforeAll
    static void lexicon() {
        surnames = new LoneSurnames(new Surnames(
                Map.of("quillfeather", List.of("Odalys Quillfeather"), "marrowby", List.of("Tamsin Marrowby", "Ezra Marrowby")),
                Set.of("quillfeather's rule"), Set.of("poet", "planner")), org.workgraph.loader.text.PosModel.english());
    }

    private static List<Finding> people(String body, String... pagePeople) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        PagePeople people = new PagePeople();
        for (String p : pagePeople) people.add(p);
        return new MentionFinder(() -> surnames).inPost(post, people, Map.of(), null, List.of()).stream()
                .filter(f -> f.entity() == Finding.Entity.PERSON).toList();
    }

    private static List<String> names(String body) throws Exception {
        return people(body).stream().map(Finding::name).toList();
    }

    @Test
    void aLoneSurnameInAPersonsPlaceIsAPersonWithItsQuote() throws Exception {
        String body = "The new rota is strict. It makes Marrowby look relaxed.";
        List<Finding> found = people(body);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("Marrowby", f.name());
        Span quote = f.evidence().get(0);
        assertEquals("Marrowby", quote.exact());
        assertTrue(f.method().contains("Tamsin Marrowby"), f.method());
    }

    @Test
    void possessivesAndSentenceEndsArePersonPlacesToo() throws Exception {
        assertEquals(List.of("Quillfeather"), names("I keep rereading Quillfeather's notes on night work."));
        assertEquals(List.of("Quillfeather"), names("Few planners were as blunt as Quillfeather."));
    }

    @Test
    void aPersonOfThePageWithThatSurnameIsTheOneMeant() throws Exception {
        List<Finding> found = people("We argued until midnight, and in the end Marrowby agreed.", "Ezra Marrowby", "Ann Lee");
        assertEquals(List.of("Ezra Marrowby"), found.stream().map(Finding::name).toList());
        assertEquals("Marrowby", found.get(0).written());
    }

    @Test
    void aWordThatOpensASentenceOrARunOrFollowsADeterminerIsNoLoneSurname() throws Exception {
        assertEquals(List.of(), names("Marrowby look relaxed next to this."));
        assertEquals(List.of(), names("We met the Marrowby committee twice."));
        assertEquals(List.of(), names("We hired Marrowby Logistics last spring."));
        assertEquals(List.of(), names("It moved to the Marrowby-Lane depot."));
        assertEquals(List.of(), names("Call it a Marrowby moment."));
    }

    @Test
    void aSurnameThatModifiesANounOrOpensATermIsNoPerson() throws Exception {
        assertEquals(List.of(), names("Our managers apply Marrowby scoring to every shift."));
        assertEquals(List.of(), names("By Quillfeather's rule the late shift gets the bonus."));
    }

    @Test
    void aSurnameTheTextDefinesAsSomethingElseIsNoPerson() throws Exception {
        assertEquals(List.of(), names("We drove north, and Marrowby is a small town by the sea."));
        assertEquals(List.of(), names("We drove north to see Marrowby, a quiet harbour, at dawn."));
        assertEquals(List.of("Marrowby"), names("We read north to south, and Marrowby is a fine poet of the night."));
    }

    @Test
    void aCapitalisedWordTheLexiconDoesNotKnowIsNoPerson() throws Exception {
        assertEquals(List.of(), names("The new rota is strict. It makes Brindlewick look relaxed."));
    }
}

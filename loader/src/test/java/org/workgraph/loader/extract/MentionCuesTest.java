package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Names a post gives by cue rather than by shape: works it does not call a book or an article (cited titles,
 * headlines, a publication's story), and a writer by surname alone.
 */
class MentionCuesTest {
    private static List<String> mentioned(Finding.Entity entity, String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream()
                .filter(f -> f.entity() == entity).map(Finding::name).toList();
    }

    private static List<String> works(String body) throws Exception { return mentioned(Finding.Entity.WORK, body); }

    private static List<String> people(String body) throws Exception { return mentioned(Finding.Entity.PERSON, body); }

    @Test
    void aTitleCitedBeforeAQuotationIsAWork() throws Exception {
        assertEquals(List.of("lanterns for the late crew"), works("""
                Shift work shapes a town. As I said in lanterns for the late crew:

                Nobody plans a night economy; it grows where the lights stay on."""));
    }

    @Test
    void somethingSaidInAPlaceIsNoWork() throws Exception {
        assertEquals(List.of(), works("""
                She said in the meeting: We need more buses after midnight. I agreed."""));
    }

    @Test
    void aHeadlineAttributedToANewsSourceIsAWork() throws Exception {
        assertEquals(List.of("Robots take the night shift"), works("""
                The pattern is old. Robots take the night shift NightDesk informs us. Few readers were surprised."""));
    }

    @Test
    void aPublicationsNameForItsStoryIsAWork() throws Exception {
        assertEquals(List.of("the end of the commute"), works("""
                Offices emptied. The Harbour Ledger calls it the end of the commute. I doubt it."""));
    }

    @Test
    void aSurnameAfterApologiesToIsAPerson() throws Exception {
        assertEquals(List.of("Marlowe"), people("Work is rhyme and rhyme is work [apologies to Marlowe]. So I say."));
    }

    @Test
    void aCapitalisedWordWithoutTheCueIsNot() throws Exception {
        // "Marlowe" is no word the finder ignores anyway: only the missing cue keeps it from being a person.
        assertEquals(List.of(), people("Work is rhyme and rhyme is work, and Marlowe is a town by the sea."));
    }
}

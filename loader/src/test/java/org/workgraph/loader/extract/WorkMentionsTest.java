package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** Works a post names without calling them a book or an article: cited titles, headlines, a publication's story. */
class WorkMentionsTest {
    private List<String> works(String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream()
                .filter(f -> f.entity() == Finding.Entity.WORK).map(Finding::name).toList();
    }

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
}

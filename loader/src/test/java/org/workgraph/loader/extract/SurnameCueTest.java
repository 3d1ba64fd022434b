package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** A writer named by surname alone, after a phrase that only ever introduces a writer. */
class SurnameCueTest {
    private List<String> people(String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Verses at work\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream()
                .filter(f -> f.entity() == Finding.Entity.PERSON).map(Finding::name).toList();
    }

    @Test
    void aSurnameAfterApologiesToIsAPerson() throws Exception {
        assertEquals(List.of("Marlowe"), people("Work is rhyme and rhyme is work [apologies to Marlowe]. So I say."));
    }

    @Test
    void aCapitalisedWordWithoutTheCueIsNot() throws Exception {
        assertEquals(List.of(), people("Work is rhyme and rhyme is work, says Monday. So I say."));
    }
}

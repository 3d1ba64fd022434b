package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** Bodies named head first with their "of"/"for" part (HeadFirst), and what it leaves alone. Every name here is invented. */
class HeadFirstTest {
    private static Set<String> names(Finding.Entity entity, String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == entity).map(Finding::name)
                .collect(Collectors.toSet());
    }

    @Test
    void aPublicOfficeNamedHeadFirstMidSentence() throws Exception {
        assertTrue(names(Finding.Entity.ORGANIZATION, "After the vote, the Office of Rota Planning and Budget issued a memo to every team.")
                .contains("Office of Rota Planning and Budget"));
        assertTrue(names(Finding.Entity.ORGANIZATION, "The Office of Night Staff Management dutifully reported this week that most teams complied.")
                .contains("Office of Night Staff Management"));
        assertTrue(names(Finding.Entity.ORGANIZATION, "Studies from Brindlewick, University of Quillford, and others agree.")
                .contains("University of Quillford"));
    }

    @Test
    void aBoardOfItsOwnMembersIsNoName() throws Exception {
        String text = "Yesterday the Board of Directors met to talk about night shifts.";
        java.util.List<Finding> found = new java.util.ArrayList<>();
        HeadFirst.organisations(0, text, new PagePeople(), new RunningText.Sink() {
            @Override public boolean free(int start, int end) { return true; }

            @Override public void add(Finding f) { found.add(f); }
        });
        assertEquals(java.util.List.of(), found);
    }

    @Test
    void aPieceInAPublicationNamesThePublication() throws Exception {
        assertTrue(names(Finding.Entity.ORGANIZATION, "This article appeared in The Harbour Ledger yesterday and was shared widely.").contains("The Harbour Ledger"));
        assertTrue(names(Finding.Entity.ORGANIZATION, "Remote teams file fewer patents, based on a study in Quillnature last year.").contains("Quillnature"));
        // Paragraphs reach the finder joined: the next paragraph's first word is no part of the publication's name.
        Set<String> joined = names(Finding.Entity.ORGANIZATION, "Remote teams file fewer patents, based on a study in Quillnature\n\nZentravo knew about it.");
        assertFalse(joined.contains("Quillnature Zentravo"), joined.toString());
        // A place or a language is where or how a piece was written, not who printed it.
        assertFalse(names(Finding.Entity.ORGANIZATION, "There is a long essay in English about the night shift.").contains("English"));
    }
}

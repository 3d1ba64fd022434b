package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * A comment system's furniture around a writer's name (WriterFurniture), a middle initial inside a name and a role
 * phrase in capitals (PersonShape): what the page prints as a header names no one mentioned. Names invented.
 */
class WriterFurnitureTest {
    private static Set<String> people(String page) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(page));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == Finding.Entity.PERSON)
                .map(Finding::name).collect(Collectors.toSet());
    }

    @Test
    void theRestOfAHeaderLineAfterAName() {
        for (String rest : new String[] {"(she/her)'s avatar", "'s avatar", "\u2019s picture", "(they/them)", "Avatar"}) {
            assertTrue(WriterFurniture.afterName(rest), rest);
        }
    }

    @Test
    void proseAfterANameIsNoFurniture() {
        assertFalse(WriterFurniture.afterName("said the rota would stay."));
        assertFalse(WriterFurniture.afterName("(she/her) wrote the rota"));
    }

    @Test
    void aNameWithPronounsBeforeItsAvatarIsAWriterNotAMention() throws Exception {
        String page = """
                Night shifts

                Should the depot keep the four-day rota? I think so.

                Wren Aldous (she/her)'s avatar

                The rota gives me three days with my children every week.
                """;
        assertFalse(people(page).contains("Wren Aldous"), people(page).toString());
    }

    @Test
    void aMiddleInitialIsPartOfTheName() throws Exception {
        Set<String> found = people("Night shifts\n\nAccording to rota expert Marnie T. Quellway, night staff need two days off. \"It works,\" says Quellway.\n");
        assertFalse(found.contains("T. Quellway"), found.toString());
    }

    @Test
    void aNameWithAMiddleInitialEndsWithOneFamilyName() throws Exception {
        Set<String> found = people("Night shifts\n\nEnding a rota: hard to do\nHarbour Legal, Marnie T. Quellway\n\nFiring a night worker is like a break-up.\n");
        assertFalse(found.stream().anyMatch(n -> n.contains("Firing")), found.toString());
    }

    @Test
    void aRoleInCapitalsIsNoPerson() {
        assertTrue(PersonShape.refuses("Rota Engineer", null).isPresent());
        assertTrue(PersonShape.refuses("Orla Moderator", null).isPresent());
        assertTrue(PersonShape.refuses("Orla Quellway", null).isEmpty());
    }
}

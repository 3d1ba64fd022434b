package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** A body with the kind of body it is after its name (KindAfterName), and people a text calls people. Every name here is invented. */
class KindAfterNameTest {
    private static Set<String> names(Finding.Entity entity, String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == entity).map(Finding::name)
                .collect(Collectors.toSet());
    }

    @Test
    void aNameBeforeTheKindOfBodyItIs() throws Exception {
        assertTrue(names(Finding.Entity.ORGANIZATION, "Quillo Trucks and the United Rota Porters union have reached an agreement.")
                .contains("United Rota Porters"));
        assertTrue(names(Finding.Entity.ORGANIZATION, "The survey went out to members of the ZRNA network last spring.").contains("ZRNA"));
    }

    @Test
    void wordsOfEnglishAPlaceOrAnAdjectiveAreNoBody() throws Exception {
        assertEquals(Set.of(), names(Finding.Entity.ORGANIZATION, "Members of the Teachers union voted to strike on Monday."));
        assertEquals(Set.of(), names(Finding.Entity.ORGANIZATION, "A spokesman for the Chinese company declined to comment."));
        assertEquals(Set.of(), names(Finding.Entity.ORGANIZATION, "Night staff at the Boston bank were told to stay home."));
    }

    @Test
    void peopleTheTextCallsPeople() throws Exception {
        Set<String> people = names(Finding.Entity.PERSON, "It will come from people like Osk Varnhelm and Tobias Quern, not from the state.");
        assertTrue(people.contains("Osk Varnhelm"), people.toString());
        assertTrue(people.contains("Tobias Quern"), people.toString());
    }
}

package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** A union's local branch by its number (UnionLocal), and what it leaves alone. Every name here is invented. */
class UnionLocalTest {
    private static Set<String> names(Finding.Entity entity, String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == entity).map(Finding::name)
                .collect(Collectors.toSet());
    }

    @Test
    void aBranchByItsNumber() throws Exception {
        assertTrue(names(Finding.Entity.ORGANIZATION, "HRWU Local 512 President Ivo Brandt said the strike is over.").contains("HRWU Local 512"));
        assertTrue(names(Finding.Entity.ORGANIZATION, "Talks ended when The Harbour Rota Workers Local 87 voted.").contains("Harbour Rota Workers Local 87"));
        assertTrue(names(Finding.Entity.ORGANIZATION, "Then the United Brotherhood Of Porters And Joiners Of Harbourland Local 201 protested.")
                .contains("United Brotherhood Of Porters And Joiners Of Harbourland Local 201"));
        assertFalse(names(Finding.Entity.PERSON, "HRWU Local 512 President Ivo Brandt said the strike is over.").stream().anyMatch(p -> p.contains("Local")));
    }

    @Test
    void aPlaceBeforeLocalSaysWhereTheBranchIs() throws Exception {
        assertTrue(names(Finding.Entity.ORGANIZATION, "Organizing news. Boston Local 412\u2019s stewards met in three workshops.").contains("Local 412"));
    }

    @Test
    void aLocalWithoutANumberOrAfterAGivenNameIsNoBranch() throws Exception {
        assertEquals(Set.of(), names(Finding.Entity.ORGANIZATION, "Harbour Local bars stay open late for the night shift."));
        assertFalse(names(Finding.Entity.ORGANIZATION, "Tobias Local 5 was the team's best player.").toString().contains("Local"));
    }
}

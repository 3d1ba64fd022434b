package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * What a response's head names besides its writer (Response#head): the employer on a role line under the name, the real
 * name in brackets after a handle. The head is no part of the response's text, yet the page names whom it names there.
 * Every page is written for this test (invented names and text).
 */
class HeadMentionsTest {

    private static Set<String> names(Finding.Entity entity, String page) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(page));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == entity).map(Finding::name)
                .collect(Collectors.toSet());
    }

    private static final String ROLES = """
            Readers' answers: should the depot keep the four-day rota?

            Last week we asked drivers and dispatchers whether the trial should become the rule.

            Wren Aldous

            Dunmore, night driver, Castle Freight Company

            The rota gives me three days with my children every week, and I would not go back to five shifts.

            Orrin Tandy

            Castlebay, Harbour Safety Agency Office of Night Rotas

            We count the incidents on every shift, and the fourth night is where they cluster.

            Ilse Varkonyi

            Castlebay, retired dispatcher

            We tried a compressed week in the nineties and the accidents went up in the fourth shift every time.
            """;

    @Test
    void theEmployerOnARoleLineIsAnOrganisationThePageNames() throws Exception {
        assertTrue(names(Finding.Entity.ORGANIZATION, ROLES).contains("Castle Freight Company"), names(Finding.Entity.ORGANIZATION, ROLES).toString());
    }

    @Test
    void anEmployerInTitleCaseAfterThePlaceIsAnOrganisationAndTwoBodiesWrittenTogetherAreTwo() throws Exception {
        Set<String> orgs = names(Finding.Entity.ORGANIZATION, ROLES);
        assertTrue(orgs.containsAll(Set.of("Harbour Safety Agency", "Office of Night Rotas")), orgs.toString());
        assertFalse(orgs.contains("Castlebay"), "the place before the first comma is no employer");
    }

    @Test
    void theWritersOwnNameOverTheRoleLineIsNoMention() throws Exception {
        Set<String> people = names(Finding.Entity.PERSON, ROLES);
        assertFalse(people.contains("Wren Aldous"), people.toString());
        assertFalse(people.contains("Ilse Varkonyi"), people.toString());
    }

    @Test
    void aRealNameInBracketsAfterAHandleIsAPersonThePageNames() throws Exception {
        String page = """
                Depot poll: would you prefer a four-day week?

                Yes 80%, No 15%, Not sure 5%.

                March 3, 2019
                6:31 a.m.

                wrenfield ( Wren Aldous ) says...

                Are we talking four ten-hour days or something shorter?

                March 4, 2019
                5:08 a.m.

                oakapple (not verified) says...

                Ten-hour days, and the dispatchers would still work five.
                """;
        Set<String> people = names(Finding.Entity.PERSON, page);
        assertTrue(people.contains("Wren Aldous"), people.toString());
        assertEquals(List.of(), people.stream().filter(p -> p.toLowerCase().contains("verified")).toList());
    }
}

package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** A body named by its acronym where a workplace or a source stands (AcronymSource), and the acronyms it leaves alone. Names invented. */
class AcronymSourceTest {
    private static Set<String> orgs(String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == Finding.Entity.ORGANIZATION)
                .map(Finding::name).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I worked nights for ten years with QRVX and the rota never changed.|QRVX",
            "According to a report by HWRZ, most depots now run four shifts.|HWRZ",
            "Read this guide from QRVX in which rota planners explain the change.|QRVX",
            "Essential reading from the FZ this week on night work.|FZ",
            "Fun is not money. QRVX covered a recent company meeting where staff asked about rotas.|QRVX"})
    void anAcronymAsAWorkplaceOrASource(String text, String body) throws Exception {
        assertTrue(orgs(text).contains(body), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "They refused to negotiate for NINE months with the rota staff.|NINE",
            "The night crew met with QRVX Systems about the rota, and the QRVX plan passed.|QRVX",
            "The planners from QRVX 21 reached a deal on the rota.|QRVX"})
    void anAcronymThatIsNoBodyOrPartOfALongerName(String text, String acronym) throws Exception {
        assertFalse(orgs(text).contains(acronym), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Members of Harbour Rota Workers met on Monday. Later a guide from HRW showed that most night staff sleep badly.|Harbour Rota Workers"})
    void anAcronymThePageSpellsOutIsTheBodyInFull(String text, String body) throws Exception {
        Set<String> found = orgs(text);
        assertTrue(found.contains(body), found.toString());
        assertFalse(found.contains("HRW"), found.toString());
    }
}

package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** A business by what only a business has (BrandNoun), and a publication a writer works at. Every name here is invented. */
class BrandNounTest {
    private static Set<String> orgs(String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == Finding.Entity.ORGANIZATION)
                .map(Finding::name).collect(Collectors.toSet());
    }

    @Test
    void aBusinessByItsDriversStoresOrWarehouses() throws Exception {
        assertTrue(orgs("I have been an Uberlo driver for five years and it has saved my family.").contains("Uberlo"));
        assertTrue(orgs("Most of the night work happens in the Quillomart warehouses outside town.").contains("Quillomart"));
    }

    @Test
    void placesNamesAndWordsOfEnglishAreNoBusiness() throws Exception {
        assertEquals(Set.of(), orgs("She was a London driver for ten years before the night shifts."));
        assertEquals(Set.of(), orgs("He told every Delivery driver to slow down at night."));
        assertEquals(Set.of(), orgs("We stopped at the Harriet store on the way to the night shift."));
    }

    @Test
    void aWriterAtAPublicationWithItsThe() throws Exception {
        assertTrue(orgs("That is the view of Osk Varnhelm, a contributing writer at The Harbour Atlantic and a night worker herself.")
                .contains("The Harbour Atlantic"));
    }
}

package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.Loader;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.Source;

/**
 * A reading list that cites each piece with its writer names those writers as people, though the row's own text (the title
 * and the summary) no longer holds them; surname-first citations give the name first name first. Page and names invented.
 */
class CitedWritersTest {
    private static final String PAGE = String.join("\n",
            "  \u2022 Okafor, Mireille, \u201CWhy depots stopped hiring for the night\u201D, Yard Weekly, 03-Mar-2031, https://yard.example/n \u2013 Depots across the north now staff nights with volunteers only.",
            "",
            "  \u2022 Brandt, Oskar, \u201CThe tablet that ended the paper docket\u201D, Freight Ledger, 12-Feb-2031, https://ledger.example/d \u2013 Drivers sign on a shared tablet and the office keeps no copy.",
            "",
            "  \u2022 Villanueva, Teodora, et al., \u201CLoading bays and the weather\u201D, Harbour Institute, 2030, https://harbour.example/b \u2013 This report follows six depots through a year of forecasts.",
            "");

    @Test
    void theWritersACitedListCreditsArePeopleAndItsPublicationsOrganisations() throws Exception {
        Document doc = new Loader().parseText(new Source("reads.txt", "0".repeat(64)), PAGE, w -> { });
        assertInstanceOf(SignalDigest.class, doc);
        var findings = new Reader().read(doc).findings();
        Set<String> people = findings.stream().filter(f -> f.relation() == Finding.Relation.MENTIONS && f.entity() == Finding.Entity.PERSON)
                .map(Finding::name).collect(Collectors.toSet());
        Set<String> organisations = findings.stream().filter(f -> f.relation() == Finding.Relation.MENTIONS && f.entity() == Finding.Entity.ORGANIZATION)
                .map(Finding::name).collect(Collectors.toSet());
        assertTrue(people.containsAll(Set.of("Mireille Okafor", "Oskar Brandt", "Teodora Villanueva")), people.toString());
        assertTrue(organisations.containsAll(Set.of("Yard Weekly", "Freight Ledger", "Harbour Institute")), organisations.toString());
    }
}

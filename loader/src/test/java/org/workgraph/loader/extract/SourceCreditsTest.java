package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.Loader;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.model.Source;

/**
 * A list page that credits each item to an outside source names those sources: the credit line repeats in one place
 * in every item, which is the evidence, whatever the words. Pages, sources and names invented.
 */
class SourceCreditsTest {
    private static final String DASH_LINES = String.join("\n",
            "Night Reads",
            "",
            "Rotas move into the group chat",
            "\u2013 The Harbourside Ledger",
            "Shift swaps that once needed a supervisor now happen in a chat thread, and managers are catching up with them slowly.",
            "",
            "Warm desks for cold offices",
            "\u2013 Quillbury Weekly",
            "Offices that stay half empty heat only the desks in use, which saves money and annoys the people by the windows.",
            "",
            "Four days, same pay, new rules",
            "\u2013 The Harbourside Ledger",
            "A trial of the shorter week ends with most firms keeping it and a few quietly dropping it after the summer.",
            "");
    private static final String CLOSING_BRACKETS = String.join("\n",
            "Five facts for Friday",
            "",
            "1. Fewer than one in ten night workers say their rota is fair. (Fenwick Labour Office)",
            "2. Remote hiring in small towns doubled in two years. (Tallowmere)",
            "3. Most managers still count hours rather than work done. (Quillbury Weekly)",
            "4. Four-day weeks cut sick days by a fifth in the trial firms. (Harbour Research Trust)",
            "");
    private static final String SOURCE_WITH_DATE = String.join("\n",
            "Reading list",
            "",
            "The end of the commute",
            "    Quillbury Weekly - 4 Apr 2031",
            "Fewer people travel to work on Fridays than on any other day, and landlords have begun to notice it.",
            "",
            "Robots on the night shift",
            "    The Harbourside Ledger - 28 Mar 2031",
            "Warehouses run their robots at night, when the few people on shift mend them rather than work beside them.",
            "",
            "Pay ranges go public",
            "    Tallowmere Review - 15 Mar 2031",
            "A new rule makes firms print the pay range with every job advertisement, and many already did.",
            "");

    /** The same credits where each item also closes with "Read more": the item-rhythm layout reads this page first. */
    private static final String MARKED_ITEMS = String.join("\n",
            "Harbour Letter",
            "",
            "Rotas move into the group chat",
            "\u2013 The Harbourside Ledger",
            "Shift swaps that once needed a supervisor now happen in a chat thread, and managers are catching up with them slowly.",
            "Read more",
            "",
            "Warm desks for cold offices",
            "\u2013 Quillbury Weekly",
            "Offices that stay half empty heat only the desks in use, which saves money and annoys the people by the windows.",
            "Read more",
            "",
            "Four days, same pay, new rules",
            "\u2013 The Harbourside Ledger",
            "A trial of the shorter week ends with most firms keeping it and a few quietly dropping it after the summer.",
            "Read more",
            "",
            "Night buses for the late shift",
            "\u2013 Tallowmere Review",
            "Two councils added night buses after the hospitals asked for them, and the first month's numbers are in.",
            "Read more",
            "");

    static Stream<Arguments> creditedPages() {
        return Stream.of(
                Arguments.of("a source line under each headline", DASH_LINES, Set.of("The Harbourside Ledger", "Quillbury Weekly")),
                Arguments.of("a source closing each numbered fact", CLOSING_BRACKETS,
                        Set.of("Fenwick Labour Office", "Tallowmere", "Quillbury Weekly", "Harbour Research Trust")),
                Arguments.of("a source and a date under each headline", SOURCE_WITH_DATE,
                        Set.of("Quillbury Weekly", "The Harbourside Ledger", "Tallowmere Review")),
                Arguments.of("a source line and a closing marker in each item", MARKED_ITEMS,
                        Set.of("The Harbourside Ledger", "Quillbury Weekly", "Tallowmere Review")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creditedPages")
    void theSourcesAPageCreditsItsItemsToAreOrganisations(String layout, String page, Set<String> sources) throws Exception {
        Document doc = new Loader().parseText(new Source("list.txt", "0".repeat(64)), page, w -> { });
        assertInstanceOf(SignalDigest.class, doc, layout + " is read as a list of items");
        Set<String> organisations = new Reader().read(doc).findings().stream()
                .filter(f -> f.relation() == Finding.Relation.MENTIONS && f.entity() == Finding.Entity.ORGANIZATION)
                .map(Finding::name).collect(Collectors.toSet());
        assertTrue(organisations.containsAll(sources), organisations.toString());
        for (SignalRow r : ((SignalDigest) doc).rows()) assertFalse(r.name().contains("(") || r.name().contains("\u2013"), "the row's name keeps no credit: " + r.name());
    }

    private static SignalRow row(int n, String source) {
        return new SignalRow(SignalTable.SIGNALS, "Reads", n, "Item " + n, "What the item says.", null, null, null, null, n, source);
    }

    static Stream<Arguments> noOrganisation() {
        return Stream.of(
                Arguments.of("one credited row is no pattern", List.of(row(1, "Quillbury Weekly"), row(2, null), row(3, null)), Set.of()),
                Arguments.of("a kind of content is no source", List.of(row(1, "Video"), row(2, "PDF"), row(3, "Tallowmere")), Set.of("Tallowmere")),
                Arguments.of("a writer credited by name is no organisation", List.of(row(1, "Rosalind Grimsdyke"), row(2, "Quillbury Weekly")),
                        Set.of("Quillbury Weekly")),
                Arguments.of("a date or a sentence is no name", List.of(row(1, "2031"), row(2, "read this before you agree to anything new at all")),
                        Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noOrganisation")
    void aCreditThatIsNoNameOrStandsAloneNamesNoOrganisation(String why, List<SignalRow> rows, Set<String> expected) {
        Set<String> names = SourceCredits.organisations(rows, new PagePeople()).stream().map(SourceCredits.Credit::name).collect(Collectors.toSet());
        assertEquals(expected, names);
    }

    @Test
    void anAcronymCreditForABodyTheRowNamesIsThatBody() {
        List<SignalRow> rows = List.of(
                new SignalRow(SignalTable.SIGNALS, "Facts", 1, "Burnout defined", "Burnout is now defined by the Fenwick Labour Council as a syndrome.", null, null, null, null, 1, "FLC"),
                new SignalRow(SignalTable.SIGNALS, "Facts", 2, "Night pay rose again.", null, null, null, null, null, 2, "Quillbury Weekly"));
        SignalDigest digest = new SignalDigest(new Source("d.txt", "0".repeat(64)), "Facts", null, null, null, null, List.of(), rows, null);
        Set<String> names = new MentionFinder().inDigest(digest).stream()
                .filter(f -> f.entity() == Finding.Entity.ORGANIZATION).map(Finding::name).collect(Collectors.toSet());
        assertEquals(Set.of("Fenwick Labour Council", "Quillbury Weekly"), names);
    }
}

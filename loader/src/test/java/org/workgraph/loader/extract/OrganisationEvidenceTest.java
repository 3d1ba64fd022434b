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

/**
 * Organisations named once, by the evidence around the name (OrganisationEvidence), and the shapes a person's name never
 * has (PersonShape), each cue with the text it must leave alone. Every name here is invented.
 */
class OrganisationEvidenceTest {
    private static Set<String> names(Finding.Entity entity, String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == entity).map(Finding::name)
                .collect(Collectors.toSet());
    }

    private static Set<String> orgs(String body) throws Exception { return names(Finding.Entity.ORGANIZATION, body); }

    private static Set<String> people(String body) throws Exception { return names(Finding.Entity.PERSON, body); }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tobias Quern, president of Brindle Steel Company, said the rota stays.|Brindle Steel Company",
            "Harriet Lund is the Chief Innovation Officer of Zentravo and plans the rotas.|Zentravo",
            "Nadia Voss, a labour economist at the HLO, studies night work.|HLO",
            "The deal was confirmed by Ivo Brandt, senior communications manager with Quillo Systems, on Monday.|Quillo Systems",
            "Members elected Ana Reyes, president of Harbour Rota Workers Local 512, in May.|Harbour Rota Workers Local 512"})
    void aBodyByARoleItHas(String text, String org) throws Exception {
        assertTrue(orgs(text).contains(org), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // A department or a topic in capitals is no body; nor a place.
            "Tobias Quern, director of Human Resources, signed the rota.",
            "She was head of Remote Work for two years.",
            "Ana Reyes, professor at Oxford, studies sleep."})
    void aRoleOfADepartmentOrAPlaceNamesNoBody(String text) throws Exception {
        assertEquals(Set.of(), orgs(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A new report from Zentravo says night workers sleep five hours.|Zentravo",
            "Rotas can be learnt in a month, according to data from Quillomatic.|Quillomatic",
            "Half of the team quit, according to Brindlewick.|Brindlewick",
            "Are you worried by this statement from Quillogram\u2019s founder?|Quillogram"})
    void aBodyWhoseReportOrWordsTheTextCites(String text, String org) throws Exception {
        assertEquals(Set.of(org), orgs(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // A person is cited too, and words of English are a source of no name.
            "Rotas can be learnt in a month, according to Harriet Lund.",
            "According to Business Secretary Harriet Lund, the rota stays.",
            "Half of the team quit, according to Reports."})
    void aPersonOrAWordCitedIsNoBody(String text) throws Exception {
        assertEquals(Set.of(), orgs(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The survey was run by Quillan Research for the union.|Quillan Research",
            "The study came from researchers at Sydney Night School last spring.|Sydney Night School",
            "The photo is from Brindle Commons and may be reused.|Brindle Commons",
            "Workers at Harbour Motors voted to strike.|Harbour Motors"})
    void aNameClosedByAWordThatSaysWhatABodyIs(String text, String org) throws Exception {
        assertTrue(orgs(text).contains(org), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Firms including Bank of Harbour, Goldman Quill, Zentravo, and Wells Brindle have banned the tool.|Bank of Harbour;Goldman Quill;Zentravo;Wells Brindle",
            "Corporations like Quillomatic, Fernhollow, Disney, and others have faced push-back.|Quillomatic;Fernhollow;Disney",
            "Organisations such as Zentravo, HNX, Channel 9 and several rota trusts showed the way.|Zentravo;HNX;Channel 9"})
    void everyItemOfAListOfBodies(String text, String orgs) throws Exception {
        Set<String> found = orgs(text);
        for (String o : orgs.split(";")) assertTrue(found.contains(o), o + " not in " + found);
        assertTrue(people(text).isEmpty(), people(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NEW HARBOUR (HNN) \u2014 Night drivers will strike on Monday.|HNN",
            // After a date or a headline on the page (units reach the finder with their lines joined), and with a state's abbreviation.
            "date 2019-10-24 PORTVALE (WQRT) \u2014 Night drivers will strike on Monday.|WQRT",
            "Drivers end strike. HARBOUR TWP., Pa. (WHBR) \u2013 The union ended its strike.|WHBR"})
    void aDatelineCredit(String text, String org) throws Exception {
        assertTrue(orgs(text).contains(org), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // A role and its "of" before a name closed by a body's word are no part of it.
            "Ivo Brandt, CEO of Harbour Motors and Quillo, spoke first.|Harbour Motors",
            // Dotted initials stay whole.
            "Ana Reyes was a spokesman at U.S. HNLB for years.|U.S. HNLB"})
    void aNameReadWholeAfterARole(String text, String org) throws Exception {
        assertTrue(orgs(text).contains(org), orgs(text).toString());
        assertFalse(orgs(text).stream().anyMatch(o -> o.startsWith("CEO") || o.equals("U.S")), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Defined, and used again as a term, not a body (NameShapes decides defined acronyms).
            "We tried the Night Rota Model (NRM) for a month. NRM pilots ran in two towns.",
            // A dateline of a common acronym is none.
            "(UK) \u2014 Night drivers will strike."})
    void anAcronymDefinedOnceOrCommonIsNoBody(String text) throws Exception {
        assertEquals(Set.of(), orgs(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // A body's or product's word inside the name.
            "Later Sydney Business Insights said the rotas had failed.",
            "I heard it on the Hello Rota Podcast last week.",
            "Powered by Dreamvale Studios",
            // Two lines run together.
            "Quillomatic\n\nHarriet Lund's rota.",
            // A word of English.
            "Soon enough it will be hard to work without it.",
            // A place.
            "Workers met in West Harbour Township on Sunday."})
    void namesNoPersonHasAreNoPeople(String text) throws Exception {
        Set<String> found = people(text);
        assertTrue(found.stream().noneMatch(p -> p.contains("Insights") || p.contains("Podcast") || p.contains("Studios") || p.contains("Quillomatic")
                || p.equalsIgnoreCase("soon") || p.contains("Township")), found.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Yesterday Harriet Lund said the rota works.|Harriet Lund",
            "As economist Tobias Quern argues, nights are long.|Tobias Quern",
            "We talked with Ana Post about her column.|Ana Post",
            // A family name with an apostrophe, straight or curly.
            "General secretary Frances O\u2019Vale said the week should be shorter.|Frances O\u2019Vale",
            "Yesterday Liam O'Rourke said the rota works.|Liam O'Rourke"})
    void peopleKeepTheirNames(String text, String person) throws Exception {
        assertTrue(people(text).contains(person), people(text).toString());
    }
}

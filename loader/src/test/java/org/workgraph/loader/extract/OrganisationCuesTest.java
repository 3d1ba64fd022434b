package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;
import org.workgraph.loader.text.Search;

/**
 * Organisations by what English says only of bodies (OrganisationCues, and the shapes of NameShapes and RunningText they
 * extend), and people whose names those cues must not take, each with the text that must not match beside it. Every name
 * here is invented.
 */
class OrganisationCuesTest {
    private static Set<String> names(Finding.Entity entity, String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == entity).map(Finding::name)
                .collect(Collectors.toSet());
    }

    private static Set<String> orgs(String body) throws Exception { return names(Finding.Entity.ORGANIZATION, body); }

    private static Set<String> people(String body) throws Exception { return names(Finding.Entity.PERSON, body); }

    private static Set<String> works(String body) throws Exception { return names(Finding.Entity.WORK, body); }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Last week Zentravo announced that night staff would get a fourth day off.|Zentravo",
            "In March Quillomatic is laying off a third of its rota planners.|Quillomatic",
            "The details: Brindlewick predicts that by 2030 most shifts will be planned by software.|Brindlewick",
            "Meanwhile ZENTRAVO released a rota model that beats the old planners.|ZENTRAVO",
            "We were told that Fernhollow has rolled out a four-day week for its drivers.|Fernhollow",
            "She spoke to the human-resources advisory firm Quillomatic about its rotas.|Quillomatic",
            "Most of our posts moved to the blogging platform, Zentravo.|Zentravo",
            "A recent survey by Harbour Insight shows that half of night workers sleep badly.|Harbour Insight",
            "When I graduated I got a job at Brindlewick Aerospace which offered flexible shifts.|Brindlewick Aerospace",
            "The details: Zentravo's Night Work Index survey found that most workers want fewer nights.|Zentravo",
            "Few companies do it better than Quillomatic \u2014 the company behind the rota app we use.|Quillomatic",
            "The Department for Night Work & Rest is consulting on the new rota rules.|Department for Night Work & Rest"})
    void aBodyByWhatOnlyBodiesDo(String text, String org) throws Exception {
        assertTrue(orgs(text).contains(org), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // People do these things too: a given name, a person the page knows or a family name is no body.
            "Last week Harriet announced that she would leave the night desk.",
            "Tobias Quern joined in May. Quern announced his own rota a week later.",
            // Words of general English are no names ("the Government announced"), nor a lower-case part of a word.
            "In March the Government announced a review of night work.",
            "Skills-based hiring predicts nothing about night work.",
            "We asked our Staff, who released a statement on Friday.",
            // A study by a person is a person's.
            "A recent study by Harriet Quern shows that night workers sleep badly.",
            // An adjective that opens a sentence is no part of the name after it.
            "Proud Union steward for ten years. Fight for your rota."})
    void peopleWordsAndAdjectivesAreNoBodies(String text) throws Exception {
        assertEquals(Set.of(), orgs(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "After ten years at Zentravo she went freelance.|Zentravo",
            "We collect rota templates on Quillogram, and share them weekly.|Quillogram",
            "Read more at Brindlewick.|Brindlewick"})
    void aPlaceOfWorkOrAPlatformAfterAtOrOn(String text, String org) throws Exception {
        assertEquals(Set.of(org), orgs(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She looked at Quern and laughed.",
            "We met at Christmas and again on Sunday.",
            "He was born at Lyon and lived on Crete.",
            "I called him up on POTS last night.",
            "Tobias Quern came round. I had dinner at Quern's place.",
            "Our rota is on Monday at Noon."})
    void peoplePlacesTimesAndWordsAfterAtOrOnAreNoBodies(String text) throws Exception {
        assertEquals(Set.of(), orgs(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The likes of Zentravo, Quillomatic, Brindlewick and Fernhollow have told staff to come back.|Zentravo;Quillomatic;Brindlewick;Fernhollow",
            "Bosses are polluting Zentravo and LinkedIn feeds with rota advice.|Zentravo;LinkedIn",
            "Staff at Brindlewick, Quillomatic and Zentravo all got the memo.|Brindlewick;Quillomatic;Zentravo"})
    void namesListedWithBodiesAreBodies(String text, String list) throws Exception {
        assertTrue(orgs(text).containsAll(Set.of(list.split(";"))), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Two unknown words alone may be two products or concepts; people and places in a list make it no list of bodies.
            "You can follow it with Tweetloom or Chirpgrid.",
            "I met Harriet, Quern and Zentravo at the door.",
            "We drove through Lyon, Quillomatic and Brindlewick.",
            "We tried Flexiplace and Telework in the same year."})
    void listsThatAreNoListsOfBodies(String text) throws Exception {
        assertEquals(Set.of(), orgs(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The contest was sponsored by rotaswap.com, a website that finds night cover.|rotaswap.com",
            "Major sites like nightdesk.com and shiftwire.com use them.|nightdesk.com;shiftwire.com",
            "On a related note, Rotaswap.com had a very slick interface.|Rotaswap.com",
            "Watch New Harbour Magazine's art critic review a rota.|New Harbour Magazine",
            "Fernhollow is shuttering Zentravo's remote work research group this spring.|Zentravo"})
    void aSiteByItsDomainAndABodyByItsStaffOrUnits(String text, String list) throws Exception {
        assertTrue(orgs(text).containsAll(Set.of(list.split(";"))), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "You are commenting using your rotaswap.com account.",
            "Switching to a four-day week (rotaswap.com)",
            "Mail me at night (at) rotaswap.com any time.",
            "See https://rotaswap.com/nights for the rota.",
            "rotaswap.com"})
    void aDomainInAnAddressAFormOrOnItsOwnLineIsNoMention(String text) throws Exception {
        assertEquals(Set.of(), orgs(text));
    }

    @org.junit.jupiter.api.Test
    void aSurnameAfterAnHonorificIsThePagesPersonOfThatName() throws Exception {
        assertEquals(Set.of("Tobias Quern"), people("It was first tried by night nurse Tobias Quern in 2019. The results were good, said Mr. Quern."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Titles in capitals before a given name are no part of the name.
            "According to Night Secretary Harriet Quern, the rota will change.|Harriet Quern",
            // "said:" before a quotation is speech in prose, not a comment's header.
            "At the launch, the Deputy Prime Minister Harriet Quern said: \u201CNight workers deserve better.\u201D|Harriet Quern",
            // "in his new book, … writes:" names the writer, not a title.
            "And in his new book, Zentravo CEO Tobias Quern writes: \u201CI see no good in night shifts.\u201D|Tobias Quern"})
    void aPersonAfterTitlesOrBeforeSpeech(String text, String person) throws Exception {
        assertEquals(Set.of(person), people(text));
        assertEquals(Set.of(), works(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Adam Quern, a managing partner at Harbour Search Partners, warned about rota software.|Harbour Search Partners",
            "With the year closing, Quillo Company, the magazine, listed three night-work trends.|Quillo Company"})
    void aNameEndingInAHeadWordIsNoPerson(String text, String org) throws Exception {
        assertFalse(people(text).contains(org), people(text).toString());
        assertTrue(orgs(text).contains(org), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Infections are rising due to the ongoing Global Pandemic, the signals say.",
            "Telework was banned for a long time in Silicon Valley, but not here.",
            "She has been held up by Republican Senators who want a vote first."})
    void capitalisedWordsOfEnglishAreNoPerson(String text) throws Exception {
        assertEquals(Set.of(), people(text));
    }

    static Stream<Arguments> startingWithin() {
        return Stream.of(Arguments.of("FIRM_DOES", OrganisationCues.FIRM_DOES, 8), Arguments.of("AT_ON", OrganisationCues.AT_ON, 6));
    }

    /**
     * The firm-verb cue looks for its name only before a verb word, and the "at"/"on" cue tries its pattern (a long
     * look-behind first) only where "at" or "on" stands, not from every position: on invented sentences and on every
     * paragraph and whole text of generated documents, each finds exactly the matches its pattern's own find loop finds.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("startingWithin")
    void toldWhereItsMatchesStartACueFindsWhatItsPatternFinds(String name, Search search, int least, @TempDir Path dir) throws Exception {
        new CorpusGenerator().generate(60, 7, dir, i -> {});
        List<String> texts = new ArrayList<>(List.of(
                "Last week Zentravo announced that night staff would get a fourth day off, and Quillomatic is laying off planners.",
                "Then U.S. Steel-Works has just cut 5 rotas; Acme & Sons raised $4m. \"Brindlewick\" ordered its staff home.",
                "In March Quillomatic is laying off a third of its rota planners.",
                "Zentravo Labs predicts, Acme-Brindle reportedly hired 40 and FERNHOLLOW also quietly shuttered its depot (Quillogram rolled out).",
                "Night shifts at Brindlewick: Brindlewick Rota Group announced; Zentravo will be hiring, Zentravo has cut 3 routes.",
                "We met at Zentravo, posted it on Quillogram, looked at Ann, wrote an article on Brindlewick and stayed at Acme Labs on 3 May.",
                "at Zentravo.com, on Fernhollow! at Quillomatic's desk, (on Brindlewick) at\nZentravo and on  Acme"));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                texts.add(text);
                texts.addAll(List.of(text.split("\n\\s*\n")));
            }
        }
        Pattern full = search.pattern();
        int matched = 0;
        for (String text : texts) {
            List<List<Integer>> expected = new ArrayList<>();
            Matcher m = full.matcher(text);
            while (m.find()) expected.add(List.of(m.start(), m.end(), m.start(1), m.end(1)));
            List<List<Integer>> actual = new ArrayList<>();
            for (MatchResult r : search.results(text)) actual.add(List.of(r.start(), r.end(), r.start(1), r.end(1)));
            assertEquals(expected, actual, text);
            matched += expected.size();
        }
        assertTrue(matched > least, name + ": too few matches to compare: " + matched);
    }
}

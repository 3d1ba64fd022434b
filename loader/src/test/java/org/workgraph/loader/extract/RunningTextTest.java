package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Names in running prose with no cue word (people by a given name, organisations by the head word of their name, an
 * acronym or the verb before them, works by their shape), and the page furniture that names writers, not mentions.
 * Every name here is invented.
 */
class RunningTextTest {
    private static List<Finding> read(String text) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(text));
        return new Reader().read(post).of(Finding.Relation.MENTIONS);
    }

    private static Set<String> names(Finding.Entity entity, String body) throws Exception {
        return read("Night shifts\n\n" + body + "\n").stream().filter(f -> f.entity() == entity).map(Finding::name).collect(Collectors.toSet());
    }

    private static Set<String> people(String body) throws Exception { return names(Finding.Entity.PERSON, body); }

    private static Set<String> orgs(String body) throws Exception { return names(Finding.Entity.ORGANIZATION, body); }

    private static Set<String> works(String body) throws Exception { return names(Finding.Entity.WORK, body); }

    @Test
    void aNameThatOpensWithAGivenNameIsAPersonWithoutACue() throws Exception {
        assertEquals(Set.of("Rosalind Grimsdyke"), people("On the podcast this week, night editor Rosalind Grimsdyke has the last word on rotas."));
    }

    @Test
    void anOfficeBeforeASurnameIsNoPartOfTheName() throws Exception {
        assertEquals(Set.of("Quernaby"), people("Under the hope in President Quernaby\u2019s farewell address was a darker theme."));
        // An office before a word of English is a title or a heading, not a person.
        assertEquals(Set.of(), people("She thanked the Secretary General\u2019s office for the rota."));
    }

    @Test
    void aGivenNameInAHeadingOrBeforeMoreCapitalsIsNoPerson() throws Exception {
        assertEquals(Set.of(), people("We raised funds for the Rosalind Grimsdyke Memorial Fund last spring."));
        assertEquals(Set.of(), people("Posted on Wed Nov 04, 2015 6:12 am in the forum."));
        // At a sentence start, two words English also uses are no name: "Will Power".
        assertEquals(Set.of(), people("Rotas are hard. Will Power alone does not fix them."));
        // After an article it is a thing named after someone.
        assertEquals(Set.of(), people("I wrote about it, and they call it the Harriet Effect now."));
        // A person as a type, what someone is or is like: "am a real …" names no one here; "a chat with …", "next to a shoeless …" do.
        assertEquals(Set.of(), people("I will think about that tomorrow. I am a real Scarlet Quernby about such things."));
        assertEquals(Set.of("Ann Quernby"), people("Yesterday I had a chat with Ann Quernby about the rota."));
        assertEquals(Set.of("Ann Quernby"), people("I once stood in the lift next to a shoeless Ann Quernby at the old office."));
        // The surname of a full name that is no person here is not a given name alone ("a Bo Quernby song" names a song).
        assertFalse(people("It is not to be confused with the Night Eagle, which is a Steve Dale song about trains.").contains("Dale"));
    }

    @Test
    void aNameWherePagesPrintWritersIsNoMention() throws Exception {
        assertEquals(Set.of(), people("Comments follow. Harriet Vossberg's avatar Great post on rotas, thanks."));
        assertEquals(Set.of(), people("Two replies so far. Harriet Vossberg 3 November 2014 at 7:25 pm Rotas are the real issue here."));
        assertEquals(Set.of(), people("Reply from the board. Harriet Vossberg* That seems unfair to the night crew."));
    }

    @Test
    void handlesAddresseesAndQuotedWritersArePeople() throws Exception {
        assertEquals(Set.of("quillwright"), people("Good point @quillwright, the rota is the problem."));
        assertEquals(Set.of("Brindlecat"), people("Thanks, Brindlecat! Your rota sounds grim."));
        assertEquals(Set.of("quillwright"), people("Rotas matter. And as quillwright says, nights are lonely."));
        assertEquals(Set.of("Lantern Keeper"), people("Posted at 6:12 am Lantern Keeper wrote: Nobody plans meetings for us."));
        assertEquals(Set.of("Tobias"), people("Well done Tobias! Your post made my week."));
    }

    @Test
    void greetingsAndWordsAreNoAddressees() throws Exception {
        assertEquals(Set.of(), people("Thanks, everyone! Yes, Agreed. Hi Team, the rota is out."));
    }

    @Test
    void anOrganisationIsNamedByItsHeadWord() throws Exception {
        assertEquals(Set.of("Harrowgate Courier", "Fenwick Night Workers Alliance"), orgs(
                "I worked nights at the Harrowgate Courier for a year. The Fenwick Night Workers Alliance has started counting us."));
        // A verb that opens the sentence is no part of the name.
        assertEquals(Set.of("Harbour Workers Alliance"), orgs("Join Harbour Workers Alliance today, the night crews say."));
        // An activity in capitals is no organisation.
        assertEquals(Set.of(), orgs("Our budget now sits with the Marketing Department. I doubt it helps."));
    }

    @Test
    void anAcronymAfterTheOrAtIsABodysName() throws Exception {
        assertEquals(Set.of("QMRA", "WVTB"), orgs("Inside the QMRA, nobody plans around shifts. Last week I spoke to the WVTB on pay."));
        // Acronyms of general English, and technical ones after other prepositions, are not.
        assertEquals(Set.of(), orgs("The QMRA report came out. None of this is news to the HR team. It runs with TLS over HTTP. We kept the POTS."));
    }

    @Test
    void pressVerbsAndPlatformsNameOrganisations() throws Exception {
        assertEquals(Set.of("Brightwork"), orgs("We spoke with Brightwork on Monday; their app assumes everyone sleeps at night."));
        assertEquals(Set.of("Chirpster"), orgs("Crews coordinate via Chirpster now, since the rota stopped arriving by text."));
        assertEquals(Set.of("Chirpster"), orgs("Most of them opened a Chirpster account last year."));
        assertEquals(Set.of("Chirpster", "Facenook"), orgs("It spread on sites like Chirpster and Facenook within a week."));
        // A person one talks to is no organisation.
        assertEquals(Set.of(), orgs("I spoke to Harriet on Monday; the rota changed."));
    }

    @Test
    void aFirmIsNamedByARoleItHas() throws Exception {
        assertEquals(Set.of("Quillon"), orgs("Back then, Quillon's new CEO, Dana Whitcombe, ordered everyone back to the office."));
        assertEquals(Set.of("Harbour Freight Lines"), orgs("She was founder of Harbour Freight Lines before she turned to rotas."));
        assertEquals(Set.of("AT&T"), orgs("Firms like AT&T have long had remote staff on their payroll."));
        // A person's possessive, or a common word opening a sentence, is no firm.
        assertEquals(Set.of(), orgs("Dana Whitcombe's new CEO role starts in May. Our CEO agrees."));
    }

    @Test
    void aJobTitleInCapitalsIsNoPartOfTheName() throws Exception {
        assertEquals(Set.of("Dana Whitcombe"), people("Machines will not take our jobs, but Economist Dana Whitcombe thinks otherwise."));
    }

    @Test
    void aHyphenatedSurnameIsPartOfTheName() throws Exception {
        assertEquals(Set.of("Dana Whitcombe-Ashe"), people("The rota was fixed, according to Dana Whitcombe-Ashe, in a week."));
    }

    @Test
    void aCamelCaseProductOrHeadingIsNoOrganisation() throws Exception {
        assertEquals(Set.of(), orgs("To join, open ChatNest and sign in."));
        assertEquals(Set.of(), orgs("Member Gold StarSilver Star Nice rota work."));
        assertEquals(Set.of(), orgs("We still run ShiftDesk 9 on the old server."));
    }

    @Test
    void anOrganisationNamedAgainWithoutItsArticleIsTheSame() throws Exception {
        List<Finding> found = read("Night shifts\n\nThe Daily Ledger calls it the end of the commute. I read this Daily Ledger piece twice.\n");
        assertEquals(Set.of("The Daily Ledger"), found.stream().filter(f -> f.entity() == Finding.Entity.ORGANIZATION).map(Finding::name)
                .collect(Collectors.toSet()));
    }

    @Test
    void worksByTheirShape() throws Exception {
        assertEquals(Set.of("Night Ledger"), works("The other half of the crew has read Night Ledger, by Oswald Farrowdale, twice."));
        assertEquals(Set.of("The Long Shift"), works("Try reading [u]The Long Shift[/u] by Tobias Quellmark first."));
        assertEquals(Set.of("Lanterns After the Last Bus"), works("Half the crew swears by “Lanterns After the Last Bus”, a set of interviews."));
        assertEquals(Set.of("Porters of the Dawn"), works("On breaks somebody brings up watching Porters of the Dawn again."));
        assertEquals(Set.of("Staffing Outlook 2"), works("As described in Staffing Outlook 2, night work keeps growing."));
        assertEquals(Set.of("The Open Door"), works("She keeps a small blog, The Open Door, on night crews."));
    }

    @Test
    void quotationsAndShortQuotedPhrasesAreNoWorks() throws Exception {
        assertEquals(Set.of(), works("As the manager says, “Nothing Ever Stays Put”. Nobody laughed."));
        assertEquals(Set.of(), works("They still chase the “Perfect Balance” they were promised."));
        assertEquals(Set.of(), works("3 thoughts on “What the Night Shift Taught Us” are below."));
    }

    @Test
    void theAuthorOfATitleIsAPersonAndTheTitleIsNot() throws Exception {
        Set<String> people = people("The other half has read Night Ledger, by Oswald Farrowdale, a memoir.");
        assertEquals(Set.of("Oswald Farrowdale"), people);
    }

    /** A whole page of our own (loader/src/test/resources/mentions): every name in it found, and nothing else. */
    @Test
    void aPageOfRunningProse() throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/mentions/night-desk.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Finding> found = read(text);
        Set<String> people = found.stream().filter(f -> f.entity() == Finding.Entity.PERSON).map(Finding::name).collect(Collectors.toSet());
        Set<String> orgs = found.stream().filter(f -> f.entity() == Finding.Entity.ORGANIZATION).map(Finding::name).collect(Collectors.toSet());
        Set<String> works = found.stream().filter(f -> f.entity() == Finding.Entity.WORK).map(Finding::name).collect(Collectors.toSet());
        assertEquals(Set.of("Rosalind Grimsdyke", "Oswald Farrowdale", "Tobias Wrenfield"), people);
        assertEquals(Set.of("Harrowgate Courier", "Brightwork", "Chirpster", "Fenwick Night Workers Alliance", "QMRA"), orgs);
        assertEquals(Set.of("Lanterns After the Last Bus", "Night Ledger", "Porters of the Dawn"), works);
        // Each finding quotes the words it rests on.
        for (Finding f : found) {
            assertFalse(f.evidence().isEmpty(), f.toString());
            for (Span s : f.evidence()) assertFalse(s.exact().isBlank(), f.toString());
        }
    }

    @Test
    void givenNamesAreReadFromTheLexicon() {
        assertTrue(GivenNames.english().size() > 4000);
        assertTrue(GivenNames.english().contains("Harriet"));
        assertFalse(GivenNames.english().contains("harriet"));
    }
}

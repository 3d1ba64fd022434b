package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Organisations, works and people by shapes many sites share (NameShapes), each with the text that must not match
 * beside it. Every name here is invented.
 */
class NameShapesTest {
    private static List<Finding> read(String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS);
    }

    private static Set<String> names(Finding.Entity entity, String body) throws Exception {
        return read(body).stream().filter(f -> f.entity() == entity).map(Finding::name).collect(Collectors.toSet());
    }

    private static Set<String> orgs(String body) throws Exception { return names(Finding.Entity.ORGANIZATION, body); }

    private static Set<String> works(String body) throws Exception { return names(Finding.Entity.WORK, body); }

    private static Set<String> people(String body) throws Exception { return names(Finding.Entity.PERSON, body); }

    @Test
    void anAcronymTheTextDefinesAndUsesAsABodyIsOneOrganisation() throws Exception {
        List<Finding> found = read("Figures from the Harbour Labour Office (HLO) cover night work. The HLO says shifts grew again.");
        Finding hlo = found.stream().filter(f -> f.entity() == Finding.Entity.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("Harbour Labour Office", hlo.name());
        assertTrue(hlo.evidence().size() >= 3, "the definition and the later use are quoted: " + hlo.evidence());
        assertEquals(Set.of("Harbour Labour Office"), orgs("Figures from the Harbour Labour Office (HLO) cover night work. The HLO says shifts grew again."));
        // A concept with an acronym is no body: nothing uses it as one.
        assertEquals(Set.of(), orgs("Some towns now try Rota Sharing Credits (RSC) for night crews. RSC pilots run in two towns."));
        assertEquals(Set.of(), orgs("Each rota has a Shift Resource Locator (SRL). The SRL names the ward and the week."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Last week Quillomatic staff were told to come in four days a week.|Quillomatic",
            "The rota was drawn up by former Brindlewick senior designer Tobias Quern, who left in May.|Brindlewick",
            "She spent ten years as a designer at Fernhollow Robotics before going freelance.|Fernhollow Robotics",
            "After the merger he joined Quillomatic and never looked back.|Quillomatic",
            "I read that Zentravo's latest report counts night shifts for the first time.|Zentravo",
            "Tools like Zentravo's Quillo will soon plan rotas on their own.|Zentravo",
            "New Zentravo research shows that most night workers would swap a shift for a day off.|Zentravo",
            "The rota app came with the acquisition of Quillomatic last spring.|Quillomatic",
            "Last year Fernhollow bought Quillomatic for an undisclosed sum.|Quillomatic",
            "Quillobot, hailing from Leeds and now acquired by Fernhollow, cleans night wards.|Fernhollow",
            "The first rota shop was opened by a couple who later purchased Zentravo Burgers in 1950.|Zentravo Burgers",
            "I tried Zentravo, a small Leeds startup that plans night rotas.|Zentravo",
            "Our shifts now come from Quillomatic. Quillomatic is a staffing platform for hospitals.|Quillomatic"})
    void aBodyByWhatItHasOwnsOrEmploys(String text, String org) throws Exception {
        assertTrue(orgs(text).contains(org), orgs(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Most Texas workers on nights get no extra pay.",
            "Hospital staff say the rota is unfair.",
            "French workers took a different view of night shifts.",
            "She worked at Christmas and on every holiday that year.",
            "We asked Harriet's manager, and then Smith's report came in.",
            "It was Tobias staff who asked first.",
            "Last winter Harriet bought Lyon a new bell for the night door.",
            "My friend Harriet, a nurse at the clinic, works nights."})
    void placesTimesPeopleAndSentenceStartsAreNoBodies(String text) throws Exception {
        assertEquals(Set.of(), orgs(text));
    }

    @Test
    void aNewspapersCapitalisedTheIsPartOfItsName() throws Exception {
        assertEquals(Set.of("The Harbour Times"), orgs("Rotas are changing. The Harbour Times reported that nights are now paid better."));
        assertEquals(Set.of("Harbour Times"), orgs("Rotas are changing, reports the Harbour Times, and nights pay better."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Last month the union ran a webinar called Seven Shifts That Changed Work for its members.|Seven Shifts That Changed Work",
            "In her book Tides of the Night Shift she follows three nurses for a year.|Tides of the Night Shift",
            "The classic study Sleeping in Shifts (1998) still gets quoted.|Sleeping in Shifts",
            "Half of them worked nights, according to the Harbour Bureau's Night Pulse Survey this spring.|Night Pulse Survey"})
    void aWorkByTheShapeOfItsTitle(String text, String work) throws Exception {
        assertTrue(works(text).contains(work), works(text).toString());
    }

    @Test
    void citationsAndHeadingsAreNoWorks() throws Exception {
        assertEquals(Set.of(), works("Night work harms sleep, as Smith and Jones (2019) found in their survey of nurses."));
        assertEquals(Set.of(), works("In her book, Harriet says nights are the hardest part of the job."));
    }

    @Test
    void aPersonByHonorificOrByTheRoleWrittenBeforeTheName() throws Exception {
        assertEquals(Set.of("Okonkwo-Vale"), people("We asked Dr. Okonkwo-Vale about nights, and she was blunt about it."));
        assertEquals(Set.of("Zephyrine Quarrington"), people("Shifts are not neutral, says a new paper by economist Zephyrine Quarrington this week."));
        // A role before an organisation's name names no person.
        assertEquals(Set.of(), people("The report was shared by researcher Harbour Labour Institute staff in May."));
    }

    @Test
    void modifiersPlacesAndCommentFormsNameNoOne() throws Exception {
        // A capitalised run before the noun it modifies is no person, even after "by".
        assertEquals(Set.of(), people("The figures were adjusted by Gross Regional Output data before release."));
        // A given name that is first of all a place is the place.
        assertEquals(Set.of(), people("She is a journalist based in Lyon, France."));
        // A quoted label before its noun is no title; a quoted title keeps its ellipsis and loses the full stop.
        assertEquals(Set.of(), works("Fewer \u201cFuture of Shifts\u201d roles were posted this year than last."));
        assertEquals(Set.of("Nights Are Long...Rotas and Rules That Never Worked"),
                works("My old column was called \u201cNights Are Long...Rotas and Rules That Never Worked.\u201d and nobody read it."));
        // A comment form's own words are furniture.
        assertEquals(Set.of(), orgs("Great piece. You are commenting using your Chirpbook account. Log Out"));
    }

    @Test
    void aSignOffNamesTheWriterAndAnAtSignBeforeAFullNameAMember() throws Exception {
        assertEquals(Set.of(), people("Is nights the same thing? Or am I mistaken? Harriet Vossberg."));
        assertEquals(Set.of(), people("Each team should decide for itself.\n\"Keep the Night Light On\"\nRev. Tobias Quernmore"));
        // Named mid-comment, the same name is a mention.
        assertEquals(Set.of("Harriet Vossberg"), people("I agree with Harriet Vossberg that nights are different."));
        assertEquals(Set.of("Tobias Quernmore"), people("Interesting questions, @Tobias Quernmore, and thanks for asking."));
    }

    @Test
    void anAtSignBeforeAGivenNameAndAWordIsNoFullName() throws Exception {
        assertEquals(Set.of("Bella"), people("@Bella Nice one, the rota works for me too."));
    }
}

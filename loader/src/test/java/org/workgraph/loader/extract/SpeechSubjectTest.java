package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * One name before a verb of saying (SpeechSubject), the source a link line credits with "via" (ViaCredit) and titles in
 * labelled fields that end with their line; each with the text it must leave alone. Every name here is invented.
 */
class SpeechSubjectTest {
    private static Set<String> names(Finding.Entity entity, String body) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("Night shifts\n\n" + body + "\n"));
        return new Reader().read(post).of(Finding.Relation.MENTIONS).stream().filter(f -> f.entity() == entity).map(Finding::name)
                .collect(Collectors.toSet());
    }

    private static Set<String> people(String body) throws Exception { return names(Finding.Entity.PERSON, body); }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The rota changed in May. Quernby says he is convinced the night staff were hired for the day.|Quernby",
            "“We sleep in shifts now,” Vasquello wrote in a letter to the staff.|Vasquello",
            "Nobody liked the new rota. “It was a mistake,” Mr. Brandtner recalled.|Brandtner"})
    void aSurnameBeforeAVerbOfSaying(String text, String person) throws Exception {
        assertEquals(Set.of(person), people(text));
    }

    @Test
    void theSurnameOfAPersonNamedInFullIsThatPerson() throws Exception {
        assertEquals(Set.of("Tobias Quernby"), people("Tobias Quernby runs the night desk. Later, Quernby said the rota would stay."));
    }

    @Test
    void aSurnameTakesTheGivenNameTheTextWritesBeforeIt() throws Exception {
        // "April" is a month, so the full name is no page person yet; the text still writes it in full.
        assertTrue(people("April Quernby, director of a harbour fund, writes about rotas. Quernby says that she is used to it.")
                .contains("April Quernby"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Words of general English, pronouns and a body's "it" are no one's name.
            "Title says it all: the rota is broken.",
            "Management said the rota would stay.",
            "He said the rota would stay, and she wrote back at once.",
            "Zentravo said it will end night shifts next year."})
    void wordsPronounsAndBodiesAreNoSpeaker(String text) throws Exception {
        assertEquals(Set.of(), people(text));
    }

    @Test
    void aCommentHeaderIsNoMention() throws Exception {
        // Blogger's "NAME said..." prints a writer: the thread reader's, not a mention.
        assertFalse(people("The rota is broken.\n\nQuernby said...\n\nI agree with every word.").contains("Quernby"));
    }

    private static Set<String> orgs(String body) throws Exception { return names(Finding.Entity.ORGANIZATION, body); }

    @Test
    void aSourceALinkCreditsWithVia() throws Exception {
        assertTrue(orgs("Coffee break reading:\n\nThe dark side of night shifts via Harbour Rota Weekly (a long read)").contains("Harbour Rota Weekly"));
        assertTrue(orgs("Night shifts are back, a study finds via Tide Desk CEO, based on a survey.").contains("Tide Desk CEO"));
        assertTrue(orgs("Rotas are back, workers say via NBC Tides\n\n\u2018I slept at my desk\u2019 and more.").contains("NBC Tides"));
    }

    @Test
    void anAcronymThatSpeaksIsABody() throws Exception {
        assertEquals(Set.of("HRWU"), orgs("The vote is on Friday. Meanwhile, HRWU said members will be briefed on the rota."));
        // Spelt out elsewhere on the page: one body, by its full name.
        assertTrue(orgs("Talks between the port and the Harbour Rota Workers union went on. Meanwhile, HRW said members will vote.")
                .contains("Harbour Rota Workers"));
        // Two letters are as often a person's initials; an acronym of general English is no body.
        assertEquals(Set.of(), orgs("It was quiet until CA says \"Why do you leave so early?\""));
        assertEquals(Set.of(), orgs("The CEO said that the rota would stay."));
    }

    @Test
    void aViaNameWhoseEndCannotBeToldIsLeftAlone() throws Exception {
        // The item's line ends after "Desk", but units reach the finder with their lines joined: "Desk Remote" could be one name.
        assertFalse(orgs("Reading:\n\nThe dark side of night shifts via Quillo Rota Desk\n\nRemote work is here to stay.").toString().contains("Quillo"));
        // A person's name is no source.
        assertFalse(orgs("I heard it via Tobias Quernby, who runs the desk.").contains("Tobias Quernby"));
    }

    private static Set<String> works(String body) throws Exception { return names(Finding.Entity.WORK, body); }

    @Test
    void aLabelledTitleEndsWithItsLine() throws Exception {
        Set<String> w = works("Listening recommendations:\n\nPodcast: Rota Talk from the Harbour\nEpisode: Night Desks\nDate: 3 May 2023");
        assertTrue(w.contains("Rota Talk from the Harbour"), w.toString());
        assertFalse(w.stream().anyMatch(t -> t.contains("Episode")), w.toString());
    }
}

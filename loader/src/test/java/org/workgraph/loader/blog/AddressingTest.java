package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of speaking to someone that {@link Addressing#spokenTo} finds, before any name is checked against a page. */
class AddressingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Quote Originally Posted by Tomasz Wilk View Post\\nThe pay stayed the same.  | QUOTED       | Tomasz Wilk",
            "Originally Posted by night_owl\\nThe pay stayed the same.                    | QUOTED       | night_owl",
            "Bird on a Wire wrote: Why would anyone pay for that?\\nBecause it is cheaper. | QUOTED       | Bird on a Wire",
            "On Mon, 5 May 2025, Tomasz Wilk wrote:\\n> The pay stayed the same.          | QUOTED       | Tomasz Wilk",
            "Tomasz - I did the same thing.                                               | DASH         | Tomasz",
            "Fair point. Tomasz: did yours keep the pay?                                  | DASH         | Tomasz",
            "Ugh. Sorry Tomasz.                                                           | INTERJECTION | Tomasz",
            "LOL Tomasz! Same here.                                                       | INTERJECTION | Tomasz",
            "Tomasz you have a way with words.                                            | BEFORE_YOU   | Tomasz",
            "Bob, you said the same last year.                                            | BEFORE_YOU   | Bob",
            "I really enjoyed it Tomasz!                                                  | CLOSING      | Tomasz"})
    void findsTheForm(String text, Addressing.Form form, String name) {
        List<Addressing.Spoken> spoken = Addressing.spokenTo(text.replace("\\n", "\n"));
        assertTrue(spoken.stream().anyMatch(s -> s.form() == form && s.name().equals(name)), spoken.toString());
        Addressing.Spoken s = spoken.stream().filter(x -> x.form() == form).findFirst().orElseThrow();
        assertEquals(name, text.replace("\\n", "\n").substring(s.start(), s.end()), "the span is where the name is written");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Love you guys, see you Monday",
            "Hope you all had a good week",
            "Thanks for the wishes…I'm going to try it",
            "I said it before: the pay matters",
            "What we found - in short - was a mess",
            "You said: the pay would rise. It did not.",
            "The old study said: most teams stay small."})
    void findsNoName(String text) {
        List<Addressing.Spoken> spoken = Addressing.spokenTo(text);
        assertTrue(spoken.stream().noneMatch(s -> s.form() != Addressing.Form.CLOSING), spoken.toString());
    }
}

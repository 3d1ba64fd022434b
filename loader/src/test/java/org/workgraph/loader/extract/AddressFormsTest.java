package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * Whom a response speaks to, in the forms many comment systems share, resolved to a person the page shows (a writer
 * of the thread, the post's writer); a name in those forms that nobody on the page bears is no address.
 */
class AddressFormsTest {

    /** The addressees of the third response of a thread by Quinn Abara, Rosa Ilves and then Quinn again. */
    private static List<Finding> addressesOfThird(String text) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("""
                A title

                The post's own text about rotas at the depot, which ends like a sentence.

                3 Comments

                  1. Quinn Abara says:

                    Our depot tried a four-day rota last spring.

                  2. Rosa Ilves says:

                    Ours too, and the drivers liked it.

                  3. Quinn Abara says:

                """ + text.indent(4)));
        return new ThreadReader().read(post).of(Finding.Relation.ADDRESSES).stream().filter(f -> f.unit() == 3).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Rosa - I did the same thing at my last job.                        | Rosa Ilves | Rosa",
            "Rosa- did the drivers keep the same pay?                          | Rosa Ilves | Rosa",
            "That is my worry too. Rosa: did the drivers keep the same pay?     | Rosa Ilves | Rosa",
            "Sorry Rosa, I misread your point about the pay.                    | Rosa Ilves | Rosa",
            "LOL Rosa! The printer again.                                       | Rosa Ilves | Rosa",
            "Rosa you have a way with words.                                    | Rosa Ilves | Rosa",
            "Rosa Ilves wrote: the drivers liked it. Not all of them did.       | Rosa Ilves | Rosa Ilves",
            "@2ndshift_rosa did the pay stay the same?                          | 2ndshift_rosa | @2ndshift_rosa"})
    void speaksTo(String text, String who, String written) throws Exception {
        List<Finding> found = addressesOfThird(text);
        assertEquals(List.of(who), found.stream().map(Finding::name).toList(), found.toString());
        assertEquals(written, found.get(0).evidence().get(0).exact(), "the evidence quotes the name as written");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "Natalia - I did the same thing at my last job.       | a name nobody on the page bears, without an at sign",
            "Update: the rota changed again on Monday.            | a word before a colon that is nobody on the page",
            "I agree with Rosa about the pay, but not the rota.   | siding with a writer names her in the third person",
            "Hope you are all well at the depot.                  | a verb before 'you' is no name",
            "Thanks for the wishes…I'm going to try the rota too. | the pronoun after thanks is no name",
            "I talked it over with Rosa. She liked it.            | a writer named after a preposition is spoken of",
            "We hired Rosa. The rota worked.                      | a writer closing a sentence is spoken of: that form greets only the post's writer"})
    void speaksToNobody(String text, String why) throws Exception {
        assertEquals(List.of(), addressesOfThird(text), why);
    }

    /** A post with no byline whose comments greet one first name: that is its writer, and the greeting an address. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I really enjoyed it Maria! More please. | Maria",
            "Sorry Maria. Our depot had the same week.  | Maria",
            "LOL Maria! Isn't it always the printer.    | Maria"})
    void theGreetedWriterIsAddressed(String comment, String writer) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("""
                A title

                The post's own text, which asks what readers think, and ends like a sentence.

                2 Comments

                  1. Quinn Abara says:

                    %s

                  2. Rosa Ilves says:

                    Same here.
                """.formatted(comment)));
        Reading reading = new ThreadReader().read(post);
        assertEquals(List.of(writer), reading.of(Finding.Relation.AUTHOR).stream().map(Finding::name).toList());
        List<Finding> addressed = reading.of(Finding.Relation.ADDRESSES);
        assertEquals(List.of(writer), addressed.stream().map(Finding::name).toList());
        assertEquals(1, addressed.get(0).unit());
    }
}

package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** Who wrote a post whose page has no byline, read from how its comments speak (rule 4: a greeted first name). */
class AuthorInferenceTest {

    private static List<Finding> authors(String thread) throws Exception {
        BlogPost post = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("""
                A title

                The post's own text, which asks what readers think, and ends like a sentence.

                3 Comments

                """ + thread));
        return new ThreadReader().read(post).of(Finding.Relation.AUTHOR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "I really enjoyed it Maria! More please. ; Maria",
            "Glad you're back there Peter. Wish I was too. ; Peter"})
    void aCommentGreetingAFirstNameNobodyOnThePageWritesNamesTheWriter(String comment, String author) throws Exception {
        List<Finding> found = authors("  1. Quinn Abara says:\n\n    " + comment + "\n\n  2. Rosa Ilves says:\n\n    Same here.\n");
        assertEquals(1, found.size(), found.toString());
        assertEquals(author, found.get(0).name());
        assertEquals(author, found.get(0).evidence().get(0).exact());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "I agree with Maria. ; a name after a preposition is spoken of, not to",
            "I really enjoyed it Maria! And you Peter. ; two names greeted: no single writer",
            "I really enjoyed it Rosa! ; the name is a commenter's"})
    void noWriterIsInferredFrom(String comment, String why) throws Exception {
        assertTrue(authors("  1. Quinn Abara says:\n\n    " + comment + "\n\n  2. Rosa Ilves says:\n\n    Same here.\n").isEmpty(), why);
    }

    @org.junit.jupiter.api.Test
    void aReplyShownAloneDoesNotMakeItsWriterThePosts() throws Exception {
        // A comment's own page under its parent link: one reply, answering a comment the page does not show.
        BlogPost page = new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of("""
                I find the opposite: the open office costs me an hour of work a day in interruptions.

                by Pellworth (pellworth (at) mail.example) on Tue Mar 4th, 2014 at 10:02:11 AM EST
                [ Parent ]
                """));
        assertEquals(1, page.responses().size(), page.toString());
        assertTrue(new ThreadReader().read(page).of(Finding.Relation.AUTHOR).isEmpty(),
                "the one answering the comments is the post's writer only where the page shows comments to answer");
    }

    private static BlogPost thread(org.workgraph.loader.model.Response... responses) {
        return new BlogPost(new Source("t.txt", "0".repeat(64)), "A title", null, null, List.of(), null,
                "The post's own text, which asks what readers think.", List.of(responses));
    }

    private static org.workgraph.loader.model.Response response(int position, String writer, Integer replyTo, String text) {
        return new org.workgraph.loader.model.Response(position, null, replyTo == null ? org.workgraph.loader.model.ResponseKind.COMMENT
                : org.workgraph.loader.model.ResponseKind.REPLY, writer, replyTo, null, text, null, null, position);
    }

    @org.junit.jupiter.api.Test
    void oneReplyUnderTheOnlyCommentNamesNoWriter() {
        // A reader answering a reader reads the same as the writer answering one: one reply is too little to tell them apart.
        BlogPost post = thread(response(1, "quillfeather", null, "Offices are about being seen, not about the work."),
                response(2, "lanternfish", 1, "Some work really is better done in a room together."));
        assertTrue(new ThreadReader().read(post).of(Finding.Relation.AUTHOR).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void twoRepliesByOneWhoWritesNoCommentNameTheWriter() {
        BlogPost post = thread(response(1, "quillfeather", null, "Offices are about being seen, not about the work."),
                response(2, "lanternfish", 1, "Thank you, that is what I meant to say in the post."),
                response(3, "marlowbay", null, "I work better at home, with fewer interruptions."),
                response(4, "lanternfish", 3, "Many readers said the same; I will write about it next."));
        List<Finding> found = new ThreadReader().read(post).of(Finding.Relation.AUTHOR);
        assertEquals(1, found.size(), found.toString());
        assertEquals("lanternfish", found.get(0).name());
    }

    @org.junit.jupiter.api.Test
    void oneReplySpeakingToTheCommenterItAnswersNamesTheWriter() {
        // The post's writer answering a reader speaks to them; a reader answering a reader need not.
        BlogPost post = thread(response(1, "quillfeather", null, "Offices are about being seen, not about the work."),
                response(2, "lanternfish", 1, "@quillfeather that is the whole argument of the post in one sentence."));
        List<Finding> found = new ThreadReader().read(post).of(Finding.Relation.AUTHOR);
        assertEquals(1, found.size(), found.toString());
        assertEquals("lanternfish", found.get(0).name());
    }
}

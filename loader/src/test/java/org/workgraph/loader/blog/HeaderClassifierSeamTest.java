package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Lines;

/**
 * How the thread takes a {@link HeaderClassifier}'s proposals, with classifiers written for the test (so the behaviour
 * of the seam is tested, not a model), on pages written for this test (invented people and text).
 */
class HeaderClassifierSeamTest {
    /** A header form no rule knows: a name, a tilde, a member's rank. */
    private static final List<Line> PAGE = Lines.of("""
            Keeping the night desk

            The night desk closes at two now, and the early shift opens it at six.

            Wren Aldous ~ regular

            Two o'clock is when the wires get busy, so closing then makes no sense to me.

            Jory Pascoe ~ newcomer

            I like the earlier close; the last hour never had much in it.
            """);

    private static BlogPost parse(HeaderClassifier c, List<Line> page) throws Exception {
        return new BlogParser(c).parse(new Source("t.txt", "0".repeat(64)), page);
    }

    /** Proposes the lines with these texts (the reader asks about the page after its opening, so by text, not number). */
    private static HeaderClassifier proposing(String... texts) {
        return (page, ruled) -> {
            Set<Integer> out = new java.util.TreeSet<>();
            for (int i = 0; i < page.size(); i++) if (List.of(texts).contains(page.get(i).trimmed())) out.add(i);
            return out;
        };
    }

    @Test
    void proposalsSharingAShapeBecomeHeadersWithTheNameThatOpensThem() throws Exception {
        BlogPost rules = parse(HeaderClassifier.NONE, PAGE);
        assertTrue(rules.responses().stream().allMatch(r -> r.writer() == null), rules.responses().toString());

        BlogPost post = parse(proposing("Wren Aldous ~ regular", "Jory Pascoe ~ newcomer"), PAGE);
        assertEquals(List.of("Wren Aldous", "Jory Pascoe"), post.responses().stream().map(Response::writer).toList());
        assertTrue(post.responses().get(0).text().startsWith("Two o'clock is when"));
        assertTrue(post.body().startsWith("The night desk closes at two"), post.body());
    }

    @Test
    void aLoneProposalNoRuleSupportsIsIgnored() throws Exception {
        assertEquals(parse(HeaderClassifier.NONE, PAGE).responses(), parse(proposing("Wren Aldous ~ regular"), PAGE).responses());
    }

    @Test
    void aNameAloneTheRulesTookOnlyAsWeakIsConfirmed() throws Exception {
        List<Line> page = Lines.of("""
                We are told the new desks will be ready in May, and that nobody will keep a desk of their own.

                Reina Stolz

                Nobody asked the people who sit at them, and the ones who come in every day lose the most.
                """);
        // The rules alone take the name line for a signature or a name in the text, and read no response.
        assertTrue(parse(HeaderClassifier.NONE, page).responses().isEmpty());
        BlogPost post = parse(proposing("Reina Stolz"), page);
        assertEquals(1, post.responses().size(), post.responses().toString());
        assertEquals("Reina Stolz", post.responses().get(0).writer());
        assertTrue(post.responses().get(0).text().startsWith("Nobody asked"));
    }

    @Test
    void theClassifierIsToldWhichLinesTheRulesTookAndCannotDisplaceThem() throws Exception {
        List<Line> page = Lines.of("""
                A thread with a known form

                The post's own text, long enough to be a body of its own.

                Wren Aldous says:
                I agree with the post.
                """);
        Set<Set<Integer>> told = new java.util.HashSet<>();
        BlogPost post = parse((lines, ruled) -> { told.add(ruled); return Set.copyOf(ruled); }, page);
        assertEquals(1, told.size());
        assertFalse(told.iterator().next().isEmpty());
        assertEquals("Wren Aldous", post.responses().get(0).writer());
    }

    /** Proposes no header, and starts at the lines with these texts. */
    private static HeaderClassifier starting(String... texts) {
        return new HeaderClassifier() {
            @Override
            public Set<Integer> headers(List<Line> lines, Set<Integer> ruled) { return Set.of(); }

            @Override
            public Set<Integer> starts(List<Line> lines, Set<Integer> headers) {
                Set<Integer> out = new java.util.TreeSet<>();
                for (int i = 0; i < lines.size(); i++) if (List.of(texts).contains(lines.get(i).trimmed())) out.add(i);
                return out;
            }
        };
    }

    /** A thread with no header line whose comments run together: only the text says where one ends. */
    private static final List<Line> RUN_TOGETHER = Lines.of("""
            Keeping the night desk

            The night desk closes at two now, and the early shift opens it at six, which leaves four hours unread.

            2 Comments

            Two o'clock is when the wires get busy, so closing then makes no sense to me at all, and I have said so before.
            The early shift would rather start at seven than at six, too, if anyone asked them.

            I like the earlier close myself, because the last hour never had much in it anyway and the desk was always empty.
            Nobody will miss it, and the early shift can catch what the night leaves behind.
            """);

    @Test
    void aProposedStartClosesTheUnheadedResponseAboveAndStartsOneWithoutAWriter() throws Exception {
        BlogPost rules = parse(HeaderClassifier.NONE, RUN_TOGETHER);
        BlogPost post = parse(starting(RUN_TOGETHER.get(9).trimmed()), RUN_TOGETHER);
        assertEquals(rules.responses().size() + 1, post.responses().size(), rules.responses() + " / " + post.responses());
        Response last = post.responses().get(post.responses().size() - 1);
        assertTrue(last.text().startsWith("I like the earlier close"), last.text());
        assertNull(last.writer());
    }

    @Test
    void aProposedStartNeverSplitsAHeadedResponse() throws Exception {
        List<Line> page = Lines.of("""
                A thread with a known form

                The post's own text, long enough to be a body of its own.

                Wren Aldous says:
                I agree with the post.
                And I would add one thing to it.
                """);
        assertEquals(parse(HeaderClassifier.NONE, page).responses(), parse(starting("And I would add one thing to it."), page).responses());
    }
}

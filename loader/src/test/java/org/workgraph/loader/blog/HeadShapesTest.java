package org.workgraph.loader.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.workgraph.loader.blog.ThreadPages.openings;
import static org.workgraph.loader.blog.ThreadPages.parse;
import static org.workgraph.loader.blog.ThreadPages.writers;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;

/**
 * Response heads several comment systems share: a score before "by NAME", a member's score and place after the name, a
 * name masked by e-mail protection, child counts that give the tree where no indentation survives, a collapsed comment's
 * preview over its text, and a name over a role line. Every page is written for this test (invented names and text).
 */
class HeadShapesTest {

    @Test
    void childCountsNestTheThreadAndMaskedNamesNameNoOne() throws Exception {
        BlogPost post = parse("""
                this post was submitted on 3 Mar 2023

                The depot starts a four-day rota trial in May for the night shift.

                [–] [email protected] 4 points 1 year ago (2 children)

                The depot should have asked the night shift before changing the rota.

                [–] [email protected] 2 points 1 year ago (1 children)

                They did ask, but only the day shift answered the survey.

                [–] [email protected] 1 points 1 year ago

                The survey went out on a Friday evening, so of course nobody answered it.

                [–] [email protected] 3 points 1 year ago

                Either way the trial is only a month long and can be reviewed.
                """);
        assertEquals(List.of("-", "-", "-", "-"), writers(post));
        assertEquals(Arrays.asList(null, 1, 2, 1), post.responses().stream().map(Response::replyTo).toList());
        assertEquals(List.of(ResponseKind.COMMENT, ResponseKind.REPLY, ResponseKind.REPLY, ResponseKind.REPLY),
                post.responses().stream().map(Response::kind).toList());
    }

    @Test
    void aScoreBeforeByAndTheMembersScoreAndPlaceAfterTheName() throws Exception {
        BlogPost post = parse("""
                Forum Post: Night shifts at the depot

                Posted 2 years ago on Mar. 3, 2022, 6:50 p.m. EST by wrenfield (87) from Dunmore, OH

                The depot starts a four-day rota trial in May for the night shift. Who asked for it?

                [-] 5 points by oakapple (340) from Castlebay, Barra 2 years ago

                Nobody did, which is exactly why it will fail.
                """);
        assertEquals(List.of("oakapple"), writers(post));
        assertEquals("wrenfield", post.author());
    }

    @Test
    void aCollapsedCommentsPreviewHeadsItsText() throws Exception {
        BlogPost post = parse("""
                Rota trial at the depot

                The depot starts a four-day rota trial in May for the night shift, and the union has not been asked.

                I wonder how many depots ... (Below threshold)

                I wonder how many depots have tried this before and quietly dropped it after a month.

                Ours tried it in... (Below threshold)

                Ours tried it in 2019 and kept it, because the drivers liked the long weekends.
                """);
        assertEquals(List.of("I", "Ours"), openings(post));
        assertEquals(List.of("-", "-"), writers(post));
    }

    @Test
    void namesOverRoleLinesHeadReadersAnswers() throws Exception {
        BlogPost post = parse("""
                Readers' answers: should the depot keep the four-day rota?

                Last week we asked drivers and dispatchers whether the trial should become the rule.

                Wren Aldous

                Dunmore, night driver, Castle Freight

                The rota gives me three days with my children every week, and I would not go back to five shifts.

                Ilse Varkonyi

                Castlebay, retired dispatcher

                We tried a compressed week in the nineties and the accidents went up in the fourth shift every time.
                """);
        assertEquals(List.of("Wren Aldous", "Ilse Varkonyi"), writers(post));
        assertEquals(List.of("The", "We"), openings(post));
    }

    @Test
    void oneNameOverARoleLineIsNoThread() throws Exception {
        BlogPost post = parse("""
                Rota trial at the depot

                Wren Aldous

                Dunmore, night driver, Castle Freight

                The depot starts a four-day rota trial in May for the night shift, and the union has not been asked.
                """);
        assertEquals(List.of(), writers(post));
    }

    @Test
    void aNoteInBracketsBeforeSaysIsNoPartOfTheName() throws Exception {
        BlogPost post = parse("""
                Depot poll: would you prefer a four-day week?

                Yes 80%, No 15%, Not sure 5%.

                March 3, 2019
                6:31 a.m.

                [ Suggest removal ]

                wrenfield (no real name given) says...

                Are we talking four ten-hour days or something shorter?

                March 4, 2019
                5:08 a.m.

                [ Suggest removal ]

                oakapple (Castlebay) says...

                Ten-hour days, and the dispatchers would still work five.


                columns & blogs

                Log into

                Forgot Password?
                """);
        assertEquals(List.of("wrenfield", "oakapple"), writers(post));
    }
}

package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;
import static org.workgraph.loader.DigestPages.kind;
import static org.workgraph.loader.DigestPages.names;
import static org.workgraph.loader.DigestPages.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.model.SignalDigest;

/**
 * A newsletter's issue as work newsletters print it: "Issue #N" over "#N - TITLE -- SUBTITLE", the date, an unlabelled letter
 * that announces the issue's stories, and teaser bullets without titles, some closed by an emoji. Every page is invented for
 * this test.
 */
class DigestIssueTeasersTest {
    private static final String ISSUE = """
            Issue #12
            #12 - Night shifts in the depot -- and what they teach us
            March 3, 2031

            Hello, crew!

            Last week I sat down to write this letter and found I had too much to say about the winter rota, so I kept it short.

            And with our three Stories this week, we look at how the yards handle the long nights, and who gets to decide.

              • A depot manager in the north makes the case that fixed weekends keep drivers longer than bonuses do. 🚚
              • A union steward explains why volunteer night crews fill up faster than paid ones -- and what that costs.
              • We look at a simple checklist for the first night shift. Spoiler alert: it starts with a nap.

            As ever, the Stories suggest that the answers are often closer to home than we think, and that
            """;

    @Test
    void anIssueOfTeaserBulletsIsADigestNamedByEachTeasersFirstSentence() throws Exception {
        assertEquals(DocumentKind.SIGNAL_DIGEST, kind(ISSUE));
        SignalDigest d = parse(ISSUE);
        // "Issue #12" says which issue the page is; the heading under it, its dashes no words of it, is the title.
        assertEquals("#12 - Night shifts in the depot -- and what they teach us", d.title());
        // The emoji closing a teaser decorates it: no part of its name.
        assertEquals(List.of("A depot manager in the north makes the case that fixed weekends keep drivers longer than bonuses do.",
                "A union steward explains why volunteer night crews fill up faster than paid ones -- and what that costs.",
                "We look at a simple checklist for the first night shift."), names(d));
        assertEquals("Spoiler alert: it starts with a nap.", d.rows().get(2).description());
    }

    @Test
    void aPostWithTheSameBulletsStaysAPost() throws Exception {
        // The same bullets in a post that announces nothing and numbers no issue: points of an argument, not a digest.
        String post = """
                Why I still like night shifts

                I have worked nights at the depot for eleven years, and I would not go back to days for anything.

                  • The yard is quiet and the work is steady from the first truck to the last. 🌙
                  • Nobody calls a meeting at three in the morning -- which is the best part.
                  • The canteen keeps the good coffee for us. Nobody on days knows that.

                That is all I wanted to say, really.
                """;
        assertEquals(DocumentKind.BLOG_POST, kind(post));
    }
}

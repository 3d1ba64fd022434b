package org.workgraph.loader.digest;

import java.util.List;

/**
 * Why a page was taken for a digest or a post: the cues the decision weighed, each with its weight, and their sum. A page is a
 * digest when a layout reads rows from it and the cues add up to {@link #THRESHOLD}; no single cue but a column table, a cue
 * word where the page names its rows, or a title counting things to come reaches it alone, so an unseen site's digest is
 * recognised by several shared cues at once (an announcing introduction and rows that name changes; a recurring "The
 * trend:" label), and a post's list of points stays a post.
 *
 * @param digest whether the page is read as a digest
 * @param rows   how many rows the first layout that reads the page found (0 when none was tried or none read it)
 * @param score  the sum of the cues' weights
 * @param cues   each cue as "+2 announcing introduction: '…'", in the order weighed
 */
public record KindEvidence(boolean digest, int rows, int score, List<String> cues) {
    /** The weight the cues must reach. */
    public static final int THRESHOLD = 3;

    public KindEvidence {
        cues = List.copyOf(cues);
    }

    /** One line for a report: "digest (score 4, 5 rows): +2 …; +1 …". */
    public String explain() {
        return (digest ? "digest" : "post") + " (score " + score + ", " + rows + " rows)" + (cues.isEmpty() ? "" : ": " + String.join("; ", cues));
    }
}

package org.workgraph.loader.blog;

import java.util.List;

/**
 * Why one block of a page, cut at a boundary run the page itself repeats or prints ({@link BlockThread}), was or was not
 * read as a response: the cues weighed, each with its weight, and their sum. A block is a response at {@link #THRESHOLD},
 * with two kinds of boundary evidence at least and a writer's slot or reply furniture among them; else it abstains.
 *
 * @param kept  whether the block is read as a response
 * @param score the sum of the cues' weights
 * @param line  the 1-based line of the boundary run's first line
 * @param head  that line, trimmed
 * @param cues  each cue as "+2 a writer's slot: 'ann'", in the order weighed
 */
public record BlockEvidence(boolean kept, int score, int line, String head, List<String> cues) {
    /** The weight a block's cues must reach. */
    public static final int THRESHOLD = 3;

    public BlockEvidence {
        cues = List.copyOf(cues);
    }

    /** "line 4 'u/ann Aug 26 '19' response (score 4: +2 …, +1 …)", or "… abstains (score 2: …)". */
    public String explain() {
        return "line " + line + " '" + (head.length() > 40 ? head.substring(0, 40) + "…" : head) + "' "
                + (kept ? "response" : "abstains") + " (score " + score + (cues.isEmpty() ? "" : ": " + String.join(", ", cues)) + ")";
    }
}

package org.workgraph.loader.model;

import java.util.List;

/**
 * Why a page's thread was read or set aside: the cues the page-level decision weighed, each with its weight, and their sum.
 * A page keeps the responses the reader found only when the cues reach {@link #THRESHOLD}; a page whose thread evidence is
 * thin (no count, no header repeated, no reply furniture) loads as a document with its text and no responses, because a
 * quoted person, a testimonial or a related-posts list read as a comment costs as much as a comment missed.
 *
 * @param thread     whether the page's responses were kept
 * @param candidates how many responses the reader found before the decision
 * @param score      the sum of the cues' weights
 * @param cues       each cue as "+3 a count line claims 4 responses", in the order weighed
 */
public record ThreadEvidence(boolean thread, int candidates, int score, List<String> cues) {
    /** The weight the cues must reach for a page's responses to be kept. */
    public static final int THRESHOLD = 2;

    /** For documents read without the decision (digests, mail, feeds): nothing weighed. */
    public static final ThreadEvidence NONE = new ThreadEvidence(false, 0, 0, List.of());

    public ThreadEvidence {
        cues = List.copyOf(cues);
    }

    /** Whether candidates were found and set aside: the load report says so. */
    public boolean abstained() {
        return !thread && candidates > 0;
    }

    /** One line for a report: "thread (score 5, 3 candidates): +3 …; +2 …", "no thread (score 0, 2 candidates set aside)". */
    public String explain() {
        String head = thread ? "thread (score " + score + ", " + candidates + " candidates)"
                : candidates == 0 ? "no thread (no candidate responses)"
                : "no thread (score " + score + " below " + THRESHOLD + ", " + candidates + " candidates set aside)";
        return head + (cues.isEmpty() ? "" : ": " + String.join("; ", cues));
    }
}

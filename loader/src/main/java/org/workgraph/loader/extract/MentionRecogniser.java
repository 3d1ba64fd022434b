package org.workgraph.loader.extract;

import java.util.List;
import java.util.Map;

/**
 * A second opinion on the names a page's units hold, beside the rules of {@link MentionFinder}: it proposes spans, the
 * finder keeps a proposal only where no rule found anything in that stretch of text (it adds, never removes) and the
 * proposal passes the same gates as a rule's name (not where the page prints a writer, not the unit's own writer).
 */
public interface MentionRecogniser {
    /** No second opinion: the rules alone. */
    MentionRecogniser NONE = units -> List.of();

    /**
     * One proposed name.
     *
     * @param unit   the unit (as given to {@link #propose}) whose text holds it
     * @param start  offset of its first character in that text
     * @param end    offset after its last character
     * @param entity a person or an organisation
     * @param p      the recogniser's probability for it
     * @param why    in words, what it rests on (for the finding's evidence)
     */
    record Proposal(int unit, int start, int end, Finding.Entity entity, double p, String why) {}

    /** Proposals over all units of one page (unit id to text, page order): a recogniser may count what the page repeats. */
    List<Proposal> propose(Map<Integer, String> units);
}

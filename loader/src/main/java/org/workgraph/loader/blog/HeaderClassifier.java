package org.workgraph.loader.blog;

import java.util.List;
import java.util.Set;

import org.workgraph.loader.text.Line;

/**
 * A second opinion on which lines of a page head (or sign) a response, beside the rules of {@link Header}. The reader
 * consults it with the page alone (never the rest of a corpus); it proposes lines, and the thread decides what to do
 * with them. {@link #NONE} proposes nothing: the rules alone.
 */
@FunctionalInterface
public interface HeaderClassifier {
    /** Proposes nothing. */
    HeaderClassifier NONE = (lines, ruled) -> Set.of();

    /**
     * @param lines a page's lines (or the part of it after its opening), blank lines included
     * @param ruled indexes of the lines the rules already took for headers by a strong form (a classifier may defer to
     *              them); a line the rules took only by a weak form, the classifier may confirm
     * @return indexes into {@code lines} of further lines to take for response headers
     */
    Set<Integer> headers(List<Line> lines, Set<Integer> ruled);

    /**
     * Lines where a response without a header line starts (a flat thread's paragraph, a comment whose name line the
     * copy lost). The thread closes the unheaded response above at each; none by default.
     *
     * @param lines   the thread's lines, blank lines included
     * @param headers indexes of the lines the thread took for headers
     */
    default Set<Integer> starts(List<Line> lines, Set<Integer> headers) {
        return Set.of();
    }
}

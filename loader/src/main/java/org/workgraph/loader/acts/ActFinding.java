package org.workgraph.loader.acts;

import java.util.List;

import org.workgraph.loader.extract.Span;

/**
 * One discourse act read in a response, with the words or thread cues that decided it.
 *
 * @param unit     the response's position
 * @param act      the act
 * @param main     whether it is the response's main act (each response has exactly one)
 * @param method   in words, the rule that decided it
 * @param evidence the quotes it rests on: the response's own words, or the question it answers elsewhere on the page
 * @param target   for a main act that takes up something (an answer, a question, agreement, disagreement): what it takes
 *                 up, 0 for the post, else a response's position; null otherwise
 */
public record ActFinding(int unit, Act act, boolean main, String method, List<Span> evidence, Integer target) {
    public ActFinding {
        evidence = List.copyOf(evidence);
    }

    public ActFinding(int unit, Act act, boolean main, String method, List<Span> evidence) {
        this(unit, act, main, method, evidence, null);
    }
}

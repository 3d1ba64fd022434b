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
 */
public record ActFinding(int unit, Act act, boolean main, String method, List<Span> evidence) {
    public ActFinding {
        evidence = List.copyOf(evidence);
    }
}

package org.workgraph.loader.extract;

import java.util.List;

/**
 * One fact the reading adds to what the page lays out, with its evidence.
 *
 * @param unit     the unit the fact is about: 0 for the document, else a response's position
 * @param relation what kind of fact: the document's inferred writer, a response's resolved writer,
 *                 whom a response addresses, or what a unit mentions
 * @param entity   the entity's kind
 * @param name     the entity's full name as resolved (the name its IRI is minted from)
 * @param written  the spelling the text used (an alias when it differs from {@code name})
 * @param method   in words, the rule that found it (a reader can check it against the quotes)
 * @param evidence the quotes it rests on, in any units of the page
 */
public record Finding(int unit, Relation relation, Entity entity, String name, String written, String method, List<Span> evidence) {
    public Finding {
        evidence = List.copyOf(evidence);
    }

    public enum Relation { AUTHOR, WRITER, ADDRESSES, MENTIONS }

    public enum Entity { PERSON, ORGANIZATION, WORK }
}

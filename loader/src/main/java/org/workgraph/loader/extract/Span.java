package org.workgraph.loader.extract;

/**
 * Where words were found: character offsets into the text of one unit (a document's body or summary,
 * or one response), as that unit's {@code sioc:content} holds it, and the words themselves.
 *
 * @param unit  0 for the document itself, else the response's position
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param exact the words, as written
 */
public record Span(int unit, int start, int end, String exact) {}

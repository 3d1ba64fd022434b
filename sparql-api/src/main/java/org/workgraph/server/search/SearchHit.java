package org.workgraph.server.search;

/**
 * One resource that matched a search, at its best-scoring index entry.
 *
 * @param resource      the IRI of the matching resource
 * @param score         Lucene's relevance score (higher is better; comparable only within one search)
 * @param property      the IRI of the property whose text matched
 * @param snippet       the matching passage as plain text
 * @param snippetHtml   the same passage as safe HTML: text escaped, matched words in {@code <mark>}
 */
public record SearchHit(String resource, double score, String property, String snippet, String snippetHtml) {}

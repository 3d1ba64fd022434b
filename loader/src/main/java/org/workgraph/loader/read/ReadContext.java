package org.workgraph.loader.read;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.Source;

/**
 * What every reader is given: the size limit, and the plain-text reader, which structured readers fall back on
 * when the markup states no thread (a page's visible text is read the way a plain-text dump of it is).
 *
 * @param maxBytes the largest document of plain text; markup is allowed {@link #MARKUP_FACTOR} times as much
 * @param text     reads a document's text into the model (its kind, opening, body and thread)
 * @param unchanged whether the store already holds a document with this source's content (an incremental load),
 *                  so a reader that knows the source before parsing may skip the parse
 */
public record ReadContext(long maxBytes, TextParser text, Predicate<Source> unchanged) {
    /**
     * Markup is several times the text it carries (scripts, styles, attributes): a page of this many times the text
     * limit still parses within a few hundred megabytes.
     */
    public static final int MARKUP_FACTOR = 4;

    public long maxMarkupBytes() { return maxBytes * MARKUP_FACTOR; }

    /** The plain-text reader. */
    @FunctionalInterface
    public interface TextParser {
        Document parse(Source source, String text, Consumer<String> warnings) throws ParseException;
    }
}

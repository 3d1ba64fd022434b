package org.workgraph.loader.digest;

import java.util.Optional;
import java.util.function.Consumer;

import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.Source;

/**
 * One way pages lay out a digest's rows: column tables, labelled fields, a numbered or bulleted list, or
 * blocks of a name line and its description. {@link DigestParser} tries the layouts in order and keeps the
 * first that recognises the page, so each layout only has to know its own shape.
 */
interface DigestLayout {
    /**
     * @param warnings receives problems that do not stop the page from loading, each with its line
     * @return the digest read in this layout, or empty when the page is not laid out this way
     */
    Optional<SignalDigest> read(Source source, Page page, Consumer<String> warnings);

    /**
     * Whether reading rows in this layout is itself enough to call the page a digest (a list of dated stories), without a
     * title or heading that names signals or trends.
     */
    default boolean namesItsKind() { return false; }
}

package org.workgraph.loader.detect;

import java.util.List;

import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.text.Line;

/**
 * Tells a document's kind from its text, never from its file name. A digest has a table under a column
 * header that starts "name description", or rows in one of the other layouts the digest parser reads under
 * a title or heading that names signals, trends, drivers or technologies. Everything else is read as a blog
 * post or essay, which may have no thread at all.
 */
public final class KindDetector {
    private final DigestParser digests = new DigestParser();

    public DocumentKind detect(List<Line> lines) {
        return digests.isDigest(lines) ? DocumentKind.SIGNAL_DIGEST : DocumentKind.BLOG_POST;
    }
}

package org.workgraph.loader.detect;

import java.util.List;

import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.text.Line;

/**
 * Tells a document's kind from its text, never from its file name. A digest has at least one table:
 * a heading line followed by a column header that starts "name description". Everything else is read as
 * a blog post or essay, which may have no thread at all.
 */
public final class KindDetector {
    public DocumentKind detect(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (DigestParser.isColumnHeader(lines.get(i).trimmed())) return DocumentKind.SIGNAL_DIGEST;
        }
        return DocumentKind.BLOG_POST;
    }
}

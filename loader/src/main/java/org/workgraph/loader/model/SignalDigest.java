package org.workgraph.loader.model;

import java.util.List;

/**
 * A futures digest: a summary of one article plus its tables of signals.
 *
 * @param title      the summarised article's title, which is the digest's heading
 * @param sourcePage the page identifier the digest cites ("from page 20250824d"), or null
 * @param article    the summarised article as the digest states it
 * @param summary    the summary paragraph(s), whitespace normalised, or null
 * @param keywords   entries under a "Keywords" heading, if any
 * @param rows       every row of every table, in document order
 */
public record SignalDigest(Source source, String title, String sourcePage, SourceArticle article, String summary,
                           List<String> keywords, List<SignalRow> rows) implements Document {
    public SignalDigest {
        keywords = List.copyOf(keywords);
        rows = List.copyOf(rows);
    }
}

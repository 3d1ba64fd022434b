package org.workgraph.loader.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A futures digest: a summary of one article plus its tables of signals.
 *
 * @param title      the digest's heading: the summarised article's title, or the page's own heading
 * @param author     the digest's writer as its byline names them ("By Ann Lee", "Ann Lee | | Future of Work"), or null
 * @param sourcePage the page identifier the digest cites ("from page 20250824d"), or null
 * @param article    the summarised article as the digest states it, or null when the page summarises none
 * @param summary    the summary paragraph(s), whitespace normalised, or null
 * @param keywords   entries under a "Keywords" heading, if any
 * @param rows       every row of every table, in document order
 * @param published  the date the page states for itself, or null
 * @param categories the categories the page files itself under ("Category: Work", a byline's "| Future of Work")
 * @param prose      the page's running text outside its title, byline, summary and rows (an introduction, a letter, a
 *                   feature after the list), whitespace normalised, or null: a newsletter names people and firms there too
 */
public record SignalDigest(Source source, String title, String author, String sourcePage, SourceArticle article, String summary,
                           List<String> keywords, List<SignalRow> rows, LocalDate published, List<String> categories, String prose)
        implements Document {
    public SignalDigest {
        keywords = List.copyOf(keywords);
        rows = List.copyOf(rows);
        categories = List.copyOf(categories);
        if (prose != null && prose.isBlank()) prose = null;
    }

    /** A digest whose page has no text outside its summary and rows. */
    public SignalDigest(Source source, String title, String author, String sourcePage, SourceArticle article, String summary,
                        List<String> keywords, List<SignalRow> rows, LocalDate published, List<String> categories) {
        this(source, title, author, sourcePage, article, summary, keywords, rows, published, categories, null);
    }

    /**
     * The digest's own text, as its {@code sioc:content} holds it and evidence offsets refer to it: the summary, then the
     * page's other prose, whitespace normalised as a post's body is; null when it has neither.
     */
    public String content() {
        if (prose == null) return summary;
        return summary == null ? prose : summary + " " + prose;
    }

    /** A digest that states no categories (the source digests' layout has none). */
    public SignalDigest(Source source, String title, String author, String sourcePage, SourceArticle article, String summary,
                        List<String> keywords, List<SignalRow> rows, LocalDate published) {
        this(source, title, author, sourcePage, article, summary, keywords, rows, published, List.of());
    }
}

package org.workgraph.loader.model;

import java.time.Instant;

/**
 * Where a document came from.
 *
 * @param fileName the name of the file it was read from, without folder (a web archive or an export holds many
 *                 documents, and all of them name that one file)
 * @param sha256   the SHA-256 of the document's own bytes: the whole file, or for a document inside a larger file the
 *                 bytes of its record or entry, so an incremental load can tell each document's changes apart
 * @param url      the document's address when the source states one (a page's canonical link, an archive record's
 *                 target, an export's permalink), else null; when given it names the document, not the file
 * @param entry    for a file that holds many documents, what tells this one apart within it when there is no URL
 *                 (an export's post id), else null
 * @param captured when a web archive captured the page, else null
 */
public record Source(String fileName, String sha256, String url, String entry, Instant captured) {
    /** A document that is a whole file of its own, with no address but its name. */
    public Source(String fileName, String sha256) {
        this(fileName, sha256, null, null, null);
    }

    public Source withUrl(String newUrl) { return new Source(fileName, sha256, newUrl, entry, captured); }
}

package org.workgraph.loader.read;

import java.util.List;

import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.Source;

/** One document a reader read from a file, or one record of it that could not be read. */
public sealed interface ReadItem {
    /** What names this item within its file: the document's URL, else its entry, else null (the whole file). */
    String entry();

    /** A document and what it loaded without (each warning naming its line). */
    record Parsed(Document document, List<String> warnings) implements ReadItem {
        public Parsed {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String entry() {
            return document.source().url() != null ? document.source().url() : document.source().entry();
        }
    }

    /** A document the store already holds with this content (an incremental load), so it was not parsed again. */
    record Unchanged(Source source) implements ReadItem {
        @Override
        public String entry() { return source.url() != null ? source.url() : source.entry(); }
    }

    /** A record that could not be read; the file's other records still load. */
    record Failed(String entry, int line, String message) implements ReadItem {}
}

package org.workgraph.loader.read;

import java.util.List;

/**
 * What a file held besides the documents it gave: each note a count and a reason ("3 records not HTML pages
 * skipped: 2 image/png, 1 request"). Empty for a file that is one document.
 */
public record ReadSummary(List<String> notes) {
    public static final ReadSummary NONE = new ReadSummary(List.of());

    public ReadSummary {
        notes = List.copyOf(notes);
    }
}

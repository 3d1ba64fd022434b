package org.workgraph.loader.digest;

import org.workgraph.loader.text.Search;

/**
 * A line that numbers a newsletter's issue and says nothing else: "Issue #50", "Edition 12", "Issue No. 7". Printed over the
 * issue's heading it labels the page (what it is, and which one), as "Weekly roundup" does: it is not the title.
 */
final class IssueLine {
    private static final Search ISSUE = Search.compile("^(?i:issue|edition)\\s*(?:#|no\\.?\\s*|number\\s+)?\\d{1,4}$");

    private IssueLine() {}

    static boolean is(String line) {
        return line != null && ISSUE.matches(line.strip());
    }
}

package org.workgraph.loader.blog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline joined to its summary on one line by "::" ("Depot moves the early shift to five::The drivers heard it from the
 * notice board first."), as link aggregators and the bots that post to them print a shared story's title and its
 * standfirst. The reading in order sees one long line of text with no title above it; the headline is the part before the
 * mark. Only when the part before is headline-shaped (three words at least, no sentence's end) and the part after opens a
 * sentence of some length: "::" inside running text (an emote, "::sigh::") joins nothing.
 */
final class JoinedSummary {
    private static final Pattern JOINED = Pattern.compile("^(\\S.{8,198}?)\\s*::\\s*(\\p{Lu}.*)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!:;,]$");
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MIN_SUMMARY_WORDS = 6;

    private JoinedSummary() {}

    /** The headline a page's first line joins to its summary, if it is one. */
    static Optional<String> title(String firstLine) {
        Matcher m = JOINED.matcher(firstLine);
        if (!m.matches()) return Optional.empty();
        String title = m.group(1).trim(), summary = m.group(2).trim();
        int words = SPACES.split(title).length;
        if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS || SENTENCE_END.matcher(title).matches() || title.contains("::")) return Optional.empty();
        if (SPACES.split(summary).length < MIN_SUMMARY_WORDS || summary.contains("::")) return Optional.empty();
        return Optional.of(title);
    }
}

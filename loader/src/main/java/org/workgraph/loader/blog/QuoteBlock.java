package org.workgraph.loader.blog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote block inside a forum post: an introducing line ("Ann Lee said:", "ann wrote:", "Quote from: ann",
 * "Originally Posted by ann") over the quoted lines ("> …"), then the post's own words. Forums print it at the head of a
 * reply, and a text copy keeps it with empty lines around it; the block belongs to the post that quotes it, never to a
 * post of its own. The introducing line is the quoted writer's name, not the post's words, and the "&gt;" marks are the
 * system's, so neither stays in the post's text.
 */
final class QuoteBlock {
    private static final Pattern INTRO = Pattern.compile("^(?:(\\S.{0,40}?)\\s+(?i:said|wrote)\\s*:"
            + "|(?i:quote\\s+from|originally\\s+posted\\s+by)\\s*:?\\s*(\\S.{0,40}?))\\s*$");
    private static final Pattern QUOTED = Pattern.compile("^>\\s?(.*)$");

    private QuoteBlock() {}

    /** The quoted writer, when the line introduces a quote block. */
    static Optional<String> intro(String trimmed) {
        Matcher m = INTRO.matcher(trimmed);
        if (!m.matches()) return Optional.empty();
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        return Header.nameLike(name, false) ? Optional.of(name) : Optional.empty();
    }

    /**
     * Whether line {@code i} introduces a quote block: "Ann said:" with quoted lines ("&gt; …") next. Such a line names the
     * quoted writer, not a response's: no response header.
     */
    static boolean opens(java.util.List<org.workgraph.loader.text.Line> lines, int i) {
        if (intro(lines.get(i).trimmed()).isEmpty()) return false;
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) return quoted(lines.get(k).trimmed());
        }
        return false;
    }

    /** Whether a line is quoted text ("&gt; …"). */
    static boolean quoted(String trimmed) {
        return QUOTED.matcher(trimmed).matches();
    }

    /** The quoted line without its mark. */
    static String unquote(String trimmed) {
        Matcher m = QUOTED.matcher(trimmed);
        return m.matches() ? m.group(1).strip() : trimmed;
    }
}

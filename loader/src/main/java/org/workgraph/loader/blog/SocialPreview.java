package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * The heading a social network gives a status's own page, and its viewers copy: "NAME on NETWORK: FIRST WORDS …" ("Ann
 * Lee on Twitter: “The early shift …”", "ann on Nostr: The early shift …"). It names the status's writer and repeats the
 * status's first words; the status has no title of its own, so the heading is none. Told by its form and by the status
 * under it opening with the words the heading repeats, never by the network's name.
 *
 * @param writer the name before "on NETWORK:"; {@code line} the heading's line; {@code date} a stamp printed above it, or
 *               null
 */
record SocialPreview(String writer, int line, LocalDate date) {
    /** "NAME on NETWORK: WORDS": a name of at most four words, a network of one or two capitalised words. */
    private static final Pattern HEADING = Pattern.compile("^(\\S+(?:\\s+\\S+){0,3}?)\\s+on\\s+(\\p{Lu}[\\p{L}\\d.]*(?:\\s+\\p{Lu}[\\p{L}\\d.]*)?)\\s*:\\s+(\\S.*)$");
    /** The end a heading's cut-off words carry, and quotation marks around them. */
    private static final Pattern CUT = Pattern.compile("(?:\\s*(?:\\.{3}|\u2026))?[\"\u201D]?\\s*(?:/\\s*\\S+)?$");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^[\"\u201C]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The heading stands among the page's first lines. */
    private static final int HEAD_LINES = 5;
    /** The words a heading repeats: enough that a sentence opening the same way by chance is unlikely. */
    private static final int MIN_WORDS = 4;

    /** The heading among the first lines from {@code first}, when the status under it opens with its words; else empty. */
    static Optional<SocialPreview> find(List<Line> lines, int first) {
        LocalDate date = null;
        int seen = 0;
        for (int i = HeadReader.nextContent(lines, first); i < lines.size() && seen < HEAD_LINES; i = HeadReader.nextContent(lines, i + 1), seen++) {
            String t = lines.get(i).trimmed();
            Matcher m = HEADING.matcher(t);
            if (m.matches() && (Header.nameLike(m.group(1).trim()) || Header.handleShaped(m.group(1).trim()))) {
                String words = OPENING_QUOTE.matcher(CUT.matcher(m.group(3).trim()).replaceFirst("")).replaceFirst("").trim();
                if (SPACES.split(words).length < MIN_WORDS) return Optional.empty();
                int next = HeadReader.nextContent(lines, i + 1);
                if (next < lines.size() && plain(lines.get(next).trimmed()).startsWith(plain(words))) {
                    return Optional.of(new SocialPreview(m.group(1).trim(), i, date));
                }
                return Optional.empty();
            }
            if (date == null && Dates.isStamp(Dates.withoutZoneOrPage(t))) date = Dates.find(t).orElse(null);
        }
        return Optional.empty();
    }

    private static String plain(String s) {
        return SPACES.matcher(OPENING_QUOTE.matcher(s).replaceFirst("")).replaceAll(" ").trim();
    }
}

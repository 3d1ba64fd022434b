package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * A mailing-list archive's message head as list archivers (Mailman's pipermail and its like) print it with no field
 * labels: the subject with the list's tag ("[listname] SUBJECT"), then the sender's name with the address spelled out
 * against harvesting ("Ann Lee ann.lee at example.org"), then the date as mail systems stamp it ("Mon Feb 20 00:57:18 PST
 * 2017"). The subject without the tag is the title, the name the writer, the stamp the date.
 *
 * @param title the subject without the list's tag; {@code line} the sender's line, {@code next} the first line after the head
 */
record ArchiveSender(String title, String sender, LocalDate date, int line, int next) {
    /**
     * "Ann Lee ann.lee at example.org", "annlee ann at example.org": a name or the sender's handle, then an address whose
     * "@" is written " at ". A handle in lower case is kept only as one token: the spelled-out address and the mail stamp
     * under it already say the line is a sender's, as pipermail prints whatever the sender's client put in "From:".
     */
    private static final Pattern SENDER = Pattern.compile("^(\\p{L}.{1,60}?)\\s+[\\p{L}\\d._%+-]+\\s+at\\s+[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+$");
    /** A mail system's stamp: "Mon Feb 20 00:57:18 PST 2017" (weekday, month, day, time, a zone, the year). */
    private static final Pattern STAMP = Pattern.compile("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+(\\p{Lu}\\p{Ll}{2})\\s+(\\d{1,2})\\s+"
            + "\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+|[+-]\\d{4}\\s+)?(\\d{4})$");
    /**
     * The list's tag before the subject: a list name in brackets ("[liberationtech] ", "[Wikitech-l] "). Mailman keeps the
     * case the list's owner gave, so a capital is allowed: the tag is only taken off under a sender's line and a stamp.
     */
    private static final Pattern LIST_TAG = Pattern.compile("^\\[[\\p{L}\\d][\\p{L}\\d._-]{1,40}\\]\\s+(\\S.*)$");

    /**
     * The archive's head under the title {@code title}, its sender on the first line with text from {@code from} and the
     * stamp on the next; empty unless both stand there.
     */
    static Optional<ArchiveSender> under(List<Line> lines, String title, int from) {
        if (title == null) return Optional.empty();
        int s = HeadReader.nextContent(lines, from);
        if (s >= lines.size()) return Optional.empty();
        Matcher sender = SENDER.matcher(lines.get(s).trimmed());
        if (!sender.matches()) return Optional.empty();
        String name = sender.group(1).trim();
        if (!(Character.isUpperCase(name.codePointAt(0)) ? Header.nameLike(name) : Header.handleShaped(name))) return Optional.empty();
        int d = HeadReader.nextContent(lines, s + 1);
        if (d >= lines.size() || d > s + 2) return Optional.empty();
        Optional<LocalDate> date = stamp(lines.get(d).trimmed());
        if (date.isEmpty()) return Optional.empty();
        Matcher tag = LIST_TAG.matcher(title.trim());
        return Optional.of(new ArchiveSender(tag.matches() ? tag.group(1).trim() : title, name, date.get(), s,
                HeadReader.nextContent(lines, d + 1)));
    }

    /** The date of a mail system's stamp. */
    static Optional<LocalDate> stamp(String t) {
        Matcher m = STAMP.matcher(t);
        return m.matches() ? Dates.parse(m.group(1) + " " + m.group(2) + " " + m.group(3)) : Optional.empty();
    }
}

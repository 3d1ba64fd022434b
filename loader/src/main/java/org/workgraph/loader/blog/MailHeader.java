package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * A message's header as mailing-list archives print it above the text: "Subject: …", "From: …", "Date: …", on lines of
 * their own or run together on one line ("Subject:Telecommuting From:\"Ann Lee\" &lt;ann -at- example -dot- com&gt; Date:Mon,
 * 31 Jan 1994 08:54:42 EST"). The subject is the document's title, the sender's name its author, the date its date.
 *
 * @param line the header's first line (0-based); {@code next} the first line after it
 */
record MailHeader(String subject, String sender, LocalDate date, int line, int next) {
    /** A field's label at the start of a line or after a space: the header's fields may share a line. */
    private static final Search FIELD = Search.compile("(?:^|\\s)(Subject|From|Date|To|Cc):", Pattern.CASE_INSENSITIVE);
    /** How far into the page a header is looked for, in lines with text (an archive prints its own blurb first). */
    private static final int SEARCH_LINES = 12;
    /** How many lines a header's fields may span. */
    private static final int FIELD_LINES = 6;

    /** The header among the first lines with text from {@code from}, if the page has one with a subject and a sender. */
    static Optional<MailHeader> find(List<Line> lines, int from) {
        int seen = 0;
        for (int i = from; i < lines.size() && seen < SEARCH_LINES; i++) {
            if (lines.get(i).isBlank()) continue;
            seen++;
            if (!FIELD.matcher(lines.get(i).trimmed()).lookingAt()) continue;
            StringBuilder fields = new StringBuilder();
            int end = i;
            while (end < lines.size() && end < i + FIELD_LINES && !lines.get(end).isBlank()
                    && FIELD.matcher(lines.get(end).trimmed()).lookingAt()) {
                fields.append(' ').append(lines.get(end).trimmed());
                end++;
            }
            Optional<MailHeader> h = read(fields.toString(), i, end);
            if (h.isPresent()) return h;
        }
        return Optional.empty();
    }

    private static Optional<MailHeader> read(String text, int line, int next) {
        String subject = null, from = null, date = null;
        Matcher m = FIELD.matcher(text);
        int start = -1;
        String name = null;
        while (true) {
            boolean found = m.find();
            if (name != null) {
                String value = text.substring(start, found ? m.start() : text.length()).trim();
                switch (name) {
                    case "subject" -> subject = subject == null ? value : subject;
                    case "from" -> from = from == null ? value : from;
                    case "date" -> date = date == null ? value : date;
                    default -> { }
                }
            }
            if (!found) break;
            name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            start = m.end();
        }
        if (subject == null || subject.isEmpty() || from == null) return Optional.empty();
        String sender = sender(from);
        LocalDate d = date == null ? null : Dates.find(date).orElse(null);
        return Optional.of(new MailHeader(subject, sender, d, line, next));
    }

    /** The sender's name in a "From:" value, or null ({@link #sender}). */
    static String senderName(String from) {
        return sender(from);
    }

    /**
     * The sender's name: the quoted display name or the words before the address, up to a comma (archives keep the
     * sender's own details after one: "Ann Lee, Building 4, ext. 2648"); null when only an address is given.
     */
    private static String sender(String from) {
        String name = from;
        Matcher quoted = Pattern.compile("^\"([^\"]*)\"").matcher(name);
        if (quoted.find()) name = quoted.group(1);
        else name = name.replaceFirst("\\s*<.*$", "").replaceFirst("\\s*\\(.*$", "");
        int comma = name.indexOf(',');
        if (comma >= 0) name = name.substring(0, comma);
        name = name.trim();
        return name.isEmpty() || name.contains("@") || !Header.nameLike(name) ? null : name;
    }
}

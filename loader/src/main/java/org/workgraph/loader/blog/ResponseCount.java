package org.workgraph.loader.blog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Text;
import org.workgraph.loader.text.Search;

/**
 * The count a page claims for its thread: "32 Responses to “Title”", "No Comments", "One thought on “Title”".
 *
 * @param count the claimed number
 * @param title the title the line repeats, or null
 */
record ResponseCount(int count, String title) {
    private static final List<String> WORDS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Search LINE = Search.compile(
            "^[{(\\[]?\\s*(\\d[\\d,]*|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
            + "(responses?|comments?|replies|reply|thoughts?|reactions?|trackbacks?)"
            + "(?:\\s+(?:to|on)\\s+(.+?))?"
            // What systems print after the count: "… read them below", "so far", "sorted by: best", a colon.
            + "\\s*(?:…|\\.{3})?\\s*(?:(?:read them below|so far|and counting|sorted by\\b.*|add yours)\\s*)?[:}\\])]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The word before the number: "Comments 25", "Comments (3)", "Responses: 12". */
    private static final Search WORD_FIRST = Search.compile("^(?i:comments|responses|replies)\\s*(?::\\s*|\\(\\s*|\\s)(\\d[\\d,]*)\\s*\\)?$");

    /** "16 thoughts on “Title" with the closing quote lost, as a cut-off page or a careless dump prints it. */
    private static final Search OPEN_QUOTE = Search.compile("^(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
            + "(?:responses?|comments?|replies|thoughts?|reactions?)\\s+(?:to|on)\\s+[\u201C\"\u2018](.+)$", Pattern.CASE_INSENSITIVE);

    static Optional<ResponseCount> parse(String line) {
        Matcher q = OPEN_QUOTE.matcher(line.trim());
        if (q.matches() && !q.group(2).matches(".*[\u201D\"\u2019]\\W*$")) {
            String n = q.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(new ResponseCount(Character.isDigit(n.charAt(0)) ? Integer.parseInt(n.replace(",", "")) : WORDS.indexOf(n),
                    q.group(2).trim()));
        }
        Matcher w = WORD_FIRST.matcher(line.trim());
        if (w.matches()) return Optional.of(new ResponseCount(Integer.parseInt(w.group(1).replace(",", "")), null));
        Matcher m = LINE.matcher(line.trim());
        if (!m.matches()) return Optional.empty();
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n.replace(",", "")) : WORDS.indexOf(n);
        String title = m.group(3) == null ? null : Text.unquote(m.group(3));
        return Optional.of(new ResponseCount(count, title));
    }
}

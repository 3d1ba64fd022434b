package org.workgraph.loader.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates written the ways blog pages write them: "Mar 22, 2014", "22 March 2014", "2014-03-22". */
public final class Dates {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /** A date anywhere in a string; group 1 is the date as written. */
    public static final Pattern DATE = Pattern.compile(
            "\\b(" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2})\\b");

    private static final List<DateTimeFormatter> FORMATS = List.of(
            formatter("MMM d yyyy"), formatter("MMMM d yyyy"), formatter("d MMM yyyy"), formatter("d MMMM yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private Dates() {}

    /** The first date in the text, if any can be read. */
    public static Optional<LocalDate> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = parse(m.group(1));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** Parses one date as written, tolerating ordinals, commas, full or short month names. */
    public static Optional<LocalDate> parse(String written) {
        String s = written.replaceAll("(\\d)(st|nd|rd|th)", "$1").replace(",", " ").replace(".", " ")
                .replaceAll("\\bSept\\b", "Sep").replaceAll("\\s+", " ").trim();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}

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
    public static final Search DATE = Search.compile(
            "\\b(" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            // A year of two digits after an apostrophe ("Aug 01 '24", "Jan 5 '19 at 10:00"), as forum and Q&A front-ends print it.
            + "|" + MONTH + "\\s+\\d{1,2},?\\s+['\u2019]\\d{2}(?!\\d)"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}([/.-])\\d{1,2}\\2\\d{4})\\b");
    /**
     * A time of day or an age instead of a date: "9:56 PM", "12:29pm", "5 days ago", "4d ago", "yesterday". Pages put
     * these in comment headers; an age is kept as no date at all (it is relative to a day the text does not give).
     */
    public static final Search TIME_OR_AGE = Search.compile(
            "(?i)(?:(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "|\\b(?:an?|\\d+)\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\\s+ago"
            + "|\\byesterday|\\btoday|\\bjust now)(?![\\p{L}\\d])");

    private static final List<DateTimeFormatter> FORMATS = List.of(
            formatter("MMM d yyyy"), formatter("MMMM d yyyy"), formatter("d MMM yyyy"), formatter("d MMMM yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE);
    /** What a stamp may hold besides its date and time: a weekday, "at", "on", "posted", "updated", "edited", separators. */
    private static final Pattern STAMP_PARTS = Pattern.compile("(?i)\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|\\b(?:at|on|posted|updated|edited)\\b|[\\s,|#@·•–—-]");
    /**
     * A time zone closing a time ("10:37:18 UTC") or a print edition's page after a semicolon ("; B03", "; Page A01"), as
     * news archives and status viewers close a date line of a page's own head.
     */
    private static final Pattern ZONE_OR_PAGE = Pattern.compile("(?:(?<=\\d|(?i:[ap]\\.?m\\.?))\\s+(?:UTC|GMT|[ECMPA][SD]T|CET|CEST|BST)|;\\s*(?:[Pp]age\\s+)?\\p{Lu}?\\d{1,3})\\s*$");
    /** The year of two digits after an apostrophe that closes a date ("Aug 01 '24"). */
    private static final Pattern SHORT_YEAR = Pattern.compile("['\u2019](\\d{2})$");
    /** Two-digit years up to this are this century's: the systems that print them are younger than 2000. */
    private static final int LAST_SHORT_YEAR = 69;
    private static final Search SLASHED = Search.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

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
        Matcher slashed = SLASHED.matcher(written.strip());
        if (slashed.matches()) return slashed(slashed);
        Matcher shortYear = SHORT_YEAR.matcher(written.strip());
        if (shortYear.find()) {
            int yy = Integer.parseInt(shortYear.group(1));
            written = written.strip().substring(0, shortYear.start()) + (yy <= LAST_SHORT_YEAR ? 2000 + yy : 1900 + yy);
        }
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

    /**
     * "12/20/2005" and "02-25-2023" are month first, as US comment systems print them; "20/12/2005" can only be day first. A date that
     * reads both ways ("04/05/2006") is taken month first: the systems that print slashed dates in headers are
     * mostly American, and a wrong day is less harm than no date.
     */
    private static Optional<LocalDate> slashed(Matcher m) {
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), year = Integer.parseInt(m.group(4));
        // Dotted dates ("25.02.2023") are written day first where they are written at all.
        boolean dayFirst = m.group(2).equals(".") ? b <= 12 : a > 12;
        int month = dayFirst ? b : a, day = dayFirst ? a : b;
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the whole line is a date or time stamp and nothing else: weekday, date, time, "at", "-", "|", "#". */
    public static boolean isStamp(String line) {
        String rest = DATE.matcher(line).replaceAll(" ");
        boolean dated = !rest.equals(line);
        String rest2 = TIME_OR_AGE.matcher(rest).replaceAll(" ");
        boolean timed = !rest2.equals(rest);
        if (!dated && !timed) return false;
        return STAMP_PARTS.matcher(rest2).replaceAll("").isEmpty();
    }

    /**
     * A page head's date line without the time zone or the print page that closes it ("Thursday, March 4, 2010; B03" gives
     * "Thursday, March 4, 2010"). Only for a head's own date line: in a thread "NAME" over "on DATE, TIME UTC" is a byline's
     * pieces, which a stamp line with the zone would turn into a response's header.
     */
    public static String withoutZoneOrPage(String line) {
        return ZONE_OR_PAGE.matcher(line).replaceFirst("").trim();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}

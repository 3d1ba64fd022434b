package org.workgraph.loader.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Text;

/** What every markup reader needs: an element's text as a reader sees it, and the dates markup states. */
final class Markup {
    /** Elements that start a new line of text; a paragraph-like one also leaves a blank line, as a text dump does. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "header", "footer", "aside", "main",
            "blockquote", "pre", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "form", "nav", "hr",
            "address", "details", "fieldset");
    private static final Set<String> LINES = Set.of("li", "dt", "dd", "tr", "br", "figcaption", "summary", "caption", "option");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "template", "head", "title", "iframe", "object",
            "svg", "canvas", "select", "textarea", "button", "input", "noembed", "meta", "link");
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private Markup() {}

    /** The visible text of an element with its blocks on lines of their own (paragraphs apart), as a page's text dump shows it. */
    static String visibleText(Element root) {
        return visibleText(root, e -> false);
    }

    /** The visible text, leaving out the elements {@code skip} names (and all under them). */
    static String visibleText(Element root, Predicate<Element> skip) {
        StringBuilder out = new StringBuilder();
        append(root, out, skip, true);
        // Tidy the lines: trim each, at most one blank line between blocks.
        StringBuilder tidy = new StringBuilder();
        int blanks = 0;
        for (String line : out.toString().split("\n", -1)) {
            String t = line.replace('\u00A0', ' ').strip();
            if (t.isEmpty()) {
                blanks++;
                continue;
            }
            if (tidy.length() > 0) tidy.append(blanks > 0 ? "\n\n" : "\n");
            tidy.append(t.replaceAll("[ \\t\\x0B\\f\\r]+", " "));
            blanks = 0;
        }
        return tidy.toString();
    }

    private static void append(Node node, StringBuilder out, Predicate<Element> skip, boolean root) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText().replaceAll("\\s+", " "));
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (!root && (INVISIBLE.contains(tag) || skip.test(e) || isHidden(e))) return;
        if (tag.equals("br")) {
            out.append('\n');
            return;
        }
        boolean para = PARAGRAPHS.contains(tag), line = LINES.contains(tag);
        if (para) out.append("\n\n");
        else if (line) out.append('\n');
        if (tag.equals("img") && e.hasAttr("alt") && !e.attr("alt").isBlank()) out.append(e.attr("alt"));
        if (tag.equals("pre")) {
            out.append(e.wholeText());
        } else {
            for (Node child : e.childNodes()) append(child, out, skip, false);
        }
        if (para) out.append("\n\n");
        else if (line) out.append('\n');
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** The text on one line, whitespace normalised: for names, titles and comment texts. */
    static String flat(Element e) {
        return e == null ? null : emptyToNull(Text.normalizeSpace(visibleText(e)));
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The date a value states: ISO 8601 ("2004-03-10T14:55:59-07:00", the local date as written, so a page and its
     * feed agree where the offset is given), RFC 822 ("Sun, 11 May 2008 13:09:00 -0400", RSS), or any written date
     * the plain-text reader knows ("March 10, 2004 at 02:55 PM").
     */
    static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        Matcher iso = ISO.matcher(v);
        if (iso.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // not RFC 822; try the written forms
        }
        return Dates.find(v);
    }

    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final java.util.List<String> MONTHS = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /**
     * A date written without its year ("Jun 20th at 2:41 am", as WordPress.com prints a comment of this year), read in
     * the year of {@code after} (the post's date), or the next when that would put it before the post: a comment is
     * never older than its post. Empty when the text states a year (it is then a full date or none) or no month and day.
     */
    static Optional<LocalDate> dateWithoutYear(String text, LocalDate after) {
        if (text == null || after == null || YEAR.matcher(text).find()) return Optional.empty();
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.find()) return Optional.empty();
        String month = (m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT);
        int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        try {
            LocalDate d = LocalDate.of(after.getYear(), MONTHS.indexOf(month) + 1, day);
            return Optional.of(d.isBefore(after) ? d.plusYears(1) : d);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An instant stated in ISO 8601 or RFC 822, or null: for feeds, whose entries must be put in date order. */
    static OffsetDateTime instant(String value) {
        if (value == null) return null;
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date an element states: in a machine-readable attribute when it has one, else in its text. */
    static Optional<LocalDate> dateOf(Element e) {
        if (e == null) return Optional.empty();
        for (String attr : new String[] {"datetime", "content", "title"}) {
            if (e.hasAttr(attr)) {
                Optional<LocalDate> d = date(e.attr(attr));
                if (d.isPresent()) return d;
            }
        }
        return date(Text.normalizeSpace(e.text()));
    }

    /** The 1-based source line an element starts on, or 0 when the parser did not track it. */
    static int line(Element e) {
        return e != null && e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 0;
    }

    /** Text given as HTML (a feed's or an export's content): its visible text. */
    static String textOfHtml(String html) {
        if (html == null || html.isBlank()) return "";
        Element body = Parser.parseBodyFragment(autoParagraphs(html), "").body();
        return visibleText(body);
    }

    /**
     * WordPress stores posts and comments with bare line breaks that its display turns into paragraphs and breaks;
     * do the same, so an export's text has the paragraphs its page shows.
     */
    private static String autoParagraphs(String html) {
        if (!html.contains("\n")) return html;
        return html.replaceAll("\r\n?", "\n").replaceAll("\n\\s*\n", "\n<p></p>\n").replaceAll("(?<!>)\n(?!<)", "<br>\n");
    }

    /** A link as the page or export gives it, kept only when it is an absolute URL with a host (a document's address). */
    static String absoluteUrl(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            java.net.URI u = new java.net.URI(url.strip());
            return u.isAbsolute() && u.getHost() != null ? u.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}

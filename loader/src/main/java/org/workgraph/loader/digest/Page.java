package org.workgraph.loader.digest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.blog.Byline;
import org.workgraph.loader.blog.Masthead;
import org.workgraph.loader.blog.PageLabel;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * A page's lines with what every digest layout asks of them: which lines are headings, which only number
 * the item after them, the page's title and date, and the heading a run of rows sits under.
 */
final class Page {
    /** Headings are short; a longer line without a full stop is a sentence cut by the page's line wrapping. */
    static final int MAX_HEADING_WORDS = 12;
    /** A line that only numbers what follows: "01", "3.", "#4", "iv)". */
    private static final Search ORDINAL = Search.compile("^(?:#?\\d{1,3}[.)]?|(?i:[ivx]{1,4})[.)])$");
    /**
     * An enumerator before a name: "3. ", "B) ", "#2 ", "Part 2: ", "Trend 4 – ", "Forecast #1. ". Pages number their
     * items in many ways; the number is the page's, never part of the item's name.
     */
    private static final Search ENUMERATOR = Search.compile(
            "^(?:(?i:section|part|chapter|item|no\\.?|number|trend|signal|driver|theme|topic|forecast|prediction|shift|step)\\s+#?(?:\\d{1,3}|[A-Z]|[IVX]{1,4})\\s*[.:)\u2013\u2014-]?\\s+"
            + "|\\p{Lu}\\p{Ll}+\\s+#\\d{1,3}\\s*[.:)\u2013\u2014-]?\\s+"
            + "|#?\\d{1,3}\\s*[.:)\u2013\u2014-]\\s+|[A-Z][.)]\\s+|#\\d{1,3}\\s+)");
    /** What may stand beside a date on a line of its own: a weekday, "posted on", separators, "by" and a few words. */
    private static final Search DATE_REST = Search.compile(
            "^[\\s,.|:\u2013\u2014-]*(?i:(?:posted|published|updated)(?: on)?)?[\\s,.|:\u2013\u2014-]*"
            + "(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)?[\\s,.|:\u2013\u2014-]*"
            + "(?:(?i:by)\\s+\\S+(?:\\s+\\S+){0,3}\\s*)?$");
    /**
     * An image's caption or credit line: "Photo by Ann Lee on Unsplash", "Image courtesy of …", "Illustration: …", a caption
     * closed by its photographer and licence as image sites print them ("… | Ann Lee | CC BY 2.0") (a
     * text dump may glue the caption to the image's alt text, "comic illustrationThe caption", hence no word end).
     */
    private static final Search CAPTION = Search.compile("(?i)\\b(?:getty images|shutterstock|unsplash|istock(?:photo)?|"
            + "photo(?:graph)?\\s+(?:by|credit|courtesy)|image\\s+(?:by|credit|courtesy|source)|credit:|courtesy of|via flickr)\\b"
            + "|\\billustration|\\|\\s*CC[ -]BY(?:[ -](?:SA|ND|NC))*(?:\\s+\\d\\.\\d)?\\s*$");
    /** A markdown heading's marks, kept by some text dumps: "## Trends". */
    private static final Search HASHES = Search.compile("^#{1,6}\\s+");
    /**
     * Pictographs a newsletter sets before a heading (a chart or an arrow before "Job tracker"): decoration, not
     * words of the heading, so they neither stop the line being a heading nor belong to the table it names.
     */
    private static final Search SYMBOLS = Search.compile("^[\\p{So}\\p{Sk}\\p{Cs}\\p{Co}\\uFE0F\\u200D]+\\s*");
    /**
     * Pictographs closing a line, as newsletters end a teaser with an emoji; the marks of a name (©, ®, ™) and arrows stay.
     */
    private static final Search TRAILING_SYMBOLS = Search.compile("\\s+[\\p{So}\\p{Cs}\\p{Co}\\uFE0F\\u200D&&[^\\u00A9\\u00AE\\u2122\\u2190-\\u21FF]]+$");
    /**
     * A server's warning printed into the page above its text ("Notice: Undefined index: X in /var/www/wp-config.php on
     * line 96"), as PHP sites print them: furniture, never the title.
     */
    private static final Search SERVER_NOTICE = Search.compile(
            "^(?:Notice|Warning|Deprecated|Strict Standards|Fatal error|Parse error)\\s*:\\s.*\\bon line \\d+\\s*$");
    /**
     * A page that calls itself a digest names what it lists (signals, trends, drivers, technologies, forecasts) or what it is: a
     * roundup, a newsletter, a digest or a briefing of items, as weekly pages of news about work call themselves.
     */
    private static final Search CUE = Search.compile(
            "\\b(?:(?:weak |change )?signals?|(?:mega)?trends?|drivers?|technolog(?:y|ies|ical)|foresight|horizon scan\\w*|radar|forecasts|predictions"
            + "|round-?ups?|newsletters?|digests?|briefings?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words joined by an underscore, as in an image's file name: "Devereaux_The Bigger Picture", "IMG_2041". */
    private static final Search IMAGE_NAME = Search.compile("[\\p{L}\\d]_[\\p{L}\\d]");
    /** A capitalised label of a few words closed by a colon, with text after it on the line. */
    private static final Search LABEL = Search.compile("(\\p{Lu}[^:.!?]{0,40}):\\s+\\S");
    /** A label of one to five words run into its value: "Why it mattersAI …" (the label ends in lower case, the value opens in capitals). */
    private static final Search GLUED = Search.compile("^(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,4}?\\p{Ll})(?=\\p{Lu})");
    /** Quotation marks a heading may open with: “Future of Work” roles see a decline. */
    private static final Search OPENING_QUOTES = Search.compile("^[\"'\u201C\u2018\u00AB]+");
    /** A short line that ends in the word before a sponsor's name: "Together with", "Presented by", "In partnership with". */
    private static final Search SPONSOR_LABEL = Search.compile("(?i)^(?:\\p{L}+\\s+){0,2}(?:with|by)$");
    /** A line that only says how long ago: "About 6 years ago", "3 days ago", "Posted 2 hours ago". */
    private static final Search AGE_LINE = Search.compile("(?i)^(?:about|over|almost|posted|updated)?\\s*(?:an?|\\d+)\\s+\\w+\\s+ago$");
    /** A head line that dates the page and gives its title: "01/16/2031 - Midnight Reads – Pay ranges go public". */
    private static final Search DATED_TITLE = Search.compile("^\\s*[\u2013\u2014|:-]\\s+(\\p{Lu}.*)$");
    private static final Search DIGITS = Search.compile("\\d{1,3}");
    private static final List<String> COUNT_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");
    /** A count in a title: a number of one or two digits, or a number word, standing as a word of its own. */
    private static final Search COUNT = Search.compile("(?<![\\d.,:/-])\\b(\\d{1,2}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\\b(?![\\d.,:/-])");
    /**
     * Words that place a title's items in the future: "will", "this year", "next decade", "ahead", "to watch". A year alone
     * ("tips for 2031") does not: a list of tips is dated too.
     */
    private static final Search FUTURE = Search.compile("(?i)\\b(?:will|(?:this|next|coming) (?:year|decade)|ahead|to (?:watch|expect|come))\\b");
    /** After a heading in a window title: a separator and the site's name, a few words. */
    private static final Search WINDOW_TITLE_REST = Search.compile("^\\s+[-|\u2013\u2014:\u00B7\u2022]{1,2}\\s+\\S+(?:\\s+\\S+){0,5}\\s*$");
    /** A breadcrumb's navigation words before the heading it ends in: "Home", "News", "Lead". */
    private static final int MAX_CRUMB_WORDS = 4;
    /** A list's lead-in line is a label, not a sentence. */
    private static final int MAX_LEAD_IN_WORDS = 8;
    /** How far into the page its title and date are looked for, in lines with text. */
    private static final int HEAD_LINES = 3;
    /** How many masthead lines (calls to action, legal lines, the site's name) may stand above the title. */
    private static final int MAX_MASTHEAD_LINES = 6;
    /**
     * A labelled field that files the page: "Category: Work", "Tags: hiring, pay", "Filed under: Work", "Topics: …", and a
     * card's "Trend type: Social" (the kind of thing the page is, which the page files it under).
     */
    private static final Search META = Search.compile(
            "^(?i:categor(?:y|ies)|tags?|filed under|topics?|(?:\\p{L}+\\s+)?type)\\s*:\\s*(\\S.*)$");
    /** How far into the page a byline is looked for, in lines with text: under the title, a date, a read time. */
    private static final int BYLINE_LINES = 6;

    private final List<Line> lines;
    private final int titleIndex;
    /** The title when the page prints it after its date on one line, else null (the title is then the title line's text). */
    private String datedTitle;
    private final LocalDate published;
    /** Set once the title is known (the title is looked for first, and a byline is no heading): -1 until then. */
    private int bylineIndex = -1;
    private final String author;
    /** The label of the page's kind skipped over the title ("Weekly roundup"), or null. */
    private final String kindLabel;
    private final List<String> categories;
    /** The site's furniture at the head of the page: calls to action, legal lines, the site's name. */
    private final Masthead masthead;
    /** Each line's text and how often the page prints it, counted on first use. */
    private Map<String, Integer> counts;
    /**
     * Each line's {@link #isHeading} answer once asked (0 not yet, 1 yes, 2 no): the kind decision and each layout ask it
     * of the same lines again and again. Null while the page is being built, when the answer still depends on the byline.
     */
    private byte[] headings;
    /**
     * What {@link ItemShape} and {@link ItemRhythm} learn from the page, learnt on first use: the layouts that read a
     * page's items (each tried strictly first, then leniently) ask for the same page's shape and rhythm in turn.
     */
    private ItemShape.Learnt itemShape;
    private ItemRhythm.Learnt itemRhythm;
    private List<ItemShape.Unit> units;

    Page(List<Line> lines) {
        this.lines = lines;
        this.masthead = Masthead.of(lines);
        int title = -1;
        LocalDate date = null;
        int seen = 0, skipped = 0;
        String series = null;
        String kindLabel = null;
        for (int i = next(0); i < lines.size() && seen < HEAD_LINES; i = next(i + 1), seen++) {
            // "Weekly digest" over the heading: the page's kind or listing, not its title; a series' name is its category.
            Optional<String> label = title < 0 ? PageLabel.of(text(i)) : Optional.empty();
            // "Issue #50" over the issue's heading: which issue the page is, not its title.
            if (title < 0 && label.isEmpty() && IssueLine.is(text(i))) label = Optional.of(text(i).strip());
            if (label.isPresent() && next(i + 1) < lines.size() && isHeading(next(i + 1)) && PageLabel.of(text(next(i + 1))).isEmpty()) {
                if (series == null && PageLabel.isSeries(label.get())) series = label.get();
                if (kindLabel == null) kindLabel = label.get();
                skipped++;
                seen--;
                continue;
            }
            // "Subscribe for our latest insights", "Privacy policy | © Acme Ltd", the site's name: not the title, and
            // not counted among the head's lines.
            if (title < 0 && skipped < MAX_MASTHEAD_LINES && (masthead.is(text(i)) || Masthead.isBanner(text(i)) || serverNotice(text(i)))) {
                skipped++;
                seen--;
                continue;
            }
            Optional<LocalDate> d = dateLine(i);
            if (d.isPresent()) {
                if (date == null) date = d.get();
                continue;
            }
            // "About 6 years ago" over the title: an age, a date the text does not give, passed over as a date line is.
            if (title < 0 && AGE_LINE.matches(text(i))) continue;
            // "01/16/2031 - Midnight Reads – Pay ranges go public": the date, then the title, on one line.
            if (title < 0 && datedTitle == null) {
                Matcher dm = Dates.DATE.matcher(text(i));
                if (dm.lookingAt() && Dates.parse(dm.group(1)).isPresent()) {
                    Matcher rest = DATED_TITLE.matcher(text(i).substring(dm.end()));
                    String t = rest.matches() ? rest.group(1).strip() : null;
                    if (t != null && words(t) <= 24 && !t.endsWith(".") && !Dates.TIME_OR_AGE.find(t)) {
                        datedTitle = t;
                        title = i;
                        if (date == null) date = Dates.parse(dm.group(1)).orElse(null);
                        continue;
                    }
                }
            }
            // The title is the first line that is neither a date nor running text; a page that opens with
            // a paragraph states no title.
            // A recap's heading ("Executive Summary") heads the summary, not the page.
            if (title < 0 && isHeading(i) && !PageLayout.SUMMARY_HEADING.matches(bare(text(i)))) title = i;
            if (title < 0) break;
        }
        // A line that holds the title and more, printed above the title itself: a breadcrumb ending in it ("Home News Four
        // trends"), or the window title with the site's name ("Four trends - Acme"). The heading it repeats is the title.
        if (title >= 0 && datedTitle == null) {
            String t = plain(text(title));
            for (int i = next(title + 1), k = 0; i < lines.size() && k < HEAD_LINES + 2; i = next(i + 1), k++) {
                String u = plain(text(i));
                if (isHeading(i) && u.length() < t.length() && Page.words(u) >= 2 && repeats(t, u)) {
                    title = i;
                    break;
                }
            }
        }
        this.titleIndex = title;
        // A digest names its writer as a post does, in a byline near the top ("By Ann Lee", "Ann Lee | | Work").
        int bylineAt = -1;
        Byline byline = null;
        seen = 0;
        for (int i = next(0); i < lines.size() && seen < BYLINE_LINES && byline == null; i = next(i + 1), seen++) {
            if (i == title) continue;
            Optional<Byline> b = Byline.parse(text(i)).filter(Byline::namesWriter);
            if (b.isPresent() && title >= 0 && PageLabel.isTagOf(b.get().author(), text(title))) {
                // "Sunday Picks Mar 3, 2019" under "Our Sunday Picks #07": the series' tag and the date, no writer.
                if (series == null) series = b.get().author();
                if (date == null) date = b.get().date();
                continue;
            }
            if (b.isPresent()) {
                byline = b.get();
                bylineAt = i;
            }
        }
        // A bare name under the title over a one-line bio ("Journalist based in Lyon.") names the writer as a post's does.
        String bareName = null;
        seen = 0;
        for (int i = next(title + 1); title >= 0 && byline == null && i < lines.size() && seen < BYLINE_LINES; i = next(i + 1), seen++) {
            if (org.workgraph.loader.blog.BlogParser.bareNameOverBio(lines, i)) {
                bareName = text(i);
                bylineAt = i;
                break;
            }
        }
        this.bylineIndex = bylineAt;
        String author = byline == null ? bareName : byline.author();
        // A newsletter signed at its end ("Best," over a name) names its writer as a post's signature does.
        if (author == null) author = org.workgraph.loader.blog.BlogParser.writerAfterText(lines, next(title + 1), lines.size()).orElse(null);
        this.author = author;
        this.kindLabel = kindLabel;
        List<String> cats = new java.util.ArrayList<>(byline == null ? List.of() : byline.categories());
        if (cats.isEmpty()) cats.addAll(metaCategories());
        if (cats.isEmpty() && series != null) cats.add(series);
        this.categories = List.copyOf(cats);
        if (date == null && byline != null) date = byline.date();
        // Without a date line, a date in the title ("Signals, 3 March 2025") dates the page.
        if (date == null && title >= 0) date = Dates.find(text(title)).orElse(null);
        this.published = date;
        this.headings = new byte[lines.size()];
    }

    List<Line> lines() { return lines; }

    /**
     * Whether line {@code i} opens with a field's label run into its text, as some text dumps print a card ("Why it
     * mattersAI fluency is …", "Do thisWrite down …"): a few words ending in a lower-case letter straight before a capital,
     * which at least one other line of the page opens with too.
     */
    boolean gluedLabel(int i) {
        Matcher m = GLUED.matcher(text(i));
        if (!m.lookingAt()) return false;
        String label = m.group(1);
        int n = 0;
        for (Line l : lines) {
            String t = l.trimmed();
            if (t.startsWith(label) && t.length() > label.length() && Character.isUpperCase(t.charAt(label.length()))) n++;
        }
        return n >= 2;
    }

    /** How many lines of the page read exactly {@code trimmed}. */
    int occurrences(String trimmed) {
        if (counts == null) {
            Map<String, Integer> c = new HashMap<>();
            for (Line l : lines) if (!l.isBlank()) c.merge(l.trimmed(), 1, Integer::sum);
            counts = c;
        }
        return counts.getOrDefault(trimmed, 0);
    }

    int size() { return lines.size(); }

    String text(int i) { return lines.get(i).trimmed(); }

    boolean isBlank(int i) { return lines.get(i).isBlank(); }

    int indent(int i) { return lines.get(i).indent(); }

    /** The first line with text at or after {@code from}, or {@link #size()}. */
    int next(int from) {
        int i = Math.max(from, 0);
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        return i;
    }

    /** The last line with text before {@code before}, or -1. */
    int previous(int before) {
        int i = Math.min(before, lines.size()) - 1;
        while (i >= 0 && lines.get(i).isBlank()) i--;
        return i;
    }

    /** The page's title: its first line when that is a heading (after a date line, if any), else null. */
    /** The label of the page's kind printed over its title ("Weekly roundup"), or null. */
    String kindLabel() { return kindLabel; }

    String title() { return titleIndex < 0 ? null : datedTitle != null ? datedTitle : bare(text(titleIndex)); }

    /** A heading's words without the marks around them: markdown hashes, a pictograph. */
    static String bare(String text) {
        return SYMBOLS.matcher(HASHES.matcher(text.strip()).replaceFirst("")).replaceFirst("");
    }

    /**
     * Whether a head line is a heading printed with more around it: the window title, the heading then a separator and the
     * site's name ("Four trends - Acme"); or a breadcrumb, a few navigation words then the heading ("Home News Four trends").
     */
    private static boolean repeats(String line, String heading) {
        if (line.startsWith(heading)) return WINDOW_TITLE_REST.matches(line.substring(heading.length()));
        if (!line.endsWith(heading)) return false;
        String before = line.substring(0, line.length() - heading.length()).strip();
        return !before.isEmpty() && words(before) <= MAX_CRUMB_WORDS && !before.matches(".*[:.!?]$");
    }

    /** A heading compared as read: bare, in lower case, with straight quotes (a window title prints them straight). */
    private static String plain(String text) {
        return lower(bare(text)).replaceAll("[\u201C\u201D\u00AB\u00BB]", "\"").replaceAll("[\u2018\u2019]", "'");
    }

    /** Whether the line is an image's caption or credit ("Photo by …", "… | Ann Lee | CC BY 2.0"): the page's, never a row. */
    static boolean caption(String text) { return CAPTION.find(text); }

    /** A paragraph that closes the page: "Overall, …", "In conclusion, …", "All in all, …", "To sum up, …". */
    private static final Search CONCLUSION = Search.compile("^(?i:overall|in conclusion|all in all|to sum up|in sum|ultimately),\\s");

    /** Whether the line opens the page's closing paragraph ("Overall, …"): the page's own words, not the last item's. */
    static boolean concludes(String text) { return CONCLUSION.matcher(text).lookingAt(); }

    /** Whether the line is a server's warning printed into the page ("Notice: … on line 96"). */
    static boolean serverNotice(String text) { return SERVER_NOTICE.matches(text); }

    int titleIndex() { return titleIndex; }

    /** The line of the byline that names the page's writer, or -1. */
    int bylineIndex() { return bylineIndex; }

    /** The date on a line of its own at the head of the page ("Monday, 3 March 2025"), or in its byline, or null. */
    LocalDate published() { return published; }

    /** The writer a byline near the top of the page names, or null. */
    String author() { return author; }

    /** The categories the page files itself under: its byline's, else a "Category:" / "Tags:" field near the top. */
    List<String> categories() { return categories; }

    private List<String> metaCategories() {
        int seen = 0;
        for (int i = next(0); i < lines.size() && seen < BYLINE_LINES * 2; i = next(i + 1), seen++) {
            Matcher m = META.matcher(text(i));
            if (!m.matches()) continue;
            List<String> out = new java.util.ArrayList<>();
            for (String c : m.group(1).split("\\s*[,;|]\\s*")) {
                String t = c.strip();
                if (!t.isEmpty() && words(t) <= 4) out.add(t);
            }
            return out;
        }
        return List.of();
    }

    /**
     * A heading: a short line that starts with a capital or a digit and does not end like a sentence or a
     * lead-in (". , ; :"), and is not the first half of a wrapped sentence (a next line that goes on in lower case).
     */
    /** The item shape the page repeats ({@link ItemShape#learn}), learnt once. */
    ItemShape.Learnt itemShape() {
        if (itemShape == null) itemShape = ItemShape.learn(this);
        return itemShape;
    }

    /** The rhythm the page's items open at ({@link ItemRhythm#learn}), learnt once. */
    ItemRhythm.Learnt itemRhythm() {
        if (itemRhythm == null) itemRhythm = ItemRhythm.learn(this);
        return itemRhythm;
    }

    /** The page's lines with text, each with its kind ({@link ItemShape#units}), read once. */
    List<ItemShape.Unit> units() {
        if (units == null) units = List.copyOf(ItemShape.units(this));
        return units;
    }

    boolean isHeading(int i) {
        if (headings == null) return heading(i);
        if (headings[i] == 0) headings[i] = heading(i) ? (byte) 1 : (byte) 2;
        return headings[i] == 1;
    }

    private boolean heading(int i) {
        String t = bare(text(i));
        // An image file name printed as alt text ("Devereaux_The Bigger Picture") is no heading.
        if (t.isEmpty() || i == bylineIndex || masthead.is(t) || serverNotice(t) || IMAGE_NAME.find(t) || isOrdinal(i) || dateLine(i).isPresent() || CAPTION.find(t)) return false;
        // An unfilled template ("Issue #[[item.number]]") and an age ("About 6 years ago") are the system's furniture, not headings.
        if (ItemShape.placeholder(t) || AGE_LINE.matches(t)) return false;
        // "Together with", "Presented by": the label over a sponsor's logo, not a heading over the list under it.
        if (SPONSOR_LABEL.matches(t)) return false;
        String unquoted = OPENING_QUOTES.matcher(t).replaceFirst("");
        if (unquoted.isEmpty()) return false;
        int first = unquoted.codePointAt(0);
        // "#50 - The gold in …": an issue's number opens its heading as a digit does.
        boolean numbered = first == '#' && unquoted.length() > 1 && Character.isDigit(unquoted.charAt(1));
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && !Character.isTitleCase(first) && !numbered) return false;
        char last = t.charAt(t.length() - 1);
        if (".,;:".indexOf(last) >= 0) return false;
        // Dashes standing between words ("#50 - The gold … -- comes from") are punctuation, not words of the heading.
        if (words(t) - dashes(t) > MAX_HEADING_WORDS) return false;
        return i + 1 >= lines.size() || !startsLower(text(i + 1));
    }

    /** Running text: a line with words that is neither a heading nor an ordinal nor a date nor the site's furniture. */
    boolean isProse(int i) {
        return !isBlank(i) && !isHeading(i) && !isOrdinal(i) && dateLine(i).isEmpty() && !masthead.is(text(i));
    }

    boolean isOrdinal(int i) { return ORDINAL.matches(text(i)); }

    /**
     * The nearest heading above line {@code i} (the section the line is in), else the title, else null. A heading that
     * asks a question ("What forces reshape work?") is the page's lead-in, not the name of what it lists.
     */
    String headingAbove(int i) {
        for (int j = previous(i); j >= 0; j = previous(j)) {
            if (isHeading(j) && !text(j).endsWith("?")) return name(text(j));
        }
        return title();
    }

    /**
     * Whether the title announces a count of things to come: "7 things that will happen at work this year", "Ten
     * predictions for 2030". A counted list of what will happen is a list of forecasts, which is what a digest lists, though
     * it names them with no cue word; "Top 10 reasons to work from home" counts points, not forecasts.
     */
    boolean titleCountsForecasts() {
        String t = title();
        return t != null && announcedCount() >= 3 && FUTURE.find(t);
    }

    /** Whether the title, or any heading, or a list's lead-in ("Featured in today's briefing:"), names what a digest lists. */
    boolean hasCue() {
        for (int i = next(0); i < lines.size(); i = next(i + 1)) {
            // The cue word first: one pattern on the line, where telling a heading takes several (and most lines name no cue).
            if (hasCue(text(i)) && (isHeading(i) || leadIn(i) != null)) return true;
        }
        return false;
    }

    /**
     * A list's lead-in: a short capitalised line of its own closed by a colon ("Featured in today's briefing:", "In this
     * issue:"), which heads the list under it as a heading would. Its words without the colon, or null.
     */
    String leadIn(int i) {
        String t = bare(text(i));
        if (!t.endsWith(":") || t.length() < 2 || words(t) > MAX_LEAD_IN_WORDS || !Character.isUpperCase(t.codePointAt(0))) return null;
        if (LABEL.find(t)) return null; // "Note: see below:" is a field, not a lead-in
        return t.substring(0, t.length() - 1).strip();
    }

    /**
     * A lead-in that points at the list rather than naming it ("Here are the must-read articles from this week:", "These are:",
     * "Below are …"): a sentence however short, so it names no table.
     */
    private static final Search POINTING_LEAD_IN = Search.compile("(?i)^(?:here(?:'s|\u2019s| is| are)|these are|below(?: is| are)?|following are)\\b");

    /** Whether a lead-in points at the list under it ("Here are …:") instead of naming it: such a lead-in names no table. */
    static boolean pointing(String leadIn) { return leadIn != null && POINTING_LEAD_IN.find(bare(leadIn)); }

    static boolean hasCue(String heading) { return heading != null && CUE.find(heading); }

    /** A field's label at the start of a line: "In action: Build …" is "in action"; null when the line has none. */
    static String label(String text) {
        Matcher m = LABEL.matcher(text.strip());
        return m.lookingAt() && words(m.group(1)) <= 4 ? lower(m.group(1)) : null;
    }

    /**
     * The labels that start two lines or more ("In action:", "Why it matters:"): a page that prints the same label under
     * each of its items labels a field of every row, so a line with one of them is never a row's name.
     */
    static Set<String> recurringLabels(Page page) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            String l = label(page.text(i));
            if (l != null) counts.merge(l, 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        counts.forEach((l, n) -> { if (n >= 2) out.add(l); });
        return out;
    }

    /** Whether a line starts with the page's numbering of an item: "5. Remote Hiring", "Part 2: Remote Hiring". */
    static boolean enumerated(String text) {
        String t = bare(text);
        Matcher m = ENUMERATOR.matcher(t);
        return m.find() && m.end() < t.length();
    }

    /**
     * The number a line gives its item ("3. Name", "Forecast #3. Name", "03" on a line of its own), or -1 when it gives
     * none or numbers by letters.
     */
    static int number(String text) {
        String t = bare(text);
        Matcher m = ENUMERATOR.matcher(t);
        String numbering = m.find() ? t.substring(0, m.end()) : ORDINAL.matches(t) ? t : "";
        Matcher digits = DIGITS.matcher(numbering);
        return digits.find() ? Integer.parseInt(digits.group()) : -1;
    }

    /**
     * How many items the title says the page lists: "Five trends to watch", "7 things that will happen", or -1. A year
     * ("in 2025") is no count.
     */
    int announcedCount() {
        String t = title();
        if (t == null) return -1;
        Matcher m = COUNT.matcher(t);
        if (!m.find()) return -1;
        String w = lower(m.group(1));
        int k = COUNT_WORDS.indexOf(w);
        return k >= 0 ? k + 2 : Integer.parseInt(w);
    }

    /** A name without the page's numbering: "Part 2: Remote Hiring" is "Remote Hiring". */
    static String name(String text) {
        // A pictograph closing the line ("… the smart move. 🤓") decorates it as one opening a heading does: no part of the name.
        String t = TRAILING_SYMBOLS.matcher(bare(text)).replaceFirst("");
        Matcher m = ENUMERATOR.matcher(t);
        if (m.find() && m.end() < t.length()) t = t.substring(m.end()).strip();
        return t;
    }

    private Optional<LocalDate> dateLine(int i) {
        String t = text(i);
        if (t.length() > 60) return Optional.empty();
        Matcher m = Dates.DATE.matcher(t);
        if (!m.find()) return Optional.empty();
        String rest = t.substring(0, m.start()) + " " + t.substring(m.end());
        if (!DATE_REST.matches(rest)) return Optional.empty();
        return Dates.parse(m.group(1));
    }

    private static boolean startsLower(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /**
     * The words of a line: as many as {@code t.strip().split("\\s+")} gives (runs of the pattern's white space, the six ASCII
     * ones, between words; the stripped line has none at its ends), counted without a pattern: it runs on every line, often.
     */
    static int words(String t) {
        if (t.isBlank()) return 0;
        String s = t.strip();
        int words = 1;
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean sp = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (sp && !space) words++;
            space = sp;
        }
        return words;
    }

    /** Dashes standing alone between spaces: "-", "--", "–", "—". */
    private static int dashes(String t) {
        int n = 0;
        Matcher m = SPACED_DASH.matcher(t);
        while (m.find()) n++;
        return n;
    }

    private static final Search SPACED_DASH = Search.compile("(?<=\\s)[-\u2013\u2014]{1,2}(?=\\s)");

    static String lower(String t) { return t.toLowerCase(Locale.ROOT); }
}

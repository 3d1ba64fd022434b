package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Search;

/**
 * The shape of a page's items, learnt from the page itself rather than from a site's words: each line is given a kind
 * (headline, paragraph, a source line, a date line, a labelled field, a numbered or bulleted line, a stamp the page prints
 * under every item), and the kind that opens (or closes) an item the same way three times or more, over most of the page's
 * text, is the page's item. Newsletters, reading lists, link pages and news category pages share this whatever system
 * prints them: a headline, its source ("– The Daily", "(Acme Weekly)", "Acme Weekly - 4 Apr 2031", "… | Acme"), a
 * paragraph; a date, a headline, a teaser, "read"; a comment closed by "Issue #12 published 3 Mar 2031".
 *
 * <p>What the shape says about the page's kind is weighed by {@link DigestRecognition}: items of one shape are also a
 * post's sections or a listicle's tips, so the shape counts for little alone; items that each name an outside source, or
 * carry their own date, are what a digest's items do and a post's sections do not. Comment threads are kept out by the
 * names: an item's name must read as a headline (four words or more, for most items), never a commenter's name.
 */
final class ItemShape {
    /** What one line of the page is, for learning the item's shape. */
    enum Kind { HEADLINE, SOURCED, PARAGRAPH, SOURCE, DATE, FIELD, NUMBERED, BULLET, STAMP }

    /** One line of the page with its kind (a run of paragraph lines is one unit). {@code start}/{@code end}: 0-based lines, end exclusive. */
    record Unit(Kind kind, int start, int end, String text) {}

    /**
     * One item: its units in page order; {@code anchor} is the index (in {@code units}) of the unit that opens or closes it.
     */
    record Item(List<Unit> units, int anchor) {
        int start() { return units.get(0).start(); }
        int end() { return units.get(units.size() - 1).end(); }
    }

    /**
     * The learnt shape: the items, the kind that delimits them, whether it opens or closes them, the share of the page's
     * text they hold, how many name an outside source and how many carry a date.
     */
    record Learnt(List<Item> items, Kind anchor, boolean closes, double coverage, int sourced, int dated, String pattern, int exact) {
        /** Three items or more of one shape over most of the page, named by headlines. */
        boolean repeats() { return items.size() >= MIN_ITEMS && coverage >= MIN_COVERAGE; }
        /** Most items name an outside source. */
        boolean sourcedItems() { return repeats() && sourced >= 2 && sourced * 2 >= items.size(); }
        /** Most items carry a date of their own. */
        boolean datedItems() { return repeats() && dated >= 2 && dated * 2 >= items.size(); }
    }

    static final int MIN_ITEMS = 3;
    static final double MIN_COVERAGE = 0.6;
    /** A headline: a short line that does not end like a sentence, a lead-in or a clause. */
    private static final int MAX_HEADLINE_WORDS = 24;
    /** Fewer words than this and a name line is a person's name or a label, not a headline. */
    private static final int MIN_NAME_WORDS = 4;

    /** A source line under a headline: "– The Daily", "— Acme Weekly", "via Acme". */
    private static final Search DASH_SOURCE = Search.compile("^(?:[\u2013\u2014-]|via)\\s+(\\p{Lu}\\S*(?:\\s+\\S+){0,5})$");
    /** A source with its date: "Acme Weekly - 4 Apr 2031", "The Daily - metered paywall - 28 Mar 2031". */
    private static final Search SOURCE_DATE = Search.compile("^(\\p{Lu}[^\u2013\u2014|]{0,60}?)\\s+[\u2013\u2014|-]\\s+(?:.{0,30}\\s[\u2013\u2014|-]\\s+)?(.+)$");
    /**
     * A headline closed by its source in parentheses or square brackets: "Pay ranges go public (Acme Weekly)", a link roundup's
     * "Title – a comment [Acme Weekly]".
     */
    private static final Search PAREN_SOURCE = Search.compile("\\s(?:\\((\\p{Lu}[^()]{0,40})\\)|\\[(\\p{Lu}[^\\[\\]]{0,40})\\])\\s*$");
    /** Spaces, commas, bars and dashes left around a date taken out of a line. */
    private static final Search STAMP_GAPS = Search.compile("[\\s,|\u2013\u2014-]+");
    /** The same, with full stops: what is left of a date line once its date is out. */
    private static final Search DATE_LINE_GAPS = Search.compile("[\\s,.\u2013\u2014|-]+");
    /** A run of text units in a shape's pattern, which compares as one. */
    private static final Search TEXT_RUN = Search.compile("TEXT( TEXT)+");
    /** A headline closed by its site after a bar or a dash: "Pay ranges go public | Work | Acme", "… - Acme Weekly, Nov 2030". */
    private static final Search SITE_SUFFIX = Search.compile("\\s(?:\\|\\s[^|]{1,40}\\s)?[|\u2013\u2014-]\\s(\\p{Lu}[\\p{L}\\d .&'\u2019,]{0,40})$");
    /** A paragraph closed by its source's name as a sentence of one or two capitalised words: "… working tools. Medium." */
    private static final Search TRAILING_SOURCE = Search.compile("(?<=[.!?\u201D\"])\\s+(\\p{Lu}[\\p{L}\\d&'\u2019]*(?:\\s\\p{Lu}[\\p{L}\\d&'\u2019]*)?)\\.\\s*$");
    /** A bullet opening a line. */
    private static final Search BULLET = Search.compile("^[\u2022\u00B7\u25AA\u25E6*\u2013-]\\s+\\S");
    /** A numbered line with text: "3. Pay ranges …", "2) …" ("9 out of 10 workers …" is a headline). */
    private static final Search NUMBER = Search.compile("^\\d{1,2}[.)]\\s*\\S");
    /** A field's label: "What to Know: …". */
    private static final Search FIELD = Search.compile("^(\\p{Lu}[^:.!?]{0,40}):\\s+\\S");
    /** A time: a comment's or a message's stamp, never a story's date. */
    private static final Search TIME = Search.compile("\\d{1,2}:\\d{2}");
    private static final Search DIGITS = Search.compile("\\d+");
    /** What a date line may hold besides its date: a weekday, "published", "updated", "posted on". */
    private static final Search DATE_WORDS = Search.compile("(?i)(?:(?:published|updated|posted)(?: on)?\\s*)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:published|updated|posted)(?: on)?");
    /** A comment's header: a time of day, or a name that "says". */
    private static final Search THREAD_HEADER = Search.compile("\\d{1,2}:\\d{2}|\\b(?i:says|said|wrote|replied)\\W*$");
    /** A quotation's end before its attribution: "… nimble ... \" - Ann". */
    private static final Search QUOTATION_END = Search.compile("(?:[\"\u201D]|\\.\\.\\.|\u2026)\\s*$");
    /** A sentence's end. */
    private static final Search SENTENCE_END = Search.compile("[.!?\u2026][\u201D\"')\\]]*$");

    private ItemShape() {}

    /** The page's items, learnt from the page; {@code items} is empty when no kind of line delimits three items alike. */
    static Learnt learn(Page page) {
        List<Unit> units = page.units();
        Set<Integer> headers = headers(page, units);
        int total = 0;
        for (Unit u : units) total += u.text().length();
        Learnt best = new Learnt(List.of(), null, false, 0, 0, 0, "", 0);
        if (total == 0) return best;
        for (Kind anchor : List.of(Kind.NUMBERED, Kind.SOURCED, Kind.DATE, Kind.HEADLINE, Kind.BULLET, Kind.STAMP, Kind.SOURCE)) {
            for (boolean closes : new boolean[] {false, true}) {
                if (closes && anchor != Kind.STAMP && anchor != Kind.SOURCE) continue;
                Learnt l = delimit(units, anchor, closes, total, headers);
                // The shape most items follow exactly, then the one that gathers most items, then the most text.
                if (l.items().isEmpty()) continue;
                int c = best.items().isEmpty() ? 1 : Integer.compare(l.exact(), best.exact());
                if (c == 0) c = Integer.compare(l.items().size(), best.items().size());
                if (c == 0) c = Double.compare(l.coverage(), best.coverage());
                if (c > 0) best = l;
            }
        }
        return best;
    }

    /** The items delimited by {@code anchor}: those whose other units follow the page's most common order (the last may be cut short). */
    private static Learnt delimit(List<Unit> units, Kind anchor, boolean closes, int total, Set<Integer> headers) {
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) if (units.get(k).kind() == anchor) at.add(k);
        if (at.size() < MIN_ITEMS - 1) return new Learnt(List.of(), anchor, closes, 0, 0, 0, "", 0);
        List<List<Unit>> spans = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>();
        if (!closes) {
            for (int a = 0; a < at.size(); a++) {
                int from = at.get(a), to = a + 1 < at.size() ? at.get(a + 1) : units.size();
                spans.add(units.subList(from, to));
                anchors.add(0);
            }
        } else {
            int from = 0;
            for (int a = 0; a < at.size(); a++) {
                // An item closed by its stamp starts after the previous stamp, or at the first text of the page's run.
                int start = a == 0 ? firstOfRun(units, at.get(0)) : from;
                spans.add(units.subList(start, at.get(a) + 1));
                anchors.add(at.get(a) - start);
                from = at.get(a) + 1;
            }
            if (from < units.size()) {
                spans.add(units.subList(from, units.size()));
                anchors.add(-1);
            }
        }
        // The body's order, with headline and paragraph as one kind of text (a title line over a comment is still text).
        Map<String, Integer> counts = new HashMap<>();
        List<String> shapes = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            String shape = shape(spans.get(k), anchors.get(k));
            shapes.add(shape);
            counts.merge(shape, 1, Integer::sum);
        }
        String modal = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getKey().equals("ANCHOR") && anchor != Kind.NUMBERED && anchor != Kind.BULLET) continue;
            if (modal == null || e.getValue() > counts.get(modal) || (e.getValue().equals(counts.get(modal)) && e.getKey().length() > modal.length())) modal = e.getKey();
        }
        if (modal == null) return new Learnt(List.of(), anchor, closes, 0, 0, 0, "", 0);
        List<Item> items = new ArrayList<>();
        int covered = 0, sourced = 0, dated = 0, headlines = 0, threads = 0, exact = 0;
        for (int k = 0; k < spans.size(); k++) {
            String shape = shapes.get(k);
            boolean last = k == spans.size() - 1;
            List<Unit> s = spans.get(k);
            // An item that goes on into what follows the list ("STATUS BOARD" under the last numbered fact) is cut to the
            // common shape, when the common shape has a tail of its own to end on.
            if (!closes && shape.startsWith(modal + " ") && (last || modal.equals("ANCHOR"))) {
                s = prefix(s, anchors.get(k), modal.split(" ").length);
                shape = modal;
            }
            // The last item may be cut off by the end of the text: a beginning of the common shape.
            if (shape.equals(modal)) exact++;
            else if (!(last && (modal.startsWith(shape) || loose(modal).startsWith(loose(shape)))) && !similar(shape, modal)) continue;
            Item item = new Item(List.copyOf(s), anchors.get(k));
            items.add(item);
            for (Unit u : s) covered += u.text().length();
            if (sourced(s)) sourced++;
            if (dated(s)) dated++;
            if (Page.words(withoutSource(name(item))) >= MIN_NAME_WORDS) headlines++;
            if (threadLike(s, headers)) threads++;
        }
        // Items named by commenters' names or stamped with a time of day are a thread's responses, not a list's items.
        if (items.size() < MIN_ITEMS || headlines * 2 < items.size() || threads * 2 >= items.size()) return new Learnt(List.of(), anchor, closes, 0, 0, 0, "", 0);
        return new Learnt(List.copyOf(items), anchor, closes, covered / (double) total, sourced, dated, (closes ? "… " : "") + modal.replace("ANCHOR", anchor.name()), exact);
    }

    /** Whether an item holds a comment's header ({@link #headers}). */
    private static boolean threadLike(List<Unit> span, Set<Integer> headers) {
        for (Unit u : span) if (headers.contains(u.start())) return true;
        return false;
    }

    /**
     * The lines (by their first line) that head a comment rather than an item: a time of day or a name that "says"; a date line
     * next to a bare name ("Ann Lee" over "3 March 2031"); a name and a date on one line ("Ann Lee | 3 March 2031") that no
     * headline heads (under a headline, "Acme Weekly - 3 March 2031" is the story's source).
     */
    private static Set<Integer> headers(Page page, List<Unit> units) {
        Set<Integer> out = new HashSet<>();
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            String t = u.text();
            // Each line of a unit: a time or "says..." on a short line of its own, though run into the comment's paragraph.
            for (int i = u.start(); i < u.end(); i++) {
                if (!page.isBlank(i) && Page.words(page.text(i)) <= 12 && THREAD_HEADER.find(page.text(i))) out.add(u.start());
            }
            if (u.kind() == Kind.DATE) {
                for (int j : new int[] {k - 1, k + 1}) {
                    if (j >= 0 && j < units.size() && units.get(j).kind() != Kind.STAMP && nameLike(NUMBERING_MARK.matcher(units.get(j).text()).replaceFirst(""))) out.add(u.start());
                }
            }
            Matcher d = Dates.DATE.matcher(t);
            boolean underHeadline = k > 0 && (units.get(k - 1).kind() == Kind.HEADLINE || units.get(k - 1).kind() == Kind.SOURCED);
            if (Page.words(t) <= 8 && d.find() && !underHeadline) {
                String rest = STAMP_GAPS.matcher(t.substring(0, d.start()) + " " + t.substring(d.end())).replaceAll(" ").strip();
                if (nameLike(rest)) out.add(u.start());
            }
        }
        return out;
    }

    /** One to three words of letters only, as a person's name or handle is printed ("Ann Lee", "david hill"). */
    private static boolean nameLike(String t) {
        int words = Page.words(t);
        return words >= 1 && words <= 3 && NAME_WORDS.matches(t.strip());
    }

    private static final Search NAME_WORDS = Search.compile("[\\p{L}'\u2019.]+(?:\\s+[\\p{L}'\u2019.]+){0,2}");

    private static final Search NUMBERING_MARK = Search.compile("^\\d{1,2}[.)]\\s*");

    /** Two bodies alike: the same kinds once headlines and paragraphs are both text (a title line over one item's comment). */
    private static boolean similar(String shape, String modal) {
        return !shape.equals("ANCHOR") && !modal.equals("ANCHOR") && loose(shape).equals(loose(modal));
    }

    private static String loose(String shape) {
        return TEXT_RUN.matcher(shape.replace("HEAD", "TEXT")).replaceAll("TEXT");
    }

    /** Where the run of items that ends at the first stamp begins: after the last heading-like line above the first text. */
    private static int firstOfRun(List<Unit> units, int firstStamp) {
        int start = firstStamp;
        while (start > 0 && units.get(start - 1).kind() != Kind.STAMP && start > firstStamp - 3) start--;
        return start;
    }

    /** The kinds of an item's units, its anchor as ANCHOR, headline and paragraph as TEXT, repeats merged: "ANCHOR SOURCE TEXT". */
    private static String shape(List<Unit> span, int anchor) {
        return String.join(" ", tokens(span, anchor));
    }

    /** The tokens of {@link #shape}, each with the index of the first unit it covers. */
    private static List<String> tokens(List<Unit> span, int anchor) {
        List<String> out = new ArrayList<>();
        String previous = null;
        for (int k = 0; k < span.size(); k++) {
            Kind kind = span.get(k).kind();
            String s = token(kind, k == anchor);
            if (s.equals(previous)) continue;
            out.add(s);
            previous = s;
        }
        return out;
    }

    /** A unit's token in a shape: its anchor, a headline HEAD, a paragraph TEXT, else its kind. */
    private static String token(Kind kind, boolean anchor) {
        return anchor ? "ANCHOR" : kind == Kind.HEADLINE ? "HEAD" : kind == Kind.PARAGRAPH ? "TEXT" : kind.name();
    }

    /** The units of a span that make its first {@code count} tokens: an item that goes on into the page's next section, cut to the common shape. */
    private static List<Unit> prefix(List<Unit> span, int anchor, int count) {
        String previous = null;
        int tokens = 0;
        for (int k = 0; k < span.size(); k++) {
            Kind kind = span.get(k).kind();
            String s = token(kind, k == anchor);
            if (s.equals(previous)) continue;
            if (++tokens > count) return span.subList(0, k);
            previous = s;
        }
        return span;
    }

    /** Whether the item names an outside source: a source line, a headline closed by its source, a paragraph closed by its name. */
    static boolean sourced(List<Unit> span) {
        for (Unit u : span) {
            if (u.kind() == Kind.SOURCE || u.kind() == Kind.SOURCED) return true;
            if (u.kind() == Kind.STAMP && Dates.find(u.text()).isPresent()) return true;
            if ((u.kind() == Kind.PARAGRAPH || u.kind() == Kind.NUMBERED) && trailingSource(u.text()) != null) return true;
            if ((u.kind() == Kind.NUMBERED || u.kind() == Kind.BULLET) && PAREN_SOURCE.find(u.text())) return true;
        }
        return false;
    }

    /** Whether the item carries its own date: a date line, a source line with its date, a dated stamp. */
    static boolean dated(List<Unit> span) {
        for (Unit u : span) {
            if (u.kind() == Kind.DATE) return true;
            if ((u.kind() == Kind.SOURCE || u.kind() == Kind.STAMP) && Dates.find(u.text()).isPresent()) return true;
        }
        return false;
    }

    /** The item's name as the page gives it: its headline, else its numbered line, else the text of its only unit. */
    static String name(Item item) {
        Unit head = head(item);
        return head == null ? "" : head.text();
    }

    /** The unit that names the item: the anchor when it is a headline or a numbered line, else the first headline, else the first text. */
    static Unit head(Item item) {
        List<Unit> units = item.units();
        if (item.anchor() >= 0) {
            Kind k = units.get(item.anchor()).kind();
            if (k == Kind.HEADLINE || k == Kind.SOURCED || k == Kind.NUMBERED || k == Kind.BULLET) return units.get(item.anchor());
        }
        for (Unit u : units) if (u.kind() == Kind.HEADLINE || u.kind() == Kind.SOURCED) return u;
        for (Unit u : units) if (u.kind() == Kind.PARAGRAPH) return u;
        return null;
    }

    /** A date, or a month and year, after a source's name: "Acme Weekly, Nov 2030". */
    private static final Pattern SOURCE_DATE_TAIL = Pattern.compile(",\\s+(?:\\p{L}+\\.?\\s+)?\\d{1,4}(?:,?\\s+\\d{4})?$");

    /**
     * The outside source an item credits, as the page prints it: a source line's name ("– The Daily", "The Daily - 4 Apr
     * 2031"), a headline's closing source ("(Acme Weekly)", "| Acme", "- Acme Weekly, Nov 2030") or a paragraph's closing
     * name ("… tools. Medium."); null when it credits none. For the mentions step: the row's text no longer holds it.
     */
    static String source(Item item) {
        for (Unit u : item.units()) {
            String t = u.text();
            String found = null;
            if (u.kind() == Kind.SOURCE) {
                Matcher d = DASH_SOURCE.matcher(t);
                Matcher sd = SOURCE_DATE.matcher(t);
                if (d.matches()) found = d.group(1);
                else if (sd.matches()) found = sd.group(1);
            } else if (u.kind() == Kind.SOURCED || u.kind() == Kind.NUMBERED || u.kind() == Kind.BULLET || u.kind() == Kind.HEADLINE) {
                Matcher p = PAREN_SOURCE.matcher(t);
                Matcher s = SITE_SUFFIX.matcher(t);
                if (p.find()) found = p.group(1) != null ? p.group(1) : p.group(2);
                else if (u.kind() != Kind.NUMBERED && u.kind() != Kind.BULLET && sourced(t) && s.find()) found = s.group(1);
            }
            if (found == null && (u.kind() == Kind.PARAGRAPH || u.kind() == Kind.NUMBERED)) found = trailingSource(t);
            if (found != null) {
                found = SOURCE_DATE_TAIL.matcher(found.strip()).replaceFirst("").strip();
                if (!found.isEmpty()) return found;
            }
        }
        return null;
    }

    /**
     * The outside source named by the item that spans lines {@code [start, end)} of a page whose units are given, read as
     * {@link #source(Item)} reads it: for rows another layout cut at the same item boundaries.
     */
    static String source(List<Unit> units, int start, int end) {
        List<Unit> span = units.stream().filter(u -> u.start() >= start && u.end() <= end).toList();
        return span.isEmpty() ? null : source(new Item(span, 0));
    }

    /** The source closing a paragraph as a sentence of one or two capitalised words ("… tools. Medium."), or null. */
    static String trailingSource(String text) {
        Matcher m = TRAILING_SOURCE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The line without the source in parentheses or brackets that closes it, or the line itself. */
    static String withoutBracketedSource(String text) {
        Matcher p = PAREN_SOURCE.matcher(text);
        return p.find() ? text.substring(0, p.start()).strip() : text;
    }

    /** The headline without its source in parentheses or after a bar or a dash, or the line itself. */
    static String withoutSource(String text) {
        Matcher p = PAREN_SOURCE.matcher(text);
        if (p.find()) return text.substring(0, p.start()).strip();
        Matcher s = SITE_SUFFIX.matcher(text);
        if (s.find() && Page.words(text.substring(0, s.start())) >= 1) return text.substring(0, s.start()).strip();
        return text;
    }

    /** The page's lines with text, each with its kind; consecutive paragraph lines are one unit. */
    static List<Unit> units(Page page) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) lines.add(page.isBlank(i) ? "" : page.text(i));
        Map<String, Integer> skeletons = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        for (String t : lines) {
            if (!t.isEmpty() && Page.words(t) <= 8) skeletons.merge(skeleton(t), 1, Integer::sum);
            Matcher f = FIELD.matcher(t);
            if (f.find()) labels.merge(Page.lower(f.group(1)), 1, Integer::sum);
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i);
            if (t.isEmpty() || placeholder(t) || ItemFurniture.is(t)) continue;
            String before = i > 0 ? lines.get(i - 1) : "";
            String after = i + 1 < lines.size() ? lines.get(i + 1) : "";
            Kind kind = kind(t, before, after, skeletons.getOrDefault(skeleton(t), 0), labels);
            Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
            // A paragraph wrapped over lines with no blank between them is one unit.
            if (kind == Kind.PARAGRAPH && last != null && last.kind() == Kind.PARAGRAPH && last.end() == i) {
                units.set(units.size() - 1, new Unit(Kind.PARAGRAPH, last.start(), i + 1, last.text() + " " + t));
                continue;
            }
            units.add(new Unit(kind, i, i + 1, t));
        }
        return units;
    }

    /** A title-case line of a few words closed by one full stop: a headline, not a sentence ("Replacing Pay with Time."). */
    static boolean stoppedHeadline(String t) {
        if (!t.endsWith(".") || t.endsWith("..") || Page.words(t) > MAX_STOPPED_HEADLINE_WORDS || Page.words(t) < MIN_NAME_WORDS) return false;
        String body = t.substring(0, t.length() - 1);
        if (body.indexOf('.') >= 0 || body.indexOf(',') >= 0 || !Character.isUpperCase(body.codePointAt(0))) return false;
        // Words of five letters or more capitalised; "with", "from", "into" stay lower case in a title.
        for (String w : body.split(" ")) if (w.length() >= 5 && Character.isLowerCase(w.codePointAt(0))) return false;
        return true;
    }

    /** A headline printed with a full stop is short: a longer title-case line is a sentence in capitals. */
    private static final int MAX_STOPPED_HEADLINE_WORDS = 12;

    /** A line whose template was never filled ("Issue #[[item.number]]", "{{ post.date }}"): furniture of the page's system. */
    static boolean placeholder(String t) {
        return t.contains("[[") && t.contains("]]") || t.contains("{{") && t.contains("}}");
    }

    /** A line with its digits masked: "Issue #12 published 3 Apr 2030" and "Issue #40 published 9 Apr 2030" share one. */
    private static String skeleton(String t) {
        return DIGITS.matcher(t.toLowerCase(java.util.Locale.ROOT)).replaceAll("#");
    }

    private static Kind kind(String t, String before, String after, int sameSkeleton, Map<String, Integer> labels) {
        int words = Page.words(t);
        // "– The Daily" right under a headline is its source; under a blank line, a lead-in or another bullet it is a bullet.
        if (words <= 8 && DASH_SOURCE.matches(t) && !before.isEmpty() && !before.endsWith(":") && !BULLET.find(before)) return Kind.SOURCE;
        if (BULLET.find(t)) return Kind.BULLET;
        if (NUMBER.find(t)) return Kind.NUMBERED;
        if (words <= 8 && !TIME.find(t)) {
            if (t.startsWith("via ") && DASH_SOURCE.matches(t)) return Kind.SOURCE;
            if (dateOnly(t)) return Kind.DATE;
            // A line the page prints with every item, its numbers aside ("Issue #12 published 3 Apr 2030", "read").
            if (sameSkeleton >= 2) return Kind.STAMP;
        }
        if (words <= 12 && !TIME.find(t)) {
            Matcher sd = SOURCE_DATE.matcher(t);
            if (sd.matches() && dateOnly(sd.group(2))) return Kind.SOURCE;
        }
        // A label the page prints on several lines ("What to Know:") opens a field; once, "Remote work: a new deal" is a headline.
        Matcher field = FIELD.matcher(t);
        if (field.find() && Page.words(field.group(1)) <= 4 && (labels.getOrDefault(Page.lower(field.group(1)), 0) >= 2 || words > MAX_HEADLINE_WORDS)) return Kind.FIELD;
        String bare = sourced(t) ? withoutSource(t) : t;
        if (words <= MAX_HEADLINE_WORDS && !bare.isEmpty() && !SENTENCE_END.find(bare) && !t.endsWith(":") && !t.endsWith(",") && !t.endsWith(";")) {
            // A lower-case line is a headline only after a sentence's end or a blank line (else it is a wrapped sentence's half).
            boolean upper = Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)) || "\"'\u201C\u2018".indexOf(t.charAt(0)) >= 0;
            boolean standsAlone = before.isEmpty() || SENTENCE_END.find(before);
            if ((upper || standsAlone) && (after.isEmpty() || !Character.isLowerCase(after.codePointAt(0)))) {
                return sourced(t) ? Kind.SOURCED : Kind.HEADLINE;
            }
        }
        if (words <= MAX_HEADLINE_WORDS && bare.endsWith("?") && Character.isUpperCase(t.codePointAt(0))) return sourced(t) ? Kind.SOURCED : Kind.HEADLINE;
        // "Trading the Commute for a Kitchen Table." alone between blank lines: a headline printed with a full stop.
        if (before.isEmpty() && after.isEmpty() && stoppedHeadline(t)) return Kind.HEADLINE;
        return Kind.PARAGRAPH;
    }

    /** Whether a headline closes with its source ("(Acme)", "| Acme", "- Acme"); a quotation's attribution ("…" - Ann) is not one. */
    private static boolean sourced(String t) {
        Matcher p = PAREN_SOURCE.matcher(t);
        if (p.find()) return true;
        Matcher s = SITE_SUFFIX.matcher(t);
        return s.find() && !QUOTATION_END.find(t.substring(0, s.start()));
    }

    /** A date and little else: "Sep 9, 2030", "13th May 2030", "Monday, 3 March 2031". */
    static boolean dateOnly(String t) {
        Matcher m = Dates.DATE.matcher(t);
        if (!m.find() || Dates.parse(m.group(1)).isEmpty()) return false;
        String rest = DATE_LINE_GAPS.matcher(t.substring(0, m.start()) + " " + t.substring(m.end())).replaceAll(" ").strip();
        // "Monday, 3 March 2031", "Published 3 March 2031"; "Ann Lee | 3 March 2031" is a comment's header, not a date line.
        return rest.isEmpty() || DATE_WORDS.matches(rest);
    }
}

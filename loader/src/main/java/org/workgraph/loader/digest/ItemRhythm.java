package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;

/**
 * The rhythm of a page's items, learnt from the page alone: which shape of line opens an item here. Every line is given
 * the shapes it has (a headline of four words or more, a date at its start, a number, a recurring "Label:", a line in
 * capitals, "By …", the pictograph it opens with, the first word of a short line), and the shape that recurs at the most
 * regular spacing over most of the page, and reads as an opener (a headline, a date, a number, a label), opens the items.
 * Shapes that come back once in most items (a "By WRITER, PUBLICATION" line, "👉 SOURCE", "Read more", a date) are the
 * items' markers: an item holding one twice is two items, the second of which lost its headline. A short heading line
 * inside an item (a section's name, "Trending") ends it and heads the items after it.
 *
 * <p>Nothing here names a site's words: the same learner reads "emoji headline, paragraph, 👉 source", "date, excerpt,
 * report number", "Link: TITLE by WRITER (SOURCE), paragraphs", "headline, By-line, paragraph" and "N. HEADLINE (SOURCE),
 * paragraph". What the rhythm says about the page's kind is weighed by {@link DigestRecognition}, with the voice of the
 * items: a digest's items report on others in the third person, a post's sections speak as "I" or "we", or to "you".
 */
final class ItemRhythm {
    // Compiled once: these run per line or per candidate.
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One line as the learner sees it: a page line, or one half of a line the extraction ran two lines into. */
    record Step(int line, String text, Set<String> shapes) {}

    /** One item: its steps in page order, the index of its opener among them, and the section heading it sits under (or null). */
    record Item(List<Step> steps, String section) {
        int start() { return steps.get(0).line(); }
        int end() { return steps.get(steps.size() - 1).line() + 1; }
        Step opener() { return steps.get(0); }
    }

    /**
     * The learnt rhythm: the items, the shape that opens them, its usual spacing in lines, the share of spacings at that
     * spacing (give or take one line), the share of the page's text the items hold, the markers, and how many items speak in
     * the first or second person.
     */
    record Learnt(List<Item> items, String opener, int period, double regularity, double coverage, Set<String> markers, int personal) {
        static final Learnt NONE = new Learnt(List.of(), null, 0, 0, 0, Set.of(), 0);

        /** The items' names as the page prints their openers (for telling instructions from headlines). */
        List<String> openers() { return items.stream().map(i -> core(i.opener().text(), false)).toList(); }

        boolean repeats() { return items.size() >= MIN_ITEMS; }

        /** Four items or more, three in four at one spacing, over most of the page: a list, whatever it lists. */
        boolean strong() { return items.size() >= STRONG_ITEMS && regularity >= STRONG_REGULARITY && coverage >= MIN_COVERAGE; }

        /**
         * How many items carry a line of their own that the others carry too (a source, a byline, a date, a stamp) or close
         * their headline with a source in parentheses: what a list's items carry and a post's sections do not.
         */
        int carried() {
            int n = 0;
            for (Item item : items) {
                boolean carries = !ItemShape.withoutSource(item.opener().text()).equals(item.opener().text());
                for (Step s : item.steps().subList(1, item.steps().size())) for (String m : markers) if (s.shapes().contains(m)) carries = true;
                if (carries) n++;
            }
            return n;
        }

        /** Items that report on others: at most half speak as "I" or to "you" (a word of it slips into a report). */
        boolean thirdPerson() { return repeats() && personal * 2 <= items.size(); }

        String describe() {
            return opener + " every " + period + " lines x" + items.size() + " from line " + (items.get(0).start() + 1) + ", "
                    + Math.round(coverage * 100) + "% of the text" + (markers.isEmpty() ? "" : ", markers " + String.join(" ", markers))
                    + (personal > 0 ? ", " + personal + " in the first or second person" : "");
        }
    }

    static final int MIN_ITEMS = 3;
    static final int STRONG_ITEMS = 4;
    static final double STRONG_REGULARITY = 0.75;
    static final double MIN_COVERAGE = 0.5;
    private static final double MIN_REGULARITY = 0.6;
    /** A headline: at most this many words, not ending like a sentence. */
    private static final int MAX_HEADLINE_WORDS = 24;
    /** Fewer words than this and a short line is a label, a source or a section's name, not an item's headline. */
    private static final int MIN_HEADLINE_WORDS = 4;
    /** A section heading inside a run of items: a short line of its own. */
    private static final int MAX_SECTION_WORDS = 3;

    private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s*\\S");
    private static final Pattern BY = Pattern.compile("^By\\s+\\p{Lu}");
    private static final Pattern PICTOGRAPH = Pattern.compile("^[\\p{So}\\p{Cs}\\p{Co}]");
    private static final Pattern MARKS = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cs}\\p{Co}\\uFE0F\\u200D\\s]+");
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"'\u201C\u2018\u00AB]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!;:,][\u201D\"')\\]]*$");
    private static final Pattern CAPS_WORD = Pattern.compile("[\\p{Lu}&'\u2019\u2018,\u201C\u201D\"-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /**
     * The writer's own voice ("I", "my") or the reader addressed ("you"): a post's sections speak so. "We" is left out: a
     * curated list's commentary speaks as "we" (the editors) as often as a post does.
     */
    private static final Pattern PERSONAL = Pattern.compile("\\bI\\b|\\b(?i:I'm|I\u2019m|I've|I\u2019ve|my|me|you|your|you're|you\u2019re|yourself)\\b");
    /** A date run straight into the text after it ("May 19, 2023Pilots at …"): the extraction lost the line break. */
    private static final Pattern GLUED_DATE = Pattern.compile("^(.{4,30}?\\d{4})(?=\\p{Lu})");

    private ItemRhythm() {}

    /** The page's items by the rhythm of their opening lines, or {@link Learnt#NONE}. */
    static Learnt learn(Page page) {
        List<Step> steps = steps(page);
        if (steps.size() < MIN_ITEMS * 2) return Learnt.NONE;
        int total = 0;
        for (Step s : steps) total += s.text().length();
        Map<String, List<Integer>> at = new HashMap<>();
        for (int k = 0; k < steps.size(); k++) {
            for (String shape : steps.get(k).shapes()) at.computeIfAbsent(shape, x -> new ArrayList<>()).add(k);
        }
        Learnt best = Learnt.NONE;
        int bestStrength = 0;
        for (Map.Entry<String, List<Integer>> e : at.entrySet()) {
            int strength = strength(e.getKey());
            if (strength == 0 || e.getValue().size() < MIN_ITEMS) continue;
            Learnt l = items(page, steps, e.getKey(), e.getValue(), at, total);
            if (!l.repeats() || l.coverage() < MIN_COVERAGE) continue;
            // The opener that reads most like one, then the one that opens most items, then the one that covers most text.
            int c = best.items().isEmpty() ? 1 : Integer.compare(strength, bestStrength);
            if (c == 0) c = Integer.compare(l.items().size(), best.items().size());
            if (c == 0) c = Double.compare(l.coverage(), best.coverage());
            if (c > 0) {
                best = l;
                bestStrength = strength;
            }
        }
        return best;
    }

    /** How well a shape opens an item: a headline, a date, a number or a recurring label 2; a capitalised lead 1; a marker 0. */
    private static int strength(String shape) {
        if (shape.equals("HEADLINE") || shape.equals("DATE") || shape.equals("NUMBER") || shape.startsWith("LABEL ")) return 2;
        return shape.equals("CAPS") ? 1 : 0;
    }

    private static Learnt items(Page page, List<Step> steps, String opener, List<Integer> positions, Map<String, List<Integer>> at, int total) {
        List<Integer> gaps = new ArrayList<>();
        for (int k = 1; k < positions.size(); k++) gaps.add(positions.get(k) - positions.get(k - 1));
        Map<Integer, Integer> counts = new HashMap<>();
        for (int g : gaps) counts.merge(g, 1, Integer::sum);
        int period = 0;
        for (Map.Entry<Integer, Integer> c : counts.entrySet()) {
            if (period == 0 || c.getValue() > counts.get(period) || (c.getValue().equals(counts.get(period)) && c.getKey() < period)) period = c.getKey();
        }
        // One line per item is a list's bullets or a menu, which the list layouts read; an item here has a body.
        if (period < 2) return Learnt.NONE;
        int regular = 0;
        for (int g : gaps) if (Math.abs(g - period) <= 1) regular++;
        double regularity = regular / (double) gaps.size();
        if (regularity < MIN_REGULARITY) return Learnt.NONE;
        // The markers: shapes other than the opener's that come back once in most items.
        List<List<Integer>> spans = new ArrayList<>();
        int longest = 0;
        for (int k = 0; k < positions.size(); k++) {
            int from = positions.get(k), to = k + 1 < positions.size() ? positions.get(k + 1) : steps.size();
            if (k + 1 < positions.size()) longest = Math.max(longest, to - from);
            List<Integer> span = new ArrayList<>();
            for (int j = from; j < to; j++) span.add(j);
            spans.add(span);
        }
        // The last item ends where the others would: what follows it is the page's own (an essay, a sign-up box).
        List<Integer> last = spans.get(spans.size() - 1);
        if (last.size() > longest && longest > 0) spans.set(spans.size() - 1, new ArrayList<>(last.subList(0, longest)));
        Set<String> markers = new LinkedHashSet<>();
        for (Map.Entry<String, List<Integer>> candidate : at.entrySet()) {
            String shape = candidate.getKey();
            // A marker comes back about once per item: a shape much rarer or much commoner is none (and is not counted).
            int seen = candidate.getValue().size();
            if (shape.equals(opener) || shape.equals("HEADLINE") || seen < MIN_ITEMS - 1 || seen > spans.size() * 2) continue;
            int once = 0;
            for (List<Integer> span : spans) {
                int n = 0;
                for (int j : span.subList(1, span.size())) if (steps.get(j).shapes().contains(shape)) n++;
                if (n == 1) once++;
            }
            if (once >= MIN_ITEMS - 1 && once * 2 > spans.size()) markers.add(shape);
        }
        List<Item> items = new ArrayList<>();
        String section = null;
        int covered = 0, personal = 0;
        for (List<Integer> span : spans) {
            List<Step> item = new ArrayList<>();
            item.add(steps.get(span.get(0)));
            Set<String> seen = new HashSet<>();
            String next = null;
            for (int j : span.subList(1, span.size())) {
                Step s = steps.get(j);
                // A marker the item already holds: an item whose headline was lost starts here (no row).
                boolean again = false;
                for (String m : markers) if (s.shapes().contains(m) && !seen.add(m)) again = true;
                if (again) break;
                // A section's name (a short heading line of its own) ends the item and heads the ones after it.
                boolean marked = false;
                for (String m : markers) if (s.shapes().contains(m)) marked = true;
                if (item.size() > 1 && !marked && sectionHeading(page, s)) {
                    next = Page.bare(s.text());
                    break;
                }
                item.add(s);
            }
            if (item.size() < 2) {
                if (next != null) section = next;
                continue;
            }
            items.add(new Item(List.copyOf(item), section));
            for (Step s : item) covered += s.text().length();
            if (next != null) section = next;
        }
        // The page's title opens an item only when it carries the markers the items carry (a first headline taken for the
        // title, with its "By …" line); else it heads the page, and its introduction is no item.
        if (!items.isEmpty() && items.get(0).opener().line() == page.titleIndex() && !holdsMarkers(items.get(0), markers)) {
            Item dropped = items.remove(0);
            for (Step s : dropped.steps()) covered -= s.text().length();
        }
        // A first "item" longer than any other is the page's head and its introduction, not an item.
        while (items.size() > MIN_ITEMS && items.get(0).steps().size() > period + 1 && items.get(0).steps().size() > items.get(1).steps().size() + 1) {
            Item dropped = items.remove(0);
            for (Step s : dropped.steps()) covered -= s.text().length();
        }
        if (items.size() < MIN_ITEMS) return Learnt.NONE;
        // How alike the items are: the share whose length is within one line of the most common length (a section heading
        // or an introduction between two items does not make them less alike).
        Map<Integer, Integer> lengths = new HashMap<>();
        for (Item item : items) lengths.merge(item.steps().size(), 1, Integer::sum);
        int modal = 0;
        for (Map.Entry<Integer, Integer> e : lengths.entrySet()) if (modal == 0 || e.getValue() > lengths.get(modal)) modal = e.getKey();
        int alike = 0;
        for (Item item : items) if (Math.abs(item.steps().size() - modal) <= 1) alike++;
        regularity = alike / (double) items.size();
        for (Item item : items) {
            StringBuilder body = new StringBuilder();
            for (Step s : item.steps().subList(1, item.steps().size())) body.append(s.text()).append(' ');
            if (PERSONAL.matcher(body).find()) personal++;
        }
        return new Learnt(List.copyOf(items), opener, period, regularity, covered / (double) total, markers, personal);
    }

    private static boolean holdsMarkers(Item item, Set<String> markers) {
        if (markers.isEmpty()) return false;
        for (Step s : item.steps().subList(1, item.steps().size())) for (String m : markers) if (s.shapes().contains(m)) return true;
        return false;
    }

    /** A short heading line of its own: one to three words, capitalised, not closed like a sentence. */
    private static boolean sectionHeading(Page page, Step s) {
        String t = Page.bare(s.text());
        return !t.isEmpty() && Page.words(t) <= MAX_SECTION_WORDS && Character.isUpperCase(t.codePointAt(0))
                && !SENTENCE_END.matcher(t).find() && !s.shapes().contains("DATE") && page.isHeading(s.line());
    }

    /** The page's lines with text as steps, a date or a repeated label run into the next line's text split off. */
    static List<Step> steps(Page page) {
        List<String[]> raw = new ArrayList<>();
        // Labels run into a capital ("Read moreOakland …"), counted once: a label glued so on two lines or more is split off.
        Map<String, Integer> glued = new HashMap<>();
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            Matcher g = GLUED_LABEL.matcher(page.text(i));
            if (g.lookingAt()) glued.merge(g.group(1), 1, Integer::sum);
        }
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            String t = page.text(i);
            Matcher d = GLUED_DATE.matcher(t);
            if (d.lookingAt() && Dates.DATE.matcher(d.group(1)).matches() && Dates.parse(d.group(1)).isPresent()) {
                raw.add(new String[] {String.valueOf(i), d.group(1)});
                raw.add(new String[] {String.valueOf(i), t.substring(d.end())});
                continue;
            }
            Matcher g = GLUED_LABEL.matcher(t);
            if (g.lookingAt() && glued.get(g.group(1)) >= 2) {
                {
                    raw.add(new String[] {String.valueOf(i), g.group(1)});
                    raw.add(new String[] {String.valueOf(i), t.substring(g.end())});
                    continue;
                }
            }
            raw.add(new String[] {String.valueOf(i), t});
        }
        Map<String, Integer> labels = new HashMap<>();
        for (String[] r : raw) {
            String l = Page.label(r[1]);
            if (l != null) labels.merge(DIGITS.matcher(l).replaceAll("#"), 1, Integer::sum);
        }
        List<Step> out = new ArrayList<>();
        for (String[] r : raw) out.add(new Step(Integer.parseInt(r[0]), r[1], shapes(r[1], labels)));
        return out;
    }

    private static final Pattern GLUED_LABEL = Pattern.compile("^(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,4}?\\p{Ll})(?=\\p{Lu})");

    /** The shapes a line has. */
    static Set<String> shapes(String text, Map<String, Integer> labels) {
        Set<String> out = new LinkedHashSet<>();
        String t = text.strip();
        int words = Page.words(t);
        Matcher pict = PICTOGRAPH.matcher(t);
        if (pict.lookingAt()) out.add("MARK " + new String(Character.toChars(t.codePointAt(0))));
        String bare = MARKS.matcher(t).replaceFirst("");
        if (bare.isEmpty()) return out;
        Matcher date = Dates.DATE.matcher(bare);
        if (date.lookingAt() && date.start() == 0 && Dates.parse(date.group(1)).isPresent()) out.add("DATE");
        if (NUMBER.matcher(bare).find() || Page.enumerated(bare)) out.add("NUMBER");
        String label = Page.label(bare);
        boolean recurring = label != null && labels.getOrDefault(DIGITS.matcher(label).replaceAll("#"), 0) >= MIN_ITEMS;
        if (recurring) out.add("LABEL " + DIGITS.matcher(label).replaceAll("#"));
        if (BY.matcher(bare).find() && words <= 16) out.add("BY");
        if (caps(bare)) out.add("CAPS");
        // "Reading Time: 3 minutes": a field and its short value, not a headline; "Remote work: why it stays" is one.
        boolean field = label != null && !recurring && Page.words(bare.substring(bare.indexOf(':') + 1)) <= 3;
        if (!field && !out.contains("BY") && headline(core(bare, recurring))) out.add("HEADLINE");
        if (words <= 8) {
            String first = SPACES.split(OPENING_QUOTES.matcher(bare).replaceFirst(""))[0].toLowerCase(Locale.ROOT);
            out.add("WORD " + DIGITS.matcher(first).replaceAll("#"));
        }
        return out;
    }

    /** A line that opens with three words in capitals ("GONE ARE THE DAYS WHEN …"): a run-in lead. */
    static boolean caps(String text) {
        String[] w = SPACES.split(OPENING_QUOTES.matcher(text).replaceFirst(""));
        if (w.length < 4) return false;
        int letters = 0;
        for (int k = 0; k < 3; k++) {
            if (!CAPS_WORD.matcher(w[k]).matches()) return false;
            for (char c : w[k].toCharArray()) if (Character.isLetter(c)) letters++;
        }
        return letters >= 6;
    }

    /** A line without its marks, its numbering and (when the page repeats it) its label: what names the item. */
    static String core(String text, boolean recurringLabel) {
        String t = MARKS.matcher(text.strip()).replaceFirst("");
        t = NUMBERING.matcher(t).replaceFirst("");
        if (recurringLabel) t = t.substring(t.indexOf(':') + 1).strip();
        return t;
    }

    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,2}[.)]\\s*");

    /**
     * A headline: four words or more, capitalised (or numbered, or quoted), not closed like a sentence or a lead-in, with no
     * sentence break inside, at most 16 words (a teaser runs longer) without its source. A line in title case ("Unions Are
     * Powerless. Workers Aren't.") is a headline however it is punctuated, up to 24 words.
     */
    static boolean headline(String t) {
        String bare = ItemShape.withoutSource(t);
        int words = Page.words(bare);
        if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) return false;
        String u = OPENING_QUOTES.matcher(t).replaceFirst("");
        if (u.isEmpty()) return false;
        int first = u.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        if (caps(t)) return false;
        if (titleCase(bare)) return true;
        return words <= MAX_TEASER_FREE_WORDS && !SENTENCE_END.matcher(bare).find() && !SENTENCE_BREAK.matcher(bare).find();
    }

    /** Most words capitalised, as headlines are set in title case: "Unions Are Powerless. Workers Aren't." */
    private static boolean titleCase(String t) {
        int capital = 0, counted = 0;
        for (String w : SPACES.split(t)) {
            String v = OPENING_QUOTES.matcher(w).replaceFirst("");
            if (v.isEmpty() || !Character.isLetter(v.codePointAt(0))) continue;
            if (v.length() <= 3 && Character.isLowerCase(v.codePointAt(0))) continue; // "of", "the", "a", "to"
            counted++;
            if (Character.isUpperCase(v.codePointAt(0))) capital++;
        }
        return counted >= 3 && capital * 10 >= counted * 9;
    }

    private static final int MAX_TEASER_FREE_WORDS = 16;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!][\u201D\"')\\]]*\\s+[\\p{Lu}\"\u201C]");
}

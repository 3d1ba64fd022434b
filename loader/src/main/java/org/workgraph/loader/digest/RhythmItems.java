package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.digest.ItemRhythm.Learnt;
import org.workgraph.loader.digest.ItemRhythm.Step;

/**
 * Rows read by the rhythm of the page's items ({@link ItemRhythm}): one row per item the learnt opener starts. The name is
 * the opener without its marks (a pictograph, the number, a label the page repeats, the source after the headline, a
 * writer's "by NAME" credit); an item opened by a date names itself by the headline under it, else by the run-in lead its
 * paragraph opens with in capitals, else by its first sentence. The description is the rest of the item's text, without its
 * markers (a "By WRITER, PUBLICATION" line, "👉 SOURCE", "Read more", a date line) and without a closing link word
 * ("Continue", "Read more"). The table is the section heading the item sits under, else the nearest heading above the
 * list, else the title.
 */
final class RhythmItems extends PageLayout {
    // Compiled once: these run per line or per candidate.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ABBREVIATION_END = Pattern.compile(".*\\b(?:Dr|Mr|Mrs|Ms|St|Prof|Jr|Sr|vs|No|U\\.S)$");
    private static final Pattern INITIAL_END = Pattern.compile(".*(?:^|\\s)\\p{Lu}$");

    /** A writer's credit closing a linked title: "Why Rotas Fail by Ann Lee". */
    private static final Pattern BY_WRITER = Pattern.compile("\\s+by\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3}$");
    /** A headline closed by an aside in parentheses with a label in it: "(Hint: Not Much)", not a source. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*:[^()]*\\)\\s*$");
    /** A link's words closing an excerpt: "... Continue", "Read more". */
    private static final Pattern CLOSING_LINK = Pattern.compile("\\s*(?i:continue|continue reading|read more|read on)\\s*[.\u2026\u2192>]*\\s*$");
    /** Where a sentence ends (not after a title such as "Dr." or an initial). */
    private static final Pattern SENTENCE = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"\u201C])");
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"'\u201C\u2018\u00AB]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;:\u2014\u2013-]+$");
    private static final Pattern CAPS_TOKEN = Pattern.compile("[\\p{Lu}\\d&'\u2019\u2018\u201C\u201D\",.\u2014\u2013-]+");
    /** A short "Label: value" line ("Reading Time: 3 minutes"): a field of the page, not a heading over its list. */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\p{Lu}[^:]{0,30}:\\s+\\S");

    /**
     * Whether only a strong rhythm whose items carry markers is read (tried before the other list layouts, which would cut
     * such a page at its markers), or any rhythm (tried after them).
     */
    private final boolean strict;

    RhythmItems(boolean strict) {
        this.strict = strict;
    }

    @Override
    List<Item> items(Page page) {
        Learnt learnt = page.itemRhythm();
        if (!learnt.repeats()) return List.of();
        // Read first only a strong rhythm whose items carry markers, and none of them a labelled field ("Why this matters:",
        // printed with its text or alone over it):
        // a page that labels its items' fields is the labelled layouts' to read.
        boolean labelled = learnt.markers().stream().anyMatch(m -> m.startsWith("LABEL "))
                || learnt.items().stream().anyMatch(i -> i.steps().stream().anyMatch(st -> st.text().strip().endsWith(":")));
        if (strict && !(learnt.strong() && learnt.carried() * 2 > learnt.items().size() && !labelled)) return List.of();
        String above = heading(page, learnt.items().get(0).start());
        List<Item> items = new ArrayList<>();
        // The source each item credits is kept on the row, as the item-shape reader keeps it (the mentions read it).
        List<ItemShape.Unit> units = page.units();
        for (ItemRhythm.Item item : learnt.items()) {
            String[] named = named(item, learnt);
            if (named == null || named[0].isBlank()) continue;
            String table = item.section() != null ? item.section() : above;
            items.add(new Item(table, named[0], named[1], item.start(), item.end(), ItemShape.source(units, item.start(), item.end())));
        }
        return items.size() >= ItemRhythm.MIN_ITEMS ? items : List.of();
    }

    /** The item's name and description, or null when it has none to give. */
    private static String[] named(ItemRhythm.Item item, Learnt learnt) {
        List<Step> steps = item.steps();
        Step opener = item.opener();
        List<String> body = new ArrayList<>();
        String name = null;
        boolean openerNames = opener.shapes().contains("HEADLINE") || opener.shapes().contains("NUMBER")
                || opener.shapes().stream().anyMatch(x -> x.startsWith("LABEL "));
        if (openerNames) name = name(opener);
        for (Step s : steps.subList(1, steps.size())) {
            if (marker(s, learnt)) continue;
            if (name == null && s.shapes().contains("HEADLINE")) {
                name = name(s);
                continue;
            }
            body.add(s.text());
        }
        String text = String.join(" ", body).strip();
        if (name == null) {
            // No headline: the run-in lead in capitals, else the first sentence, names the item; the rest describes it.
            if (text.isEmpty()) return null;
            String lead = capsLead(text);
            name = lead != null ? lead : firstSentence(text);
            String rest = lead != null ? text.substring(text.indexOf(rawLead(text)) + rawLead(text).length()).strip() : text.substring(name.length()).strip();
            text = rest;
            name = TRAILING_PUNCTUATION.matcher(OPENING_QUOTES.matcher(name).replaceFirst("")).replaceFirst("");
        }
        text = CLOSING_LINK.matcher(text).replaceFirst("").strip();
        return new String[] {name, text.isEmpty() ? null : text};
    }

    /** Whether a step is one of the item's markers (a source, a byline, a date, a link word), not its text. */
    private static boolean marker(Step s, Learnt learnt) {
        for (String m : learnt.markers()) if (s.shapes().contains(m) && Page.words(s.text()) <= 16 && !s.shapes().contains("HEADLINE")) return true;
        // A short line of its own that the page prints in every item is a stamp; a date alone is the item's date.
        return s.shapes().contains("DATE") && ItemShape.dateOnly(s.text());
    }

    /** A headline line as the row's name: no pictograph, number, repeated label, source or writer's credit. */
    private static String name(Step s) {
        boolean label = false;
        for (String shape : s.shapes()) if (shape.startsWith("LABEL ")) label = true;
        String t = ItemRhythm.core(s.text(), label);
        // "(Hint: Not Much)" is the headline's own aside; "(Fast Company)" its source.
        if (!ASIDE.matcher(t).find()) t = ItemShape.withoutSource(t);
        Matcher by = BY_WRITER.matcher(t);
        if (label && by.find() && Page.words(t.substring(0, by.start())) >= 1) t = t.substring(0, by.start()).strip();
        return t;
    }

    /** The run of words in capitals a paragraph opens with, as the page printed it (quotation marks and all), or null. */
    private static String rawLead(String text) {
        String[] w = SPACES.split(text);
        int n = 0;
        int words = 0;
        while (n < w.length && CAPS_TOKEN.matcher(w[n]).matches()) {
            if (w[n].chars().anyMatch(Character::isLetter)) words++;
            n++;
            if (w[n - 1].endsWith(".") || w[n - 1].endsWith(",")) break;
        }
        if (words < 3) return null;
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) b.append(k > 0 ? " " : "").append(w[k]);
        return b.toString();
    }

    private static String capsLead(String text) {
        return ItemRhythm.caps(text) ? rawLead(text) : null;
    }

    private static String firstSentence(String t) {
        Matcher m = SENTENCE.matcher(t);
        while (m.find()) {
            String before = t.substring(0, m.start());
            if (ABBREVIATION_END.matcher(before).matches() || INITIAL_END.matcher(before).matches()) continue;
            return t.substring(0, m.end()).strip();
        }
        return t;
    }

    /**
     * The heading over the list: the title when no other heading stands between it and the first item, else a heading right
     * above the first item (or above one line of introduction); a "Label: value" line is none. Else null: a heading further
     * up heads the page's own text, not the list.
     */
    private static String heading(Page page, int first) {
        int between = 0;
        for (int i = page.previous(first); i >= 0; i = page.previous(i)) {
            String t = page.text(i);
            if (i == page.titleIndex()) return page.title();
            if (LABEL_LINE.matcher(t).find() || Page.caption(t)) continue;
            if (page.isHeading(i)) return between <= 1 ? Page.name(t) : page.titleIndex() >= 0 && page.titleIndex() < i ? null : null;
            between++;
        }
        return null;
    }
}

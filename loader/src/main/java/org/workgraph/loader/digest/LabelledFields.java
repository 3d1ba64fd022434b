package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workgraph.loader.text.Search;

/**
 * Rows told by labelled fields that repeat from row to row: "The change" / "Who it affects" under each
 * row's heading, or "Signal: …" / "Description: …" lines. A label that comes back for every row is the
 * layout's mark; a label seen once is just a sentence with a colon. The row's name is a name field
 * ("Signal: Four-day week pilots") when there is one, else the heading above its first field; its
 * description is a field labelled as one, else its first other field.
 */
final class LabelledFields extends PageLayout {
    /** "Label: value" on one line; a label is a few words. */
    private static final Search INLINE = Search.compile("^(\\p{Lu}[^:]{0,40}?):\\s+(\\S.*)$");
    /** A label on a line of its own, its value in the lines below: "Who it affects" or "Who it affects:". */
    private static final Search ALONE = Search.compile("^(\\p{Lu}[^:]{0,40}?):?$");
    /** Labels whose value names the row rather than describing it. */
    private static final Search NAME_LABEL = Search.compile(
            "(?i)(?:the )?(?:name|title|headline|signal|trend|driver|technology|issue|concern|behaviou?r|topic|development)");
    private static final int MAX_LABEL_WORDS = 5;
    private static final int MAX_NAME_WORDS = 12;
    /** A label must come back at least this often, and at least this many labels must, to be a layout. */
    private static final int MIN_REPEATS = 2;

    /** One labelled field: its label (lower case), its value, and its lines (end exclusive). */
    private record Field(String label, String value, int start, int end) {}

    @Override
    List<Item> items(Page page) {
        List<Field> fields = fields(page);
        Map<String, Integer> counts = new HashMap<>();
        for (Field f : fields) counts.merge(f.label(), 1, Integer::sum);
        long repeated = counts.values().stream().filter(c -> c >= MIN_REPEATS).count();
        if (repeated < MIN_REPEATS) return List.of();
        fields.removeIf(f -> counts.get(f.label()) < MIN_REPEATS);
        String lead = fields.get(0).label();

        // Group the fields into rows: each row opens with the lead label, and its fields follow one another
        // with nothing else between them.
        List<List<Field>> groups = new ArrayList<>();
        List<Field> group = null;
        for (Field f : fields) {
            boolean follows = group != null && page.next(group.get(group.size() - 1).end()) == f.start();
            if (f.label().equals(lead)) {
                group = new ArrayList<>();
                groups.add(group);
                group.add(f);
            } else if (follows) {
                group.add(f);
            }
        }
        List<Item> items = new ArrayList<>();
        String heading = null;
        for (List<Field> g : groups) {
            Item item = item(page, g);
            if (item == null) continue;
            if (items.isEmpty()) heading = page.headingAbove(item.start());
            items.add(new Item(heading, item.name(), item.description(), item.start(), item.end()));
        }
        return items.size() >= MIN_REPEATS ? items : List.of();
    }

    private static Item item(Page page, List<Field> group) {
        Field nameField = null;
        int start = group.get(0).start();
        int above = page.previous(start);
        // With no heading of its own above the fields, a row is named by its name field however long: "The trend: A survey of
        // 81,000 users finds …" states the trend in a sentence.
        boolean headed = above >= 0 && page.isHeading(above) && above != page.titleIndex();
        for (Field f : group) {
            if (NAME_LABEL.matches(f.label()) && (!headed || Page.words(f.value()) <= MAX_NAME_WORDS && !f.value().endsWith("."))) {
                nameField = f;
                break;
            }
        }
        String name;
        if (nameField != null) {
            name = nameField.value();
        } else {
            // No name field: the row is named by the heading right above its first field.
            if (!headed) return null;
            name = Page.name(page.text(above));
            start = above;
        }
        Field description = null;
        for (Field f : group) {
            if (f != nameField && f.label().startsWith("descri")) description = f;
        }
        for (Field f : group) {
            if (description == null && f != nameField) description = f;
        }
        return new Item(null, name, description == null ? null : description.value(), start, group.get(group.size() - 1).end());
    }

    /** Every labelled field of the page, in order. */
    private static List<Field> fields(Page page) {
        List<Field> fields = new ArrayList<>();
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            String t = page.text(i);
            Matcher inline = INLINE.matcher(t);
            Matcher alone = ALONE.matcher(t);
            if (inline.matches() && Page.words(inline.group(1)) <= MAX_LABEL_WORDS) {
                // The value, and the lines of running text that carry it on.
                List<String> value = new ArrayList<>(List.of(inline.group(2)));
                int end = i + 1;
                while (end < page.size() && page.isProse(end) && !isLabel(page, end)) value.add(page.text(end++));
                fields.add(new Field(Page.lower(inline.group(1).strip()), String.join(" ", value), i, end));
                i = end - 1;
            } else if (alone.matches() && Page.words(alone.group(1)) <= MAX_LABEL_WORDS && (t.endsWith(":") || page.isHeading(i))) {
                int from = page.next(i + 1);
                if (from >= page.size() || !page.isProse(from) || isLabel(page, from)) continue;
                // The value: paragraphs of running text up to the next heading or label.
                List<String> value = new ArrayList<>();
                int end = from;
                for (int j = from; j < page.size(); j++) {
                    if (page.isBlank(j)) continue;
                    if (!page.isProse(j) || isLabel(page, j)) break;
                    value.add(page.text(j));
                    end = j + 1;
                }
                fields.add(new Field(Page.lower(alone.group(1).strip()), String.join(" ", value), i, end));
                i = end - 1;
            }
        }
        return fields;
    }

    private static boolean isLabel(Page page, int i) {
        Matcher inline = INLINE.matcher(page.text(i));
        return inline.matches() && Page.words(inline.group(1)) <= MAX_LABEL_WORDS;
    }
}

package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workgraph.loader.text.Search;

/**
 * A field whose label names what a digest lists and whose value is a list of names: "Sub-trends: Remote rotas, Pay
 * transparency, Skills wallets", "Key signals: …; …; …", as trend cards and radar entries print them. Each name is a row,
 * without a description, in a table named by the label as written.
 */
final class LabelledList extends PageLayout {
    /** "Label: a, b, c": a label of a few words, a colon, the list. */
    private static final Search FIELD = Search.compile("^(\\p{Lu}[\\p{L} &/-]{1,40}?)\\s*:\\s+(\\S.*)$");
    private static final Search SEPARATOR = Search.compile("\\s*[,;\u2022|]\\s*");
    private static final int MIN_ROWS = 3;
    private static final int MAX_NAME_WORDS = 6;

    @Override
    List<Item> items(Page page) {
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            Matcher m = FIELD.matcher(page.text(i));
            if (!m.matches() || !Page.hasCue(m.group(1)) || Page.words(m.group(1)) > 4) continue;
            String value = m.group(2).replaceFirst("[.]$", "");
            List<String> names = new ArrayList<>();
            for (String part : SEPARATOR.split(value)) {
                String n = part.strip().replaceFirst("^(?i:and|or)\\s+", "");
                // Names, not a sentence with commas: short, capitalised, no full stop inside.
                if (n.isEmpty() || Page.words(n) > MAX_NAME_WORDS || !Character.isUpperCase(n.codePointAt(0)) || n.contains(". ")) {
                    names = null;
                    break;
                }
                names.add(n);
            }
            if (names == null || names.size() < MIN_ROWS) continue;
            String heading = m.group(1).strip();
            List<Item> items = new ArrayList<>();
            for (String n : names) items.add(new Item(heading, n, null, i, i + 1));
            return items;
        }
        return List.of();
    }
}

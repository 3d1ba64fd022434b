package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.workgraph.loader.text.Search;

/**
 * A table flattened with its cells on one line, split by tabs or " | ": consecutive lines with the same
 * number of cells. A first line of short labels is the column header; the name is the column it calls a
 * name (signal, trend, title …), else the first, and the description the column it calls one, else the
 * column with the most words.
 */
final class DelimitedRows extends PageLayout {
    private static final Search CELLS = Search.compile("\\t+|\\s+\\|\\s+");
    private static final Search NAME_COLUMN = Search.compile(
            "(?i)name|title|signal|trend|driver|technology|topic|item|issue|concern|behaviou?r|development");
    private static final Search DESCRIPTION_COLUMN = Search.compile("(?i)descri.*|summary|details?|what.*|explanation|overview");
    private static final int MIN_ROWS = 3;

    @Override
    List<Item> items(Page page) {
        List<Item> items = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        int width = 0;
        for (int i = page.next(0); ; i = page.next(i + 1)) {
            int cells = i < page.size() ? cells(page.text(i)).length : 0;
            if (cells >= 2 && (run.isEmpty() || cells == width)) {
                run.add(i);
                width = cells;
                continue;
            }
            if (run.size() >= MIN_ROWS) items.addAll(table(page, run));
            run = new ArrayList<>();
            if (i >= page.size()) break;
            if (cells >= 2) {
                run.add(i);
                width = cells;
            }
        }
        return items;
    }

    private static List<Item> table(Page page, List<Integer> run) {
        List<String[]> rows = new ArrayList<>();
        for (int i : run) rows.add(cells(page.text(i)));
        boolean header = Arrays.stream(rows.get(0)).allMatch(c -> Page.words(c) <= 3 && !c.endsWith("."));
        int name = 0;
        int description = -1;
        if (header) {
            for (int c = rows.get(0).length - 1; c >= 0; c--) {
                if (NAME_COLUMN.matches(rows.get(0)[c])) name = c;
                if (DESCRIPTION_COLUMN.matches(rows.get(0)[c])) description = c;
            }
        }
        int first = header ? 1 : 0;
        if (description < 0 || description == name) {
            // The description is the wordiest column other than the name.
            int most = -1;
            for (int c = 0; c < rows.get(0).length; c++) {
                if (c == name) continue;
                int words = 0;
                for (int r = first; r < rows.size(); r++) words += Page.words(rows.get(r)[c]);
                if (words > most) {
                    most = words;
                    description = c;
                }
            }
        }
        String heading = page.headingAbove(run.get(0));
        List<Item> items = new ArrayList<>();
        for (int r = first; r < rows.size(); r++) {
            int line = run.get(r);
            items.add(new Item(heading, Page.name(rows.get(r)[name]), rows.get(r)[description], line, line + 1));
        }
        return items;
    }

    /** The cells of a line, without the outer bars of "| a | b |". */
    private static String[] cells(String text) {
        String t = text.replaceAll("^\\|\\s*|\\s*\\|$", "").strip();
        return t.isEmpty() ? new String[0] : CELLS.split(t);
    }
}

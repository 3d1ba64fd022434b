package org.workgraph.loader.digest;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Line;

/**
 * Reads a futures signal digest, whichever way its page lays the rows out. The layouts are tried in order,
 * the most particular first: column tables under a "name description" header, tables with their cells
 * split by tabs or bars, rows of repeated labelled fields, a numbered or bulleted list, and blocks of a name
 * line and a description paragraph. The first layout that recognises the page reads it.
 */
public final class DigestParser {
    private static final List<DigestLayout> LAYOUTS = List.of(new ColumnTables(), new DelimitedRows(), new LabelledList(),
            new LabelledFields(), new DatedItems(), new ItemList(), new NameBlocks());

    /** A line among the rows that names what they are is short: a label or a score, not a headline. */
    private static final int MAX_CUE_LINE_WORDS = 6;

    /** A line that heads a table's columns: "name description change 10-year driving-force relevancy". */
    public static boolean isColumnHeader(String trimmedLine) {
        return ColumnTables.isColumnHeader(trimmedLine);
    }

    /**
     * Whether the page is a digest: it has a column table, or it is laid out as a list of rows and says what
     * they are, in its title or in the heading of its rows (signals, trends, drivers, technologies). A list
     * under any other title is an ordinary post's list of points.
     */
    public boolean isDigest(List<Line> lines) {
        if (ColumnTables.present(lines)) return true;
        Page page = new Page(lines);
        // Cheap: most posts name no signals or trends in any heading, and then only a layout that names its own kind is tried.
        boolean cue = page.hasCue() || page.titleCountsForecasts();
        Optional<SignalDigest> digest = Optional.empty();
        for (DigestLayout layout : LAYOUTS) {
            if (!cue && !layout.namesItsKind()) continue;
            digest = layout.read(new Source("page", ""), page, w -> {});
            if (digest.isPresent()) {
                if (layout.namesItsKind()) return true;
                break;
            }
        }
        if (digest.isEmpty() || !cue) return false;
        if (Page.hasCue(digest.get().title()) || page.titleCountsForecasts()) return true;
        for (SignalRow row : digest.get().rows()) if (Page.hasCue(row.heading())) return true;
        // A cue printed among the rows themselves, on a short line of its own that is no row's name: a card's score line
        // ("Signal 4/5 · Important").
        java.util.Set<Integer> names = new java.util.HashSet<>();
        for (SignalRow row : digest.get().rows()) names.add(row.line());
        int first = digest.get().rows().get(0).line();
        for (int i = page.next(0); i < page.size(); i = page.next(i + 1)) {
            int number = page.lines().get(i).number();
            if (number > first && !names.contains(number) && page.isHeading(i) && Page.words(page.text(i)) <= MAX_CUE_LINE_WORDS
                    && Page.hasCue(page.text(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param warnings receives problems that do not stop the document from loading (a row split by a
     *                 fallback rule, a table that is not one of the five), each with its line
     */
    public SignalDigest parse(Source source, List<Line> lines, Consumer<String> warnings) throws ParseException {
        return read(new Page(lines), source, warnings)
                .orElseThrow(() -> new ParseException(0, "no table with a 'name description' column header, and no list of signals"));
    }

    private static Optional<SignalDigest> read(Page page, Source source, Consumer<String> warnings) {
        for (DigestLayout layout : LAYOUTS) {
            Optional<SignalDigest> digest = layout.read(source, page, warnings);
            if (digest.isPresent()) return digest;
        }
        return Optional.empty();
    }
}

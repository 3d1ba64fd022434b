package org.workgraph.loader.digest;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Line;

/**
 * Reads a futures signal digest, whichever way its page lays the rows out. The layouts are tried in order,
 * the most particular first: column tables under a "name description" header, tables with their cells
 * split by tabs or bars, rows of repeated labelled fields, a numbered or bulleted list, and blocks of a name
 * line and a description paragraph. The first layout that recognises the page reads it.
 */
public final class DigestParser {
    private static final List<DigestLayout> LAYOUTS = List.of(new ColumnTables(), new DelimitedRows(), new LabelledList(), new CitedItems(),
            new LabelledRuns(true), new RhythmItems(true), new PairedLines(), new ShapedItems(false), new LabelledFields(), new DatedItems(), new ItemList(), new LinkedItems(), new NameBlocks(),
            new RhythmItems(false), new ShapedItems(true), new LabelledRuns(false));

    /** A line that heads a table's columns: "name description change 10-year driving-force relevancy". */
    public static boolean isColumnHeader(String trimmedLine) {
        return ColumnTables.isColumnHeader(trimmedLine);
    }

    /**
     * Whether the page is a digest: it has a column table, or a layout reads rows from it and the cues many sites share add up
     * ({@link DigestRecognition}). A list with nothing else that says what it is stays an ordinary post's list of points.
     */
    public boolean isDigest(List<Line> lines) {
        return recognise(lines).digest();
    }

    /** Whether the page is a digest, with the cues the decision weighed (for {@code kg inspect} and the load report). */
    public KindEvidence recognise(List<Line> lines) {
        return new DigestRecognition(LAYOUTS).decide(lines);
    }

    /**
     * The page read as a digest when it is one ({@link #isDigest}), else empty: the page's lines are classified once for
     * the decision and the reading (a separate {@code isDigest} then {@code parse} classifies them twice).
     *
     * @param warnings as for {@link #parse}
     */
    public Optional<SignalDigest> readIfDigest(Source source, List<Line> lines, Consumer<String> warnings) throws ParseException {
        Page page = new Page(lines);
        if (!new DigestRecognition(LAYOUTS).decide(page).digest()) return Optional.empty();
        return Optional.of(read(page, source, warnings)
                .orElseThrow(() -> new ParseException(0, "no table with a 'name description' column header, and no list of signals")));
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

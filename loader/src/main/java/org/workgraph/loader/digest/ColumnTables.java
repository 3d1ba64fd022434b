package org.workgraph.loader.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.model.SourceArticle;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;
import org.workgraph.loader.text.Search;

/**
 * The column-table layout: a digest that summarises one article. A site heading, the summarised article's
 * title ("TITLE, (from page ID.)"), a few headed sections (Keywords, Themes, Summary, …) and tables. A table
 * is a heading line, a column header starting "name description", and one row per line with the columns
 * run together.
 */
final class ColumnTables implements DigestLayout {
    private static final Search COLUMN_HEADER = Search.compile("^name\\s+description(\\s+[a-z0-9][a-z0-9-]*)*$");
    private static final Search FROM_PAGE = Search.compile("^(.*?),?\\s*\\((?i:from page)\\s+([^)]*?)\\.?\\)\\s*$");
    private static final Set<String> SECTIONS = Set.of("summary", "keywords", "themes", "other", "external link",
            "external links", "links", "tags");
    /** "Okafor discusses …": a summary that opens with a name and a reporting verb names the article's author. */
    private static final Search REPORTED_BY = Search.compile(
            "^((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){0,3}\\p{Lu}[\\p{L}'\u2019.-]*)\\s+(?:discusses|argues|explores|examines|describes|"
            + "outlines|reflects|writes|highlights|presents|suggests|notes|emphasi[sz]es|proposes|critiques|considers|"
            + "analy[sz]es|explains|contends|warns|shares|investigates|calls|details|reports|observes|asserts|claims)\\b");
    private static final Set<String> NOT_AUTHORS = Set.of("the", "this", "a", "an", "in", "our", "it", "article", "author");

    private final RowSplitter splitter = new RowSplitter();

    /** A line that heads a table's columns: "name description change 10-year driving-force relevancy". */
    public static boolean isColumnHeader(String trimmedLine) {
        return COLUMN_HEADER.matches(trimmedLine.toLowerCase(Locale.ROOT)) && trimmedLine.equals(trimmedLine.toLowerCase(Locale.ROOT));
    }

    /** Whether any line of the page heads a table's columns. */
    static boolean present(List<Line> lines) {
        for (Line line : lines) if (isColumnHeader(line.trimmed())) return true;
        return false;
    }

    /** Warns of a row split by a fallback rule, and of a table that is not one of the five (its rows are skipped). */
    @Override
    public Optional<SignalDigest> read(Source source, Page page, Consumer<String> warnings) {
        List<Line> lines = page.lines();
        List<Integer> tableHeads = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            int header = nextContent(lines, i + 1);
            if (!lines.get(i).isBlank() && header < lines.size() && isColumnHeader(lines.get(header).trimmed())) tableHeads.add(i);
        }
        if (tableHeads.isEmpty()) return Optional.empty();
        int firstTable = tableHeads.get(0);

        // Everything before the first table: headings, the title line, headed sections.
        String title = null;
        String sourcePage = null;
        String summary = null;
        List<String> keywords = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        String section = null;
        List<String> sectionText = new ArrayList<>();
        for (int i = 0; i <= firstTable; i++) {
            String t = i < firstTable ? lines.get(i).trimmed() : "";
            boolean heading = i == firstTable || SECTIONS.contains(t.toLowerCase(Locale.ROOT));
            if (heading) {
                if ("summary".equals(section)) summary = Text.normalizeSpace(String.join(" ", sectionText));
                else if ("keywords".equals(section) || "tags".equals(section)) {
                    for (String s : sectionText) for (String k : s.split("[,;]")) if (!k.isBlank()) keywords.add(k.trim());
                }
                section = t.toLowerCase(Locale.ROOT);
                sectionText.clear();
                continue;
            }
            if (t.isEmpty()) continue;
            if (section == null) loose.add(t);
            else sectionText.add(t);
        }
        for (String t : loose) {
            Matcher m = FROM_PAGE.matcher(t);
            if (m.matches()) {
                title = m.group(1).trim();
                sourcePage = m.group(2).trim();
            }
        }
        if (title == null && !loose.isEmpty()) {
            // Without a "(from page …)" line, the first line is the site's heading when a second line follows.
            title = loose.size() >= 2 ? loose.get(1) : loose.get(0);
        }

        List<SignalRow> rows = new ArrayList<>();
        for (int n = 0; n < tableHeads.size(); n++) {
            int head = tableHeads.get(n);
            int end = n + 1 < tableHeads.size() ? tableHeads.get(n + 1) : lines.size();
            readTable(lines, head, end, rows, warnings);
        }
        String author = summary == null ? null : reportedAuthor(summary);
        return Optional.of(new SignalDigest(source, title, null, sourcePage, new SourceArticle(title, author), summary, keywords, rows, null));
    }

    private void readTable(List<Line> lines, int head, int end, List<SignalRow> rows, Consumer<String> warnings) {
        String heading = lines.get(head).trimmed();
        int headerLine = nextContent(lines, head + 1);
        Optional<SignalTable> table = SignalTable.forHeading(heading);
        if (table.isEmpty()) {
            warnings.accept("line " + lines.get(head).number() + ": table '" + heading + "' is not one of the five digest tables; its rows are skipped");
            return;
        }
        List<String> columns = List.of(lines.get(headerLine).trimmed().toLowerCase(Locale.ROOT).split("\\s+"));
        int rowNumber = 0;
        for (int i = headerLine + 1; i < end; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) continue;
            rowNumber++;
            rows.add(readRow(table.get(), heading, rowNumber, columns, line, warnings));
        }
    }

    private SignalRow readRow(SignalTable table, String heading, int rowNumber, List<String> columns, Line line, Consumer<String> warnings) {
        String text = Text.normalizeSpace(line.text());
        // Integer columns come last ("… 4"): peel them off from the end.
        List<String> textColumns = new ArrayList<>(columns.subList(1, columns.size()));
        Integer relevancy = null;
        if (textColumns.size() > 1 && text.matches(".*\\s\\d+$")) {
            int cut = text.lastIndexOf(' ');
            String column = textColumns.remove(textColumns.size() - 1);
            int value = Integer.parseInt(text.substring(cut + 1));
            text = text.substring(0, cut);
            if (column.startsWith("relevan")) {
                if (value < 1 || value > 5) warnings.accept("line " + line.number() + ": relevancy " + value + " is outside 1-5; left out");
                else relevancy = value;
            }
        }
        RowSplitter.Cells cells = splitter.split(text, textColumns.size());
        if (cells.problem() != null) warnings.accept("line " + line.number() + ": " + cells.problem());
        String description = null, change = null, tenYear = null, drivingForce = null;
        for (int c = 0; c < textColumns.size() && c < cells.texts().size(); c++) {
            String value = cells.texts().get(c);
            switch (role(textColumns.get(c))) {
                case "description" -> description = value;
                case "change" -> change = value;
                case "tenYear" -> tenYear = value;
                case "drivingForce" -> drivingForce = value;
                default -> warnings.accept("line " + line.number() + ": column '" + textColumns.get(c) + "' is not known; left out");
            }
        }
        return new SignalRow(table, heading, rowNumber, cells.name(), description, change, tenYear, drivingForce, relevancy, line.number());
    }

    private static String role(String column) {
        if (column.startsWith("desc")) return "description";
        if (column.equals("change")) return "change";
        if (column.contains("year") || column.contains("outlook")) return "tenYear";
        if (column.contains("driv") || column.contains("force")) return "drivingForce";
        return column;
    }

    private static String reportedAuthor(String summary) {
        Matcher m = REPORTED_BY.matcher(summary);
        if (!m.find()) return null;
        String name = m.group(1).trim();
        if (NOT_AUTHORS.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))) return null;
        return name;
    }

    private static int nextContent(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        return i;
    }
}

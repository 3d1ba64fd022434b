package org.workgraph.loader.model;

/**
 * One row of a digest table, split into its columns.
 *
 * @param table        which of the five tables it belongs to
 * @param heading      the table's heading as written ("Signals", or a page's own "Emerging drivers")
 * @param rowNumber    1-based order among the rows under the same heading
 * @param name         the name column
 * @param description  the description column, or null
 * @param change       Signals only: the change column, else null
 * @param tenYear      Signals only: the 10-year column, else null
 * @param drivingForce Signals only: the driving-force column, else null
 * @param relevancy    Signals only: the relevancy column (1-5), else null
 * @param line         the 1-based line of the source file
 * @param source       the outside source the page credits the row to, as the page prints it beside the row ("(Acme Weekly)",
 *                     a "– Acme Weekly" line, "Acme Weekly - 4 Apr 2031", "… tools. Acme."), or null when it names none
 * @param writer       the writer of the outside piece the row cites, when the page credits one in the row's citation ("Lee, Ann,
 *                     “TITLE”, …" gives "Ann Lee"), else null
 * @param fields       the lines of the row's block that neither its name nor its description holds, one a line ("Podcast:
 *                     Acme Hour" beside an episode's "Episode:" and "Notes:" fields), or null: no part of the row's text,
 *                     yet the page names whom and what it names there
 */
public record SignalRow(SignalTable table, String heading, int rowNumber, String name, String description,
                        String change, String tenYear, String drivingForce, Integer relevancy, int line, String source, String writer,
                        String fields) {
    /** A row whose block holds nothing besides its name and description. */
    public SignalRow(SignalTable table, String heading, int rowNumber, String name, String description,
                     String change, String tenYear, String drivingForce, Integer relevancy, int line, String source, String writer) {
        this(table, heading, rowNumber, name, description, change, tenYear, drivingForce, relevancy, line, source, writer, null);
    }

    /** A row that credits no writer. */
    public SignalRow(SignalTable table, String heading, int rowNumber, String name, String description,
                     String change, String tenYear, String drivingForce, Integer relevancy, int line, String source) {
        this(table, heading, rowNumber, name, description, change, tenYear, drivingForce, relevancy, line, source, null, null);
    }

    /** A row that credits no outside source. */
    public SignalRow(SignalTable table, String heading, int rowNumber, String name, String description,
                     String change, String tenYear, String drivingForce, Integer relevancy, int line) {
        this(table, heading, rowNumber, name, description, change, tenYear, drivingForce, relevancy, line, null, null, null);
    }

    /**
     * The row's words as one text: its name, then ". " and its description when it has one. The row's
     * {@code sioc:content} holds exactly this, so evidence offsets found in a row (its ideas, the people and
     * firms it names) point into it.
     */
    public String text() {
        return description == null ? name : name + ". " + description;
    }
}

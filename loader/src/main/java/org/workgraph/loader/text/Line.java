package org.workgraph.loader.text;

/**
 * One line of a source file.
 *
 * @param number 1-based line number
 * @param text   the line without its terminator
 */
public record Line(int number, String text) {
    /** The line without leading and trailing whitespace (no-break spaces included). */
    public String trimmed() { return text.strip().replace("\u00A0", " ").strip(); }

    public boolean isBlank() { return trimmed().isEmpty(); }

    /** Leading whitespace width; a tab counts as four spaces. */
    public int indent() {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0') width++;
            else if (c == '\t') width += 4;
            else break;
        }
        return width;
    }
}

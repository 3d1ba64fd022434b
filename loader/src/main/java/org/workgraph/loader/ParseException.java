package org.workgraph.loader;

/** A document that cannot be read as any kind Workgraph knows, with the line where reading stopped. */
public class ParseException extends Exception {
    private final int line;

    public ParseException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The 1-based line the problem was found on, or 0 when it concerns the whole file. */
    public int line() { return line; }
}

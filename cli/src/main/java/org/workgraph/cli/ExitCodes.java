package org.workgraph.cli;

/** The exit codes every command uses. */
final class ExitCodes {
    static final int OK = 0;
    /** The command line was wrong. */
    static final int USAGE = 1;
    /** Some input could not be loaded, or the data is invalid. */
    static final int INPUT = 2;

    private ExitCodes() {}
}

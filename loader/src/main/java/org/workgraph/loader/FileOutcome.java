package org.workgraph.loader;

import java.nio.file.Path;
import java.util.List;

import org.workgraph.loader.detect.DocumentKind;

/**
 * What happened to one file of a load.
 *
 * @param kind      the kind it was read as, or null when it failed before that (or was skipped as unchanged)
 * @param line      for a failure, the line where reading stopped (0 when it concerns the whole file)
 * @param message   for a failure, the reason; else null
 * @param warnings  problems that did not stop it loading, each naming its line
 * @param unchanged the sink already held this content (an incremental load skipped it); counts as loaded
 */
public record FileOutcome(Path path, boolean loaded, DocumentKind kind, int responses, int signals, int triples,
                          int line, String message, List<String> warnings, boolean unchanged) {
    public FileOutcome {
        warnings = List.copyOf(warnings);
    }

    public FileOutcome(Path path, boolean loaded, DocumentKind kind, int responses, int signals, int triples,
                       int line, String message, List<String> warnings) {
        this(path, loaded, kind, responses, signals, triples, line, message, warnings, false);
    }

    static FileOutcome failed(Path path, int line, String message) {
        return new FileOutcome(path, false, null, 0, 0, 0, line, message, List.of());
    }

    static FileOutcome skippedAsUnchanged(Path path) {
        return new FileOutcome(path, true, null, 0, 0, 0, 0, null, List.of(), true);
    }

    /** "file:line: message" for a failure, in the form compilers use so editors can jump to it. */
    public String describeFailure() {
        return path + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

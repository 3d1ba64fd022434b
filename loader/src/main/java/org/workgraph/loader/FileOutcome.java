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
 * @param entry     for one of the many documents of an archive, export or feed: which one (its URL, else its id
 *                  within the file); null for a file that is one document, or for the file's own closing line
 */
public record FileOutcome(Path path, boolean loaded, DocumentKind kind, int responses, int signals, int triples,
                          int line, String message, List<String> warnings, boolean unchanged, String entry) {
    public FileOutcome {
        warnings = List.copyOf(warnings);
    }

    public FileOutcome(Path path, boolean loaded, DocumentKind kind, int responses, int signals, int triples,
                       int line, String message, List<String> warnings, boolean unchanged) {
        this(path, loaded, kind, responses, signals, triples, line, message, warnings, unchanged, null);
    }

    public FileOutcome(Path path, boolean loaded, DocumentKind kind, int responses, int signals, int triples,
                       int line, String message, List<String> warnings) {
        this(path, loaded, kind, responses, signals, triples, line, message, warnings, false);
    }

    static FileOutcome failed(Path path, int line, String message) {
        return new FileOutcome(path, false, null, 0, 0, 0, line, message, List.of());
    }

    static FileOutcome failed(Path path, String entry, int line, String message) {
        return new FileOutcome(path, false, null, 0, 0, 0, line, message, List.of(), false, entry);
    }

    static FileOutcome skippedAsUnchanged(Path path, String entry) {
        return new FileOutcome(path, true, null, 0, 0, 0, 0, null, List.of(), true, entry);
    }

    FileOutcome withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new FileOutcome(path, loaded, kind, responses, signals, triples, line, message, w, unchanged, entry);
    }

    FileOutcome failing(String why) {
        return new FileOutcome(path, false, null, 0, 0, 0, 0, why, List.of(), false, entry);
    }

    /** The file, and for a document inside it, which one: "site.warc.gz [https://example.org/a-post]". */
    public String describe() {
        return path + (entry != null ? " [" + entry + "]" : "");
    }

    /** The header of a load report: one tab-separated {@link #reportLine} per file, or per document of an archive. */
    public static final String REPORT_HEADER = "file\toutcome\tkind\tresponses\tsignals\ttriples\tline\tentry\tmessage";

    /**
     * This outcome as a line of the load report ({@code kg load --report}, and the Spark job's report), naming the file
     * as given: the Spark job names it by its URI on whichever filesystem it was read from.
     */
    public String reportLine(String file) {
        String outcome = unchanged ? "unchanged" : loaded ? "loaded" : "failed";
        return String.join("\t", file, outcome, kind == null ? "" : kind.toString(),
                String.valueOf(responses), String.valueOf(signals), String.valueOf(triples),
                line > 0 ? String.valueOf(line) : "", entry == null ? "" : entry.replaceAll("[\\t\\r\\n]+", " "),
                reportMessage().replaceAll("[\\t\\r\\n]+", " "));
    }

    /** A failure's reason; for a loaded file, what it loaded without (its warnings, each naming its line). */
    private String reportMessage() {
        if (message != null) return message;
        return String.join("; ", warnings);
    }

    /** "file:line: message" for a failure, in the form compilers use so editors can jump to it. */
    public String describeFailure() {
        return path + (line > 0 ? ":" + line : "") + (entry != null ? " [" + entry + "]" : "") + ": " + message;
    }
}

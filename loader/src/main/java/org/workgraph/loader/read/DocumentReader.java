package org.workgraph.loader.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.workgraph.loader.ParseException;

/**
 * One input format: plain text, an HTML page, a web archive, a WordPress export, a feed. The loader asks the
 * {@link ReaderRegistry} which reader takes a file, and the reader hands it each document as soon as it is read,
 * so a file that holds thousands (an archive, an export) is never held whole. Parsing knows nothing of RDF.
 */
public interface DocumentReader {
    /** A short name for reports: "text", "html", "warc", "wxr", "feed". */
    String format();

    /** Whether a folder's file with this name may be this format (the cheap test, before any byte is read). */
    boolean claims(String fileName);

    /**
     * Whether this reader reads the file, by its name and its first bytes ({@code head}, up to
     * {@link ReaderRegistry#HEAD_BYTES}): several formats share the suffix {@code .xml}.
     */
    boolean canRead(String fileName, byte[] head);

    /**
     * Reads the file, handing each document, or each record that could not be read, to {@code out} in file order.
     *
     * @return what the file held besides documents (records skipped, and why), for the file's report line
     * @throws ParseException when the file as a whole cannot be read on (not that format, malformed, cut short);
     *                        documents already handed out stand, and the message says where reading stopped
     */
    ReadSummary read(Path file, ReadContext context, Consumer<ReadItem> out) throws IOException, ParseException;

    /** Whether a file holds many documents, each with its own graph and report line (an archive, an export, a feed). */
    default boolean holdsMany() { return false; }
}

package org.workgraph.loader.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The readers the loader knows, tried in order: the first that claims a file's name and accepts its first bytes
 * reads it. A file named on the command line that none accepts is read as plain text, as it always was.
 */
public final class ReaderRegistry {
    /** Enough of a file to tell an export from a feed: WordPress writes a long comment before its namespaces. */
    public static final int HEAD_BYTES = 8192;

    private final List<DocumentReader> readers;
    private final DocumentReader fallback;

    public ReaderRegistry(List<DocumentReader> readers, DocumentReader fallback) {
        this.readers = List.copyOf(readers);
        this.fallback = fallback;
    }

    /** The standard set: plain text, HTML pages, web archives, WordPress exports, feeds. */
    public static ReaderRegistry standard(DocumentReader text) {
        return new ReaderRegistry(List.of(text, new HtmlReader(), new ArchiveReader(), new WxrReader(), new FeedReader()), text);
    }

    public List<DocumentReader> readers() { return readers; }

    /** Whether a folder's file is worth opening: some reader claims its name. */
    public boolean claims(String fileName) {
        return readers.stream().anyMatch(r -> r.claims(fileName));
    }

    /** The reader for a file found in a folder, or empty when none reads it (an .xml file that is neither export nor feed). */
    public Optional<DocumentReader> forFolderFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] head = null;
        for (DocumentReader r : readers) {
            if (!r.claims(name)) continue;
            if (head == null) head = head(file);
            if (r.canRead(name, head)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** The reader for a file named directly: the one that accepts it, else plain text. */
    public DocumentReader forNamedFile(Path file) throws IOException {
        return forFolderFile(file).orElse(fallback);
    }

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }
}

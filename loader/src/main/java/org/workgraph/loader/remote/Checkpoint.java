package org.workgraph.loader.remote;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The graphs a remote store has acknowledged, with the content hash each was sent from: one line per graph,
 * "SHA256 GRAPH-IRI", appended and flushed after every acknowledgement. A load that stops (killed, network
 * gone) resumes from it: graphs listed with the same hash are not sent again. A line lost to a crash only
 * means that graph is sent twice, which a Graph Store PUT makes harmless.
 * <p>
 * The Spark job keeps the same lines in a folder of files, one per task ({@link #appendingTo}), and answers
 * {@link #holds} with a join instead of a map in memory ({@link #parse}).
 */
public final class Checkpoint implements AutoCloseable {
    private final Path file;
    private final Map<String, String> sent = new ConcurrentHashMap<>();
    private Writer writer;

    public Checkpoint(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] entry = parse(line);
                    if (entry != null) sent.put(entry[1], entry[0]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the checkpoint " + file, e);
            }
        }
    }

    private Checkpoint(Writer writer) {
        this.file = null;
        this.writer = writer;
    }

    /**
     * A checkpoint that only records, into a stream the caller opened (one Spark task's file on a Hadoop
     * filesystem): it holds nothing, as what was sent before is looked up elsewhere. Closing it closes the stream.
     */
    public static Checkpoint appendingTo(Writer writer) { return new Checkpoint(writer); }

    /** A checkpoint line, "SHA256 GRAPH-IRI", as {sha256, graph}; null for a line that is not one (blank, cut short). */
    public static String[] parse(String line) {
        int space = line.indexOf(' ');
        if (space <= 0) return null;
        String graph = line.substring(space + 1).trim();
        return graph.isEmpty() ? null : new String[] {line.substring(0, space), graph};
    }

    /** Its file; null for one that only records into a stream. */
    public Path file() { return file; }

    /** How many graphs the checkpoint lists. */
    public int size() { return sent.size(); }

    public boolean holds(String graph, String sha256) {
        return sha256.equals(sent.get(graph));
    }

    public synchronized void record(String graph, String sha256) {
        try {
            if (writer == null) {
                // Opened on the first acknowledgement: a load that sends nothing leaves no file behind.
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            writer.write(sha256 + " " + graph + "\n");
            writer.flush();
            sent.put(graph, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint " + (file != null ? file : "stream"), e);
        }
    }

    @Override
    public synchronized void close() {
        if (writer == null) return;
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the checkpoint " + (file != null ? file : "stream"), e);
        }
    }
}

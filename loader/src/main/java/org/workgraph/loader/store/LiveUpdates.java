package org.workgraph.loader.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.DocumentChange;
import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.Loader;
import org.workgraph.loader.MappedDocument;
import org.workgraph.ontology.WG;

/**
 * Document updates for a long-running process (the server with updates enabled): a file's content is read, mapped
 * and written with its derived graphs (people, ideas, their statistics) updated for it alone, in one write
 * transaction, as {@code kg load} of that one file would; a document is removed the way {@code kg remove} removes
 * it. The loader and its models (the tagger above all) stay loaded between updates, which is most of what a
 * single-document {@code kg load} spends its time on.
 * <p>
 * Updates run one at a time on one thread of their own: TDB2 has one writer anyway, the derived graphs' update
 * reads what the previous one wrote, and the tagger (one per thread, not thread-safe) is then loaded once.
 */
public final class LiveUpdates implements AutoCloseable {
    private final WorkgraphStore store;
    private final Loader loader;
    private final List<DerivedGraph> derived;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workgraph-live-updates");
        t.setDaemon(true);
        return t;
    });

    /** What a put did: the graphs it wrote (a file may hold many documents), how many it found unchanged, their warnings, and the derived graphs' steps. */
    public record Written(List<Node> graphs, int unchanged, List<String> warnings, List<String> steps) {
        public Written {
            graphs = List.copyOf(graphs);
            warnings = List.copyOf(warnings);
            steps = List.copyOf(steps);
        }
    }

    /** A file that cannot be read or mapped (or is not a document file at all): nothing was written. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    public LiveUpdates(WorkgraphStore store, Loader loader) {
        this.store = store;
        this.loader = loader;
        this.derived = loader.derivedGraphs();
    }

    /**
     * Loads the models now, on the update thread, so the first update does not pay for them: reads and maps a small
     * post of its own, stores nothing; and reads what the derived graphs keep between updates.
     */
    public LiveUpdates warm() {
        on(() -> {
            Path dir = privateFolder();
            try {
                Path file = Files.writeString(dir.resolve("warm-up.txt"), """
                        Warming up

                        By Ada Example

                        The models load once, before the first document arrives, so that adding a post costs the post.

                        2 comments

                        Ben Sample said:
                        Loading the tagger once is the whole point of keeping the process running.
                        """);
                loader.readAndMap(file, s -> false, (g, q) -> {
                    for (DerivedGraph d : derived) d.analyse(g, q);
                    return null;
                }, m -> {});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(dir);
            }
            // What the derived graphs keep between updates (every alias's name keys, every signal's words), read now.
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(dsg, () -> derived.forEach(d -> d.prepare(dsg)));
            return null;
        });
        return this;
    }

    /**
     * Reads the file's content as a file of this name would be read by {@code kg load} (its name picks the reader and
     * names the document), and writes every document it holds, replacing earlier versions, with the derived graphs
     * updated for them. All or nothing: if any document of the file cannot be read, nothing is written and the
     * {@link Refused} names the file, the line and the reason.
     */
    public Written put(String fileName, byte[] content) {
        checkName(fileName);
        if (!loader.readers().claims(fileName)) {
            throw new Refused(fileName + ": not a document file the loader reads (plain text .txt, pages .html/.htm, web archives "
                    + ".warc/.warc.gz, WordPress exports and feeds .xml)");
        }
        return on(() -> write(fileName, content));
    }

    private Written write(String fileName, byte[] content) {
        Path dir = privateFolder();
        try {
            Path file = Files.write(dir.resolve(fileName), content);
            TdbSink sink = new TdbSink(store, derived);
            List<MappedDocument> mapped = new ArrayList<>();
            loader.readAndMap(file, source -> store.holds(loader.iris().documentGraph(source), loader.iris().document(source), source.sha256()),
                    sink::analyse, mapped::add);
            List<String> failures = mapped.stream().map(MappedDocument::outcome).filter(o -> !o.loaded())
                    .map(o -> describe(fileName, o)).toList();
            if (!failures.isEmpty()) throw new Refused(String.join("\n", failures));
            List<Node> graphs = new ArrayList<>();
            int unchanged = 0;
            List<String> warnings = new ArrayList<>();
            for (MappedDocument m : mapped) {
                m.outcome().warnings().forEach(w -> warnings.add(fileName + ": " + w));
                if (m.mapped()) {
                    sink.replaceDocument(new DocumentChange(m.graph(), m.quads(), m.phrases()));
                    graphs.add(m.graph());
                } else if (m.outcome().unchanged()) {
                    unchanged++;
                }
            }
            sink.finish();
            return new Written(graphs, unchanged, warnings, sink.finishSteps());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the upload of " + fileName, e);
        } finally {
            delete(dir);
        }
    }

    /** "post.txt:7: reason", naming the file as the client sent it, not where it was staged. */
    private static String describe(String fileName, FileOutcome o) {
        return fileName + (o.line() > 0 ? ":" + o.line() : "") + (o.entry() != null ? " [" + o.entry() + "]" : "") + ": " + o.message();
    }

    /**
     * Takes a document's graph out with everything derived from it alone, in one write transaction; false (and nothing
     * changed) when the store has no document in that graph.
     */
    public boolean remove(Node graph) {
        return on(() -> {
            if (!isDocumentGraph(graph)) return false;
            TdbSink sink = new TdbSink(store, derived);
            sink.remove(graph);
            sink.finish();
            return true;
        });
    }

    /**
     * Takes out every document read from a file of this name (an export or a web archive holds many; a page with a
     * canonical link is named from its URL), with everything derived from them alone, in one write transaction;
     * the number removed, 0 (and nothing changed) when the store has none.
     */
    public int removeFile(String fileName) {
        checkName(fileName);
        return on(() -> {
            List<Node> graphs = store.documentGraphsOf(fileName);
            if (graphs.isEmpty()) return 0;
            TdbSink sink = new TdbSink(store, derived);
            graphs.forEach(sink::remove);
            sink.finish();
            return graphs.size();
        });
    }

    /** Whether this graph holds a document (rather than being a derived graph, or one written by hand). */
    public boolean isDocumentGraph(Node graph) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> dsg.find(graph, Node.ANY, RDF.type.asNode(), WG.Document.asNode()).hasNext());
    }

    /** A file name alone: no folders, nothing that could step out of the staging folder. */
    private static void checkName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || fileName.equals(".") || fileName.equals("..")
                || fileName.chars().anyMatch(c -> c == '/' || c == '\\' || c == 0 || Character.isISOControl(c))) {
            throw new Refused("not a file name: " + (fileName == null ? "(none)" : "'" + fileName.replaceAll("\\p{Cntrl}", "?") + "'")
                    + " (give the document's file name without folders, e.g. file=my-post.txt)");
        }
    }

    private <T> T on(java.util.concurrent.Callable<T> task) {
        Future<T> f = writer.submit(task);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while updating the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Path privateFolder() {
        try {
            return Files.createTempDirectory("workgraph-upload", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder to stage an upload in", e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; nothing else to do
        }
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}

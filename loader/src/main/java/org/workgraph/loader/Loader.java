package org.workgraph.loader;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.detect.KindDetector;
import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.extract.Reader;
import org.workgraph.loader.identity.PeopleGraph;
import org.workgraph.loader.ideas.DocumentPhrases;
import org.workgraph.loader.ideas.IdeaGraph;
import org.workgraph.loader.mapping.DocumentMapper;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.source.SourceReader;
import org.workgraph.loader.source.SourceText;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Lines;
import org.workgraph.ontology.Ontology;

/**
 * Documents in, quads out: read each file, recognise its kind, parse it into the document model, read what
 * the layout does not say (identities, addresses, authors, mentions: {@code extract}), map all that to the
 * document's named graph, and hand the graph to a sink. A file that cannot be read or parsed is reported with
 * its name, line and reason, and the other files still load.
 */
public final class Loader {
    /** Files a folder contributes: plain-text documents. Files named on the command line are always read. */
    private static final String DOCUMENT_SUFFIX = ".txt";
    /**
     * The largest file read unless told otherwise: hundreds of times a long post with its thread, and small enough
     * that one document's parse and tagging stay within a few hundred megabytes (docs/reliability.md).
     */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    private final SourceReader reader;
    private final KindDetector detector = new KindDetector();
    private final BlogParser blogs = new BlogParser();
    private final DigestParser digests = new DigestParser();
    private final DocumentMapper mapper;
    private final Ontology ontology;
    private final Reader reading = new Reader();

    public Loader(String base, long maxBytes) {
        this.reader = new SourceReader(maxBytes);
        this.ontology = Ontology.load();
        this.mapper = new DocumentMapper(ontology, new Iris(base));
    }

    public Loader() {
        this(Iris.DEFAULT_BASE, DEFAULT_MAX_BYTES);
    }

    public Iris iris() { return mapper.iris(); }

    /** The graphs derived across documents, kept up to date by every load: canonical names, then ideas. */
    public List<DerivedGraph> derivedGraphs() {
        return List.of(new PeopleGraph(iris().peopleGraph()), new IdeaGraph(iris(), ontology));
    }

    /** Loads every document under the paths into the sink, reporting each file to {@code progress} as it finishes. */
    public LoadReport load(List<Path> paths, DocumentSink sink, Consumer<FileOutcome> progress) {
        return load(paths, sink, LoadOptions.defaults(), LoadListener.of(progress));
    }

    /**
     * Loads every document under the paths into the sink. Workers read, parse and map files in parallel; this
     * thread alone hands graphs to the sink, in file order, and flushes it every batch. At most a few documents
     * per worker are in flight and one batch is pending, so memory stays flat however large the corpus.
     */
    public LoadReport load(List<Path> paths, DocumentSink sink, LoadOptions options, LoadListener listener) {
        long start = System.nanoTime();
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Path> files = expand(paths, outcomes, listener::finished);
        listener.started(files.size());
        Writer writer = new Writer(sink, options, outcomes, listener);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        try {
            Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
            int window = options.threads() * 4;
            for (Path file : files) {
                inFlight.add(workers.submit(() -> prepare(file, sink, options.incremental())));
                if (inFlight.size() >= window) writer.accept(next(inFlight));
            }
            while (!inFlight.isEmpty()) writer.accept(next(inFlight));
            writer.flush();
        } finally {
            workers.shutdownNow();
        }
        listener.finishing();
        long finishing = System.nanoTime();
        sink.finish();
        long end = System.nanoTime();
        return new LoadReport(outcomes, Duration.ofNanos(end - start), Duration.ofNanos(end - finishing));
    }

    private static Prepared next(Deque<Future<Prepared>> inFlight) {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside its file's error handling", e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "workgraph-load-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A file read, parsed and mapped (graph and quads set), or settled without loading (they are null). */
    private record Prepared(FileOutcome outcome, Node graph, List<Quad> quads, DocumentPhrases phrases) {
        Prepared(FileOutcome outcome) { this(outcome, null, null, null); }
    }

    /** Runs on a worker: everything that does not touch the sink's writes. Never throws. */
    private Prepared prepare(Path file, DocumentSink sink, boolean incremental) {
        List<String> warnings = new ArrayList<>();
        try {
            SourceText source = reader.read(file);
            String name = source.source().fileName();
            if (incremental && sink.holds(iris().documentGraph(name), iris().document(name), source.source().sha256())) {
                return new Prepared(FileOutcome.skippedAsUnchanged(file));
            }
            Document doc = parse(source, warnings::add);
            List<Quad> quads = new ArrayList<>();
            mapper.map(doc, reading.read(doc), new StreamRDFBase() {
                @Override
                public void quad(Quad quad) { quads.add(quad); }
            });
            int responses = doc instanceof BlogPost p ? p.responses().size() : 0;
            int signals = doc instanceof SignalDigest d ? d.rows().size() : 0;
            DocumentKind kind = doc instanceof BlogPost ? DocumentKind.BLOG_POST : DocumentKind.SIGNAL_DIGEST;
            Node graph = mapper.graphOf(doc);
            // The ideas' candidate phrases are found here, on the workers, from the graph just mapped.
            DocumentPhrases phrases = sink.analyse(graph, quads);
            return new Prepared(new FileOutcome(file, true, kind, responses, signals, quads.size(), 0, null, warnings),
                    graph, quads, phrases);
        } catch (ParseException e) {
            return new Prepared(FileOutcome.failed(file, e.line(), e.getMessage()));
        } catch (IOException e) {
            return new Prepared(FileOutcome.failed(file, 0, "cannot read: " + e));
        } catch (RuntimeException e) {
            // A bug must not stop the other files; say which file it was.
            return new Prepared(FileOutcome.failed(file, 0, "internal error: " + e));
        }
    }

    /**
     * The single writer: hands graphs to the sink in file order and flushes it per batch. A file counts as
     * loaded only once the flush covering it has returned; if a flush fails, every file of its batch fails.
     */
    private static final class Writer {
        private final DocumentSink sink;
        private final LoadOptions options;
        private final List<FileOutcome> outcomes;
        private final LoadListener listener;
        private final Map<String, Path> seen = new HashMap<>();
        private final List<FileOutcome> batch = new ArrayList<>();
        private long batchQuads;

        Writer(DocumentSink sink, LoadOptions options, List<FileOutcome> outcomes, LoadListener listener) {
            this.sink = sink;
            this.options = options;
            this.outcomes = outcomes;
            this.listener = listener;
        }

        void accept(Prepared p) {
            if (p.quads() == null) {
                settle(p.outcome());
                return;
            }
            FileOutcome outcome = p.outcome();
            Path earlier = seen.put(outcome.path().getFileName().toString(), outcome.path());
            if (earlier != null) {
                List<String> w = new ArrayList<>(outcome.warnings());
                w.add("has the same name as " + earlier + ", whose graph it replaces");
                outcome = new FileOutcome(outcome.path(), true, outcome.kind(), outcome.responses(), outcome.signals(),
                        outcome.triples(), 0, null, w);
            }
            try {
                sink.replaceDocument(new DocumentChange(p.graph(), p.quads(), p.phrases()));
            } catch (RuntimeException e) {
                settle(FileOutcome.failed(outcome.path(), 0, "cannot write to the store: " + e.getMessage()));
                return;
            }
            batch.add(outcome);
            batchQuads += p.quads().size();
            if (batch.size() >= options.batchDocuments() || batchQuads >= options.batchQuads()) flush();
        }

        void flush() {
            List<FileOutcome> done = new ArrayList<>(batch);
            batch.clear();
            batchQuads = 0;
            try {
                sink.flush();
            } catch (RuntimeException e) {
                done.replaceAll(f -> FileOutcome.failed(f.path(), 0, "cannot write to the store (its whole batch was rolled back): " + e.getMessage()));
            }
            done.forEach(this::settle);
        }

        private void settle(FileOutcome outcome) {
            outcomes.add(outcome);
            listener.finished(outcome);
        }
    }

    /** Reads a document's kind and model from its text. */
    public Document parse(SourceText source, Consumer<String> warnings) throws ParseException {
        List<Line> lines = Lines.of(source.text());
        if (lines.stream().allMatch(Line::isBlank)) throw new ParseException(0, "the document is empty");
        return switch (detector.detect(lines)) {
            case SIGNAL_DIGEST -> digests.parse(source.source(), lines, warnings);
            case BLOG_POST -> blogs.parse(source.source(), lines, warnings);
        };
    }

    /** Reads one file into its text (exposed for tools that parse without loading). */
    public SourceText read(Path file) throws IOException, ParseException {
        return reader.read(file);
    }

    /**
     * Files named directly, plus the documents in folders (recursively, following links, in name order; only paths are held).
     * What a folder holds but cannot be walked or read (a link loop, a broken link to a document, a folder
     * that cannot be opened) is reported as one failed entry, and the rest of the folder still loads.
     */
    private static List<Path> expand(List<Path> paths, List<FileOutcome> outcomes, Consumer<FileOutcome> progress) {
        List<Path> files = new ArrayList<>();
        Consumer<FileOutcome> failed = f -> {
            outcomes.add(f);
            progress.accept(f);
        };
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            boolean document = file.getFileName().toString().endsWith(DOCUMENT_SUFFIX);
                            if (document && attrs.isRegularFile()) found.add(file);
                            // Following links, a link is only seen as a link when its target is missing.
                            else if (document && attrs.isSymbolicLink()) failed.accept(FileOutcome.failed(file, 0, "broken symbolic link"));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            failed.accept(FileOutcome.failed(file, 0, e instanceof FileSystemLoopException
                                    ? "symbolic link loop: leads back to a folder above it; skipped" : "cannot read: " + e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    failed.accept(FileOutcome.failed(p, 0, "cannot read folder: " + e));
                }
                found.stream().sorted().forEach(files::add);
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                failed.accept(FileOutcome.failed(p, 0, Files.exists(p) ? "not a regular file" : "no such file or folder"));
            }
        }
        return files;
    }
}

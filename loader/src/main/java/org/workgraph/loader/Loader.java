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
import java.util.Optional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.blog.HeaderClassifier;
import org.workgraph.loader.blog.learn.LearnedHeaders;
import org.workgraph.loader.extract.LearnedMentions;
import org.workgraph.loader.extract.MentionRecogniser;
import org.workgraph.loader.blog.Segment;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.digest.KindEvidence;
import org.workgraph.loader.extract.Reader;
import org.workgraph.loader.counts.CountsGraph;
import org.workgraph.loader.identity.PeopleGraph;
import org.workgraph.loader.ideas.DocumentPhrases;
import org.workgraph.loader.discussion.SignalDiscussions;
import org.workgraph.loader.ideas.IdeaGraph;
import org.workgraph.loader.ideas.IdeaTimeline;
import org.workgraph.loader.mapping.DocumentMapper;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.read.DocumentReader;
import org.workgraph.loader.read.ReadContext;
import org.workgraph.loader.read.ReadItem;
import org.workgraph.loader.read.ReadSummary;
import org.workgraph.loader.read.ReaderRegistry;
import org.workgraph.loader.read.TextReader;
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
    /**
     * The largest file read unless told otherwise: hundreds of times a long post with its thread, and small enough
     * that one document's parse and tagging stay within a few hundred megabytes (docs/reliability.md).
     */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    private final SourceReader reader;
    private final ReaderRegistry readers;
    private final long maxBytes;
    private final BlogParser blogs;
    private final DigestParser digests = new DigestParser();
    private final DocumentMapper mapper;
    private final Ontology ontology;
    private final Reader reading;

    public Loader(String base, long maxBytes) {
        this(base, maxBytes, HeaderClassifier.NONE);
    }

    public Loader(String base, long maxBytes, HeaderClassifier headers) {
        this(base, maxBytes, headers, DEFAULT_MENTIONS);
    }

    /**
     * @param headers a second opinion on response headers beside the rules ({@link HeaderClassifier#NONE}: the rules
     *                alone, the default; {@link #learnedHeaders()}: the learned classifier, an experiment that has not
     *                yet beaten the rules on pages of unseen systems, docs/extraction.md "Learned response headers")
     * @param mentions a second opinion on the people and organisations a page names, beside the rules
     *                 ({@link #DEFAULT_MENTIONS}; {@link MentionRecogniser#NONE}: the rules alone; {@link #learnedMentions()}:
     *                 the learned recogniser, docs/extraction.md "A learned recogniser of names")
     */
    public Loader(String base, long maxBytes, HeaderClassifier headers, MentionRecogniser mentions) {
        this.reading = new Reader(mentions);
        this.blogs = new BlogParser(headers);
        this.reader = new SourceReader(maxBytes);
        this.maxBytes = maxBytes;
        this.readers = ReaderRegistry.standard(new TextReader(reader));
        this.ontology = Ontology.load();
        this.mapper = new DocumentMapper(ontology, new Iris(base));
    }

    public Loader() {
        this(Iris.DEFAULT_BASE, DEFAULT_MAX_BYTES);
    }

    /**
     * What a loader reads names with unless told otherwise: the rules, and the learned recogniser ({@link
     * #learnedMentions()}) adding a name only where no rule found one and only when it is sure (p >= 0.8). Trained on every
     * development set and judged by leaving each whole set out, it lifts organisations on the 28 real-page sets from
     * F1 0.646 to 0.660 and people from 0.733 to 0.741 (docs/extraction.md "A learned recogniser of names").
     */
    public static final MentionRecogniser DEFAULT_MENTIONS = learnedMentions();

    /** The learned name recogniser shipped with the loader, adding names where the rules found none. */
    public static MentionRecogniser learnedMentions() {
        // The model is read when the first page asks, not when a loader is made.
        return units -> LearnedMentions.shipped().propose(units);
    }

    /** The learned header classifier shipped with the loader, consulted where the rules find no strong header on a page. */
    public static HeaderClassifier learnedHeaders() {
        // The model is read when the first such page asks, not when a loader is made.
        return (lines, ruled) -> LearnedHeaders.shipped().headers(lines, ruled);
    }

    public Iris iris() { return mapper.iris(); }

    /**
     * The graphs derived across documents, kept up to date by every load: canonical names, then ideas, then what is
     * derived from the ideas (which posts and responses discuss which signals; each idea's first appearance), last the
     * counts the explorer and the API list by (which read the idea links as they are after the change). Each is
     * built and updated in this order, so each sees the ones before it as they are after the change.
     */
    public List<DerivedGraph> derivedGraphs() {
        return List.of(new PeopleGraph(iris().peopleGraph()), new IdeaGraph(iris(), ontology),
                new SignalDiscussions(iris()), new IdeaTimeline(iris()), new CountsGraph(iris().countsGraph()));
    }

    /** Loads every document under the paths into the sink, reporting each file to {@code progress} as it finishes. */
    public LoadReport load(List<Path> paths, DocumentSink sink, Consumer<FileOutcome> progress) {
        return load(paths, sink, LoadOptions.defaults(), LoadListener.of(progress));
    }

    /**
     * Loads every document under the paths into the sink. Workers read, parse and map files in parallel; this
     * thread alone hands graphs to the sink, in file order, and flushes it every batch. At most a few files per
     * worker are in flight, each with a few documents queued (a file of many documents, an archive or an export,
     * waits for the writer to take them), and one batch is pending, so memory stays flat however large the corpus.
     */
    public LoadReport load(List<Path> paths, DocumentSink sink, LoadOptions options, LoadListener listener) {
        long start = System.nanoTime();
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Path> files = expand(paths, outcomes, listener::finished);
        listener.started(files.size());
        Writer writer = new Writer(sink, options, outcomes, listener);
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        try {
            Deque<FileWork> inFlight = new ArrayDeque<>();
            int window = options.threads() * 4;
            for (Path file : files) {
                FileWork work = new FileWork();
                // Tasks start in submission order, so the file the writer waits on is always running or done:
                // later files that fill their queues wait for it, never the other way round.
                workers.submit(() -> prepare(file, sink, options.incremental(), work));
                inFlight.add(work);
                if (inFlight.size() >= window) drain(inFlight.poll(), writer);
            }
            while (!inFlight.isEmpty()) drain(inFlight.poll(), writer);
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

    private static void drain(FileWork work, Writer writer) {
        try {
            for (MappedDocument p = work.queue.take(); p != FileWork.END; p = work.queue.take()) writer.accept(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
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

    /** One file's documents on their way from its worker to the writer, ended by {@link #END}. */
    private static final class FileWork {
        static final MappedDocument END = new MappedDocument(null, null, null);
        /** Enough for a single document and its end mark without waiting; a file of many waits for the writer. */
        final BlockingQueue<MappedDocument> queue = new ArrayBlockingQueue<>(8);

        void put(MappedDocument p) {
            try {
                queue.put(p);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("load interrupted", e);
            }
        }
    }

    /** Runs on a worker: everything that does not touch the sink's writes. Never throws; always ends the file's queue. */
    private void prepare(Path file, DocumentSink sink, boolean incremental, FileWork work) {
        try {
            readAndMap(file, source -> incremental && sink.holds(iris().documentGraph(source), iris().document(source), source.sha256()),
                    sink::analyse, work::put);
        } finally {
            work.put(FileWork.END);
        }
    }

    /**
     * Reads, parses and maps every document of one file, in any format the loader knows, handing each to {@code out}
     * in file order (a file of many documents then gets its closing line). This is the whole per-file step of a load,
     * shared by {@code kg load} and the Spark job; it touches no store, so it can run anywhere the file can be read.
     * A document that cannot be read or mapped is handed out as a failure with its reason; this never throws.
     *
     * @param unchanged whether the destination already holds a document with this content (it is then skipped)
     * @param analyse   what the derived graphs need of a document just mapped ({@link DocumentSink#analyse})
     */
    public void readAndMap(Path file, Predicate<Source> unchanged, BiFunction<Node, List<Quad>, DocumentPhrases> analyse,
            Consumer<MappedDocument> out) {
        int[] documents = {0};
        try {
            DocumentReader format = readers.forNamedFile(file);
            ReadContext context = new ReadContext(maxBytes, this::parseText, unchanged);
            boolean many = format.holdsMany();
            ReadSummary summary = format.read(file, context, item -> {
                documents[0]++;
                out.accept(prepareItem(file, many, item, context, analyse));
            });
            if (many) out.accept(new MappedDocument(closing(file, documents[0], summary, null, 0), null, null));
        } catch (ParseException e) {
            out.accept(new MappedDocument(documents[0] == 0 ? FileOutcome.failed(file, e.line(), e.getMessage())
                    : closing(file, documents[0], ReadSummary.NONE, e.getMessage(), e.line()), null, null));
        } catch (IOException e) {
            out.accept(new MappedDocument(documents[0] == 0 ? FileOutcome.failed(file, 0, "cannot read: " + e)
                    : closing(file, documents[0], ReadSummary.NONE, "cannot read on: " + e, 0), null, null));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A bug must not stop the other files; say which file it was. Errors too: a class that cannot initialise (a
            // resource missing from a repackaged jar) or a runaway pattern would otherwise end the worker's task unseen,
            // and the file would vanish from the report.
            out.accept(new MappedDocument(FileOutcome.failed(file, 0, "internal error: " + e), null, null));
        }
    }

    /**
     * The closing line of a file of many documents: how many it held and what it skipped, or where it stopped.
     * A file cut short still keeps the documents before the cut (each has its own line), so its line says how many.
     */
    private static FileOutcome closing(Path file, int documents, ReadSummary summary, String stopped, int line) {
        if (stopped != null) {
            return new FileOutcome(file, false, null, 0, 0, 0, line,
                    stopped + " (the " + documents + " documents or records before it are reported on their own lines)", List.of());
        }
        List<String> notes = new ArrayList<>();
        notes.add(documents + (documents == 1 ? " document" : " documents") + " read");
        notes.addAll(summary.notes());
        if (documents == 0) return new FileOutcome(file, false, null, 0, 0, 0, 0, "no documents in it: " + String.join("; ", notes), List.of());
        return new FileOutcome(file, true, null, 0, 0, 0, 0, null, notes);
    }

    /** One document of a file: extract and map it, unless the store already holds it. */
    private MappedDocument prepareItem(Path file, boolean many, ReadItem item, ReadContext context,
            BiFunction<Node, List<Quad>, DocumentPhrases> analyse) {
        String entry = many ? item.entry() : null;
        try {
            if (item instanceof ReadItem.Failed f) return new MappedDocument(FileOutcome.failed(file, entry, f.line(), f.message()), null, null);
            if (item instanceof ReadItem.Unchanged) return new MappedDocument(FileOutcome.skippedAsUnchanged(file, entry), null, null);
            ReadItem.Parsed p = (ReadItem.Parsed) item;
            Document doc = p.document();
            if (context.unchanged().test(doc.source())) return new MappedDocument(FileOutcome.skippedAsUnchanged(file, entry), null, null);
            List<Quad> quads = new ArrayList<>();
            List<String> warnings = new ArrayList<>(p.warnings()); // the reader's, then the mapping's (names it refused)
            mapper.map(doc, reading.read(doc), new StreamRDFBase() {
                @Override
                public void quad(Quad quad) { quads.add(quad); }
            }, warnings::add);
            int responses = doc instanceof BlogPost post ? post.responses().size() : 0;
            int signals = doc instanceof SignalDigest d ? d.rows().size() : 0;
            DocumentKind kind = doc instanceof BlogPost ? DocumentKind.BLOG_POST : DocumentKind.SIGNAL_DIGEST;
            Node graph = mapper.graphOf(doc);
            // The ideas' candidate phrases are found here, on the workers, from the graph just mapped.
            DocumentPhrases phrases = analyse.apply(graph, quads);
            return new MappedDocument(new FileOutcome(file, true, kind, responses, signals, quads.size(), 0, null, warnings, false, entry),
                    graph, quads, phrases);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A bug in one document must not stop the file's other documents (errors as in readAndMap).
            return new MappedDocument(FileOutcome.failed(file, entry, 0, "internal error: " + e), null, null);
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
        private final Map<Node, FileOutcome> seen = new HashMap<>();
        private final List<FileOutcome> batch = new ArrayList<>();
        private long batchQuads;

        Writer(DocumentSink sink, LoadOptions options, List<FileOutcome> outcomes, LoadListener listener) {
            this.sink = sink;
            this.options = options;
            this.outcomes = outcomes;
            this.listener = listener;
        }

        void accept(MappedDocument p) {
            if (p.quads() == null) {
                settle(p.outcome());
                return;
            }
            FileOutcome outcome = p.outcome();
            // Two files of one name, or one page read from two sources (its URL names it), share a graph.
            FileOutcome earlier = seen.put(p.graph(), outcome);
            if (earlier != null) outcome = outcome.withWarning("has the same graph as " + earlier.describe() + ", whose graph it replaces");
            try {
                sink.replaceDocument(new DocumentChange(p.graph(), p.quads(), p.phrases()));
            } catch (RuntimeException e) {
                settle(outcome.failing("cannot write to the store: " + e.getMessage()));
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
                done.replaceAll(f -> f.failing("cannot write to the store (its whole batch was rolled back): " + e.getMessage()));
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
        return parseText(source.source(), source.text(), warnings);
    }

    /** Reads a document's kind and model from text: a plain-text file's, or a page's visible text. */
    public Document parseText(Source source, String text, Consumer<String> warnings) throws ParseException {
        List<Line> lines = Lines.of(text);
        if (lines.stream().allMatch(Line::isBlank)) throw new ParseException(0, "the document is empty");
        // The kind decision and the digest's reading share one classified page.
        Optional<SignalDigest> digest = digests.readIfDigest(source, lines, warnings);
        return digest.isPresent() ? digest.get() : blogs.parse(source, lines, warnings);
    }

    /**
     * Reads every document of one file, in any format the loader knows, without mapping or loading them (for tools
     * and tests that parse only).
     */
    public List<ReadItem> readAll(Path file) throws IOException, ParseException {
        List<ReadItem> items = new ArrayList<>();
        readers.forNamedFile(file).read(file, new ReadContext(maxBytes, this::parseText, s -> false), items::add);
        return items;
    }

    public ReaderRegistry readers() { return readers; }

    /**
     * Each line of a plain-text page with the role the reader gave it (title, byline, body, header, response,
     * furniture, ...): the explanation of a parse, for {@code kg inspect}. A digest gives its title and rows.
     */
    public List<Segment> segment(Path file) throws IOException, ParseException {
        SourceText source = reader.read(file);
        List<Line> lines = Lines.of(source.text());
        if (lines.stream().allMatch(Line::isBlank)) throw new ParseException(0, "the document is empty");
        // The kind decision comes first, with the cues it weighed: why a list was, or was not, read as a digest.
        KindEvidence evidence = digests.recognise(lines);
        List<Segment> out = new ArrayList<>();
        out.add(new Segment(0, Segment.Role.KIND, null, null, evidence.explain()));
        if (!evidence.digest()) {
            out.addAll(blogs.segment(source.source(), lines));
            return out;
        }
        SignalDigest digest = digests.parse(source.source(), lines, w -> {});
        for (SignalRow row : digest.rows()) {
            out.add(new Segment(row.line(), Segment.Role.SIGNAL_ROW, row.heading(), row.rowNumber(), lines.get(row.line() - 1).trimmed()));
        }
        return out;
    }

    /** Reads one file into its text (exposed for tools that parse without loading). */
    public SourceText read(Path file) throws IOException, ParseException {
        return reader.read(file);
    }

    /**
     * The files a load of these paths reads (see below), for tools that send files rather than load them; what cannot
     * be walked or read goes to {@code failures}.
     */
    public List<Path> files(List<Path> paths, Consumer<FileOutcome> failures) {
        return expand(paths, new ArrayList<>(), failures);
    }

    /**
     * Files named directly, plus the documents in folders (recursively, following links, in name order; only paths are held).
     * What a folder holds but cannot be walked or read (a link loop, a broken link to a document, a folder
     * that cannot be opened) is reported as one failed entry, and the rest of the folder still loads.
     */
    private List<Path> expand(List<Path> paths, List<FileOutcome> outcomes, Consumer<FileOutcome> progress) {
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
                            boolean document = readers.claims(file.getFileName().toString());
                            if (document && attrs.isRegularFile() && takes(file)) found.add(file);
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

    /**
     * Whether a folder's file is a document: its reader accepts its first bytes (an .xml file may be an export, a
     * feed, or neither). A file that cannot be opened is taken, so that its failure is reported.
     */
    private boolean takes(Path file) {
        try {
            return readers.forFolderFile(file).isPresent();
        } catch (IOException e) {
            return true;
        }
    }
}

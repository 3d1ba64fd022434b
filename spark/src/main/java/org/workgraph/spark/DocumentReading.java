package org.workgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.hadoop.fs.FileSystem;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.Loader;
import org.workgraph.loader.MappedDocument;
import org.workgraph.loader.discussion.DiscussionParts;
import org.workgraph.loader.ideas.IdeaGraph;
import org.workgraph.loader.ideas.IdeaTimeline;
import org.workgraph.ontology.WG;

/**
 * The executors' side of the job: one partition's files read, parsed and mapped by the loader's own
 * {@link Loader#readAndMap}, exactly as {@code kg load} does it, each document's candidate phrases found by the
 * ideas graph's own {@link IdeaGraph#analyse}. The loader and its models (the tagger's) are built once per
 * partition, not shipped: they are large and not serialisable.
 */
final class DocumentReading {
    private final Loader loader;
    private final IdeaGraph ideas;
    private final JobSettings settings;

    private DocumentReading(JobSettings settings) {
        this.settings = settings;
        this.loader = new Loader(settings.base(), settings.maxBytes());
        this.ideas = loader.derivedGraphs().stream().filter(IdeaGraph.class::isInstance).map(IdeaGraph.class::cast)
                .findFirst().orElseThrow();
    }

    /**
     * The JDK's own StAX parser for the XML readers (exports, feeds), as under {@code kg load}: Hadoop's client jar,
     * on every Spark classpath, registers a shaded Woodstox as the default, which reads some documents differently
     * and rejects the secure-processing properties Jena sets. The system property is the lookup's first choice.
     */
    static void useJdkXmlParser() {
        if (System.getProperty(XML_INPUT_FACTORY) == null) System.setProperty(XML_INPUT_FACTORY, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
    }

    private static final String XML_INPUT_FACTORY = "javax.xml.stream.XMLInputFactory";

    /** For {@code mapPartitions}: every document of every file of the partition, in file order. */
    static Iterator<DocumentResult> partition(JobSettings settings, Iterator<InputFile> files) {
        useJdkXmlParser();
        DocumentReading reading = new DocumentReading(settings);
        // Lazily, one file at a time: a partition's results are never all in memory at once (a file's are: an
        // archive of very many pages should be split before it is given to the job).
        return new Iterator<>() {
            private final Deque<DocumentResult> buffer = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (buffer.isEmpty() && files.hasNext()) reading.read(files.next(), buffer);
                return !buffer.isEmpty();
            }

            @Override
            public DocumentResult next() {
                if (!hasNext()) throw new NoSuchElementException();
                return buffer.poll();
            }
        };
    }

    void read(InputFile file, Collection<DocumentResult> out) {
        URI uri = URI.create(file.uri());
        Path local = null;
        Path copy = null;
        try {
            if ("file".equals(uri.getScheme())) {
                local = Path.of(uri);
            } else {
                copy = Files.createTempDirectory("workgraph-spark");
                local = fetch(uri, copy);
            }
            // A folder's file that no reader accepts is passed over, as kg load passes it over.
            if (!file.named() && loader.readers().forFolderFile(local).isEmpty()) return;
        } catch (IOException | UncheckedIOException e) {
            out.add(failure(file, "cannot read: " + e));
            delete(copy);
            return;
        }
        try {
            int[] item = {0};
            loader.readAndMap(local, source -> false, ideas::analyse, mapped -> out.add(result(file, item[0]++, mapped)));
        } finally {
            delete(copy);
        }
    }

    /**
     * A file on another filesystem (HDFS, S3) is copied to the executor's local disk under its own name, which the
     * readers use (a document's source names its file); a web archive of gigabytes is copied, not held in memory.
     */
    private Path fetch(URI uri, Path dir) throws IOException {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = remote.getFileSystem(settings.configuration());
        Path local = dir.resolve(remote.getName());
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    private static void delete(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary copy left behind costs disk space only; the executor's temporary folder is cleared with it
        }
    }

    /** A file that could not be fetched or opened: one failed line, in the report's own format. */
    private static DocumentResult failure(InputFile file, String why) {
        FileOutcome failed = new FileOutcome(Path.of(file.uri().substring(file.uri().lastIndexOf('/') + 1)), false, null, 0, 0, 0, 0, why, List.of());
        return new DocumentResult(file.index(), 0, failed.reportLine(file.uri()), file.uri(), null, null, null, null);
    }

    private static DocumentResult result(InputFile file, int item, MappedDocument mapped) {
        String report = mapped.outcome().reportLine(file.uri());
        String describe = file.uri() + (mapped.outcome().entry() != null ? " [" + mapped.outcome().entry() + "]" : "");
        if (!mapped.mapped()) return new DocumentResult(file.index(), item, report, describe, null, null, null, null);
        // A store holds each quad once: so does the output, and so do the counts made from it.
        Set<Quad> quads = new LinkedHashSet<>(mapped.quads());
        List<SlimDocument.Alias> aliases = new ArrayList<>();
        Node alias = WG.alias.asNode();
        Node sha256 = WG.sha256.asNode();
        String sha = null;
        for (Quad q : quads) {
            if (q.getPredicate().equals(alias) && q.getObject().isLiteral() && q.getSubject().isURI()) {
                aliases.add(new SlimDocument.Alias(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
            }
            if (q.getPredicate().equals(sha256) && q.getObject().isLiteral()) sha = q.getObject().getLiteralLexicalForm();
        }
        // The discussions' and the timeline's inputs, read from the document alone by the loader's own readers.
        DatasetGraph one = DatasetGraphFactory.create();
        quads.forEach(one::add);
        Map<String, SlimDocument.Seen> appearances = new HashMap<>();
        IdeaTimeline.appearances(one, mapped.graph()).forEach((r, a) -> appearances.put(r.getURI(), SlimDocument.Seen.of(a)));
        SlimDocument slim = new SlimDocument(mapped.phrases(), aliases, DiscussionParts.inputs(one, mapped.graph()), appearances);
        return new DocumentResult(file.index(), item, report, describe, mapped.graph().getURI(), NQuads.of(quads), sha, slim);
    }
}

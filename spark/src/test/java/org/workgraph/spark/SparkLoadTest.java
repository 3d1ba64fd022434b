package org.workgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.gold.Gold;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.remote.GraphStoreSink;
import org.workgraph.server.WorkgraphServer;

/**
 * The Spark job in local mode against {@code kg load} on the same files: every named graph, documents and derived
 * graphs alike (people, ideas, statistics, signals discussed, ideas' first appearances), is the same graph (isomorphic), and a broken file fails alone and is in the report. The load side is
 * what {@code kg load} runs for a new store of fewer than 1,000 files (the loader into a TDB2 store with the derived
 * graphs built fresh), read back quad by quad as {@code kg export --format nq} writes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkLoadTest {
    private JavaSparkContext sc;

    @BeforeAll
    void start() {
        // Two local executor threads, as on the benchmark machine; no web UI, no network beyond the loopback.
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("workgraph-spark-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.default.parallelism", "2").set("spark.rdd.compress", "true")
                .set("spark.metrics.conf.*.sink.servlet.class", NoMetricsServlet.class.getName()));
    }

    @AfterAll
    void stop() {
        if (sc != null) sc.close();
    }

    /** The shared source documents, structured inputs of every format, and a broken file, in one job. */
    @Test
    void sourceDocumentsAndStructuredInputsGiveTheSameGraphsAsKgLoad(@TempDir Path tmp) throws IOException {
        Path corpus = Gold.fromSystemProperty().corpus().toAbsolutePath().normalize();
        Path extra = Files.createDirectories(tmp.resolve("extra"));
        Files.write(extra.resolve("broken.txt"), new byte[] {'a', 0, 'b'});
        Path formats = Path.of(System.getProperty("workgraph.root", "..")).resolve("loader/src/test/resources/formats");
        for (String f : List.of("night-rota.wxr.xml", "night-rota-comments.atom.xml")) Files.copy(formats.resolve(f), extra.resolve(f));
        Files.writeString(extra.resolve("night-rota.warc"), warc("https://example.org/night-rota-archived",
                Files.readString(formats.resolve("wp-night-rota.html"))));
        Path realHtml = corpus.resolveSibling("realformats").resolve("html");
        // Posts and digests written to discuss each other (the discussions' gold set): links to compare, not an empty graph.
        Path discussing = Path.of(System.getProperty("workgraph.root", "..")).resolve("data/discussions/corpus");
        List<Path> inputs = new ArrayList<>(List.of(corpus, extra, discussing));
        if (Files.isDirectory(realHtml)) inputs.add(realHtml);

        Comparison c = compare(inputs, tmp);
        assertTrue(c.reportLines().stream().anyMatch(l -> plainUri(l).startsWith(plainUri(extra.resolve("broken.txt").toUri().toString()))
                && l.contains("\tfailed\t") && l.contains("binary content")), "the broken file is reported with its reason: " + c.reportLines());
        assertEquals(1, c.failed(), "only the broken file fails");
        assertTrue(c.sparkGraphs() > 12, "documents of every format loaded: " + c.sparkGraphs());
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        assertTrue(c.triples().getOrDefault(iris.discussionsGraph().getURI(), 0) > 0 && c.triples().getOrDefault(iris.timelineGraph().getURI(), 0) > 0,
                "signals discussed and ideas' first appearances compared: " + c.triples());
    }

    /** The sample corpus of the README. */
    @Test
    void sampleCorpusGivesTheSameGraphsAsKgLoad(@TempDir Path tmp) throws IOException {
        Path sample = Path.of(System.getProperty("workgraph.root", "..")).resolve("data/corpus");
        Comparison c = compare(List.of(sample), tmp);
        assertEquals(0, c.failed());
        // No post of the sample corpus discusses a signal of its digest closely enough: no discussions graph, in either.
        assertEquals(4 + 4, c.sparkGraphs(), "four documents, people, ideas, statistics, timeline");
    }

    /**
     * The sample corpus again, from a filesystem that is not local (HDFS, S3 on a cluster): the executors open it
     * through Hadoop with the driver's settings and copy each file before reading it. Same graphs.
     */
    @Test
    void aCorpusOnAnotherFilesystemIsFetchedByTheExecutors(@TempDir Path tmp) throws IOException {
        sc.hadoopConfiguration().set("fs." + OtherFileSystem.SCHEME + ".impl", OtherFileSystem.class.getName());
        Path sample = Path.of(System.getProperty("workgraph.root", "..")).resolve("data/corpus");
        Comparison c = compare(List.of(sample), tmp, OtherFileSystem.SCHEME);
        assertEquals(0, c.failed());
        assertTrue(c.reportLines().stream().allMatch(l -> l.startsWith(OtherFileSystem.SCHEME + ":")), c.reportLines().toString());
    }

    /**
     * With {@code --to}: the executors send every document's graph to kg serve's Graph Store endpoint (a TDB2 store on
     * disk, updates enabled, with a password), behind a proxy that answers 503 now and then. A document the endpoint
     * keeps refusing is tried again, then reported failed with the answer, and the others arrive; the rerun sends only
     * that document (the rest are in the checkpoint: unchanged), and the store then holds every graph, derived ones
     * included, that kg load stores from the same files.
     */
    @Test
    void graphsSentFromTheExecutorsAreWhatKgLoadStoresAndARerunSendsOnlyWhatIsMissing(@TempDir Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus").toAbsolutePath();
        new CorpusGenerator().generate(12, 3, corpus, i -> {});
        String input = "file://" + corpus.toUri().getPath();
        try (WorkgraphStore remote = WorkgraphStore.open(tmp.resolve("remote"));
             WorkgraphServer server = WorkgraphServer.builder(remote.dataset()).port(0).allowUpdates("admin", "s3cret").start();
             FaultyProxy proxy = new FaultyProxy(server.port())) {
            GraphStorePush push = new GraphStorePush(new GraphStoreSink.Target(URI.create(proxy.url() + WorkgraphServer.DATASET + "/data"),
                    "admin", "s3cret"), tmp.resolve("checkpoint").toUri().toString(), 2);
            proxy.unavailable.set(1);
            proxy.refuse.set("post-0000004");
            // Three signals per shard of the index: every post is scored in several tasks, its strongest links kept by a reduce.
            SparkLoad.Summary first = SparkLoad.run(sc, List.of(input), tmp.resolve("out1").toUri().toString(), Iris.DEFAULT_BASE,
                    Loader.DEFAULT_MAX_BYTES, 0, false, push, 3);
            List<String> report = reportLines(tmp.resolve("out1/report"));
            assertEquals(List.of(), first.errors());
            assertEquals(1, first.failed(), report.toString());
            assertEquals(11, first.loaded(), report.toString());
            String refused = report.stream().filter(l -> l.contains("post-0000004")).findFirst().orElseThrow();
            assertTrue(refused.contains("\tfailed\t") && refused.contains("HTTP 503") && refused.contains("after 2 attempts"), refused);
            assertEquals(2, documentWrites(proxy).stream().filter(w -> w.contains("post-0000004")).count(), "tried twice, then reported");
            assertEquals(12 + 1 + 1, documentWrites(proxy).size(), "every document once, the first again after the 503, the refused one twice: " + documentWrites(proxy));

            proxy.refuse.set(null);
            proxy.writes.clear();
            SparkLoad.Summary second = SparkLoad.run(sc, List.of(input), tmp.resolve("out2").toUri().toString(), Iris.DEFAULT_BASE,
                    Loader.DEFAULT_MAX_BYTES, 0, false, push, 3);
            assertEquals(List.of(), second.errors());
            assertEquals(0, second.failed());
            assertEquals(11, second.unchanged());
            assertEquals(1, second.loaded());
            List<String> resent = documentWrites(proxy);
            assertTrue(resent.size() == 1 && resent.get(0).startsWith("PUT ") && resent.get(0).contains("post-0000004"), "only what was missing: " + resent);
            assertTrue(proxy.writes.stream().anyMatch(w -> w.startsWith("POST ") && w.endsWith("/graph/ideas")), "derived graphs sent in parts");

            Map<String, Graph> loaded = kgLoad(List.of(corpus), tmp.resolve("db"));
            Map<String, Graph> sent = graphs(remote.dataset());
            assertEquals(loaded.keySet(), sent.keySet(), "the same named graphs");
            assertTrue(loaded.size() == 12 + 5, "documents, people, ideas, statistics, discussions, timeline: " + loaded.keySet());
            Iris iris = new Iris(Iris.DEFAULT_BASE);
            long links = sent.get(iris.discussionsGraph().getURI()).find(null, org.workgraph.ontology.WG.discusses.asNode(), null).toList().size();
            assertTrue(links > 3, "posts and responses discuss signals of several shards: " + links);
            loaded.forEach((g, graph) -> assertTrue(IsoMatcher.isomorphic(graph, sent.get(g)), "isomorphic: " + g));
        }
    }

    private static List<String> documentWrites(FaultyProxy proxy) {
        return proxy.writes.stream().filter(w -> w.contains("/graph/post-") || w.contains("/graph/digest-")).toList();
    }

    /** What kg load stores from these files in a new store, graph by graph. */
    private static Map<String, Graph> kgLoad(List<Path> inputs, Path db) {
        Loader loader = new Loader();
        try (WorkgraphStore store = WorkgraphStore.open(db)) {
            loader.load(inputs, new TdbSink(store, loader.derivedGraphs()), f -> {});
            Map<String, Graph> graphs = graphs(store.dataset());
            // The lists' counts are kg load's alone: the Spark job leaves them to kg reindex --counts.
            graphs.remove(loader.iris().countsGraph().getURI());
            return graphs;
        }
    }

    private static Map<String, Graph> graphs(DatasetGraph dsg) {
        Map<String, Graph> all = new TreeMap<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(copy::add);
            all.put(g.getURI(), copy);
        }));
        return all;
    }

    record Comparison(List<String> reportLines, long failed, int sparkGraphs, Map<String, Integer> triples) {}

    private Comparison compare(List<Path> given, Path tmp) throws IOException {
        return compare(given, tmp, "file");
    }

    private Comparison compare(List<Path> given, Path tmp, String scheme) throws IOException {
        // Hadoop names files by normalised URIs; the loader's report by the path as given: give both the same.
        List<Path> inputs = given.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        String out = tmp.resolve("out").toUri().toString();
        SparkLoad.Summary summary = SparkLoad.run(sc, inputs.stream().map(p -> scheme + "://" + p.toUri().getPath()).toList(), out,
                Iris.DEFAULT_BASE, Loader.DEFAULT_MAX_BYTES, 0, false);
        DatasetGraph spark = readParts(tmp.resolve("out"));

        Loader loader = new Loader();
        LoadReport report;
        Map<String, Graph> loaded = new TreeMap<>();
        try (WorkgraphStore store = WorkgraphStore.open(tmp.resolve("db"))) {
            report = loader.load(inputs, new TdbSink(store, loader.derivedGraphs()), f -> {});
            DatasetGraph dsg = store.dataset();
            Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(copy::add);
                loaded.put(g.getURI(), copy);
            }));
        }
        // The lists' counts are kg load's alone: the Spark job leaves them to kg reindex --counts (or the server's fallback).
        loaded.remove(new Iris(Iris.DEFAULT_BASE).countsGraph().getURI());
        Set<String> sparkNames = new TreeSet<>();
        spark.listGraphNodes().forEachRemaining(g -> sparkNames.add(g.getURI()));
        assertEquals(loaded.keySet(), sparkNames, "the same named graphs");
        Map<String, Integer> triples = new TreeMap<>();
        for (String g : sparkNames) {
            Graph ours = spark.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            Graph theirs = loaded.get(g);
            triples.put(g, ours.size());
            assertEquals(theirs.size(), ours.size(), "triples in " + g);
            assertTrue(IsoMatcher.isomorphic(theirs, ours), "isomorphic: " + g);
        }

        List<String> lines = reportLines(tmp.resolve("out/report"));
        // Each line of kg load's report is in the job's, but for naming the file by URI.
        Set<String> expected = report.files().stream().map(f -> f.reportLine(f.path().toUri().toString())).map(SparkLoadTest::plainUri)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, lines.stream().map(SparkLoadTest::plainUri).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(report.files().stream().filter(f -> !f.loaded()).count(), summary.failed());
        return new Comparison(lines, summary.failed(), sparkNames.size(), triples);
    }

    /**
     * file:///x, file:/x and /x are the same file; Hadoop writes the second, the loader's messages the third. The
     * stand-in for a remote filesystem holds the same files under its own scheme.
     */
    private static String plainUri(String line) {
        return line.replace(OtherFileSystem.SCHEME + ":///", "file:/").replace(OtherFileSystem.SCHEME + ":/", "file:/").replace("file:///", "file:/").replace("the same graph as file:/", "the same graph as /");
    }

    private static DatasetGraph readParts(Path out) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path part : files.filter(p -> p.getFileName().toString().matches("part-\\d+\\.nq\\.gz")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(part))) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
                }
            }
        }
        return dsg;
    }

    private static List<String> reportLines(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().flatMap(p -> {
                try {
                    return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** A web archive of one captured page, as a crawler writes it (one response record, uncompressed). */
    static String warc(String url, String html) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
        int length = http.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:6f1c3c1e-2b7e-4d5a-9a53-0c9d5c2f8a10>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n" + http + "\r\n\r\n";
    }
}

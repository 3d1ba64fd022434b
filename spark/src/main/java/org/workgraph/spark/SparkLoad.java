package org.workgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.Loader;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.read.ReaderRegistry;
import org.workgraph.loader.read.TextReader;
import org.workgraph.loader.remote.GraphStoreSink;
import org.workgraph.loader.source.SourceReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import scala.Tuple2;

/**
 * {@code kg load} past one machine: reads a corpus from any Hadoop filesystem, reads, parses and maps every
 * document on the executors with the loader's own code, computes the graphs derived across documents as Spark
 * aggregations, and writes gzipped N-Quads for a store's bulk loader, with a per-document report.
 * <p>
 * Output folders under {@code --out}: {@code documents/} (one named graph per document), {@code people/},
 * {@code ideas/}, {@code stats/}, {@code timeline/}, {@code discussions/} (the derived graphs), each of
 * {@code part-*.gz} files; {@code report/}, the
 * load report's lines ({@code kg load --report}'s columns, header in {@code report/_header}).
 */
@Command(name = "workgraph-spark", mixinStandardHelpOptions = true,
        description = "Load a corpus into gzipped N-Quads with Apache Spark: one named graph per document, plus the derived graphs.")
public final class SparkLoad implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders, on any Hadoop filesystem (file:, hdfs:, s3a:)")
    List<String> inputs;

    @Option(names = "--out", required = true, description = "output folder (must not exist)")
    String out;

    @Option(names = "--base", description = "the IRI base, as kg load --base (default: ${DEFAULT-VALUE})")
    String base = Iris.DEFAULT_BASE;

    @Option(names = "--max-size", description = "the largest document in bytes, as kg load --max-size (default: ${DEFAULT-VALUE})")
    long maxBytes = Loader.DEFAULT_MAX_BYTES;

    @Option(names = "--partitions", description = "partitions of the file list (default: one per 200 files, at least Spark's parallelism)")
    int partitions;

    @Option(names = "--master", description = "Spark master when not set by spark-submit, e.g. local[2] (default: local[*])")
    String master;

    @Option(names = "--skip-derived", description = "write (or send) the document graphs and the report only")
    boolean skipDerived;

    @Option(names = "--signals-per-shard", paramLabel = "N", description = {"Signals per part of the index every post and response "
            + "is scored against (each task holds one part; more parts, more tasks, less memory each) (default: ${DEFAULT-VALUE})."})
    int signalsPerShard = DEFAULT_SIGNALS_PER_SHARD;

    /**
     * The 19,844 signals of 10,000 generated documents are one shard: each task scores its posts and responses against
     * all of them, as {@code kg load} does; a corpus ten times larger has ten shards, each task's index as large.
     */
    static final int DEFAULT_SIGNALS_PER_SHARD = 20_000;

    @Option(names = "--to", paramLabel = "URL", description = {"Send each document's graph from the executors to this Graph Store "
            + "Protocol endpoint (PUT ?graph=IRI), and the derived graphs in parts, instead of writing N-Quads;",
            "--out then holds the report only. Resumable: see --checkpoint."})
    URI to;

    @Option(names = "--user", paramLabel = "USER", description = "User for the endpoint (HTTP Basic).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the endpoint's password (else $"
            + PASSWORD_ENV + "), read by the driver.")
    java.nio.file.Path passwordFile;

    @Option(names = "--checkpoint", paramLabel = "DIR", description = "Folder, on any Hadoop filesystem, of the graphs the endpoint "
            + "acknowledged, one file per task (default: .kg-checkpoint-<endpoint hash>, as kg load --to's).")
    String checkpoint;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "6",
            description = "Tries per request on network errors and 5xx answers, with doubling waits (default: ${DEFAULT-VALUE}).")
    int attempts;

    /** As {@code kg load --to}: the password is never an argument, where other users could read it. */
    static final String PASSWORD_ENV = "WORKGRAPH_REMOTE_PASSWORD";

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkLoad()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        SparkConf conf = new SparkConf().setAppName("workgraph-load");
        if (!conf.contains("spark.master")) conf.setMaster(master != null ? master : "local[*]");
        // N-Quads compress about tenfold: the cached documents and the shuffles' spills take that much less disk.
        conf.setIfMissing("spark.rdd.compress", "true");
        GraphStorePush push = null;
        if (to != null) {
            String cp = checkpoint != null ? checkpoint
                    : ".kg-checkpoint-" + SourceReader.sha256(to.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
            push = new GraphStorePush(new GraphStoreSink.Target(to, user, password()), cp, attempts);
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Summary s = run(sc, inputs, out, base, maxBytes, partitions, skipDerived, push, Math.max(1, signalsPerShard));
            PrintWriter w = new PrintWriter(System.out, true);
            s.errors().forEach(e -> w.println("error: " + e));
            w.printf("%d documents loaded, %d unchanged, %d failed (%d report lines) in %.1f s (%s): %s%n", s.loaded(), s.unchanged(),
                    s.failed(), s.lines(), s.seconds(), String.join(", ", s.steps()),
                    push == null ? out : "sent to " + to + ", report in " + out + ", checkpoint " + push.checkpoint());
            return s.failed() > 0 || !s.errors().isEmpty() ? 2 : 0;
        }
    }

    private String password() throws IOException {
        if (passwordFile == null) return System.getenv(PASSWORD_ENV);
        return java.nio.file.Files.readAllLines(passwordFile).stream().findFirst().orElse("");
    }

    /**
     * What the job did: documents loaded, unchanged (already sent, with a push) and failed, report lines, seconds,
     * the seconds of each step, and what went wrong outside any document (a derived graph the endpoint refused).
     */
    public record Summary(long loaded, long unchanged, long failed, long lines, double seconds, List<String> steps, List<String> errors) {}

    /** Runs the job on a context the caller owns (the tests' local one, or the one of {@link #call}), writing N-Quads. */
    public static Summary run(JavaSparkContext sc, List<String> inputs, String out, String base, long maxBytes, int partitions,
            boolean skipDerived) throws IOException {
        return run(sc, inputs, out, base, maxBytes, partitions, skipDerived, null);
    }

    /** The same, sending the graphs to a Graph Store Protocol endpoint instead when {@code push} is given. */
    static Summary run(JavaSparkContext sc, List<String> inputs, String out, String base, long maxBytes, int partitions,
            boolean skipDerived, GraphStorePush push) throws IOException {
        return run(sc, inputs, out, base, maxBytes, partitions, skipDerived, push, DEFAULT_SIGNALS_PER_SHARD);
    }

    /** The same, with at most {@code signalsPerShard} signals in each task's part of the signals' index. */
    static Summary run(JavaSparkContext sc, List<String> inputs, String out, String base, long maxBytes, int partitions,
            boolean skipDerived, GraphStorePush push, int signalsPerShard) throws IOException {
        long start = System.nanoTime();
        DocumentReading.useJdkXmlParser(); // for local mode, where the executors are this JVM
        Configuration hadoop = sc.hadoopConfiguration();
        List<InputFile> files = list(inputs, hadoop, maxBytes);
        int slices = partitions > 0 ? partitions : Math.max(sc.defaultParallelism(), (files.size() + 199) / 200);
        // The aggregations' partitions: a tenth as many, about 2,000 documents each. Every shuffle writes a block per
        // map and reduce partition; with both sides at the read's 200 files each, that grew with the corpus squared.
        int aggregations = Math.max(sc.defaultParallelism(), (slices + 9) / 10);
        JobSettings settings = JobSettings.of(base, maxBytes, hadoop);

        JavaRDD<DocumentResult> read = sc.parallelize(files, Math.max(1, Math.min(slices, files.size())))
                .mapPartitions(part -> DocumentReading.partition(settings, part));
        // Kept on the executors' disks, not in memory: each document's quads are read back twice (documents out,
        // report) and its phrases several times, and re-reading a local file is cheap next to parsing the document
        // again, while holding them in the heap would leave too little for the tagger and the shuffles.
        read.persist(StorageLevel.DISK_ONLY());
        JavaRDD<DocumentResult> docs = latestOfEachGraph(sc, read);
        docs.persist(StorageLevel.DISK_ONLY());

        List<String> steps = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long t = start; // the documents are read when the duplicates are looked for, above
        JavaRDD<DocumentResult> reported = docs;
        if (push == null) {
            docs.filter(DocumentResult::mapped).map(DocumentResult::nquads).saveAsTextFile(out + "/documents", NQuadsGzip.class);
        } else {
            // Sent once: the report and the counts below read the outcomes back from disk, not by sending again.
            reported = push.documents(sc, docs, settings, slices);
            reported.persist(StorageLevel.DISK_ONLY());
        }
        reported.map(DocumentResult::report).saveAsTextFile(out + "/report");
        writeHeader(hadoop, out + "/report/_header");
        t = step(steps, "files listed, documents read, mapped and " + (push == null ? "written" : "sent") + ", with the report", t);
        if (!skipDerived) {
            Iris iris = new Iris(base);
            if (push != null) {
                // The lists' counts are not computed here: cleared rather than left stale, the server counts without them
                // (kg reindex --counts stores them again).
                errors.addAll(push.clear(List.of(iris.peopleGraph(), iris.ideasGraph(), iris.statsGraph(), iris.discussionsGraph(), iris.timelineGraph(),
                        iris.countsGraph())));
            }
            JavaPairRDD<String, SlimDocument> slim = CorpusGraphs.slim(docs, aggregations);
            JavaRDD<String> people = CorpusGraphs.people(slim, base, aggregations);
            if (push == null) people.saveAsTextFile(out + "/people", NQuadsGzip.class);
            else errors.addAll(push.add(people));
            t = step(steps, "people graph", t);
            CorpusGraphs.Derived derived = CorpusGraphs.derived(sc, slim, base, aggregations, signalsPerShard);
            if (push == null) {
                derived.ideas().saveAsTextFile(out + "/ideas", NQuadsGzip.class);
                derived.stats().saveAsTextFile(out + "/stats", NQuadsGzip.class);
            } else {
                errors.addAll(push.add(derived.ideas()));
                errors.addAll(push.add(derived.stats()));
            }
            t = step(steps, "ideas and statistics graphs", t);
            if (push == null) derived.timeline().saveAsTextFile(out + "/timeline", NQuadsGzip.class);
            else errors.addAll(push.add(derived.timeline()));
            t = step(steps, "timeline graph", t);
            if (push == null) derived.discussions().saveAsTextFile(out + "/discussions", NQuadsGzip.class);
            else errors.addAll(push.add(derived.discussions()));
            step(steps, "discussions graph", t);
            slim.unpersist();
        }
        Map<String, Long> outcomes = reported.map(d -> d.report().split("\t", 3)[1]).countByValue();
        long lines = outcomes.values().stream().mapToLong(Long::longValue).sum();
        read.unpersist();
        docs.unpersist();
        reported.unpersist();
        return new Summary(outcomes.getOrDefault("loaded", 0L), outcomes.getOrDefault("unchanged", 0L), outcomes.getOrDefault("failed", 0L),
                lines, (System.nanoTime() - start) / 1e9, steps, errors);
    }

    /** Adds "what 12.3 s" to the steps; returns now. */
    private static long step(List<String> steps, String what, long since) {
        long now = System.nanoTime();
        steps.add(String.format("%s %.1f s", what, (now - since) / 1e9));
        return now;
    }

    /**
     * Two documents with one graph (two files of one name, one page read from two sources): the later one in the
     * listing stands and says whose graph it replaced, as in {@code kg load}. Only the graphs' names and places
     * are shuffled to find them; the few duplicates go to the executors as a broadcast.
     */
    private static JavaRDD<DocumentResult> latestOfEachGraph(JavaSparkContext sc, JavaRDD<DocumentResult> read) {
        JavaPairRDD<String, Tuple2<Integer, Integer>> places = read.filter(DocumentResult::mapped)
                .mapToPair(d -> new Tuple2<>(d.graph(), new Tuple2<>(d.file(), d.item())));
        Map<String, Tuple2<Integer, Integer>> duplicated = new java.util.HashMap<>(places
                .mapValues(p -> new Tuple2<>(1, p))
                .reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), a._2()._1() != b._2()._1() ? (a._2()._1() > b._2()._1() ? a._2() : b._2())
                        : (a._2()._2() > b._2()._2() ? a._2() : b._2())))
                .filter(e -> e._2()._1() > 1).mapValues(Tuple2::_2).collectAsMap());
        if (duplicated.isEmpty()) return read;
        Map<String, String> earlier = new java.util.HashMap<>(read.filter(d -> d.mapped() && duplicated.containsKey(d.graph())
                        && !(duplicated.get(d.graph())._1() == d.file() && duplicated.get(d.graph())._2() == d.item()))
                .mapToPair(d -> new Tuple2<>(d.graph(), d.describe())).reduceByKey((a, b) -> a).collectAsMap());
        Broadcast<Map<String, Tuple2<Integer, Integer>>> latest = sc.broadcast(duplicated);
        Broadcast<Map<String, String>> replaced = sc.broadcast(earlier);
        return read.map(d -> {
            if (!d.mapped() || !latest.value().containsKey(d.graph())) return d;
            Tuple2<Integer, Integer> keep = latest.value().get(d.graph());
            if (keep._1() == d.file() && keep._2() == d.item()) {
                return d.withWarning("has the same graph as " + replaced.value().get(d.graph()) + ", whose graph it replaces");
            }
            // Replaced: its report line stands (it was read and mapped), its graph does not.
            return new DocumentResult(d.file(), d.item(), d.report(), d.describe(), null, null, null, null);
        });
    }

    /**
     * The driver lists the files (cheap metadata calls; a corpus of web archives has few files of many pages), in
     * the order {@code kg load} takes them: inputs as given, each folder's files in name order, only the files
     * some reader claims by name. Whether a reader accepts a folder's file by its first bytes is left to the
     * executors, which read it anyway.
     */
    static List<InputFile> list(List<String> inputs, Configuration conf, long maxBytes) throws IOException {
        ReaderRegistry readers = ReaderRegistry.standard(new TextReader(new SourceReader(maxBytes)));
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status = fs.getFileStatus(path);
            if (!status.isDirectory()) {
                files.add(new InputFile(uri(fs, status.getPath()), files.size(), true));
                continue;
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile() && readers.claims(f.getPath().getName())) found.add(uri(fs, f.getPath()));
            }
            found.sort(null);
            for (String f : found) files.add(new InputFile(f, files.size(), false));
        }
        return files;
    }

    private static String uri(FileSystem fs, Path p) {
        URI u = fs.makeQualified(p).toUri();
        return u.toString();
    }

    private static void writeHeader(Configuration conf, String file) throws IOException {
        Path p = new Path(file);
        try (var out = p.getFileSystem(conf).create(p, true)) {
            out.write((FileOutcome.REPORT_HEADER + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}

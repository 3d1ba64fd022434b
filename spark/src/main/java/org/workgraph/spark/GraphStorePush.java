package org.workgraph.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.remote.Checkpoint;
import org.workgraph.loader.remote.GraphStoreSink;

import scala.Tuple2;

/**
 * The job's other output: each document's graph sent from the executors to a SPARQL 1.1 Graph Store Protocol
 * endpoint by the loader's own {@link GraphStoreSink} (one {@code PUT ?graph=IRI} per document, the same retries
 * as {@code kg load --to}), every acknowledgement recorded in a checkpoint of {@code kg load}'s lines ("SHA256
 * GRAPH"), which a rerun consults to send only what is missing or changed. The checkpoint is a folder on a Hadoop
 * filesystem, one file per task, since executors on many machines write it; a rerun reads it as a dataset and joins
 * it with the documents by graph, so no map of the corpus's graphs is held anywhere.
 * <p>
 * The derived graphs (people, ideas, statistics) are single graphs that grow with the corpus, too large for one
 * request: the driver empties each, and every task adds its part with {@code POST}s of bounded size.
 *
 * @param target     the endpoint and credentials
 * @param checkpoint the checkpoint folder, on any Hadoop filesystem
 * @param attempts   tries per request on network errors, 5xx and 429 answers, with doubling waits
 */
record GraphStorePush(GraphStoreSink.Target target, String checkpoint, int attempts) implements Serializable {
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    /**
     * Sends the documents not already acknowledged with the same content, and gives every document back as its
     * report line alone: loaded (acknowledged), unchanged (in the checkpoint with the same SHA-256, not sent), or
     * failed with the endpoint's answer; a line without a document passes as it is.
     */
    JavaRDD<DocumentResult> documents(JavaSparkContext sc, JavaRDD<DocumentResult> docs, JobSettings settings, int partitions)
            throws IOException {
        String run = String.format("%015d", System.currentTimeMillis());
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(checkpoint);
        FileSystem fs = dir.getFileSystem(sc.hadoopConfiguration());
        JavaRDD<Tuple2<DocumentResult, Boolean>> marked;
        if (!fs.exists(dir)) {
            marked = docs.map(d -> new Tuple2<>(d, false));
        } else {
            // The last acknowledgement of each graph: files are named by the run that wrote them, so later is larger.
            JavaPairRDD<String, String> held = sc.wholeTextFiles(checkpoint, partitions).flatMapToPair(f -> {
                List<Tuple2<String, Tuple2<String, String>>> lines = new ArrayList<>();
                String name = f._1().substring(f._1().lastIndexOf('/') + 1);
                for (String line : f._2().split("\n")) {
                    String[] entry = Checkpoint.parse(line);
                    if (entry != null) lines.add(new Tuple2<>(entry[1], new Tuple2<>(name, entry[0])));
                }
                return lines.iterator();
            }).reduceByKey((a, b) -> a._1().compareTo(b._1()) >= 0 ? a : b, partitions).mapValues(Tuple2::_2);
            // Lines without a graph are keyed apart, by their place, and meet nothing.
            marked = docs.mapToPair(d -> new Tuple2<>(d.mapped() ? d.graph() : "\u0000" + d.file() + "/" + d.item(), d))
                    .leftOuterJoin(held, partitions)
                    .map(j -> {
                        DocumentResult d = j._2()._1();
                        Optional<String> sha = j._2()._2();
                        return new Tuple2<>(d, d.mapped() && sha.isPresent() && sha.get().equals(d.sha256()));
                    });
        }
        GraphStorePush push = this;
        return marked.mapPartitions(part -> push.sendPartition(settings, run, part));
    }

    private Iterator<DocumentResult> sendPartition(JobSettings settings, String run, Iterator<Tuple2<DocumentResult, Boolean>> part) {
        TaskContext task = TaskContext.get();
        // The task attempt's id is unique in the application: a partition sent again (a retried task, a lost cache block
        // recomputed) writes a file of its own.
        String name = String.format("part-%s-%05d-%d", run, task == null ? 0 : task.partitionId(), task == null ? 0 : task.taskAttemptId());
        List<DocumentResult> out = new ArrayList<>();
        try (Checkpoint acknowledged = Checkpoint.appendingTo(new TaskFile(settings, new org.apache.hadoop.fs.Path(checkpoint, name)))) {
            GraphStoreSink sink = new GraphStoreSink(target, acknowledged, attempts, FIRST_BACKOFF);
            while (part.hasNext()) {
                Tuple2<DocumentResult, Boolean> e = part.next();
                DocumentResult d = e._1();
                if (!d.mapped()) {
                    out.add(d.withReport(d.report()));
                } else if (e._2()) {
                    out.add(d.withReport(outcome(d, true, null)));
                } else {
                    try {
                        sink.replaceGraph(NodeFactory.createURI(d.graph()), quads(d.nquads()));
                        out.add(d.withReport(d.report()));
                    } catch (RuntimeException failure) {
                        // As kg load --to reports it; the other documents go on.
                        out.add(d.withReport(outcome(d, false, "cannot write to the store: " + failure.getMessage())));
                    }
                }
            }
        }
        return out.iterator();
    }

    /** The line kg load writes for a document skipped as unchanged, or failed by the store. */
    private static String outcome(DocumentResult d, boolean unchanged, String why) {
        String file = d.reportFile();
        Path name = Path.of(file.substring(file.lastIndexOf('/') + 1));
        return new FileOutcome(name, unchanged, null, 0, 0, 0, 0, why, List.of(), unchanged, d.reportEntry()).reportLine(file);
    }

    private static List<Quad> quads(String nquads) {
        List<Quad> quads = new ArrayList<>();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { quads.add(quad); }
        });
        return quads;
    }

    /** Empties the derived graphs before their parts are added; what could not be emptied, as messages. */
    List<String> clear(List<Node> graphs) {
        List<String> errors = new ArrayList<>();
        GraphStoreSink sink = new GraphStoreSink(target, Checkpoint.appendingTo(Writer.nullWriter()), attempts, FIRST_BACKOFF);
        for (Node g : graphs) {
            try {
                sink.clearGraph(g);
            } catch (RuntimeException e) {
                errors.add("cannot empty " + g.getURI() + ": " + e.getMessage());
            }
        }
        return errors;
    }

    /**
     * Adds a derived graph's parts (N-Quads text, as the job writes them) from the executors, each task its own
     * part; gives the failures as messages (few: one per task at most), so that the driver reports them.
     */
    List<String> add(JavaRDD<String> nquads) {
        GraphStorePush push = this;
        return nquads.mapPartitions(part -> {
            Map<Node, List<Triple>> byGraph = new LinkedHashMap<>();
            part.forEachRemaining(text -> RDFParser.fromString(text, Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) { byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.asTriple()); }
            }));
            GraphStoreSink sink = new GraphStoreSink(push.target(), Checkpoint.appendingTo(Writer.nullWriter()), push.attempts(), FIRST_BACKOFF);
            List<String> errors = new ArrayList<>();
            byGraph.forEach((g, triples) -> {
                try {
                    sink.addToGraph(g, triples.iterator());
                } catch (RuntimeException e) {
                    errors.add("cannot add " + triples.size() + " triples to " + g.getURI() + ": " + e.getMessage());
                }
            });
            return errors.iterator();
        }).collect();
    }

    /**
     * One task's checkpoint file, created on the first acknowledgement (a task that sends nothing leaves none), each
     * line made durable as it is written ({@code hflush}: on HDFS, readable by the next run even if this task dies).
     * On a local filesystem it is written without Hadoop's checksum file, which a killed task would leave stale.
     */
    private static final class TaskFile extends Writer {
        private final JobSettings settings;
        private final org.apache.hadoop.fs.Path path;
        private FSDataOutputStream stream;
        private Writer text;

        TaskFile(JobSettings settings, org.apache.hadoop.fs.Path path) {
            this.settings = settings;
            this.path = path;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            if (text == null) {
                FileSystem fs = path.getFileSystem(settings.configuration());
                if (fs instanceof ChecksumFileSystem checked) fs = checked.getRawFileSystem();
                stream = fs.create(path, false);
                text = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            }
            text.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (text == null) return;
            text.flush();
            stream.hflush();
        }

        @Override
        public void close() throws IOException {
            if (text != null) text.close();
        }
    }
}

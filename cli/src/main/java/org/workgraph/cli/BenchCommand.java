package org.workgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.workgraph.loader.DocumentSink;
import org.workgraph.loader.LoadOptions;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.discussion.SignalDiscussions;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.server.WorkgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measurements for {@code bench/run}: each prints {@code key=value} lines that the script gathers into
 * docs/benchmarks.md. Each runs in its own JVM so that its peak memory is its own.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Benchmark steps used by bench/run and bench/jena-compare (parse, jena-load, latency, compare-queries).",
        subcommands = {BenchCommand.Parse.class, BenchCommand.JenaLoad.class, BenchCommand.Latency.class, BenchCommand.Discussions.class,
                CompareQueriesCommand.class})
final class BenchCommand {
    /** Peak heap used, over all heap pools, since the JVM started. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Peak resident set of this process (Linux), in kB, or -1. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: say so with -1 rather than guess.
        }
        return -1;
    }

    /** The JVM's CPU time on all its threads (compiler and collector included). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void memory(PrintWriter out) {
        out.println("peak_heap_mb=" + peakHeap() / (1024 * 1024));
        out.println("peak_rss_mb=" + peakRssKb() / 1024);
    }

    @Command(name = "parse", description = "Read, parse and map the documents on all cores, writing nothing.")
    static final class Parse implements Callable<Integer> {
        @Parameters(paramLabel = "PATH") List<Path> paths;
        @Option(names = "--threads") Integer threads;
        @Option(names = "--nquads", paramLabel = "FILE",
                description = "Also write every quad as N-Quads to FILE (unordered: sort it to compare two runs).") Path nquads;
        @Option(names = "--repeat", defaultValue = "1",
                description = "Read the documents this many times in one JVM and report the last pass (compiled code warm): for small sets such as the real pages.") int repeat;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Loader loader = new Loader();
            AtomicLong quads = new AtomicLong();
            // Written from the loader's threads: one document's lines at a time, under the writer's lock.
            PrintWriter dump = nquads == null ? null : new PrintWriter(Files.newBufferedWriter(nquads, StandardCharsets.UTF_8));
            AtomicBoolean first = new AtomicBoolean(true);
            DocumentSink counter = (graph, q) -> {
                quads.addAndGet(q.size());
                if (dump != null && first.get()) {
                    StringBuilder lines = new StringBuilder();
                    for (Quad quad : q) lines.append(NodeFmtLib.strNT(quad.getSubject())).append(' ').append(NodeFmtLib.strNT(quad.getPredicate())).append(' ')
                            .append(NodeFmtLib.strNT(quad.getObject())).append(' ').append(NodeFmtLib.strNT(quad.getGraph())).append(" .\n");
                    synchronized (dump) { dump.print(lines); }
                }
            };
            LoadOptions options = threads == null ? LoadOptions.defaults() : LoadOptions.defaults().withThreads(threads);
            LoadReport report = null;
            double seconds = 0, cpuSeconds = 0;
            for (int pass = 0; pass < Math.max(1, repeat); pass++) {
                if (pass > 0) first.set(false);
                quads.set(0);
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                report = loader.load(paths, counter, options, f -> {});
                seconds = (System.nanoTime() - start) / 1e9;
                cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            }
            if (dump != null) dump.close();
            PrintWriter out = spec.commandLine().getOut();
            // CPU seconds per document move less than wall seconds when other work shares the cores.
            out.printf("docs=%d%nquads=%d%nseconds=%.2f%ndocs_per_s=%.0f%nquads_per_s=%.0f%nthreads=%d%nfailed=%d%ncpu_s=%.2f%ncpu_ms_per_doc=%.3f%n",
                    report.loaded(), quads.get(), seconds, report.loaded() / seconds, quads.get() / seconds, options.threads(), report.failed(),
                    cpuSeconds, report.loaded() == 0 ? 0 : 1000 * cpuSeconds / report.loaded());
            memory(out);
            out.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * The discussions graph alone rebuilt on a loaded store, with its scoring work counted (signals whose exact cosine
     * was summed, posting entries visited): counts that do not depend on how busy the machine is.
     */
    @Command(name = "discussions", description = "Rebuild the signals-discussed graph of a loaded store; print its time and scoring work.")
    static final class Discussions implements Callable<Integer> {
        @Mixin StoreOptions store;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Loader loader = new Loader(store.base, Loader.DEFAULT_MAX_BYTES);
            SignalDiscussions discussions = new SignalDiscussions(loader.iris());
            try (WorkgraphStore s = store.open()) {
                long start = System.nanoTime();
                int links = discussions.rebuild(s.dataset());
                double seconds = (System.nanoTime() - start) / 1e9;
                PrintWriter out = spec.commandLine().getOut();
                SignalDiscussions.Work work = discussions.work();
                out.printf("links=%d%nseconds=%.2f%ncandidates_scored=%d%npostings_visited=%d%n", links, seconds,
                        work.candidatesScored(), work.postingsVisited());
                memory(out);
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "jena-load", description = "Jena's own TDB2 bulk loader on an N-Quads file into a new store (the reference).")
    static final class JenaLoad implements Callable<Integer> {
        @Option(names = "--loc", required = true) Path loc;
        @Parameters(paramLabel = "FILE") Path file;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(loc.toString());
            long start = System.nanoTime();
            DataLoader loader = LoaderFactory.createLoader(dsg, (format, args) -> {});
            loader.startBulk();
            try {
                loader.load(file.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("quads=%d%nseconds=%.2f%nquads_per_s=%.0f%n", loader.countQuads(), seconds, loader.countQuads() / seconds);
            memory(out);
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "latency", description = "Serve the store and time each competency query and API endpoint over HTTP.")
    static final class Latency implements Callable<Integer> {
        /** What a request path's query string is joined with, replaced to name the measurement ("signals_relevancy_5"). */
        private static final java.util.regex.Pattern QUERY_PUNCTUATION = java.util.regex.Pattern.compile("[?=&]");
        /** The path of the first listed idea's documents, in the ideas list's answer. */
        private static final java.util.regex.Pattern IDEA_DOCUMENTS = java.util.regex.Pattern.compile("\"documents\":\"(/api/ideas/[^\"]+)\"");
        @Mixin StoreOptions store;
        @Option(names = "--cq", paramLabel = "DIR", description = "The competency queries to time (.rq files); without it, only the explorer and the API.")
        Path cqDir;
        @Option(names = "--runs", defaultValue = "20") int runs;
        @Option(names = "--timeout", defaultValue = "120", description = "Query timeout in seconds.") int timeout;
        @Spec CommandSpec spec;

        @Option(names = "--url", paramLabel = "URL", description = "Time a server already running at this URL (e.g. http://localhost:3390) "
                + "instead of serving --db: the store stays with that server, which may be read-only.")
        String url;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            if (url != null) {
                String root = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
                measure(out, http, root, root + "/workgraph/sparql");
                out.flush();
                return ExitCodes.OK;
            }
            try (WorkgraphStore s = store.open();
                 WorkgraphServer server = WorkgraphServer.builder(s.dataset()).port(0).localhostOnly(true)
                         .timeout(Duration.ofSeconds(timeout)).base(store.base)
                         .accessLog(Files.createTempFile("workgraph-bench-access", ".log")).start()) {
                measure(out, http, server.url(), server.sparqlUrl());
            }
            out.flush();
            return ExitCodes.OK;
        }

        /** Every competency query, then the explorer's home page and every JSON API list. */
        private void measure(PrintWriter out, HttpClient http, String root, String sparql) throws IOException, InterruptedException {
            List<Path> queries = List.of();
            if (cqDir != null) {
                try (Stream<Path> files = Files.list(cqDir)) {
                    queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
                }
            }
            for (Path q : queries) {
                String body = "query=" + URLEncoder.encode(Files.readString(q), StandardCharsets.UTF_8);
                HttpRequest request = HttpRequest.newBuilder(URI.create(sparql))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                report(out, "cq." + q.getFileName().toString().replace(".rq", ""), http, request);
            }
            report(out, "explorer.home", http, HttpRequest.newBuilder(URI.create(root + "/")).header("Accept", "text/html").GET().build());
            for (String path : List.of("/api/documents", "/api/people", "/api/ideas", "/api/signals?relevancy=5",
                    "/api/search?q=apprenticeships", "/api/documents?offset=5000", "/api/people?offset=5000")) {
                report(out, "api." + QUERY_PUNCTUATION.matcher(path.substring(5)).replaceAll("_"), http,
                        HttpRequest.newBuilder(URI.create(root + path)).GET().build());
            }
            // an idea's own documents list: the first idea's, a page at the start and one further in
            String ideas = http.send(HttpRequest.newBuilder(URI.create(root + "/api/ideas?limit=1")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher first = IDEA_DOCUMENTS.matcher(ideas);
            if (first.find()) {
                for (String query : List.of("", "?offset=5000")) {
                    report(out, "api.ideas_KEY_documents" + QUERY_PUNCTUATION.matcher(query).replaceAll("_"), http,
                            HttpRequest.newBuilder(URI.create(root + first.group(1) + query)).GET().build());
                }
            }
        }

        /** One warm-up, then {@code runs} timed requests: p50, p95, and the status of the last. */
        private void report(PrintWriter out, String name, HttpClient http, HttpRequest request) throws IOException, InterruptedException {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            long[] ms = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            out.printf("%s=p50 %d ms, p95 %d ms (HTTP %d)%n", name, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], status);
            out.flush();
        }
    }
}

package org.workgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The same SPARQL queries against several endpoints with one HTTP client, interleaved: each timed run asks every
 * endpoint once, in turn (the order rotating from run to run), so that on a shared machine every endpoint sees
 * the same load. Before timing, each endpoint's answer is fetched as CSV and its rows (sorted, the order of
 * tied rows being free) are hashed, so the table says whether the endpoints agree.
 * <p>
 * Prints one tab-separated line per query and endpoint: query, endpoint, p50 ms, p95 ms, rows, HTTP status,
 * the answer's hash. An endpoint whose first answer is not 200 (a timeout, an error) is not timed: -1 for the
 * figures and rows, and the status it gave. {@code bench/jena-compare} runs it against our server and a plain Fuseki.
 */
@Command(name = "compare-queries", mixinStandardHelpOptions = true,
        description = "Time SPARQL queries (files, or folders of .rq) against several endpoints, interleaved.")
final class CompareQueriesCommand implements Callable<Integer> {
    @Option(names = "--endpoint", required = true, paramLabel = "NAME=URL",
            description = "A SPARQL query endpoint to compare, e.g. ours=http://localhost:3030/workgraph/sparql (repeat).")
    Map<String, URI> endpoints = new LinkedHashMap<>();

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs per query and endpoint (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs per query and endpoint first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--request-timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "Give up on one request after this long (default ${DEFAULT-VALUE}); the server's own query timeout is its own.")
    int requestTimeout;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Query files (.rq) or folders of them.")
    List<Path> paths;

    @Spec CommandSpec spec;

    /** One endpoint's figures for one query. */
    record Timing(String query, String endpoint, long p50, long p95, long rows, int status, String answerHash) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
        PrintWriter out = spec.commandLine().getOut();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        out.println("query\tendpoint\tp50_ms\tp95_ms\trows\tstatus\tanswer");
        for (Path q : queryFiles()) {
            String name = q.getFileName().toString().replaceFirst("\\.rq$", "");
            String query = Files.readString(q);
            for (Timing t : compare(http, name, query)) {
                out.printf("%s\t%s\t%d\t%d\t%d\t%d\t%s%n", t.query(), t.endpoint(), t.p50(), t.p95(), t.rows(), t.status(), t.answerHash());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private List<Path> queryFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    files.addAll(s.filter(f -> f.toString().endsWith(".rq")).sorted().toList());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new ParameterException(spec.commandLine(), "No such query file or folder: " + p);
            }
        }
        return files;
    }

    private List<Timing> compare(HttpClient http, String name, String query) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>(endpoints.keySet());
        int n = names.size();
        String[] hashes = new String[n];
        long[] rows = new long[n];
        int[] status = new int[n];
        for (int e = 0; e < n; e++) {
            HttpResponse<String> csv = http.send(request(endpoints.get(names.get(e)), query, "text/csv"),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status[e] = csv.statusCode();
            List<String> lines = csv.body().lines().toList();
            rows[e] = csv.statusCode() == 200 ? Math.max(0, lines.size() - 1) : -1;
            hashes[e] = csv.statusCode() == 200 ? sortedHash(lines) : "-";
            if (csv.statusCode() != 200) continue;
            for (int i = 0; i < warmup; i++) time(http, endpoints.get(names.get(e)), query);
        }
        long[][] ms = new long[n][runs];
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < n; k++) {
                int e = (r + k) % n; // rotate who goes first, so neither always follows the other
                // An endpoint that refused or timed out on the first request is not timed: its status says why,
                // and twenty more timeouts would say nothing new.
                if (rows[e] < 0) continue;
                long t = System.nanoTime();
                status[e] = time(http, endpoints.get(names.get(e)), query);
                ms[e][r] = (System.nanoTime() - t) / 1_000_000;
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            long[] sorted = ms[e].clone();
            Arrays.sort(sorted);
            boolean timed = rows[e] >= 0;
            timings.add(new Timing(name, names.get(e), timed ? percentile(sorted, 0.50) : -1, timed ? percentile(sorted, 0.95) : -1,
                    rows[e], status[e], hashes[e]));
        }
        return timings;
    }

    private int time(HttpClient http, URI endpoint, String query) throws IOException, InterruptedException {
        return http.send(request(endpoint, query, "application/sparql-results+json"), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    private HttpRequest request(URI endpoint, String query, String accept) {
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(requestTimeout))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    /** The nearest-rank percentile of sorted figures. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A short hash of the header and the sorted rows of a CSV answer: equal answers, equal hashes. */
    static String sortedHash(List<String> lines) {
        List<String> body = new ArrayList<>(lines.isEmpty() ? List.of() : lines.subList(1, lines.size()));
        body.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (!lines.isEmpty()) sha.update(lines.get(0).getBytes(StandardCharsets.UTF_8));
            for (String line : body) {
                sha.update((byte) '\n');
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}

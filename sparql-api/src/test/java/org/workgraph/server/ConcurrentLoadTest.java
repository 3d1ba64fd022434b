package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/**
 * Queries are served while a load writes to the same TDB2 store, and each sees one consistent snapshot: many
 * clients on loopback query SPARQL, dereference IRIs and call the API for a bounded time while a background
 * thread loads (then reloads, replacing) copies of the corpus. Every answer is checked against what complete
 * documents give, so a half-written or doubled document would count as an error; there must be none.
 */
class ConcurrentLoadTest {
    private static final int CLIENTS = Integer.getInteger("workgraph.concurrency.clients", 16);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("workgraph.concurrency.seconds", 10));
    private static final int COPIES = 3;
    private static final String SIZES = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir Path dir;

    /** What a complete copy of original {@code i} holds: quads in its graph, responses and signals. */
    private record Complete(long quads, long responses, long signals) {}

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void clientsSeeWholeDocumentsWhileALoadRuns() throws Exception {
        List<Path> originals;
        try (Stream<Path> files = Files.list(Fixture.corpus())) {
            originals = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Path copies = Files.createDirectories(dir.resolve("copies"));
        for (int c = 0; c < COPIES; c++) {
            for (int i = 0; i < originals.size(); i++) Files.copy(originals.get(i), copies.resolve(String.format("copy%d-%d.txt", c, i)));
        }
        Map<Integer, Complete> complete = completeCopies(copies);

        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("db"))) {
            Fixture.load(store, Fixture.BASE);
            try (WorkgraphServer server = WorkgraphServer.builder(store.dataset()).port(0).start()) {
                Map<String, LongAdder> done = new ConcurrentHashMap<>();
                List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger loads = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
                Future<?> loader = pool.submit(() -> {
                    Loader l = new Loader(Fixture.BASE, Loader.DEFAULT_MAX_BYTES);
                    while (!stop.get()) {
                        LoadReport r = l.load(List.of(copies), new TdbSink(store, l.derivedGraphs()), f -> {});
                        if (r.failed() > 0) errors.add("load: " + r.files().stream().filter(f -> !f.loaded()).map(FileOutcome::describeFailure).toList());
                        loads.incrementAndGet();
                    }
                    return null;
                });
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                long start = System.nanoTime();
                long end = start + RUN.toNanos();
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Random random = new Random(c);
                    clients.add(pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            String kind = switch (random.nextInt(4)) {
                                case 0 -> "sparql";
                                case 1 -> "api-documents";
                                case 2 -> "api-document";
                                default -> "dereference";
                            };
                            try {
                                String problem = request(kind, server, http, complete, originals, random);
                                if (problem != null) errors.add(kind + ": " + problem);
                            } catch (Exception e) {
                                errors.add(kind + ": " + e);
                            }
                            done.computeIfAbsent(kind, k -> new LongAdder()).increment();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : clients) f.get();
                double seconds = (System.nanoTime() - start) / 1e9;
                stop.set(true);
                loader.get();
                pool.shutdown();
                long total = done.values().stream().mapToLong(LongAdder::sum).sum();
                System.out.printf("ConcurrentLoadTest: %d clients for %.1f s during %d loads of %d documents: %d requests "
                        + "(%.0f/s) %s, %d errors%n", CLIENTS, seconds, loads.get(), COPIES * originals.size(), total,
                        total / seconds, done, errors.size());
                assertTrue(loads.get() >= 1, "the load ran");
                assertTrue(total > CLIENTS, "the clients ran");
                assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())));
            }
        }
    }

    /** Loads the copies into a scratch store and reads what each complete copy holds, by its original. */
    private static Map<Integer, Complete> completeCopies(Path copies) {
        try (WorkgraphStore scratch = WorkgraphStore.inMemory()) {
            Loader l = new Loader(Fixture.BASE, Loader.DEFAULT_MAX_BYTES);
            LoadReport r = l.load(List.of(copies), new TdbSink(scratch, List.of()), f -> {});
            Map<String, Long> sizes = sizes(scratch);
            Map<Integer, Complete> out = new ConcurrentHashMap<>();
            for (FileOutcome f : r.files()) {
                String name = f.path().getFileName().toString();
                Complete c = new Complete(sizes.get(l.iris().documentGraph(name).getURI()), f.responses(), f.signals());
                Complete earlier = out.putIfAbsent(original(name), c);
                assertTrue(earlier == null || earlier.equals(c), "copies of one document load alike: " + name);
            }
            return out;
        }
    }

    private static int original(String copyName) {
        return Integer.parseInt(copyName.replaceAll("^copy\\d+-(\\d+)(\\.txt)?$", "$1"));
    }

    private static Map<String, Long> sizes(WorkgraphStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> out = new java.util.HashMap<>();
            org.apache.jena.sparql.exec.QueryExec.dataset(store.dataset()).query(SIZES).select().forEachRemaining(
                    b -> out.put(b.get("g").getURI(), Long.parseLong(b.get("n").getLiteralLexicalForm())));
            return out;
        });
    }

    /** One request of the given kind; null when the answer is right, else what is wrong with it. */
    private static String request(String kind, WorkgraphServer server, HttpClient http, Map<Integer, Complete> complete,
                                  List<Path> originals, Random random) throws Exception {
        switch (kind) {
            case "sparql" -> {
                // Every copy graph present must be whole: exactly as many quads as a complete load of its original.
                HttpResponse<String> r = get(http, server.sparqlUrl() + "?query=" + URLEncoder.encode(SIZES, StandardCharsets.UTF_8),
                        "application/sparql-results+json");
                if (r.statusCode() != 200) return r.statusCode() + " " + r.body();
                for (JsonNode row : Fixture.JSON.readTree(r.body()).at("/results/bindings")) {
                    String graph = row.at("/g/value").asText();
                    String name = graph.substring(graph.lastIndexOf('/') + 1);
                    if (!name.startsWith("copy")) continue;
                    long quads = row.at("/n/value").asLong();
                    if (quads != complete.get(original(name)).quads()) return graph + " has " + quads + " quads";
                }
                return null;
            }
            case "api-documents" -> {
                HttpResponse<String> r = get(http, server.url() + "/api/documents?limit=100", "application/json");
                if (r.statusCode() != 200) return r.statusCode() + " " + r.body();
                for (JsonNode d : Fixture.JSON.readTree(r.body()).get("items")) {
                    String key = d.get("key").asText();
                    if (!key.startsWith("copy")) continue;
                    Complete c = complete.get(original(key));
                    if (d.get("responseCount").asLong() != c.responses() || d.get("signalCount").asLong() != c.signals()) return d.toString();
                }
                return null;
            }
            case "api-document" -> {
                // One copy with its thread: either not loaded yet (404) or with every response.
                int original = random.nextInt(originals.size());
                String key = "copy" + random.nextInt(COPIES) + "-" + original;
                HttpResponse<String> r = get(http, server.url() + "/api/documents/" + key, "application/json");
                if (r.statusCode() == 404) return null;
                if (r.statusCode() != 200) return r.statusCode() + " " + r.body();
                JsonNode d = Fixture.JSON.readTree(r.body());
                Complete c = complete.get(original);
                return d.get("responseCount").asLong() == c.responses() && d.get("signals").size() == c.signals()
                        ? null : key + " has " + d.get("responseCount") + " responses, " + d.get("signals").size() + " signals";
            }
            default -> {
                // The corpus documents were loaded before the server started and stay.
                String name = originals.get(random.nextInt(originals.size())).getFileName().toString();
                HttpResponse<String> r = get(http, server.url() + "/id/doc/" + name.replace(".txt", ""), "text/turtle");
                return r.statusCode() == 200 && r.body().contains(name) ? null : r.statusCode() + " for " + name;
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.Mutations;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.CorpusSplit;
import org.workgraph.loader.store.LiveUpdates;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.server.WorkgraphServer;

/**
 * Documents added, replaced and removed through a running server ({@code kg serve --allow-update}), over real HTTP,
 * into a TDB2 store on disk, land exactly where the same steps with the command line land, derived graphs included;
 * after a rebuild the derived graphs are a fresh load's (as {@code LiveUpdateTest} checks for the command line).
 * Without the update user's credentials nothing happens (401); a document that cannot be read is refused with its
 * file and line, and the store is unchanged.
 */
class LiveServerUpdateTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path corpus;
    private static List<Path> first;
    private static List<Path> last;

    private final Loader loader = new Loader();
    private final Iris iris = loader.iris();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void corpus() throws IOException {
        // The command-line live-update tests' corpus (LiveUpdateTest), so the server is checked on the same updates.
        CorpusSplit split = CorpusSplit.generate(corpus, 14, 5, 3);
        first = split.first();
        last = split.last();
    }

    @Test
    void addReplaceAndRemoveThroughTheServerGiveTheCommandLinesStore(@TempDir Path dir) throws Exception {
        Path changed = Files.createDirectories(dir.resolve("changed")).resolve(last.get(0).getFileName());
        String text = Files.readString(last.get(0));
        Files.writeString(changed, text.substring(0, text.length() / 2));
        Node removedGraph = iris.documentGraph(last.get(1).getFileName().toString());
        Node removedByFile = iris.documentGraph(last.get(2).getFileName().toString());

        try (WorkgraphStore cli = WorkgraphStore.open(dir.resolve("cli")); WorkgraphStore served = WorkgraphStore.open(dir.resolve("served"));
             WorkgraphStore fresh = WorkgraphStore.open(dir.resolve("fresh"))) {
            // The command line: one load per file, then the replacement, then two removals.
            load(cli, first);
            for (Path f : last) load(cli, List.of(f));
            load(cli, List.of(changed));
            TdbSink sink = new TdbSink(cli, loader.derivedGraphs());
            sink.remove(removedGraph);
            sink.remove(removedByFile);
            sink.finish();

            load(served, first);
            try (LiveUpdates live = new LiveUpdates(served, loader); WorkgraphServer server = server(served, live)) {
                for (Path f : last) {
                    HttpResponse<String> r = put(server, f.getFileName().toString(), Files.readAllBytes(f), USER + ":" + PASSWORD);
                    assertEquals(200, r.statusCode(), r.body());
                    JsonNode body = JSON.readTree(r.body());
                    assertEquals(iris.documentGraph(f.getFileName().toString()).getURI(), body.get("graphs").get(0).asText());
                }
                HttpResponse<String> replaced = put(server, changed.getFileName().toString(), Files.readAllBytes(changed), USER + ":" + PASSWORD);
                assertEquals(200, replaced.statusCode(), replaced.body());
                // Unchanged content: acknowledged, nothing rewritten.
                HttpResponse<String> again = put(server, changed.getFileName().toString(), Files.readAllBytes(changed), USER + ":" + PASSWORD);
                assertEquals(1, JSON.readTree(again.body()).get("unchanged").asInt(), again.body());
                // One removal by the Graph Store Protocol, one by file name at the documents endpoint.
                assertEquals(204, send(HttpRequest.newBuilder(URI.create(server.url() + "/workgraph/data?graph="
                        + URLEncoder.encode(removedGraph.getURI(), StandardCharsets.UTF_8))).DELETE(), USER + ":" + PASSWORD).statusCode());
                assertEquals(204, send(HttpRequest.newBuilder(URI.create(server.url() + "/workgraph/documents?file="
                        + URLEncoder.encode(last.get(2).getFileName().toString(), StandardCharsets.UTF_8))).DELETE(), USER + ":" + PASSWORD).statusCode());
                assertEquals(404, send(HttpRequest.newBuilder(URI.create(server.url() + "/workgraph/documents?file="
                        + URLEncoder.encode(last.get(2).getFileName().toString(), StandardCharsets.UTF_8))).DELETE(), USER + ":" + PASSWORD).statusCode(),
                        "removed already");
                // The server's search follows: the text index is written in the same transaction.
                assertTrue(quads(served).size() > 0);
            }
            assertSame(quads(cli), quads(served), "every graph, documents and derived, as the command line leaves it");

            load(fresh, List.of(first, List.of(changed)).stream().flatMap(List::stream).toList());
            for (DerivedGraph d : loader.derivedGraphs()) d.rebuild(served.dataset());
            for (Node g : List.of(iris.peopleGraph(), iris.ideasGraph(), iris.statsGraph())) {
                assertSame(graph(fresh, g), graph(served, g), "after a rebuild, as a fresh load: " + g);
            }
        }
    }

    @Test
    void withoutTheUpdatersCredentialsOrWithABadDocumentNothingChanges(@TempDir Path dir) throws Exception {
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("store"))) {
            load(store, first);
            Set<Quad> before = quads(store);
            try (LiveUpdates live = new LiveUpdates(store, loader); WorkgraphServer server = server(store, live)) {
                byte[] doc = Files.readAllBytes(last.get(0));
                String name = last.get(0).getFileName().toString();
                assertEquals(401, put(server, name, doc, null).statusCode());
                assertEquals(401, put(server, name, doc, USER + ":wrong").statusCode());
                assertEquals(401, put(server, name, doc, "someone:" + PASSWORD).statusCode());
                Node graph = iris.documentGraph(first.get(0).getFileName().toString());
                String gsp = server.url() + "/workgraph/data?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8);
                assertEquals(401, send(HttpRequest.newBuilder(URI.create(gsp)).DELETE(), null).statusCode());
                assertEquals(401, send(HttpRequest.newBuilder(URI.create(gsp)).DELETE(), USER + ":wrong").statusCode());
                assertEquals(401, send(HttpRequest.newBuilder(URI.create(server.url() + "/workgraph/documents?graph="
                        + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8))).DELETE(), USER + ":wrong").statusCode());

                // Invalid UTF-8 on line 7: refused with the file, the line and why.
                byte[] invalid = Mutations.invalidByteOnLine(Files.readString(last.get(0)), 7);
                HttpResponse<String> bad = put(server, "broken-post.txt", invalid, USER + ":" + PASSWORD);
                assertEquals(422, bad.statusCode(), bad.body());
                String message = JSON.readTree(bad.body()).get("message").asText();
                assertTrue(message.startsWith("broken-post.txt:7: "), message);
                assertFalse(message.contains("workgraph-upload"), "names the file as sent, not where it was staged: " + message);

                HttpResponse<String> empty = put(server, "empty.txt", new byte[0], USER + ":" + PASSWORD);
                assertEquals(422, empty.statusCode(), empty.body());
                assertTrue(empty.body().contains("empty.txt"), empty.body());
                HttpResponse<String> notADocument = put(server, "slides.pdf", doc, USER + ":" + PASSWORD);
                assertEquals(422, notADocument.statusCode());
                assertTrue(notADocument.body().contains("slides.pdf"), notADocument.body());
                assertEquals(422, put(server, "../escape.txt", doc, USER + ":" + PASSWORD).statusCode());
                assertEquals(400, send(HttpRequest.newBuilder(URI.create(server.url() + "/workgraph/documents"))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(doc)), USER + ":" + PASSWORD).statusCode(), "no file name");
            }
            assertSame(before, quads(store), "the store is unchanged");
        }
    }

    @Test
    void aReadOnlyServerTakesNoDocuments(@TempDir Path dir) throws Exception {
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("store")); LiveUpdates live = new LiveUpdates(store, loader)) {
            assertThrows(IllegalStateException.class, () -> WorkgraphServer.builder(store.dataset()).port(0)
                    .documentWrites(new LiveDocumentWrites(live)).start(), "document writes without updates enabled");
            try (WorkgraphServer server = WorkgraphServer.builder(store.dataset()).port(0).start()) {
                int status = put(server, "post.txt", Files.readAllBytes(first.get(0)), USER + ":" + PASSWORD).statusCode();
                assertTrue(status == 404 || status == 405, "no documents endpoint: " + status);
            }
            assertTrue(quads(store).isEmpty());
        }
    }

    @Test
    void loadToAServerThatReadsDocumentsSendsFilesAndItsDerivedGraphsFollow(@TempDir Path dir) throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        Path checkpoint = dir.resolve("checkpoint");
        try (WorkgraphStore store = WorkgraphStore.open(dir.resolve("served")); WorkgraphStore local = WorkgraphStore.open(dir.resolve("local"))) {
            load(store, first);
            try (LiveUpdates live = new LiveUpdates(store, loader); WorkgraphServer server = server(store, live)) {
                KgRun kg = new KgRun();
                String[] args = Stream.concat(Stream.of("load", "--to", server.url() + "/workgraph/data", "--user", USER,
                        "--password-file", passwordFile.toString(), "--checkpoint", checkpoint.toString()),
                        last.stream().map(Path::toString)).toArray(String[]::new);
                assertEquals(ExitCodes.OK, kg.run(args), kg.out() + kg.err());
                assertTrue(kg.out().contains("The server reads documents itself"), kg.out());
                assertTrue(kg.out().contains("Sent 3 file(s)"), kg.out());
                assertEquals(ExitCodes.OK, kg.run(args), kg.out() + kg.err());
                assertTrue(kg.out().contains("Sent 0 file(s)") && kg.out().contains("3 unchanged"), kg.out());
            }
            // As local loads of the same files one at a time (the server takes one file per request): derived graphs included.
            load(local, first);
            for (Path f : last) load(local, List.of(f));
            assertSame(quads(local), quads(store), "sent files");
        }
    }

    /** Equal sets of quads, or a failure that shows a few of the differences rather than both stores. */
    private static void assertSame(Set<Quad> expected, Set<Quad> actual, String what) {
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + missing.size() + " missing, e.g. "
                + missing.stream().limit(3).toList() + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
        assertFalse(expected.isEmpty(), what + ": nothing to compare");
    }

    private WorkgraphServer server(WorkgraphStore store, LiveUpdates live) {
        return WorkgraphServer.builder(store.dataset()).port(0).allowUpdates(USER, PASSWORD)
                .documentWrites(new LiveDocumentWrites(live)).start();
    }

    private HttpResponse<String> put(WorkgraphServer server, String file, byte[] content, String auth) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + "/workgraph/documents?file=" + URLEncoder.encode(file, StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)), auth);
    }

    /**
     * One retry on a connection the server closed: a refusal (401) sent before a large body is read makes Jetty
     * close the connection, and the client may already have taken it from its pool for the next request; the
     * JDK client retries only GET and HEAD on its own. {@code kg load --to} retries the same way (Requests.send).
     */
    private HttpResponse<String> send(HttpRequest.Builder b, String auth) throws Exception {
        if (auth != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = b.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private void load(WorkgraphStore store, List<Path> files) {
        LoadReport report = loader.load(files, new TdbSink(store, loader.derivedGraphs()), f -> {});
        assertEquals(files.size(), report.loaded(), report.summary());
    }

    private static Set<Quad> quads(WorkgraphStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> Iter.asStream(dsg.find()).collect(Collectors.toCollection(HashSet::new)));
    }

    private static Set<Quad> graph(WorkgraphStore store, Node graph) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> Iter.asStream(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)).collect(Collectors.toCollection(HashSet::new)));
    }
}

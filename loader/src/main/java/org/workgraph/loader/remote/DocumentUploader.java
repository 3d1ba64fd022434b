package org.workgraph.loader.remote;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.source.SourceReader;

/**
 * Sends documents as files to a Workgraph server that reads and maps them itself ({@code kg serve --allow-update}):
 * one {@code PUT ?file=NAME} per file, with the file's bytes. The server stores each file's documents with the
 * graphs derived across documents (people, ideas) updated for them, which a Graph Store PUT of a mapped graph
 * cannot do. The server says it takes documents by linking its documents endpoint from every Graph Store answer
 * ({@link #REL}); a plain Graph Store endpoint does not, and then {@link GraphStoreSink} is used instead.
 * Retries and the checkpoint work as for graphs: a file acknowledged with this content is not sent again.
 */
public final class DocumentUploader {
    /** The link relation by which a Graph Store endpoint names its documents endpoint. */
    public static final String REL = "https://w3id.org/workgraph/rel/documents";
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*rel=\"?([^\",;]+)\"?");

    private final GraphStoreSink.Target target;
    private final URI documents;
    private final Checkpoint checkpoint;
    private final int attempts;
    private final Duration firstBackoff;
    private final HttpClient http;

    /** What became of one file. */
    public record Outcome(Path file, boolean sent, boolean unchanged, String failure) {}

    public DocumentUploader(GraphStoreSink.Target target, URI documents, Checkpoint checkpoint, int attempts, Duration firstBackoff) {
        if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1");
        this.target = target;
        this.documents = documents;
        this.checkpoint = checkpoint;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.http = client();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * The documents endpoint a Graph Store endpoint links to, found with one OPTIONS request (with the credentials, if
     * any); empty for any other server, or when it cannot be asked (the load then goes graph by graph and reports
     * what fails).
     */
    public static Optional<URI> offeredBy(GraphStoreSink.Target target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.endpoint()).timeout(Duration.ofSeconds(30))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        String auth = Requests.basic(target.user(), target.password());
        if (auth != null) request.header("Authorization", auth);
        try {
            HttpResponse<Void> response = client().send(request.build(), HttpResponse.BodyHandlers.discarding());
            for (String link : response.headers().allValues("Link")) {
                Matcher m = LINK.matcher(link);
                while (m.find()) if (m.group(2).equals(REL)) return Optional.of(target.endpoint().resolve(m.group(1)));
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a server that can say; the graph-by-graph path reports whatever is wrong with it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    public URI endpoint() { return documents; }

    /** Sends one file unless the checkpoint has it with this content; never throws for the file's own problems. */
    public Outcome send(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Outcome(file, false, false, "cannot read: " + e);
        }
        String key = "file:" + name;
        String sha256 = SourceReader.sha256(bytes);
        if (checkpoint.holds(key, sha256)) return new Outcome(file, false, true, null);
        URI uri = URI.create(documents + "?file=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        String auth = Requests.basic(target.user(), target.password());
        if (auth != null) request.header("Authorization", auth);
        try {
            Requests.send(http, request.build(), attempts, firstBackoff, documents.toString());
        } catch (IllegalStateException e) {
            return new Outcome(file, false, false, e.getMessage());
        }
        checkpoint.record(key, sha256);
        return new Outcome(file, true, false, null);
    }
}

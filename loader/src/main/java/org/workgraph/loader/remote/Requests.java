package org.workgraph.loader.remote;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Requests to a remote store, retried the same way for graphs and documents: network errors, 5xx and 429 answers
 * are asked again with doubling waits; any other answer is final (bad credentials, a refused document, a read-only
 * endpoint will not change by asking again).
 */
final class Requests {
    private Requests() {}

    /** The Basic authorisation header value, or null without a user. */
    static String basic(String user, String password) {
        if (user == null) return null;
        String token = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends until a 2xx answer, which it returns; throws with the server's first line of reason otherwise. */
    static HttpResponse<String> send(HttpClient http, HttpRequest request, int attempts, Duration firstBackoff, String where) {
        String last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) return response;
                last = "HTTP " + status + " from " + where + ": " + firstLine(response.body());
                if (status < 500 && status != 429) throw new IllegalStateException(last);
            } catch (IOException e) {
                last = "cannot reach " + where + ": " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending to " + where, e);
            }
            if (attempt < attempts) sleep(firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 6)));
        }
        throw new IllegalStateException(last + " (after " + attempts + " attempts)");
    }

    private static String firstLine(String body) {
        String t = body == null ? "" : body.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}

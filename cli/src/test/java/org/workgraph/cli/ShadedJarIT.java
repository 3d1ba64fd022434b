package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.gold.Gold;

/**
 * The packaged kg.jar, run as users run it: it loads the corpus, text:query finds words (Jena's subsystem
 * registrations survived shading), and the server it starts answers linked data, the API and search.
 */
class ShadedJarIT {
    private final Path jar = Path.of(System.getProperty("workgraph.jar", "target/kg.jar"));
    private final Gold gold = Gold.fromSystemProperty();

    private Process kg(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private String run(String... args) throws Exception {
        Process p = kg(args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "kg did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void thePackagedJarLoadsSearchesAndServes(@TempDir Path dir) throws Exception {
        assertTrue(Files.isRegularFile(jar), "package first: " + jar);
        String db = dir.resolve("db").toString();
        run("load", "--db", db, gold.corpus().toString());
        String json = run("query", "--db", db, "--format", "json",
                "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?s text:query 'economy' }");
        long hits = new ObjectMapper().readTree(json.substring(json.indexOf('{'))).at("/results/bindings/0/n/value").asLong();
        assertTrue(hits > 0, "text:query found nothing in the shaded jar: " + json);

        Process server = kg("serve", "--db", db, "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            Pattern endpoint = Pattern.compile("SPARQL endpoint: http://localhost:(\\d+)/");
            int port = -1;
            for (String line; port < 0 && (line = out.readLine()) != null; ) {
                Matcher m = endpoint.matcher(line);
                if (m.find()) port = Integer.parseInt(m.group(1));
            }
            assertTrue(port > 0, "the server did not say where it listens");
            HttpClient http = HttpClient.newHttpClient();
            String url = "http://localhost:" + port;
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(url + "/api/search?q=economy")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(new ObjectMapper().readTree(search.body()).get("total").asLong() > 0, search.body());
            HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(url + "/id/doc/004_ce09db8534bf1548"))
                    .header("Accept", "application/ld+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, doc.statusCode(), doc.body());
            // The explorer, with the example queries the build copied into the jar.
            HttpResponse<String> query = http.send(HttpRequest.newBuilder(URI.create(url + "/query")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, query.statusCode(), query.body());
            assertTrue(query.body().contains("href=\"/query?example=who-answered-whom\""), query.body());
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(url + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode(), home.body());
            assertTrue(home.body().contains("href=\"/id/doc/004_ce09db8534bf1548\""), home.body());
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }
}

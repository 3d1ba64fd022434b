package org.workgraph.bench.learn;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.workgraph.bench.learn.GoldAlignment.Label;
import org.workgraph.bench.learn.GoldAlignment.Page;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Line;

/**
 * The gold threads of the development sets, for studying response acts apart from finding threads: each page's post
 * and responses as its gold reading gives them (writers, kinds, reply targets, main act and act list), with each
 * response's text cut from the page from where its gold {@code startsWith} stands down to the next response, less the
 * header and furniture lines between (as {@link GoldAlignment} labels them). A response whose opening the page does not
 * hold is counted and left out.
 */
final class ActExamples {
    /** One page's thread: the post built from the gold, and the gold acts of its responses, in page order. */
    record Thread(String set, String site, String page, BlogPost post, String postWriter, List<String> mains, List<List<String>> lists) {}

    /** The threads of one set, and how many gold responses with acts could not be placed on their page. */
    record Examples(String name, List<Thread> threads, int responses, int unplaced) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActExamples() {}

    /** Every page of a gold folder whose text {@code cache} holds and whose gold gives acts. */
    static Examples read(String name, Path goldDir, Path cache) throws IOException {
        Map<String, String> sites = sites(goldDir.resolveSibling("sources.json"));
        List<Thread> threads = new ArrayList<>();
        int responses = 0, unplaced = 0;
        try (var files = Files.list(goldDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = JSON.readTree(p.toFile());
                if (!g.hasNonNull("file") || !g.path("responses").isArray() || g.path("responses").isEmpty()) continue;
                if (!g.path("responses").get(0).has("act")) continue;
                Page page = GoldAlignment.align(p, cache);
                if (page == null) continue;
                String slug = p.getFileName().toString().replaceFirst("\\.json$", "");
                // A page's site is its url's host where the set lists one; pages of the sample corpora are each their own.
                String site = sites.getOrDefault(slug, name + "/" + slug);
                Thread t = thread(name, site, slug, g, page);
                responses += g.path("responses").size();
                unplaced += g.path("responses").size() - t.post().responses().size();
                if (!t.post().responses().isEmpty()) threads.add(t);
            }
        }
        return new Examples(name, threads, responses, unplaced);
    }

    static Thread thread(String set, String site, String slug, JsonNode g, Page page) {
        List<Line> lines = page.lines();
        List<JsonNode> gold = new ArrayList<>();
        g.path("responses").forEach(gold::add);
        int[] starts = new int[gold.size()];
        int cursor = 0;
        for (int r = 0; r < gold.size(); r++) {
            String s = gold.get(r).path("startsWith").asText(null);
            starts[r] = s == null ? -1 : GoldAlignment.find(lines, s, cursor);
            if (starts[r] >= 0) cursor = starts[r] + 1;
        }
        int first = lines.size();
        for (int s : starts) if (s >= 0) first = Math.min(first, s);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < first; i++) if (page.labels()[i] == Label.BODY) body.append(lines.get(i).trimmed()).append(' ');
        List<Response> responses = new ArrayList<>();
        List<String> mains = new ArrayList<>();
        List<List<String>> lists = new ArrayList<>();
        Map<Integer, Integer> position = new HashMap<>(); // gold n -> position among the placed responses
        for (int r = 0; r < gold.size(); r++) {
            if (starts[r] < 0) continue;
            JsonNode want = gold.get(r);
            int end = lines.size();
            for (int k = r + 1; k < gold.size(); k++) if (starts[k] > starts[r]) { end = starts[k]; break; }
            String text = text(lines, page.labels(), starts[r], end, want.path("startsWith").asText());
            int n = want.path("n").asInt(r + 1);
            position.put(n, responses.size() + 1);
            Integer replyTo = want.hasNonNull("inReplyTo") ? position.get(want.get("inReplyTo").asInt()) : null;
            ResponseKind kind = switch (want.path("kind").asText("comment")) {
                case "reply" -> ResponseKind.REPLY;
                case "pingback" -> ResponseKind.PINGBACK;
                case "reblog" -> ResponseKind.REBLOG;
                default -> ResponseKind.COMMENT;
            };
            String writer = want.hasNonNull("author") ? want.get("author").asText() : null;
            responses.add(new Response(responses.size() + 1, want.path("label").asText(null), kind, writer, replyTo, null, text,
                    want.path("sourceTitle").asText(null), want.path("sourceSite").asText(null), starts[r] + 1));
            mains.add(want.path("act").asText());
            List<String> acts = new ArrayList<>();
            want.path("acts").forEach(a -> acts.add(a.asText()));
            lists.add(acts);
        }
        String author = g.path("author").isObject() ? g.path("author").path("name").asText(null)
                : g.hasNonNull("author") ? g.get("author").asText() : null;
        String writer = author != null ? author : g.path("authorGuess").path("name").asText(null);
        BlogPost post = new BlogPost(new Source(slug + ".txt", "0".repeat(64)), g.path("title").asText(null), author, null, List.of(),
                null, body.toString().strip(), responses);
        return new Thread(set, site, slug, post, writer, mains, lists);
    }

    /**
     * A response's text: its first line from where its opening stands (a header before it on the line is left out), then
     * every line down to the next response that is not a header or furniture.
     */
    static String text(List<Line> lines, Label[] labels, int from, int to, String startsWith) {
        StringBuilder out = new StringBuilder();
        String line = lines.get(from).trimmed();
        String opening = GoldAlignment.fold(startsWith);
        opening = opening.substring(0, Math.min(12, opening.length()));
        int at = GoldAlignment.fold(line).indexOf(opening);
        // Folding keeps a line's length save for runs of spaces and accents, so the offset is near enough on a header's line.
        out.append(at > 0 && at < line.length() ? line.substring(at) : line);
        for (int i = from + 1; i < to; i++) {
            if (lines.get(i).isBlank() || labels[i] == Label.HEADER || labels[i] == Label.FURNITURE) continue;
            out.append(' ').append(lines.get(i).trimmed());
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Page slug to its site (the url's host, less "www."), from a set's sources.json; empty when there is none. */
    static Map<String, String> sites(Path sources) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(sources)) return out;
        for (JsonNode row : JSON.readTree(sources.toFile())) {
            String url = row.path("url").asText("");
            String host;
            try {
                host = URI.create(url.replace(" ", "%20")).getHost();
            } catch (IllegalArgumentException e) {
                host = null;
            }
            if (host == null) continue;
            out.put(row.path("slug").asText(), host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        }
        return out;
    }
}

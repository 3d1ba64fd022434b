package org.workgraph.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A folder of gold extraction files: one JSON per document plus {@code people.json}. */
final class GoldSet {
    /** The roles that make a person someone the graph should hold (not merely the owner of a linking blog). */
    private static final Set<String> GRAPH_ROLES = Set.of("author", "commenter", "reply-writer", "addressed", "mentioned",
            "source-article-author");

    final List<JsonNode> documents = new ArrayList<>();
    final List<JsonNode> people = new ArrayList<>();
    private final Map<String, String> canonicalBySpelling = new HashMap<>();

    GoldSet(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = json.readTree(f.toFile());
                if (node.isArray()) node.forEach(people::add);
                else if (node.has("file")) documents.add(node);
            }
        }
        for (JsonNode p : people) {
            String name = p.get("name").asText();
            canonicalBySpelling.put(Normalize.text(name), name);
            p.path("aliases").forEach(a -> canonicalBySpelling.putIfAbsent(Normalize.text(a.asText()), name));
        }
    }

    /**
     * The canonical gold name for any spelling people.json lists, else the spelling itself; either way without the marks
     * a system prints around an account's handle ({@link #bareHandle}).
     */
    String canonical(String spelling) {
        if (spelling == null) return null;
        String known = canonicalBySpelling.get(Normalize.text(spelling));
        if (known == null) known = canonicalBySpelling.get(Normalize.text(bareHandle(spelling)));
        return bareHandle(known != null ? known : spelling);
    }

    /**
     * A one-word handle without the prefix or home server its system prints with it: "u/ann_b", "@ann_b" and
     * "ann_b@example.social" all name the account "ann_b". The gold sets were written by different readers, some keeping
     * what the page printed and some the bare handle, so the score compares accounts, not how each page decorates them.
     */
    static String bareHandle(String name) {
        String t = name.trim();
        if (t.isEmpty() || WHITESPACE.matcher(t).find()) return name;
        t = HANDLE_PREFIX.matcher(t).replaceFirst("");
        t = HOME_SERVER.matcher(t).replaceFirst("");
        return t.isEmpty() ? name : t;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern HANDLE_PREFIX = Pattern.compile("^(?:/?u/|@)");
    private static final Pattern HOME_SERVER = Pattern.compile("(?<=\\w)@[\\w-]+(?:\\.[\\w-]+)+$");

    /** Whether a spelling names a person people.json knows. */
    boolean knowsPerson(String spelling) {
        return spelling != null && canonicalBySpelling.containsKey(Normalize.text(spelling));
    }

    /** People the graph should hold, among those appearing in the given files. */
    List<JsonNode> peopleIn(Set<String> files) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : people) {
            boolean inScope = false, graphRole = false;
            for (JsonNode d : p.path("documents")) inScope |= files.contains(d.asText());
            for (JsonNode r : p.path("roles")) graphRole |= GRAPH_ROLES.contains(r.asText());
            if (inScope && graphRole) out.add(p);
        }
        return out;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

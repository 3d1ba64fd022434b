package org.workgraph.loader.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shared gold extraction (../shared/gold) and corpus, for tests that compare the loader's output with
 * what a careful reader found. Expected values are always computed from these files, never pasted.
 */
public final class Gold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path shared;
    private final Map<String, String> canonicalByAlias = new HashMap<>();
    private final List<JsonNode> people = new ArrayList<>();

    public Gold(Path shared) {
        this.shared = shared;
        for (JsonNode person : read(shared.resolve("gold/people.json"))) {
            people.add(person);
            String name = person.get("name").asText();
            canonicalByAlias.put(normalize(name), name);
            for (JsonNode alias : person.get("aliases")) canonicalByAlias.putIfAbsent(normalize(alias.asText()), name);
        }
    }

    /** The shared folder as the build passes it ({@code workgraph.shared}), else {@code ../shared} beside the checkout. */
    public static Gold fromSystemProperty() {
        String dir = System.getProperty("workgraph.shared");
        Path p = dir != null ? Path.of(dir) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(p.resolve("gold"))) throw new IllegalStateException("no shared gold folder at " + p.toAbsolutePath());
        return new Gold(p);
    }

    public Path corpus() { return shared.resolve("corpus"); }

    public Path contract() { return shared.resolve("contract"); }

    /** Every gold document file, in name order. */
    public List<JsonNode> documents() {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("gold"))) {
            files.filter(f -> f.getFileName().toString().matches("\\d.*\\.json")).sorted().forEach(f -> out.add(read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<JsonNode> documents(String kind) {
        return documents().stream().filter(d -> d.get("kind").asText().equals(kind)).toList();
    }

    /** Every person of people.json. */
    public List<JsonNode> people() { return people; }

    /** Whether people.json knows a spelling as a name or alias. */
    public boolean knowsPerson(String name) { return name != null && canonicalByAlias.containsKey(normalize(name)); }

    /** The canonical name people.json gives a spelling (a canonical name or any alias), or the spelling itself. */
    public String canonical(String name) {
        return name == null ? null : canonicalByAlias.getOrDefault(normalize(name), name);
    }

    /** Text compared the way the gold README says: whitespace collapsed, quotes straightened, case ignored. */
    public static String normalize(String s) {
        if (s == null) return null;
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("[\\s\\u00A0]+", " ").trim().toLowerCase();
    }

    /** A JSON text field, or null when absent or null. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

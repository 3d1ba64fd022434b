package org.workgraph.bench.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.workgraph.loader.blog.Furniture;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Lines;

/**
 * Labels each line of a page by aligning its gold reading to the text: the line where each gold response's text starts
 * ({@code startsWith}), the line that names its writer (above the text, or under it for a signature) or carries its
 * date, the response's text down to the next response, the post's body before the first, furniture wherever it
 * stands. Training data for the header classifier; what the alignment could not place is counted, not guessed.
 */
final class GoldAlignment {
    /**
     * A line's role: a response's header; the first line of a response that has no header line (a flat thread's
     * paragraph, a comment whose name line the copy lost); the rest of a response's text; the post's body before the
     * first response; furniture wherever it stands.
     */
    enum Label { HEADER, START, RESPONSE, BODY, FURNITURE }

    /** One page's lines with their labels, and how much of its gold the alignment could place. */
    record Page(String site, String kind, List<Line> lines, Label[] labels, int responses, int startsFound, int writers,
                int writersFound, int headers, List<String> startTexts, List<String> writerNames) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How many lines above a response's text its header may stand (a name, a date line, an avatar line). */
    private static final int ABOVE = 4;

    private GoldAlignment() {}

    /** The page of one gold file, its text from {@code cache} (the gold's {@code file}); null when the text is absent. */
    static Page align(Path gold, Path cache) throws IOException {
        JsonNode g = JSON.readTree(gold.toFile());
        if (!g.hasNonNull("file")) return null;
        Path text = cache.resolve(g.get("file").asText());
        if (!Files.exists(text)) return null;
        List<Line> lines = Lines.of(Files.readString(text));
        Label[] labels = new Label[lines.size()];
        List<JsonNode> responses = new ArrayList<>();
        g.path("responses").forEach(responses::add);

        // Where each response's text starts, in page order; -1 where the text cannot be found.
        int[] starts = new int[responses.size()];
        int cursor = 0;
        for (int r = 0; r < responses.size(); r++) {
            String s = responses.get(r).path("startsWith").asText(null);
            starts[r] = s == null ? -1 : find(lines, s, cursor);
            if (starts[r] >= 0) cursor = starts[r] + 1;
        }
        int found = 0, writers = 0, writersFound = 0, headers = 0;
        boolean[] header = new boolean[lines.size()];
        boolean[] unheaded = new boolean[lines.size()];
        for (int r = 0; r < responses.size(); r++) {
            if (starts[r] < 0) continue;
            found++;
            int from = starts[r];
            int lower = previousStart(starts, r); // a header cannot stand in the response above
            int upper = nextStart(starts, r, lines.size());
            String writer = responses.get(r).path("author").asText(null);
            int h = -1;
            if (writer != null) {
                writers++;
                h = nameLine(lines, writer, from, lower, upper);
                if (h >= 0) writersFound++;
            }
            if (h < 0) h = stampAbove(lines, from, lower);
            if (h < 0 && prefixIsHeader(lines.get(from).trimmed(), responses.get(r).path("startsWith").asText())) h = from;
            if (h >= 0 && !header[h]) { header[h] = true; headers++; }
            if (h < 0) unheaded[from] = true;
        }
        int first = lines.size();
        for (int s : starts) if (s >= 0) first = Math.min(first, s);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String t = lines.get(i).trimmed();
            labels[i] = header[i] ? Label.HEADER : unheaded[i] ? Label.START : Furniture.is(t) ? Label.FURNITURE
                    : i < first ? Label.BODY : Label.RESPONSE;
        }
        String site = gold.getFileName().toString().replaceFirst("\\.json$", "");
        List<String> startTexts = new ArrayList<>(), writerNames = new ArrayList<>();
        for (JsonNode r : responses) {
            String s = r.path("startsWith").asText(null);
            startTexts.add(s == null ? null : fold(s).substring(0, Math.min(30, fold(s).length())).trim());
            writerNames.add(r.path("author").asText(null));
        }
        return new Page(site, g.path("kind").asText(), lines, labels, responses.size(), found, writers, writersFound, headers,
                startTexts, writerNames);
    }

    /** Every page of a gold folder whose text the cache holds (people.json and the like have no {@code file}). */
    static List<Page> alignAll(Path goldDir, Path cache) throws IOException {
        List<Page> out = new ArrayList<>();
        try (var files = Files.list(goldDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Page page = align(p, cache);
                if (page != null) out.add(page);
            }
        }
        return out;
    }

    /** The first line at or after {@code from} holding the text's opening (its first 30, else 15 characters). */
    static int find(List<Line> lines, String startsWith, int from) {
        String want = fold(startsWith);
        for (int len : new int[] {30, 15}) {
            String w = want.substring(0, Math.min(len, want.length())).trim();
            if (w.isEmpty()) return -1;
            for (int i = from; i < lines.size(); i++) if (fold(lines.get(i).text()).contains(w)) return i;
        }
        return -1;
    }

    /**
     * The line naming the writer: the start line itself when the name precedes the text on it, else the nearest line
     * above within {@link #ABOVE} lines of content, else a short line under the text before the next response (a
     * signature).
     */
    private static int nameLine(List<Line> lines, String writer, int start, int lower, int upper) {
        String name = fold(writer);
        String first = name.split(" ")[0];
        String line = fold(lines.get(start).text());
        int at = line.indexOf(name);
        if (at >= 0 && at < 5) return start; // "Ann Lee says: The text…"
        int seen = 0;
        for (int i = start - 1; i > lower && seen < ABOVE; i--) {
            if (lines.get(i).isBlank()) continue;
            seen++;
            String t = fold(lines.get(i).text());
            if (t.contains(name) || (first.length() > 2 && t.startsWith(first))) return i;
        }
        for (int i = start + 1; i < upper; i++) {
            String t = fold(lines.get(i).text());
            if (!t.isBlank() && t.split(" ").length <= 15 && t.contains(name)) return i;
        }
        return -1;
    }

    /** A short line right above the text with a date or time on it: a header that prints no name (or "Anonymous"). */
    private static int stampAbove(List<Line> lines, int start, int lower) {
        for (int i = start - 1; i > lower; i--) {
            if (lines.get(i).isBlank()) continue;
            String t = lines.get(i).trimmed();
            boolean stamp = Dates.DATE.matcher(t).find() || Dates.TIME_OR_AGE.matcher(t).find();
            return stamp && t.split("\\s+").length <= 12 ? i : -1;
        }
        return -1;
    }

    /** The text starts inside its line after a header-like prefix: a date or time, or "says:". */
    private static boolean prefixIsHeader(String line, String startsWith) {
        String l = fold(line), s = fold(startsWith);
        int at = l.indexOf(s.substring(0, Math.min(15, s.length())));
        if (at <= 2) return false;
        String prefix = l.substring(0, at);
        return Dates.DATE.matcher(prefix).find() || Dates.TIME_OR_AGE.matcher(prefix).find() || prefix.matches(".*\\b(says|said|wrote)\\b.*");
    }

    private static int previousStart(int[] starts, int r) {
        for (int k = r - 1; k >= 0; k--) if (starts[k] >= 0) return starts[k];
        return -1;
    }

    private static int nextStart(int[] starts, int r, int size) {
        for (int k = r + 1; k < starts.length; k++) if (starts[k] >= 0) return starts[k];
        return size;
    }

    /** Lower case, no accents, straight quotes, single spaces: the gold is typed, the page is copied. */
    static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"').replace('\u00A0', ' ');
        return t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}

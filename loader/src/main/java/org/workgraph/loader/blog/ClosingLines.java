package org.workgraph.loader.blog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Line;

/**
 * Posts closed by the same short line, learnt from the page: a comment system that lost its headers in the copy still
 * prints its interface after each comment ("Expand full comment", "2 Likes", "Report", "Reply"), whatever its words. A
 * short line that recurs, by shape (numbers and dates abstracted), right after prose three times or more cuts the page
 * into posts, each ending at one; a line the page's furniture already knows as a footer needs two. Guards, as a thread's
 * template differs from an article's or a digest's repeated labels: the line is no label (no colon after it), no
 * heading in title case, no name, and holds a word; no other short line recurs as often inside the pieces (a digest's
 * "What happened" / "Why it matters" fields come in sets); most pieces speak as responses do. A first piece much longer
 * than the others is the post above the thread, not a response.
 */
final class ClosingLines {
    /** Repeats a closing line needs; a known footer needs {@link #FOOTER_REPEATS}. */
    static final int REPEATS = 3, FOOTER_REPEATS = 2;
    /** How many times longer than the longest other piece a first piece must be to be the post above the thread. */
    private static final int POST_RATIO = 3;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*\\p{L}[.!?]$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final int MAX_WORDS = 4;

    private ClosingLines() {}

    /** The posts the page's closing line cuts between lines {@code from} and {@code to}, or none. */
    static List<RhythmThread.Post> posts(List<Line> lines, int from, int to) {
        Map<String, List<Integer>> closers = new LinkedHashMap<>();
        Map<String, Boolean> footer = new HashMap<>();
        for (int j = from; j < to; j++) {
            String t = lines.get(j).trimmed();
            if (!closing(t)) continue;
            int above = previous(lines, from, j);
            if (above < 0 || !RhythmThread.prose(lines.get(above).trimmed())) continue;
            String key = ResponseTemplate.key(t);
            closers.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
            footer.merge(key, Furniture.isFooter(t), Boolean::logicalAnd);
        }
        String best = null;
        for (Map.Entry<String, List<Integer>> e : closers.entrySet()) {
            int needs = footer.get(e.getKey()) ? FOOTER_REPEATS : REPEATS;
            if (e.getValue().size() >= needs && (best == null || e.getValue().size() > closers.get(best).size())) best = e.getKey();
        }
        if (best == null) return List.of();
        List<Integer> at = closers.get(best);
        // Another short line recurring as often inside the pieces: the page's sections have a template of their own.
        Map<String, Integer> others = new HashMap<>();
        Set<Integer> closing = new HashSet<>(at);
        for (int j = from; j < to; j++) {
            String t = lines.get(j).trimmed();
            if (closing.contains(j) || t.isEmpty() || !ResponseTemplate.isShort(t)) continue;
            others.merge(ResponseTemplate.key(t), 1, Integer::sum);
        }
        for (int n : others.values()) if (n >= at.size() && n >= FOOTER_REPEATS) return List.of();
        // The pieces: each ends at a closing line; after the last one, prose cut off by the page's end is a post too.
        List<int[]> pieces = new ArrayList<>();
        int start = from;
        for (int j : at) {
            pieces.add(new int[] {start, j});
            start = j + 1;
        }
        if (hasProse(lines, start, to)) pieces.add(new int[] {start, to});
        // The page's head over the first piece (a title line, navigation) is nobody's post: the first piece starts at its
        // first prose line.
        int[] first = pieces.get(0);
        while (first[0] < first[1] && !RhythmThread.prose(lines.get(first[0]).trimmed())) first[0]++;
        for (int[] p : pieces) if (!hasProse(lines, p[0], p[1])) return List.of();
        int longest = 0;
        for (int i = 1; i < pieces.size(); i++) longest = Math.max(longest, proseLines(lines, pieces.get(i)));
        if (pieces.size() > 2 && proseLines(lines, first) > POST_RATIO * Math.max(1, longest)) pieces.remove(0);
        if (pieces.size() < REPEATS) return List.of();
        int voiced = 0;
        for (int[] p : pieces) if (RhythmThread.voiced(lines, p[0], p[1])) voiced++;
        if (voiced * 2 < pieces.size()) return List.of();
        List<RhythmThread.Post> out = new ArrayList<>();
        for (int[] p : pieces) {
            int text = p[0];
            while (text < p[1] && lines.get(text).isBlank()) text++;
            out.add(new RhythmThread.Post(text, text, p[1], null, null, RhythmThread.Cue.CLOSED));
        }
        return out;
    }

    /** A line that can close a post: a few words, one of them a word, no sentence, no label, no heading, no name. */
    static boolean closing(String t) {
        if (t.isEmpty() || !WORD.matcher(t).find() || t.endsWith(":") || SPACE.split(t).length > MAX_WORDS
                || SENTENCE_END.matcher(t).matches() || Header.nameLike(t)) return false;
        int words = 0, capitalised = 0;
        for (String w : SPACE.split(t)) {
            if (!WORD.matcher(w).find()) continue;
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return words < 2 || capitalised < 2;
    }

    private static int previous(List<Line> lines, int from, int j) {
        for (int k = j - 1; k >= from; k--) if (!lines.get(k).isBlank()) return k;
        return -1;
    }

    private static boolean hasProse(List<Line> lines, int from, int to) {
        for (int k = from; k < to; k++) if (RhythmThread.prose(lines.get(k).trimmed())) return true;
        return false;
    }

    private static int proseLines(List<Line> lines, int[] piece) {
        int n = 0;
        for (int k = piece[0]; k < piece[1]; k++) if (RhythmThread.prose(lines.get(k).trimmed())) n++;
        return n;
    }
}

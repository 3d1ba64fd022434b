package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;

/**
 * Reads a thread that no header form of the reader's rules knows, block by block, from the page's own structure: for a
 * page where the rules found no response, it finds the page's <em>boundary runs</em> (consecutive short lines made only
 * of what comment systems print around a response, never of prose: a stamp, a handle, a "NAME … wrote" line, a score,
 * reply furniture), cuts the page into a block at each run that can open one, and decides each block on its own
 * evidence ({@link BlockEvidence}):
 * <ul>
 *   <li>the run has a writer's slot (a handle standing first on its line, "u/NAME", "NAME@INSTANCE", "NAME [ID] wrote"): 2;</li>
 *   <li>it carries a stamp (a date, a time, an age): 1; a time of day in a stamp-only boundary that recurs three times or
 *       more under text of the page's own: 1 more, and it stands for the writer's slot the system lost (a diary prints a
 *       day, a comment system stamps to the minute);</li>
 *   <li>reply furniture stands with it or right under the text (a score, "link", "Reply", "Report"): 1;</li>
 *   <li>the run's shape (which of these it is made of) recurs at another block of the page: 1;</li>
 *   <li>the block speaks as responses do near its start (first or second person, thanks, agreement): 1.</li>
 * </ul>
 * A block is a response at {@link BlockEvidence#THRESHOLD}, with two kinds of boundary evidence at least (a post quoting
 * "Ann Lee wrote:" over a first-person quotation has one) and only with a writer's slot or furniture among them: a stamp,
 * a repeat and a first-person paragraph are also how a diary's dated entries look. Below that the block abstains: before the first
 * response its lines stay the post's, after it they continue the response above. The kept blocks are then weighed with
 * the rest of the page by {@link ThreadRecognition}, as every rule's candidates are. Parsing a page never needs another.
 */
final class BlockThread {
    // Compiled once: these run per line or per candidate.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ONLY_STAMP_MARKS = Pattern.compile("[\\d\\s\u00B7\u2022|\u2206\u0394+\\-\u2191\u2193()\\[\\],.]");
    private static final Pattern DAY_NAMES_AND_MARKS = Pattern.compile("(?i)\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|[\\s,|#@\u00B7\u2022\u2013\u2014:()\\[\\]-]+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
    private static final Pattern SENTENCE_WORD = Pattern.compile("(?i).*\\b(?:i|we|you|he|she|they|it|is|was|were|are|the|a|an|and|to|of|in|for|that|this)\\b.*");
    private static final Pattern DIGIT_OR_UNDERSCORE = Pattern.compile(".*[\\d_].*");
    private static final Pattern NO_NAME = Pattern.compile("(?i)(?:i|he|she|they|we|you|it|who|someone|everyone|article|post|author|op)");

    /** The longest line a boundary may be, in tokens: a header, never a sentence. */
    private static final int MOST_TOKENS = 12;
    /** Words a stamp line may carry besides its stamp ("Posted", a weekday, "edited"). */
    private static final int STAMP_WORDS = 4;
    /** A bullet or list mark opening a line. */
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25E6\u25AA\u2023\u2219*\u2013\u2014-]\\s+");
    /** A handle: "@ann", "u/ann", "/u/ann", "ann@lemmy.example": how federated and link-sharing systems name writers. */
    private static final Pattern HANDLE = Pattern.compile("^(?:@([\\p{L}\\d_][\\p{L}\\d_.-]*)|/?u/([\\p{L}\\d_-]+)"
            + "|([\\p{L}\\d_][\\p{L}\\d_.-]*@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+))$");
    /** A writer's line ending in the system's verb: "ann wrote", "Ann Lee says:", "ann t1_x9f2 wrote". */
    private static final Pattern CUE = Pattern.compile("^((?:[\\p{L}\\d_.'\u2019-]+\\s+){0,2}[\\p{L}\\d_.'\u2019-]+)\\s+"
            + "(?i:wrote|writes|says|said|replied|replies|commented|answered|asked)\\s*[:.,\u2026]*$");
    /** A date with a two-digit year, as link-sharing boards print it: "Aug 26 '19". */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+['\u2019]\\d{2}\\b");
    /** A score alone: "14", "-1", "2.3k". */
    private static final Pattern SCORE = Pattern.compile("^[+-]?\\d[\\d,.]*k?$");
    /** Reply furniture of one word or mark, alone on its line. */
    private static final Set<String> FURNITURE_WORDS = Set.of("link", "fedilink", "arrow-up", "arrow-down", "permalink", "parent",
            "context", "source", "embed", "save", "report", "reply", "share", "\u00B7", "\u2022", "|", "[-]", "[+]", "\u2191", "\u2193");
    /** How people speak in a response near its start (as {@link ThreadRecognition} hears it). */
    private static final Pattern VOICE = Pattern.compile("\\b(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Yy]ou|[Yy]our|[Yy]ou['\u2019](?:re|ve|ll|d)"
            + "|[Ww]e|[Oo]ur)\\b|(?i:\\bthanks?\\b|\\bthank you\\b|\\bagree\\b|\\blol\\b)|(?<![\\w.])@\\w");
    private static final int OPENING = 240;

    /** What a boundary line is made of. */
    private enum Part { WRITER, STAMP, TIME, FURNITURE }
    /** A time of day: "12:48 pm", "09:56". Comment systems stamp a response to the minute; posts and diaries print a day. */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");
    /** How often a stamp-only boundary with a time must recur for the stamps alone to stand as the system's. */
    private static final int CLOCKED_REPEATS = 3;

    /** One boundary line: its parts, and the writer its slot names (or null). */
    private record Boundary(Set<Part> parts, String writer) {}

    /**
     * One block the page's structure cuts: the boundary run heading it (lines {@code run} to {@code text}, 0-based, end
     * exclusive) and its text (to {@code end}), with the decision on it.
     */
    record Block(int run, int text, int end, String writer, LocalDate date, BlockEvidence evidence) {}

    /** The responses the blocks give, and the first kept block's boundary line (0-based; -1 when none is kept). */
    record Reading(List<Response> responses, int start, Map<Integer, Header> headers) {
        Reading {
            responses = List.copyOf(responses);
            headers = Map.copyOf(headers);
        }
    }

    /**
     * What the page-level decision ({@link ThreadRecognition}) weighs of the kept blocks: each whose boundary names a
     * writer or whose boundary's shape recurs on the page is a header learnt from the page ({@link Header.Form#REPEATED}),
     * keyed by its line's offset from {@code start}.
     */
    static Map<Integer, Header> headers(List<Block> blocks, int start) {
        Map<Integer, Header> out = new java.util.TreeMap<>();
        for (Block b : blocks) {
            if (!b.evidence().kept()) continue;
            boolean recurs = b.evidence().cues().stream().anyMatch(c -> c.contains("recurs"));
            if (b.writer() == null && !recurs) continue;
            out.put(b.run() - start, new Header(Header.Form.REPEATED, b.writer(), b.date(), null, b.text() - b.run(), false, null,
                    "block boundary"));
        }
        return out;
    }

    private BlockThread() {}

    /**
     * The blocks of lines {@code from} to {@code to} (0-based, end exclusive), each decided; empty when no run on the page
     * can open a block.
     */
    static List<Block> cut(List<Line> lines, int from, int to) {
        Map<Integer, Boundary> boundaries = new HashMap<>();
        for (int j = from; j < to; j++) {
            if (lines.get(j).isBlank()) continue;
            Optional<Boundary> b = boundary(lines.get(j).trimmed());
            if (b.isPresent()) boundaries.put(j, b.get());
        }
        // Runs: consecutive boundary lines (blank lines between them allowed), which open a block when one of them names
        // a writer or carries a stamp; runs of furniture alone close the text above them.
        List<int[]> runs = new ArrayList<>();
        int j = from;
        while (j < to) {
            if (!boundaries.containsKey(j)) { j++; continue; }
            int start = j, last = j;
            int k = j + 1;
            while (k < to) {
                if (lines.get(k).isBlank()) { k++; continue; }
                if (!boundaries.containsKey(k)) break;
                last = k;
                k++;
            }
            runs.add(new int[] {start, last + 1});
            j = last + 1;
        }
        List<int[]> opening = new ArrayList<>();
        for (int[] r : runs) if (opens(r, boundaries)) opening.add(r);
        if (opening.isEmpty()) return List.of();
        Map<String, Integer> shapes = new HashMap<>();
        for (int[] r : opening) shapes.merge(shape(r, boundaries), 1, Integer::sum);

        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < opening.size(); i++) {
            int[] r = opening.get(i);
            int end = i + 1 < opening.size() ? opening.get(i + 1)[0] : to;
            // Furniture under the text (a score, "Reply") closes it: not the text, but evidence the text is a response.
            int textEnd = end;
            boolean footer = false;
            while (textEnd > r[1] && (lines.get(textEnd - 1).isBlank() || boundaries.containsKey(textEnd - 1))) {
                if (!lines.get(textEnd - 1).isBlank()) footer = true;
                textEnd--;
            }
            if (!hasText(lines, r[1], textEnd)) continue;
            List<String> cues = new ArrayList<>();
            int score = 0;
            Set<Part> parts = new TreeSet<>();
            String writer = null;
            for (int k = r[0]; k < r[1]; k++) {
                Boundary b = boundaries.get(k);
                if (b == null) continue;
                parts.addAll(b.parts());
                if (writer == null) writer = b.writer();
            }
            String head = lines.get(r[0]).trimmed();
            if (parts.contains(Part.WRITER)) score += weigh(cues, 2, "a writer's slot: '" + writer + "'");
            if (parts.contains(Part.STAMP)) score += weigh(cues, 1, "a stamp in its boundary");
            if (parts.contains(Part.FURNITURE) || footer) score += weigh(cues, 1, "reply furniture with it");
            int repeats = shapes.get(shape(r, boundaries));
            if (repeats > 1) score += weigh(cues, 1, "its boundary's shape recurs (" + repeats + " blocks)");
            String opening1 = Text.normalizeSpace(join(lines, r[1], textEnd));
            if (VOICE.matcher(opening1.length() > OPENING ? opening1.substring(0, OPENING) : opening1).find()) {
                score += weigh(cues, 1, "speaks as a response does");
            }
            boolean furnished = parts.contains(Part.FURNITURE) || footer;
            // A stamp to the minute over every block, three times or more, below text of the page's own: a comment system's
            // stamp, not a diary's dated entries (which print a day); it stands for the writer's slot the system lost.
            boolean clocked = parts.contains(Part.TIME) && repeats >= CLOCKED_REPEATS && hasText(lines, from, opening.get(0)[0]);
            if (clocked) score += weigh(cues, 1, "a time of day in a stamp over " + repeats + " blocks");
            int kinds = (parts.contains(Part.WRITER) ? 1 : 0) + (parts.contains(Part.STAMP) ? 1 : 0) + (furnished ? 1 : 0) + (repeats > 1 ? 1 : 0);
            // Two kinds of boundary evidence at least: a post quoting "Ann Lee wrote:" over a first-person quotation has one.
            boolean kept = score >= BlockEvidence.THRESHOLD && kinds >= 2 && (parts.contains(Part.WRITER) || furnished || clocked);
            LocalDate date = null;
            for (int k = r[0]; k < r[1] && date == null; k++) date = Dates.find(lines.get(k).trimmed()).orElse(null);
            blocks.add(new Block(r[0], r[1], textEnd, writer, date,
                    new BlockEvidence(kept, score, lines.get(r[0]).number(), head, cues)));
        }
        return blocks;
    }

    /**
     * The kept blocks as responses, in page order; an abstaining block after a kept one continues its text. Each line
     * gets its role in {@code marks}.
     */
    static List<Response> responses(List<Line> lines, List<Block> blocks, Marks marks) {
        List<Response> out = new ArrayList<>();
        Object owner = null;
        List<String> text = null;
        Block at = null;
        for (Block b : blocks) {
            if (!b.evidence().kept()) {
                if (at == null) continue;
                // An abstaining block after a response continues it: its boundary lines are the response's too.
                for (int k = b.run(); k < b.end(); k++) {
                    if (lines.get(k).isBlank()) continue;
                    text.add(lines.get(k).text());
                    marks.mark(lines.get(k), Segment.Role.RESPONSE, null, owner);
                }
                continue;
            }
            if (at != null) out.add(response(out.size() + 1, at, text, lines));
            at = b;
            owner = new Object();
            text = new ArrayList<>();
            for (int k = b.run(); k < b.text(); k++) {
                marks.mark(lines.get(k), k == b.run() ? Segment.Role.HEADER : Segment.Role.HEADER_DETAIL,
                        k == b.run() ? "BLOCK" : null, owner);
            }
            for (int k = b.text(); k < b.end(); k++) {
                Line l = lines.get(k);
                if (l.isBlank()) continue;
                text.add(l.text());
                marks.mark(l, Segment.Role.RESPONSE, null, owner);
            }
            marks.place(owner, out.size() + 1);
        }
        if (at != null) out.add(response(out.size() + 1, at, text, lines));
        return out;
    }

    private static Response response(int position, Block b, List<String> text, List<Line> lines) {
        return new Response(position, null, ResponseKind.COMMENT, b.writer(), null, b.date(), Text.normalizeSpace(String.join("\n", text)),
                null, null, lines.get(b.text()).number());
    }

    /** One explanation line for {@code kg inspect}: each block's decision. */
    static String explain(List<Block> blocks) {
        long kept = blocks.stream().filter(b -> b.evidence().kept()).count();
        List<String> parts = new ArrayList<>();
        for (Block b : blocks) parts.add(b.evidence().explain());
        return kept + " of " + blocks.size() + " blocks read as responses: " + String.join(" | ", parts);
    }

    /** Whether a run can open a block: a writer's slot or a stamp in it. */
    private static boolean opens(int[] run, Map<Integer, Boundary> boundaries) {
        for (int k = run[0]; k < run[1]; k++) {
            Boundary b = boundaries.get(k);
            if (b != null && (b.parts().contains(Part.WRITER) || b.parts().contains(Part.STAMP))) return true;
        }
        return false;
    }

    /** The run's shape: which parts its lines are made of, in order of the parts. */
    private static String shape(int[] run, Map<Integer, Boundary> boundaries) {
        Set<Part> parts = new TreeSet<>();
        for (int k = run[0]; k < run[1]; k++) {
            Boundary b = boundaries.get(k);
            if (b != null) parts.addAll(b.parts());
        }
        return parts.toString();
    }

    /** What a line is made of, when it is made only of what systems print around a response; empty for prose. */
    static Optional<Boundary> boundary(String line) {
        String t = BULLET.matcher(line).replaceFirst("").strip();
        if (t.isEmpty()) return Optional.empty();
        String[] tokens = SPACES.split(t);
        if (tokens.length > MOST_TOKENS) return Optional.empty();
        if (SCORE.matcher(t).matches() || FURNITURE_WORDS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(new Boundary(Set.of(Part.FURNITURE), null));
        }
        if (Furniture.isFooter(t)) return Optional.of(new Boundary(Set.of(Part.FURNITURE), null));
        Matcher cue = CUE.matcher(t);
        if (cue.matches()) {
            String name = writerOf(cue.group(1));
            if (name != null) return Optional.of(new Boundary(Set.of(Part.WRITER), name));
        }
        // A handle first on its line, then at most a stamp, a score or marks: "u/ann 3∆ Aug 26 '19", "@ann · 2h".
        Matcher h = HANDLE.matcher(tokens[0]);
        if (h.matches()) {
            String rest = t.substring(tokens[0].length()).strip();
            Set<Part> parts = new TreeSet<>(Set.of(Part.WRITER));
            String left = stampless(rest);
            if (!left.equals(rest)) parts.add(Part.STAMP);
            if (ONLY_STAMP_MARKS.matcher(left).replaceAll("").isEmpty()) {
                String name = h.group(1) != null ? h.group(1) : h.group(2) != null ? h.group(2) : h.group(3);
                return Optional.of(new Boundary(parts, name));
            }
            return Optional.empty();
        }
        String left = stampless(t);
        if (left.equals(t)) return Optional.empty();
        String words = DAY_NAMES_AND_MARKS.matcher(left).replaceAll(" ").strip();
        if (words.isEmpty() || SPACES.split(words).length <= STAMP_WORDS && !SENTENCE_END.matcher(words).matches() && !hasSentenceWord(words)) {
            return Optional.of(new Boundary(CLOCK.matcher(t).find() ? Set.of(Part.STAMP, Part.TIME) : Set.of(Part.STAMP), null));
        }
        return Optional.empty();
    }

    /** The line without its stamps (dates, times, ages); the line itself when it has none. */
    private static String stampless(String t) {
        String a = Dates.DATE.matcher(t).replaceAll(" ");
        a = SHORT_YEAR.matcher(a).replaceAll(" ");
        a = Dates.TIME_OR_AGE.matcher(a).replaceAll(" ");
        return a.equals(t) ? t : a;
    }

    /** Words of running prose beside a stamp ("I was there on 3 May 2020"): the line is a sentence, not a stamp. */
    private static boolean hasSentenceWord(String words) {
        return SENTENCE_WORD.matcher(words).matches();
    }

    /** The name in a "NAME [ID] wrote" line: an id (digits or underscores in the second token) is dropped. */
    private static String writerOf(String slot) {
        String[] t = SPACES.split(slot);
        if (t.length == 2 && DIGIT_OR_UNDERSCORE.matcher(t[1]).matches()) return t[0];
        for (String w : t) if (NO_NAME.matcher(w).matches()) return null;
        // Several words must each look like part of a name: capitalised, or one handle-like token.
        if (t.length > 1) for (String w : t) if (!Character.isUpperCase(w.codePointAt(0))) return null;
        return slot;
    }

    private static boolean hasText(List<Line> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = lines.get(k).trimmed();
            if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetter) && !Furniture.is(t)) return true;
        }
        return false;
    }

    private static String join(List<Line> lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(lines.get(k).text()).append('\n');
        return b.toString();
    }

    private static int weigh(List<String> cues, int weight, String cue) {
        cues.add("+" + weight + " " + cue);
        return weight;
    }
}

package org.workgraph.loader.blog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;

/**
 * Reads a forum or social thread whose posts are divided by nothing a header rule knows, from the page's own rhythm: a
 * line shape that recurs at intervals down the page with prose between its repeats. Called where neither the rules nor
 * {@link BlockThread} read a response (or read responses that still open with their writer's name line). Three rhythms,
 * each one many systems share, never a site's wording:
 * <ul>
 *   <li><b>a name line with the writer's post count</b>: a short name-shaped line, then "(N posts)" run into the post's
 *       first words or a member line ("Posts: N", "Staff member") under it; two repeats with two writers cut the page;</li>
 *   <li><b>a bare name line</b> over each post: three repeats at least, three writers, and most posts under them speak as
 *       responses do (first or second person); a heading over an article's sections names no writer and speaks of others;</li>
 *   <li><b>wider gaps between posts than between paragraphs</b>: a dump that prints two empty lines or more between posts
 *       and one between a post's paragraphs; three wide gaps at least, and most of the pieces between them speaking as
 *       responses do. A title line alone over the first piece makes that piece the post; without one every piece is a
 *       response (a comment's page, a later page of a topic).</li>
 * </ul>
 * Where the rules read responses that each still open with a bare name line (numbered posts whose name stands on the
 * line after the number), the name is taken as the writer's only where two posts at least show it so.
 * A rhythm seen once is no rhythm: the reader abstains and the page keeps its text. Every post keeps its cue, shown by
 * {@code kg inspect} on the {@code RHYTHM} line. Parsing a page never needs another.
 */
final class RhythmThread {
    // Compiled once: these run per line or per word.
    private static final Pattern NOT_LETTER_OR_APOSTROPHE = Pattern.compile("[^\\p{L}']");
    private static final Pattern LETTERS_THEN_SENTENCE_END = Pattern.compile(".*[\\p{L}].*[.!?]$");

    /** The longest a name line may be, in characters: a forum name or handle, never a sentence. */
    private static final int NAME_CHARS = 32;
    /** A list or bullet mark opening a line: "3. ", "• ". */
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[\u2022\u25E6\u25AA*\u2013\u2014-]\\s+|\\d{1,3}[.)]\\s+)");
    /** The writer's post count run into the post's first words: "(28,988 posts)And it is…". */
    private static final Pattern COUNT_TAIL = Pattern.compile("(?i)^\\((\\d[\\d,.]*k?)\\s+posts?\\)\\s*(.*)$");
    /** A member line under a name: "Posts: 688 Member", "Staff member", "1,204 posts". */
    private static final Pattern MEMBER_LINE = Pattern.compile("(?i)^(?:(?:staff|new|senior|junior|well-known|active|registered|banned)\\s+)?"
            + "(?:member|moderator|administrator|admin)$|^\\d[\\d,.]*k?\\s+posts?$|^posts?:\\s*\\d[\\d,.]*k?(?:\\s+[\\p{L} -]{1,24})?$");
    /** Words of running prose: a line holding one is a sentence or a heading, not a name. */
    private static final Set<String> PROSE_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by",
            "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "not",
            "no", "yes", "so", "if", "i", "me", "my", "we", "our", "you", "your", "he", "she", "it", "its", "they", "them", "this",
            "that", "these", "those", "what", "why", "how", "who", "when", "where", "which", "just", "also", "all", "more", "about",
            "posted", "reply", "replies", "quote", "comments", "comment", "share", "like", "likes", "post", "image", "view", "page");
    /** A navigation line: four links or more divided by bars ("new | past | comments | ask"). */
    /** Links to the posts before and after, with the blog's home between: "« Older | Main | Newer »". */
    private static final Pattern NAVIGATION_BAR = Pattern.compile("[^|]+\\|[^|]+\\|[^|]+");
    private static final Pattern MENU = Pattern.compile("(?:[^|]+\\|){3,}[^|]*");
    /** What remains of a byline whose name was lost: "• By -". */
    private static final Pattern BARE_BY = Pattern.compile("(?i)^[\u2022\u00B7\\s-]*by\\b[\\s\\p{Punct}]*$");
    /** How people speak in a response near its start (as {@link ThreadRecognition} hears it). */
    private static final Pattern VOICE = Pattern.compile("\\b(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Yy]ou|[Yy]our|[Yy]ou['\u2019](?:re|ve|ll|d)"
            + "|[Ww]e|[Oo]ur|[Uu]s)\\b|(?i:\\bthanks?\\b|\\bthank you\\b|\\bagree\\b|\\blol\\b|\\bhaha\\b)|(?<![\\w.])@\\w");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int OPENING = 240;
    /** How many tokens a section's heading may have. */
    private static final int HEADING_TOKENS = 10;
    /** A heading ends on a letter or digit, never on a sentence's or a clause's mark. */
    private static final Pattern HEADING_END = Pattern.compile("[\\p{L}\\p{N}]$");
    /** The longest a byline line may be: a name, a date and a field or two, never a paragraph. */
    private static final int BYLINE_CHARS = 90;
    /**
     * A name of several words whose first is capitalised and a later one is not ("Bill payments", "Everyday automations"):
     * a heading in sentence case. A person's name capitalises each word but its particles ("Ann van Dijk"), and a handle
     * of several words is all lower case.
     */
    private static final Pattern SENTENCE_CASE = Pattern.compile("^\\p{Lu}\\S*(?:\\s+\\S+)*?\\s+\\p{Ll}{4,}\\S*(?:\\s+\\S+)*$");
    /** How many tokens a title line over the first piece may have. */
    private static final int TITLE_TOKENS = 15;
    /** Up to this many tokens a line alone is a title however it is cased. */
    private static final int SHORT_TITLE_TOKENS = 10;

    /** Repeats each rhythm needs: below them the reader abstains. */
    static final int COUNTED_REPEATS = 2, NAME_REPEATS = 3, WIDE_GAPS = 3;

    /** Which rhythm cut a post. */
    enum Cue {
        COUNTED("a name line with the writer's post count"),
        NAMED("a bare name line over each post"),
        GAP("a wider gap than between its paragraphs"),
        NAME_OPENS("a numbered post opening with its writer's name line"),
        CLOSED("the same short line closing each post");

        final String label;

        Cue(String label) { this.label = label; }
    }

    /**
     * One post the rhythm cut: its boundary line ({@code boundary}, 0-based), its text from {@code text} (a run-in text
     * starts on the boundary's next line after its count) to {@code end} (exclusive), its writer (or null).
     */
    record Post(int boundary, int text, int end, String writer, String runIn, Cue cue) {}

    /**
     * What the rhythm read: the responses (the rules' own, renamed, when {@code start} is -1), the first post's boundary
     * line (0-based, -1 when the rules' responses were kept), the headers the thread decision weighs, and why.
     */
    record Reading(boolean read, List<Response> responses, int start, Map<Integer, Header> headers, String explanation) {
        Reading {
            responses = List.copyOf(responses);
            headers = Map.copyOf(headers);
        }

        static Reading none(List<Response> kept, String why) { return new Reading(false, kept, -1, Map.of(), why); }
    }

    private RhythmThread() {}

    /**
     * The thread the page's rhythm shows between lines {@code from} and {@code to} (0-based, end exclusive), given what the
     * rules read ({@code ruled}); {@link Reading#read()} is false when the rhythm is thin and the rules' reading stands.
     */
    static Reading read(List<Line> lines, int from, int to, List<Response> ruled, Marks marks) {
        if (!ruled.isEmpty()) return names(lines, ruled, marks);
        List<Post> posts = counted(lines, from, to);
        if (posts.isEmpty()) posts = named(lines, from, to);
        if (posts.isEmpty()) posts = gaps(lines, from, to);
        if (posts.isEmpty()) posts = ClosingLines.posts(lines, from, to);
        posts = afterByline(lines, posts);
        if (posts.isEmpty()) return Reading.none(ruled, "no rhythm");
        List<Response> out = new ArrayList<>();
        Map<Integer, Header> headers = new TreeMap<>();
        int start = posts.get(0).boundary();
        List<String> explained = new ArrayList<>();
        for (Post p : posts) {
            Object owner = new Object();
            List<String> text = new ArrayList<>();
            if (p.runIn() != null && !p.runIn().isBlank()) text.add(p.runIn());
            if (p.text() > p.boundary()) {
                for (int k = p.boundary(); k < p.text(); k++) {
                    if (lines.get(k).isBlank()) continue;
                    marks.mark(lines.get(k), k == p.boundary() ? Segment.Role.HEADER : Segment.Role.HEADER_DETAIL,
                            k == p.boundary() ? "RHYTHM" : null, owner);
                }
            }
            for (int k = p.text(); k < p.end(); k++) {
                Line l = lines.get(k);
                if (l.isBlank()) continue;
                if (Furniture.is(l.trimmed())) { marks.mark(l, Segment.Role.FURNITURE); continue; }
                text.add(l.text());
                marks.mark(l, Segment.Role.RESPONSE, null, owner);
            }
            // The line that closed the post is the system's interface, not the next post's words.
            if (p.cue() == Cue.CLOSED && p.end() < lines.size()) marks.mark(lines.get(p.end()), Segment.Role.FOOTER, "closes each post", null);
            if (text.isEmpty()) continue;
            int position = out.size() + 1;
            marks.place(owner, position);
            int at = p.text() > p.boundary() ? p.text() : p.boundary();
            out.add(new Response(position, null, ResponseKind.COMMENT, p.writer(), null, null, Text.normalizeSpace(String.join("\n", text)),
                    null, null, lines.get(Math.min(at, lines.size() - 1)).number()));
            if (p.writer() != null) {
                headers.put(p.boundary() - start, new Header(Header.Form.REPEATED, p.writer(), null, null,
                        Math.max(0, p.text() - p.boundary()), false, null, "rhythm name line"));
            }
            explained.add("line " + lines.get(p.boundary()).number() + (p.writer() == null ? "" : " '" + p.writer() + "'") + ": " + p.cue().label);
        }
        if (out.isEmpty()) return Reading.none(ruled, "no rhythm");
        String why = out.size() + " posts by the page's rhythm: " + String.join(" | ", explained);
        marks.rhythm(why);
        return new Reading(true, out, start, headers, why);
    }

    /** Name lines each followed by the writer's post count or a member line: two repeats, two writers. */
    private static List<Post> counted(List<Line> lines, int from, int to) {
        List<int[]> at = new ArrayList<>(); // name line, text line
        List<String> names = new ArrayList<>(), runIns = new ArrayList<>();
        for (int j = from; j < to; j++) {
            String name = name(lines.get(j).trimmed());
            if (name == null) continue;
            int k = next(lines, j + 1, to);
            if (k < 0) continue;
            String t = lines.get(k).trimmed();
            Matcher tail = COUNT_TAIL.matcher(t);
            if (tail.matches()) {
                at.add(new int[] {j, k + 1});
                names.add(name);
                runIns.add(tail.group(2));
            } else if (MEMBER_LINE.matcher(t).matches()) {
                at.add(new int[] {j, k + 1});
                names.add(name);
                runIns.add(null);
            }
        }
        if (at.size() < COUNTED_REPEATS || new HashSet<>(lower(names)).size() < 2) return List.of();
        List<Post> out = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : to;
            out.add(new Post(at.get(i)[0], at.get(i)[1], end, names.get(i), runIns.get(i), Cue.COUNTED));
        }
        return out;
    }

    /** Bare name lines over posts: three repeats, three writers, most posts speaking as responses do. */
    private static List<Post> named(List<Line> lines, int from, int to) {
        List<Integer> at = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (j > from && !lines.get(j - 1).isBlank() && name(lines.get(j - 1).trimmed()) == null) continue; // a name line stands apart
            String name = name(lines.get(j).trimmed());
            if (name == null) continue;
            int k = next(lines, j + 1, to);
            if (k < 0 || !prose(lines.get(k).trimmed())) continue;
            at.add(j);
            names.add(name);
        }
        if (at.size() < NAME_REPEATS || new HashSet<>(lower(names)).size() < NAME_REPEATS) return List.of();
        List<Post> out = new ArrayList<>();
        int voiced = 0;
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1) : to;
            int text = next(lines, at.get(i) + 1, end);
            if (voiced(lines, text, end)) voiced++;
            out.add(new Post(at.get(i), text, end, names.get(i), null, Cue.NAMED));
        }
        return voiced * 2 >= out.size() ? out : List.of();
    }

    /** Pieces between gaps of two empty lines or more: three such gaps, most pieces speaking as responses do. */
    private static List<Post> gaps(List<Line> lines, int from, int to) {
        List<int[]> pieces = new ArrayList<>(); // first and last+1 line with text
        int j = from, wide = 0;
        int start = -1, last = -1;
        while (j < to) {
            if (!lines.get(j).isBlank()) {
                if (start < 0) start = j;
                last = j;
                j++;
                continue;
            }
            int k = j;
            while (k < to && lines.get(k).isBlank()) k++;
            if (k - j >= 2 && start >= 0 && k < to) {
                pieces.add(new int[] {start, last + 1});
                start = -1;
                wide++;
            }
            j = k;
        }
        if (start >= 0) pieces.add(new int[] {start, last + 1});
        if (wide < WIDE_GAPS) return List.of();
        // The post's own dateline ("Published Wednesday, 7 July 2021") under the pieces: they are the post's panels or
        // sections, not posts of their own.
        for (int k = from; k < to; k++) if (HeadReader.isPublishedLine(lines.get(k).trimmed())) return List.of();
        // Navigation and a byline's remains before the first piece's text are the page's, not anybody's words.
        int[] first = pieces.get(0);
        while (first[0] < first[1] && (lines.get(first[0]).isBlank() || chrome(lines.get(first[0]).trimmed()))) first[0]++;
        if (first[0] >= first[1]) pieces.remove(0);
        // Whole pieces of the page's head before the first voice (a bar of links to the posts before and after, the
        // post's dateline, a line asking the reader to follow the comments) are the page's, not replies.
        while (!pieces.isEmpty() && pageHead(lines, pieces.get(0))) pieces.remove(0);
        if (pieces.size() < WIDE_GAPS + 1) return List.of();
        // A title line alone over the first piece: that piece is the post, the rest answer it.
        int skip = title(lines, pieces.get(0)) ? 2 : 0;
        List<Post> out = new ArrayList<>();
        int voiced = 0;
        for (int i = skip; i < pieces.size(); i++) {
            int[] p = pieces.get(i);
            if (voiced(lines, p[0], p[1])) voiced++;
            out.add(new Post(p[0], p[0], p[1], null, null, Cue.GAP));
        }
        if (out.size() < WIDE_GAPS || voiced * 2 < out.size()) return List.of();
        // Most pieces opening with a heading of their own over more text: an article's sections, however they speak.
        int headed = 0;
        for (Post p : out) if (headed(lines, p.text(), p.end())) headed++;
        if (headed * 2 >= out.size()) return List.of();
        return out;
    }

    /**
     * The posts left once the page's own byline is found inside the first of them ("By Ann Lee | Aug 5, 2022" under a
     * kicker, or under the title in the first piece): that piece opens the article the byline signs, so it is the
     * document's text, and only the rest may be responses, as many as the rhythm needs. A reply seldom prints a byline.
     */
    private static List<Post> afterByline(List<Line> lines, List<Post> posts) {
        if (posts.isEmpty()) return posts;
        Post first = posts.get(0);
        boolean signed = false;
        for (int k = first.boundary(); k < first.end() && !signed; k++) {
            String t = lines.get(k).trimmed();
            signed = !t.isEmpty() && t.length() <= BYLINE_CHARS && Byline.parse(t).filter(Byline::namesWriter).isPresent();
        }
        if (!signed) return posts;
        List<Post> rest = posts.subList(1, posts.size());
        int needs = switch (first.cue()) {
            case COUNTED, NAME_OPENS -> COUNTED_REPEATS;
            case NAMED -> NAME_REPEATS;
            case GAP -> WIDE_GAPS;
            case CLOSED -> ClosingLines.REPEATS;
        };
        return rest.size() < needs ? List.of() : List.copyOf(rest);
    }

    /**
     * A piece that opens with a heading: a short line standing as a paragraph of its own, with no sentence's end, over more
     * text in the same piece ("Explain the project properly" over its section). A reply's first line ends like a sentence
     * or runs on into its text.
     */
    private static boolean headed(List<Line> lines, int from, int to) {
        int first = next(lines, from, to);
        if (first < 0 || first + 1 >= to || !lines.get(first + 1).isBlank() || next(lines, first + 1, to) < 0) return false;
        String t = lines.get(first).trimmed();
        int tokens = SPACES.split(t).length;
        // A name line standing over its post is the writer's, not a heading.
        return name(t) == null && tokens >= 2 && tokens <= HEADING_TOKENS && HEADING_END.matcher(t).find() && Character.isUpperCase(t.codePointAt(0));
    }

    /**
     * The rules' responses renamed where two at least open with a bare name line over their text (a numbered post whose
     * writer's name stands on the line after its number): the name is the writer's and leaves the text.
     */
    private static Reading names(List<Line> lines, List<Response> ruled, Marks marks) {
        Map<Integer, Integer> byNumber = new java.util.HashMap<>();
        for (int j = 0; j < lines.size(); j++) byNumber.put(lines.get(j).number(), j);
        List<String> found = new ArrayList<>();
        String[] names = new String[ruled.size()];
        for (int i = 0; i < ruled.size(); i++) {
            Response r = ruled.get(i);
            Integer j = byNumber.get(r.line());
            if (r.writer() != null || j == null) continue;
            String name = name(lines.get(j).trimmed());
            if (name == null || !r.text().startsWith(name)) continue;
            int k = next(lines, j + 1, lines.size());
            if (k < 0 || !prose(lines.get(k).trimmed()) && !lines.get(k).trimmed().startsWith("\"")) continue;
            names[i] = name;
            found.add(name);
        }
        if (found.size() < COUNTED_REPEATS || new HashSet<>(lower(found)).size() < 2) return Reading.none(ruled, "no rhythm");
        List<Response> out = new ArrayList<>();
        List<String> explained = new ArrayList<>();
        for (int i = 0; i < ruled.size(); i++) {
            Response r = ruled.get(i);
            if (names[i] == null) { out.add(r); continue; }
            String text = r.text().substring(names[i].length()).strip();
            out.add(new Response(r.position(), r.label(), r.kind(), names[i], r.replyTo(), r.date(), text, r.sourceTitle(), r.sourceSite(), r.line()));
            explained.add("line " + r.line() + " '" + names[i] + "': " + Cue.NAME_OPENS.label);
        }
        String why = found.size() + " posts named by the page's rhythm: " + String.join(" | ", explained);
        marks.rhythm(why);
        return new Reading(true, out, -1, Map.of(), why);
    }

    /**
     * The name a line holds when it is only a name or handle: one to three tokens, no word of running prose, no closing
     * punctuation, no stamp, no furniture; a list number or bullet before it is dropped. Null otherwise.
     */
    static String name(String line) {
        String t = LIST_MARK.matcher(line).replaceFirst("").strip();
        if (t.isEmpty() || t.length() > NAME_CHARS) return null;
        String[] tokens = SPACES.split(t);
        if (tokens.length > 3) return null;
        char last = t.charAt(t.length() - 1);
        if (".!?:;,\"\u201D)]|".indexOf(last) >= 0) return null;
        if (!Character.isLetterOrDigit(t.codePointAt(0)) && t.charAt(0) != '@') return null;
        for (String w : tokens) {
            if (PROSE_WORDS.contains(NOT_LETTER_OR_APOSTROPHE.matcher(w.toLowerCase(Locale.ROOT)).replaceAll(""))) return null;
            if (w.codePoints().noneMatch(Character::isLetter) && tokens.length == 1) return null;
        }
        if (Furniture.is(t) || MEMBER_LINE.matcher(t).matches() || Dates.find(t).isPresent()) return null;
        if (SENTENCE_CASE.matcher(t).matches()) return null;
        return t;
    }

    /** A line of running prose: five tokens or more, or a sentence's end. */
    static boolean prose(String t) {
        return !t.isEmpty() && name(t) == null && (SPACES.split(t).length >= 5 || LETTERS_THEN_SENTENCE_END.matcher(t).matches());
    }

    /** Navigation, a bare "By", or furniture: printed by the page, nobody's words. */
    static boolean chrome(String t) {
        return MENU.matcher(t).matches() || BARE_BY.matcher(t).matches() || Furniture.is(t);
    }

    /** A piece made only of the page's head: navigation, a stamp, chrome the head reader passes over. */
    private static boolean pageHead(List<Line> lines, int[] piece) {
        for (int k = piece[0]; k < piece[1]; k++) {
            String t = lines.get(k).trimmed();
            if (lines.get(k).isBlank() || chrome(t) || HeadFurniture.chrome(t).isPresent() || Dates.isStamp(t)) continue;
            if (NAVIGATION_BAR.matcher(t).matches() && !t.endsWith(".")) continue;
            return false;
        }
        return true;
    }

    /**
     * A piece that is one short line: a title, not a post. A long one is a title only where it is capitalised as headlines
     * are; a long line in sentence case is a one-line reply ("Cuz it is cheaper in the long run and you cut the cost").
     */
    private static boolean title(List<Line> lines, int[] piece) {
        if (piece[1] - piece[0] != 1) return false;
        String t = lines.get(piece[0]).trimmed();
        String[] tokens = SPACES.split(t);
        if (tokens.length > TITLE_TOKENS || t.endsWith(".")) return false;
        if (tokens.length <= SHORT_TITLE_TOKENS) return true;
        int words = 0, capitalised = 0;
        for (String w : tokens) {
            if (w.codePoints().filter(Character::isLetter).count() < 4) continue;
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return capitalised * 2 >= words;
    }

    static boolean voiced(List<Line> lines, int from, int to) {
        if (from < 0) return false;
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to && b.length() < OPENING; k++) b.append(lines.get(k).text()).append('\n');
        String s = b.length() > OPENING ? b.substring(0, OPENING) : b.toString();
        return VOICE.matcher(s).find();
    }

    /** The first line with text in [from, to), or -1. */
    private static int next(List<Line> lines, int from, int to) {
        for (int k = from; k < to; k++) if (!lines.get(k).isBlank()) return k;
        return -1;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}

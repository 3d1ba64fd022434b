package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * Response headers learnt from the page itself. A comment system prints the same header over every comment ("NAME
 * said @ TIME on DATE", "u/NAME Jul 22 '22", "by NAME on DATE", "@NAME (348)"), so a form no rule of {@link Header}
 * knows still shows as a line <em>shape</em> that repeats down the page with text between its repeats. This stage
 * abstracts each short line into a shape (its tokens as classes: the name-shaped words that open it, a date, a time or
 * an age, a month or weekday, a number, a handle, a cue word as itself, punctuation as itself), groups the lines by
 * shape, and keeps the shape that best explains a thread: repeated, with distinct lines (two comments by the same line
 * are furniture, not headers), alternating with text, and with a writer's or a time's slot. The writer is read from the
 * shape's name slot; short lines right under each header that repeat in shape under the others (a country, a short date)
 * belong to the header.
 *
 * <p>It never runs where the rules already read the thread ({@link ThreadParser#headers} consults it only when they find
 * fewer than two strong headers), and a shape needs more repeats the weaker its evidence is: a shape with a date or
 * time and a cue word or handle may repeat twice, one with one such slot three times, and a shape with no name slot (a
 * date line alone) needs a time of day in it and three repeats. No thread is invented on a page whose lines do not
 * repeat a header-like shape.
 */
final class RepeatedShapes {
    /** The words comment systems print around a writer's name, kept as themselves in a shape: generic, never a site's. */
    private static final Set<String> CUES = Set.of("by", "on", "at", "says", "said", "wrote", "writes", "posted", "submitted",
            "replied", "commented", "responded", "re", "reply", "from", "via", "to", "in", "'s", "avatar", "picture", "photo",
            "gravatar", "profile", "points", "point", "children", "replies", "likes", "ago", "edited", "permalink");
    /** Cue words that by themselves say a line names a writer (a preposition alone does not). */
    private static final Set<String> WRITER_CUES = Set.of("by", "says", "said", "wrote", "writes", "posted", "submitted", "replied",
            "commented", "responded", "'s", "avatar", "picture", "photo", "gravatar", "points");
    private static final Search MONTH_OR_DAY = Search.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|january|february|march|april|june|july|august|september|october|november|december"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?");
    private static final Search TOKEN = Search.compile("(?:/?u/)[\\p{L}\\d_-]+|@[\\p{L}\\d_][\\p{L}\\d_.-]*|\\p{L}(?:[\\p{L}\\p{M}\\d_-]|\\.(?=\\p{L})|['\u2019](?!s\\b))*"
            + "|['\u2019]s\\b|\\d[\\d,.:]*(?:st|nd|rd|th)?|\u2460|\u2461|\\S");
    private static final char TIME = '\u2460', DATE = '\u2461';
    /** The most words a header line has; longer lines are text. */
    private static final int MAX_TOKENS = 16;

    /** A shape that explains a thread: the lines it heads and the shape itself, the response's evidence. */
    record Induced(String shape, Map<Integer, Header> headers) {}

    /**
     * One line's reading: its shape; the prefix through its name slot where a cue word stands before it ("by n"); its
     * head, the name slot with the stamp right after it where more follows ("n T" of "n T | w | w"); the name slot's
     * text (or null); the evidence it carries.
     */
    record Shaped(String shape, String prefix, String head, String name, boolean named, int strength, boolean timed) {}
    private static final Set<String> STAMP_CLASSES = Set.of("D", "T", "M");

    private RepeatedShapes() {}

    /**
     * The shape that best explains a thread on this page, if one does.
     *
     * @param lines the page's lines from the end of its head on, blank lines included
     * @param taken lines the rules already took (a header's lines): never part of an induced shape
     * @param cue   whether the page shows a thread cue of its own (a count line, a rule's header): two repeats suffice then
     */
    static Optional<Induced> find(List<Line> lines, Set<Integer> taken, boolean cue) {
        Map<Integer, Shaped> shaped = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            // Furniture ("Liked by 5 people") and count lines repeat too, but head nothing.
            if (taken.contains(i) || t.isEmpty() || Furniture.is(t) || ResponseCount.parse(t).isPresent()) continue;
            int at = i;
            shape(lines.get(i).trimmed()).ifPresent(s -> shaped.put(at, s));
        }
        // Lines grouped by their whole shape, and by the prefix through the name slot where a cue word stands before it
        // ("by NAME" over "by NAME on DATE (#id)" and "by NAME (1234) on DATE": one system, details that come and go).
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        shaped.forEach((i, s) -> {
            groups.computeIfAbsent(s.shape(), k -> new ArrayList<>()).add(i);
            if (s.prefix() != null) groups.computeIfAbsent("prefix " + s.prefix(), k -> new ArrayList<>()).add(i);
            if (s.head() != null) groups.computeIfAbsent("prefix " + s.head(), k -> new ArrayList<>()).add(i);
        });
        Induced best = null;
        double bestScore = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Integer> at = g.getValue();
            if (at.size() < 2) continue;
            Shaped first = shaped.get(at.get(0));
            // The evidence of the group is what all its lines share: a prefix group keeps the prefix's strength.
            int strength = g.getKey().startsWith("prefix ") ? prefixStrength(g.getKey().substring(7), first.name()) : first.strength();
            boolean named = first.named();
            if (!named && !(first.timed() && at.size() >= 3)) continue;
            if (!named && !cue && at.size() < 3) continue;
            int needed = cue || strength >= 2 ? 2 : 3;
            if (strength == 0 || at.size() < needed) continue;
            Set<String> texts = new HashSet<>();
            for (int i : at) texts.add(lines.get(i).trimmed());
            if (texts.size() < 2) continue;
            // Each header has text under it before the next; the last may be cut off by the page's end.
            int withText = 0;
            for (int k = 0; k < at.size(); k++) {
                int end = k + 1 < at.size() ? at.get(k + 1) : lines.size();
                if (textBetween(lines, at.get(k) + 1, end, shaped)) withText++;
            }
            if (withText < Math.max(2, at.size() - 1)) continue;
            // Names that are names: most name slots must read as a writer's name, and two writers at least (one word
            // over every paragraph, "Day 1 - Monday", "Day 2 - Tuesday", is a heading).
            if (named) {
                int names = 0;
                Set<String> distinct = new HashSet<>();
                for (int i : at) {
                    if (writer(shaped.get(i).name()) != null || isAnonymous(shaped.get(i).name())) names++;
                    distinct.add(shaped.get(i).name().toLowerCase(Locale.ROOT));
                }
                if (names * 2 < at.size() || distinct.size() < 2) continue;
            } else if (!textBetween(lines, 0, at.get(0), shaped)) {
                // A date line with no name over each text, the first one at the top of the page: a diary's entries.
                continue;
            }
            double score = withText * (1 + strength) + (g.getKey().startsWith("prefix ") ? 0 : 0.5);
            if (score > bestScore) {
                bestScore = score;
                best = induce(lines, at, shaped, g.getKey());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Lines that repeat word for word between texts on a page whose headers were induced ("Re:" over each reply, a
     * system's own "Flag" or "Vote" line): they close the response above, as a known footer does.
     */
    static Set<Integer> delimiters(List<Line> lines, Set<Integer> headerLines) {
        Map<String, List<Integer>> same = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            if (t.isEmpty() || headerLines.contains(i) || t.split("\\s+").length > 3 || t.matches(".*\\p{L}{2,}[.!?]$")) continue;
            same.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
        Set<Integer> out = new HashSet<>();
        same.forEach((t, at) -> {
            if (at.size() < 2 || Header.nameLike(t)) return;
            int between = 0;
            for (int i : at) if (textNear(lines, i, -1) && textNear(lines, i, 1)) between++;
            if (between == at.size()) out.addAll(at);
        });
        return out;
    }

    private static boolean textNear(List<Line> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            String t = lines.get(j).trimmed();
            if (!t.isEmpty()) return words(t) >= 3;
        }
        return false;
    }

    private static Induced induce(List<Line> lines, List<Integer> at, Map<Integer, Shaped> shaped, String key) {
        // Short lines right under a header whose shape also stands right under another header belong to the header.
        List<List<String>> under = new ArrayList<>();
        for (int i : at) under.add(detailShapes(lines, i, shaped));
        // A stamp with no name in it, under a name line in (nearly) every repeat ("Lady Vee Vee" over "1d ago"): the name
        // line opens the header.
        boolean namesAbove = false;
        if (!shaped.get(at.get(0)).named()) {
            int above = 0;
            for (int i : at) if (nameAbove(lines, i) != null) above++;
            namesAbove = above >= Math.max(2, at.size() - 1);
        }
        Map<Integer, Header> out = new TreeMap<>();
        for (int k = 0; k < at.size(); k++) {
            int i = at.get(k);
            Set<String> others = new HashSet<>();
            for (int o = 0; o < at.size(); o++) if (o != k) others.addAll(under.get(o));
            int count = 1;
            for (String s : under.get(k)) {
                if (!others.contains(s)) break;
                count++;
            }
            // A short line with a date right under the header is its date line, whatever the others print there.
            if (count == 1 && i + 1 < lines.size() && !lines.get(i + 1).isBlank() && words(lines.get(i + 1).trimmed()) <= 6
                    && Dates.find(lines.get(i + 1).trimmed()).isPresent()) count = 2;
            String line = lines.get(i).trimmed();
            LocalDate date = Dates.find(line).orElse(null);
            for (int d = 1; d < count && date == null; d++) date = Dates.find(lines.get(i + d).trimmed()).orElse(null);
            String shape = key.startsWith("prefix ") ? key.substring(7) + " \u2026" : key;
            String above = namesAbove ? nameAbove(lines, i) : null;
            if (above != null) {
                out.put(i - 1, new Header(Header.Form.REPEATED, writer(above), date, null, count + 1, false, null, "name over " + shape));
            } else {
                out.put(i, new Header(Header.Form.REPEATED, writer(shaped.get(i).name()), date, null, count, false, null, shape));
            }
        }
        return new Induced(key, Collections.unmodifiableMap(out));
    }

    /** The line right above line {@code i} (no blank between) when it is a name alone, else null. */
    private static String nameAbove(List<Line> lines, int i) {
        if (i == 0 || lines.get(i - 1).isBlank()) return null;
        String t = lines.get(i - 1).trimmed();
        return words(t) <= 4 && !t.matches(".*[.,:;!?]$") && (Header.nameLike(t, false) || isAnonymous(t)) ? t : null;
    }

    /** The shapes of the short lines set right under line {@code i} with no blank between, in order. */
    private static List<String> detailShapes(List<Line> lines, int i, Map<Integer, Shaped> shaped) {
        List<String> out = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
            String t = lines.get(j).trimmed();
            if (words(t) > 5 || t.matches(".*\\p{L}[.!?]$")) break;
            out.add(shapeOrSelf(t));
        }
        return out;
    }

    /** A detail line's shape: its token classes, a run of words as one "w" ("• Bulgaria" and "• Chile" share it). */
    private static String shapeOrSelf(String t) {
        StringBuilder b = new StringBuilder();
        for (String token : tokens(t)) {
            String c = classOf(token);
            if (isWord(c) && (b.toString().endsWith(" w") || b.toString().equals("w"))) continue;
            append(b, isWord(c) ? "w" : c);
        }
        return b.toString();
    }

    private static List<String> tokens(String line) {
        String marked = Dates.TIME_OR_AGE.matcher(Dates.DATE.matcher(line).replaceAll(" " + DATE + " ")).replaceAll(" " + TIME + " ");
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(marked);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    /** Whether lines [from, to) hold a text that is no header-shaped line: a response's words. */
    private static boolean textBetween(List<Line> lines, int from, int to, Map<Integer, Shaped> shaped) {
        for (int j = from; j < to; j++) {
            String t = lines.get(j).trimmed();
            if (t.isEmpty() || Furniture.is(t)) continue;
            if (words(t) >= 3 || t.matches(".*\\p{L}[.!?]$")) {
                if (!shaped.containsKey(j) || words(t) >= 6) return true;
            }
        }
        return false;
    }

    private static int words(String t) { return t.split("\\s+").length; }

    /** The writer named by a name slot: the name without a handle's marks, or null ("Anonymous", no name). */
    private static String writer(String slot) {
        if (slot == null) return null;
        String n = slot.replaceFirst("^/?u/", "").replaceFirst("^@", "").replaceAll("[:,.\u2013\u2014-]+$", "").trim();
        if (n.isEmpty() || isAnonymous(n) || !Header.nameLike(n, false)) return null;
        return n;
    }

    /** "Anonymous", "Anonymous Coward", "anonymous user": a system's word for a writer who gave no name. */
    private static boolean isAnonymous(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).matches("anonymous(?:\\s+\\p{L}+)?|guest|unknown|\\[deleted\\]|deleted");
    }

    /**
     * A short line's shape: its tokens as classes, the opening name-shaped words as the name slot "n". Empty for a line
     * that cannot head a response (too long, a sentence, no slot for a writer or a time).
     */
    static Optional<Shaped> shape(String line) {
        if (line.length() > 120) return Optional.empty();
        List<String> tokens = tokens(line);
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS && !subjectLine(tokens)) return Optional.empty();
        // A sentence is text: it ends with a full stop, a question or an exclamation after a word, and runs on.
        if (tokens.size() >= 6 && line.matches(".*\\p{L}[.!?]$")) return Optional.empty();
        List<String> classes = new ArrayList<>();
        for (String t : tokens) classes.add(classOf(t));
        // The name slot: the first run of up to four words or a handle, at the start or after cue words and marks.
        int start = 0;
        // A list number before it ("3. Ann Lee") is the list's, not the writer's.
        if (classes.size() > 1 && classes.get(0).equals("N") && isWord(classes.get(1))) start = 1;
        boolean icon = false;
        while (start < classes.size() && (CUES.contains(classes.get(start)) || isMark(classes.get(start)))) {
            icon |= Character.getType(tokens.get(start).codePointAt(0)) == Character.OTHER_SYMBOL;
            start++;
        }
        int end = start;
        while (end < classes.size() && end - start < 4 && isWord(classes.get(end))) end++;
        boolean named = end > start && !(end < classes.size() && isWord(classes.get(end)));
        // "SUBJECT by NAME · · Score: 4", "Re:SUBJECT by NAME (1234) on DATE": forums and news discussions that give each
        // comment a subject print it before the writer, so the slot is the words after "by" where the line does not open
        // with a name. Something must follow the name (a mark, a stamp, a score): "TITLE by AUTHOR" alone is a list's row.
        boolean subject = false;
        int by = classes.indexOf("by");
        // A short subject reads as a name by itself ("Tea is a right" before "by NAME"): the words after "by" are the writer.
        if ((!named || end == by) && by > 0 && isWord(classes.get(by - 1))) {
            int from = by + 1, to = from;
            while (to < classes.size() && to - from < 4 && isWord(classes.get(to))) to++;
            if (to > from && to < classes.size() && !isWord(classes.get(to)) && !CUES.contains(classes.get(to))) {
                start = from;
                end = to;
                named = true;
                subject = true;
            }
        }
        String name = null;
        StringBuilder shape = new StringBuilder();
        for (int k = 0; k < classes.size(); k++) {
            String c = classes.get(k);
            if (named && k == start) {
                name = String.join(" ", tokens.subList(start, end));
                append(shape, "n");
                k = end - 1;
                continue;
            }
            if (isWord(c)) {
                if (!shape.toString().endsWith(" w") && !shape.toString().equals("w")) append(shape, "w");
                continue;
            }
            append(shape, c);
        }
        String s = shape.toString();
        String prefix = null, head = null;
        if (named) {
            List<String> parts = List.of(s.split(" "));
            int slot = parts.indexOf("n");
            boolean cued = false;
            for (int k = 0; k < start; k++) cued |= WRITER_CUES.contains(classes.get(k));
            if (cued) prefix = String.join(" ", parts.subList(0, slot + 1));
            // A subject's line is grouped by what follows the subject ("w by n •"), whether or not a "Re:" or a list
            // number stands before it: a reply's subject repeats its parent's with "Re:" in front.
            if (subject) {
                int w = parts.subList(0, slot).lastIndexOf("w");
                prefix = String.join(" ", parts.subList(w, Math.min(parts.size(), slot + 2)));
            }
            // The name with the stamp right after it ("NAME 5 days ago", "NAME on DATE"), whatever links follow.
            int next = slot + 1;
            if (next < parts.size() && (parts.get(next).equals("on") || parts.get(next).equals("at"))) next++;
            if (next < parts.size() && STAMP_CLASSES.contains(parts.get(next))) {
                head = String.join(" ", parts.subList(0, next + 1));
            }
        }
        boolean timed = classes.contains("T");
        // Evidence: a date or time (or a month or weekday), a cue word that names a writer, a handle, a count in brackets.
        int strength = 0;
        if (s.matches(".*(?:\\bD\\b|\\bT\\b|\\bM\\b).*")) strength++;
        if (classes.stream().anyMatch(WRITER_CUES::contains)) strength++;
        if (classes.contains("H")) strength++;
        if (s.contains("( N )") || s.contains("# N")) strength++;
        // A portrait icon before the name ("👤 ann"), as chat and Q&A systems print one.
        if (icon) strength++;
        // A line that is only words (a heading, a bare name) or only a name with a mark is the rules' business.
        if (s.equals("n") || s.equals("w") || s.matches("[^nDTMHN\\p{L}]*n[^nDTMHN\\p{L}]*") && strength == 0) return Optional.empty();
        if (!named && !timed) return Optional.empty();
        return Optional.of(new Shaped(s, prefix, head, name, named, strength, timed));
    }

    /**
     * A subject before "by NAME" with the header's details after it ("Re:A long subject line by ann · · Score: 5, Funny"):
     * the subject's words do not count against a header's length, the rest must be short.
     */
    private static boolean subjectLine(List<String> tokens) {
        int by = -1;
        for (int k = 1; k < tokens.size() && by < 0; k++) if (tokens.get(k).equalsIgnoreCase("by")) by = k;
        return by > 0 && tokens.size() <= MAX_TOKENS + 8 && tokens.size() - by <= MAX_TOKENS / 2 + 2;
    }

    /** The evidence a prefix carries: a cue word that names a writer, a stamp, a handle in its name slot. */
    private static int prefixStrength(String prefix, String name) {
        List<String> parts = List.of(prefix.split(" "));
        int s = 0;
        if (parts.stream().anyMatch(WRITER_CUES::contains)) s++;
        if (parts.stream().anyMatch(STAMP_CLASSES::contains)) s++;
        if (name != null && (name.startsWith("@") || name.matches("/?u/.*"))) s++;
        return s;
    }

    private static void append(StringBuilder b, String c) {
        if (b.length() > 0) b.append(' ');
        b.append(c);
    }

    private static boolean isWord(String c) { return c.equals("C") || c.equals("l") || c.equals("H"); }

    private static boolean isMark(String c) {
        return c.codePointCount(0, c.length()) == 1 && !Character.isLetterOrDigit(c.codePointAt(0)) && c.charAt(0) != TIME && c.charAt(0) != DATE;
    }

    private static String classOf(String t) {
        if (t.charAt(0) == TIME) return "T";
        if (t.charAt(0) == DATE) return "D";
        String lower = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (CUES.contains(lower)) return lower;
        if (MONTH_OR_DAY.matches(t)) return "M";
        if (t.startsWith("@") || t.startsWith("u/") || t.startsWith("/u/")) return "H";
        if (Character.isDigit(t.charAt(0))) return "N";
        if (Character.isLetter(t.charAt(0))) return Character.isUpperCase(t.charAt(0)) ? "C" : "l";
        return switch (t) {
            case "\u2013", "\u2014", "-" -> "-";
            case "\u00B7", "\u2022" -> "\u2022";
            case "\u2018", "\u2019", "\u201C", "\u201D", "\"" -> "'";
            default -> t;
        };
    }
}

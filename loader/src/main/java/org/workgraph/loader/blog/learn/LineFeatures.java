package org.workgraph.loader.blog.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.blog.Furniture;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * The features of one line of a page that say whether it heads (or signs) a response, for the learned header
 * classifier. Every feature is a shape, never a word of a name or a site: how many capitalised tokens open the line,
 * whether a date, time or age is in it and where, generic cue words ("says", "wrote", "by", "|"), its length, digits
 * and closing punctuation, list marks and indentation, what the lines around it look like, and how often the page
 * repeats the line's shape (a comment system prints the same header shape over every comment, which is the cue that
 * holds across systems best). A page is read on its own: no feature needs another page.
 *
 * <p>Features are strings ("date=start", "repeat=3+") so that a logistic regression can weigh each one; a handful of
 * conjunctions ("name+stamp") give it what a linear model cannot combine by itself.
 */
public final class LineFeatures {
    /** The generic cue words comment systems print around a writer's name; none of them is a site's own wording. */
    private static final Set<String> CUES = Set.of("says", "said", "wrote", "writes", "reply", "replied", "replies", "posted",
            "submitted", "by", "at", "on", "commented", "via", "from", "re", "avatar", "picture", "photo", "profile", "anonymous", "guest");
    private static final Pattern LIST = Pattern.compile("^(?:\\d{1,5}[.)]|[\u2022\u25E6\u25AA\u2023\u2219\u00B7*-])\\s+\\S.*");
    private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*$");
    /** A handle: "@ann", "ann_lee", "ann2019", "u/ann", a lower-case word with digits or underscores in it. */
    private static final Pattern HANDLE = Pattern.compile("^(?:@|u/)?[\\p{L}\\d][\\p{L}\\d_.-]*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern DIGIT_OR_UNDERSCORE = Pattern.compile("[\\d_]");
    private static final Pattern SEPARATOR = Pattern.compile("[|\u00BB\u00B7\u2022\u2013\u2014-]+");
    private static final Pattern NUMBER_LEAD = Pattern.compile("\\d");
    private static final Pattern CAPITAL_LEAD = Pattern.compile("\\p{Lu}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}@]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern RUN = Pattern.compile("([Clpdo])\\1+");

    private final List<Line> lines;
    private final Map<String, Integer> shapeCounts = new HashMap<>();
    private final String[] shapes;
    /** Each line's coarse shape, how many lines of the page share it, and the content line before with the same one. */
    private final Map<String, Integer> coarseCounts = new HashMap<>();
    private final String[] coarse;
    private final int[] sameBefore;
    private final int[] sameAfter;
    /** Each line's rank among the page's non-blank lines: distances between shapes are counted in lines of content. */
    private final int[] rank;

    /** Features of the lines of one page (or one part of it, such as its thread); the page is read once, here. */
    public LineFeatures(List<Line> lines) {
        this.lines = List.copyOf(lines);
        this.shapes = new String[lines.size()];
        this.coarse = new String[lines.size()];
        this.sameBefore = new int[lines.size()];
        this.sameAfter = new int[lines.size()];
        this.rank = new int[lines.size()];
        Map<String, Integer> last = new HashMap<>();
        int content = 0;
        for (int i = 0; i < lines.size(); i++) {
            sameBefore[i] = -1;
            sameAfter[i] = -1;
            if (lines.get(i).isBlank()) continue;
            rank[i] = content++;
            shapes[i] = shape(lines.get(i).trimmed());
            shapeCounts.merge(shapes[i], 1, Integer::sum);
            coarse[i] = RUN.matcher(shapes[i]).replaceAll("$1");
            coarseCounts.merge(coarse[i], 1, Integer::sum);
            Integer before = last.put(coarse[i], i);
            if (before != null) {
                sameBefore[i] = before;
                sameAfter[before] = i;
            }
        }
    }

    /** How many other lines of the page share line {@code j}'s coarse shape. */
    private int coarseRepeats(int j) {
        return coarseCounts.getOrDefault(coarse[j], 1) - 1;
    }

    public int size() { return lines.size(); }

    /** The features of line {@code i}; empty for a blank line (a blank line heads nothing). */
    public List<String> of(int i) {
        Line line = lines.get(i);
        if (line.isBlank()) return List.of();
        String t = line.trimmed();
        List<String> f = new ArrayList<>();
        f.add("bias");
        List<String> words = words(t);
        int n = words.size();
        f.add("words=" + bucket(n, 1, 2, 3, 4, 6, 10, 20));
        f.add("chars=" + bucket(t.length(), 10, 20, 40, 60, 100, 200));

        int lead = leadingNameTokens(words);
        f.add("nameLead=" + Math.min(lead, 4));
        boolean bare = lead == n && n <= 4;
        if (bare) f.add("bareName");
        boolean handle = n >= 1 && HANDLE.matcher(strip(words.get(0))).matches() && !CAPITALISED.matcher(strip(words.get(0))).matches()
                && (words.get(0).startsWith("@") || DIGIT_OR_UNDERSCORE.matcher(words.get(0)).find());
        if (handle) f.add("handleLead");
        int caps = 0;
        for (String w : words) if (CAPITALISED.matcher(strip(w)).matches()) caps++;
        f.add("capsRatio=" + bucket(n == 0 ? 0 : caps * 10 / n, 2, 5, 8, 10));

        Matcher date = Dates.DATE.matcher(t);
        Matcher time = Dates.TIME_OR_AGE.matcher(t);
        int stampAt = -1;
        if (date.find()) { f.add("date"); stampAt = date.start(); }
        if (time.find()) { f.add("time"); stampAt = stampAt < 0 ? time.start() : Math.min(stampAt, time.start()); }
        if (stampAt >= 0) {
            f.add("stampAt=" + (stampAt <= 2 ? "start" : stampAt * 3 < t.length() ? "early" : stampAt * 3 < 2 * t.length() ? "middle" : "late"));
            if (Dates.isStamp(t)) f.add("stampOnly");
        }
        boolean stamped = stampAt > 2;
        for (String w : words) {
            String c = strip(w).toLowerCase(Locale.ROOT);
            if (CUES.contains(c)) f.add("cue=" + c);
        }
        if (t.contains("|")) f.add("cue=bar");
        if (t.contains("\u00BB")) f.add("cue=guillemet");
        if (t.endsWith(":")) f.add("cue=colonEnd");
        if (t.endsWith("...") || t.endsWith("\u2026")) f.add("cue=ellipsisEnd");
        if (t.endsWith("#")) f.add("cue=hashEnd");

        char last = t.charAt(t.length() - 1);
        f.add("end=" + (last == '.' ? "period" : last == '?' ? "question" : last == '!' ? "bang" : last == ':' ? "colon"
                : last == ',' ? "comma" : Character.isLetter(last) ? "letter" : Character.isDigit(last) ? "digit" : "other"));
        long digits = t.chars().filter(Character::isDigit).count();
        f.add("digits=" + bucket((int) (digits * 10 / t.length()), 0, 1, 3));
        if (line.indent() > 0) f.add("indented");
        if (LIST.matcher(t).matches()) f.add("listMark");
        if (Character.getType(t.codePointAt(0)) == Character.OTHER_SYMBOL) f.add("iconLead");
        if (Furniture.is(t)) f.add("furniture");

        // The lines around it: a header stands over a longer text, often between blank lines.
        int prev = previousContent(i), next = nextContent(i);
        f.add(i > 0 && lines.get(i - 1).isBlank() ? "prevBlank" : "prevText");
        f.add(i + 1 < lines.size() && lines.get(i + 1).isBlank() ? "nextBlank" : "nextText");
        if (prev < 0) f.add("prev=none"); else f.add("prev=" + kind(prev));
        if (next < 0) f.add("next=none"); else f.add("next=" + kind(next));
        if (next >= 0 && lines.get(next).indent() > line.indent()) f.add("nextDeeper");

        // How often the page repeats this line's shape.
        int repeats = shapeCounts.getOrDefault(shapes[i], 1) - 1;
        f.add("repeat=" + bucket(repeats, 0, 1, 2));
        f.add("position=" + Math.min(3, i * 4 / Math.max(1, lines.size())));

        // What follows the name-shaped opening: a cue word, a stamp, a separator ("|", "»", "·", a dash), nothing.
        if (lead >= 1 && lead < n) {
            String after = words.get(lead);
            String a = strip(after).toLowerCase(Locale.ROOT);
            f.add("afterName=" + (CUES.contains(a) ? a : SEPARATOR.matcher(after).matches() ? "separator"
                    : Dates.TIME_OR_AGE.matcher(after).lookingAt() || NUMBER_LEAD.matcher(after).lookingAt() ? "number"
                    : CAPITAL_LEAD.matcher(after).lookingAt() ? "cap" : "other"));
            if (words.get(lead - 1).endsWith(",") || words.get(lead - 1).endsWith(":")) f.add("afterName=punct");
        }
        // Conjunctions a linear model cannot form by itself.
        if (lead >= 1 && stamped) f.add("name+stamp");
        if (lead >= 1 && stamped && repeats >= 1) f.add("name+stamp+repeat");
        if (bare && next >= 0 && words(lines.get(next).trimmed()).size() > 8) f.add("bare+longNext");
        if (bare && repeats >= 1) f.add("bare+repeat");
        if (bare && next >= 0 && Dates.isStamp(lines.get(next).trimmed())) f.add("bare+stampNext");
        if (n <= 8 && repeats >= 2) f.add("short+repeat");
        if (lead >= 1 && f.contains("cue=says")) f.add("name+says");
        selfSimilarity(i, prev, next, n, f);
        return f;
    }

    /**
     * What the page says about the line by repeating itself: a comment system prints the same header, the same
     * "Reply"/"Like" row and the same gap around every comment, so a thread is a period on the page whatever its words.
     * How many lines share this line's coarse shape and its neighbours', how far back the same shape last stood and
     * whether it recurs at the same distance, and what stands before a repeated shape (a text that starts after a
     * repeated row of furniture is a response that starts without a header).
     */
    private void selfSimilarity(int i, int prev, int next, int n, List<String> f) {
        int repeats = coarseRepeats(i);
        f.add("coarseRepeat=" + bucket(repeats, 0, 1, 2, 5));
        f.add("prevShapeRepeat=" + (prev < 0 ? "none" : bucket(coarseRepeats(prev), 0, 1, 2, 5)));
        f.add("nextShapeRepeat=" + (next < 0 ? "none" : bucket(coarseRepeats(next), 0, 1, 2, 5)));
        int gap = sameBefore[i] < 0 ? -1 : rank[i] - rank[sameBefore[i]];
        f.add("sameShapeBack=" + (gap < 0 ? "none" : bucket(gap, 1, 3, 8, 20)));
        if (gap > 1 && sameAfter[i] >= 0 && Math.abs(rank[sameAfter[i]] - rank[i] - gap) <= 1) f.add("periodic");
        int blanks = 0;
        for (int j = i - 1; j >= 0 && lines.get(j).isBlank(); j--) blanks++;
        f.add("gapBefore=" + bucket(blanks, 0, 1));
        if (repeats >= 1) f.add("repeated+prev=" + (prev < 0 ? "none" : kind(prev)));
        if (prev >= 0 && coarseRepeats(prev) >= 1) {
            f.add("afterRepeated=" + kind(prev) + "/" + (n <= 4 ? "short" : n <= 12 ? "medium" : "long"));
            if (blanks > 0) f.add("afterRepeated+gap");
        }
        if (next >= 0 && coarseRepeats(next) >= 1 && words(lines.get(next).trimmed()).size() <= 8) f.add("beforeRepeatedShort");
        if (prev >= 0) {
            String p = lines.get(prev).trimmed();
            char end = p.charAt(p.length() - 1);
            f.add("prevEnd=" + (end == '.' || end == '!' || end == '?' ? "sentence" : Character.isLetterOrDigit(end) ? "open" : "mark"));
        }
    }

    /** A coarse kind of a neighbouring line. */
    private String kind(int j) {
        String t = lines.get(j).trimmed();
        if (Furniture.is(t)) return "furniture";
        if (Dates.isStamp(t)) return "stamp";
        int n = words(t).size();
        return n <= 4 ? "short" : n <= 12 ? "medium" : "long";
    }

    /**
     * The shape of a line: each of its first eight tokens as a class (a capitalised word, a lower-case word, a number,
     * a cue word as itself, punctuation), its stamp and its end. Two comment headers of one system share it.
     */
    static String shape(String t) {
        StringBuilder b = new StringBuilder();
        List<String> words = words(t);
        for (int k = 0; k < Math.min(8, words.size()); k++) {
            String w = strip(words.get(k));
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty()) b.append('p');
            else if (CUES.contains(lower)) b.append('[').append(lower).append(']');
            else if (w.chars().allMatch(Character::isDigit)) b.append('d');
            else if (Character.isUpperCase(w.codePointAt(0))) b.append('C');
            else if (Character.isLetter(w.codePointAt(0))) b.append('l');
            else b.append('o');
        }
        if (words.size() > 8) b.append("+").append(bucket(words.size(), 12, 20, 40));
        if (Dates.DATE.find(t)) b.append("|D");
        if (Dates.TIME_OR_AGE.find(t)) b.append("|T");
        char last = t.charAt(t.length() - 1);
        b.append('|').append(Character.isLetterOrDigit(last) ? 'a' : last);
        return b.toString();
    }

    /**
     * The shape with runs of one token class collapsed ("Ann Lee 5 days ago" and "Bo 2 days ago" share it): what two
     * headers of one system have in common whatever the names' lengths.
     */
    public static String coarseShape(String trimmed) {
        return RUN.matcher(shape(trimmed)).replaceAll("$1");
    }

    /** How many tokens open the line in a name's shape: capitalised words or a handle, up to four. */
    private static int leadingNameTokens(List<String> words) {
        int k = 0;
        while (k < words.size() && k < 4) {
            String w = strip(words.get(k));
            boolean cap = CAPITALISED.matcher(w).matches();
            boolean handle = k == 0 && HANDLE.matcher(w).matches() && (words.get(k).startsWith("@") || DIGIT_OR_UNDERSCORE.matcher(w).find());
            if (!(cap || handle) || CUES.contains(w.toLowerCase(Locale.ROOT))) break;
            k++;
        }
        return k;
    }

    private int previousContent(int i) {
        for (int j = i - 1; j >= 0; j--) if (!lines.get(j).isBlank()) return j;
        return -1;
    }

    private int nextContent(int i) {
        for (int j = i + 1; j < lines.size(); j++) if (!lines.get(j).isBlank()) return j;
        return -1;
    }

    private static List<String> words(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** A token without the punctuation around it ("Lee," is "Lee"). */
    private static String strip(String w) {
        return EDGE_PUNCTUATION.matcher(w).replaceAll("");
    }

    /** The bucket a value falls in, named by its upper bound ("<=3") or "more". */
    private static String bucket(int value, int... bounds) {
        for (int b : bounds) if (value <= b) return "<=" + b;
        return "more";
    }
}

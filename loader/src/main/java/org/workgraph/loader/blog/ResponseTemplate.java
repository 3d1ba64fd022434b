package org.workgraph.loader.blog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * The template a comment system prints around every response's text, learnt from the page itself. Forums print a member
 * block beside each post ("Joined:" / a date / "Posts:" / a count / "Location:" / "Likes:"), others an interface run
 * ("Link to comment", "Share on other sites", "Staff member", "• Like Like x 3"), whatever its words: what marks them is
 * that the same short lines, by shape (numbers and dates abstracted), stand at the edge of two responses' texts or more,
 * before their first sentence or after their last. Such lines are the template, not what the writer said; text is never
 * taken from a response unless another response shows the same line at the same edge.
 *
 * <p>Besides, a short line right under a header that opens with the header's own writer ("kit Kit, Senior Member", the name
 * printed again with a member's title) echoes the header: it is part of it, not the text's first line.
 */
final class ResponseTemplate {
    /** How many short lines a prose-less text must share with the others before it counts as template alone. */
    private static final int BLOCK = 2;
    /** The most words a template line has. */
    private static final int MAX_WORDS = 4;
    /** The most words a member's title after the echoed name has, and the longest such line: a title, never a paragraph. */
    private static final int TITLE_WORDS = 10, ECHO_CHARS = 120;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*\\p{L}[.!?]$");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.:]*");
    /** What a date is in a line's shape. */
    static final char DATE_MARK = '\u00A7';

    /**
     * What the template takes out of each text.
     *
     * @param template the lines of the page's template (furniture around the text)
     * @param echoes   the lines that echo their header's writer (the header's own)
     * @param emptied  the texts (by position) of which nothing but template was left
     */
    record Reading(Set<Integer> template, Set<Integer> echoes, Set<Integer> emptied) {
        Reading {
            template = Set.copyOf(template);
            echoes = Set.copyOf(echoes);
            emptied = Set.copyOf(emptied);
        }
    }

    private ResponseTemplate() {}

    /**
     * @param lines   the thread's lines
     * @param texts   each response's text lines, as indexes into {@code lines}, in page order
     * @param writers each response's writer from its header, or null
     */
    static Reading read(List<Line> lines, List<List<Integer>> texts, List<String> writers) {
        Set<Integer> echoes = new HashSet<>();
        List<List<Integer>> rest = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            List<Integer> text = new ArrayList<>(texts.get(r));
            String writer = writers.get(r);
            // The writer's name again over the text, with a member's title after it: the header's, not the text's.
            while (writer != null && !text.isEmpty() && echoes(lines.get(text.get(0)).trimmed(), writer) && text.size() > 1) {
                echoes.add(text.remove(0));
            }
            rest.add(text);
        }
        // The short lines before each text's first sentence and after its last, by shape; a shape at the same edge of two
        // texts or more is the template.
        List<List<Integer>> leads = new ArrayList<>(), trails = new ArrayList<>();
        Map<String, Set<Integer>> leadKeys = new HashMap<>(), trailKeys = new HashMap<>();
        for (int r = 0; r < rest.size(); r++) {
            List<Integer> text = rest.get(r);
            int first = 0;
            while (first < text.size() && isShort(lines.get(text.get(first)).trimmed())) first++;
            int last = text.size() - 1;
            while (last >= first && isShort(lines.get(text.get(last)).trimmed())) last--;
            List<Integer> lead = text.subList(0, first), trail = first == text.size() ? List.of() : text.subList(last + 1, text.size());
            leads.add(lead);
            trails.add(trail);
            // Only texts with a sentence teach the template: a line that is a text by itself ("[removed]") is that text.
            if (first == text.size()) continue;
            for (int i : lead) leadKeys.computeIfAbsent(key(lines.get(i).trimmed()), k -> new LinkedHashSet<>()).add(r);
            for (int i : trail) trailKeys.computeIfAbsent(key(lines.get(i).trimmed()), k -> new LinkedHashSet<>()).add(r);
        }
        Set<Integer> template = new HashSet<>();
        Set<Integer> emptied = new HashSet<>();
        for (int r = 0; r < rest.size(); r++) {
            List<Integer> text = rest.get(r), lead = leads.get(r), trail = trails.get(r);
            List<Integer> shared = new ArrayList<>();
            for (int i : lead) if (leadKeys.getOrDefault(key(lines.get(i).trimmed()), Set.of()).size() >= (prose(lead, text) ? 2 : 1)) shared.add(i);
            boolean prose = prose(lead, text);
            if (!prose) {
                // No sentence at all: a block of the template only where two of its lines are shared ("+1" alone is a reply).
                if (distinctKeys(lines, shared) >= BLOCK) {
                    template.addAll(text);
                    emptied.add(r);
                }
                continue;
            }
            // Two shared lines before the text: the whole run before it is the block (a label's value varies: a place, a count).
            if (distinctKeys(lines, shared) >= BLOCK) template.addAll(lead);
            else template.addAll(shared);
            for (int i : trail) if (trailKeys.getOrDefault(key(lines.get(i).trimmed()), Set.of()).size() >= 2) template.add(i);
        }
        return new Reading(template, echoes, emptied);
    }

    private static boolean prose(List<Integer> lead, List<Integer> text) { return lead.size() < text.size(); }

    private static int distinctKeys(List<Line> lines, List<Integer> at) {
        Set<String> keys = new HashSet<>();
        for (int i : at) keys.add(key(lines.get(i).trimmed()));
        return keys.size();
    }

    /** A line that can be template: a few words, no sentence. */
    static boolean isShort(String t) {
        return !t.isEmpty() && SPACE.split(t).length <= MAX_WORDS && !SENTENCE_END.matcher(t).matches();
    }

    /** A line's shape: lower case, a date as {@link #DATE_MARK}, a number as "#" (marks lower case leaves alone). */
    static String key(String t) {
        String s = Dates.DATE.matcher(t).replaceAll(String.valueOf(DATE_MARK));
        s = DIGITS.matcher(s).replaceAll("#");
        return SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Whether a line opens with the writer's name and goes on with a few more words (a member's title), no sentence. */
    static boolean echoes(String t, String writer) {
        String lower = t.toLowerCase(Locale.ROOT), name = writer.toLowerCase(Locale.ROOT);
        if (!lower.startsWith(name) || lower.length() == name.length()) return false;
        char next = lower.charAt(name.length());
        return Character.isWhitespace(next) && SPACE.split(t).length <= SPACE.split(name).length + TITLE_WORDS && t.length() <= ECHO_CHARS;
    }
}

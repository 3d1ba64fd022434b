package org.workgraph.loader.blog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * Cues for a thread that has lost its headers: where it starts and where one response gives way to the next when no
 * line names a writer. Each cue is one many systems share, never a site's wording:
 * <ul>
 *   <li>"@name" handles: fediverse posts open with the handles of everyone they answer, and forum replies thank or
 *       answer someone by handle ({@link #afterGapWithHandles}, {@link #handleRun});</li>
 *   <li>a run of lines with no blank line between them under a thread heading: one response per line, the way
 *       text dumps of comment pages print a paragraph per comment ({@link ThreadParser});</li>
 *   <li>the page's end cutting a response off: a last line stopped mid-word, or a signature cut short.</li>
 * </ul>
 * None of them starts a thread on a page without a thread cue (a gap after the body, a count line, a repeated handle
 * opening): such pages load as documents with their text.
 */
final class FlatThread {
    /** "@ann", "@fl0und3r", "@ann@example.social": a handle in running text, not an e-mail address. */
    private static final Search HANDLE = Search.compile("(?<![\\p{L}\\d_.@])@([\\p{L}\\d_][\\p{L}\\d_.-]*[\\p{L}\\d_])(?:@[\\w.-]+\\.[a-z]{2,})?");
    /** Handles opening a line, as fediverse posts begin: "@jon @ann where do you work". */
    private static final Search OPENING_HANDLES = Search.compile("^(?:@[\\p{L}\\d_][\\p{L}\\d_.-]*(?:@[\\w.-]+\\.[a-z]{2,})?\\s+)+");

    /** Which cue started a response no header heads: kept as the response's evidence ({@code kg inspect}). */
    enum Cue {
        /** A blank line in a thread shown only by space and furniture, or by handles. */
        PARAGRAPH("paragraph"),
        /** A footer ("Reply", "1 Like") closed the one before. */
        FOOTER("after footer"),
        /** The paragraph opens by speaking to someone ("@ann", "Hi Ann,"), or the previous one signed off. */
        ADDRESS("opens by address"),
        /** A date or time alone on its line, the rest of a header whose name was lost. */
        DATE("date line"),
        /** A thread of lines with no blank line between them: one response per line. */
        LINE("one per line"),
        /** A line of spaces only closed the one before, where empty lines divide a post's paragraphs. */
        SPACER("after a line of spaces"),
        /** Text after the last signature, cut off by the page's end. */
        CUT_OFF("cut off by the page's end");

        final String label;

        Cue(String label) { this.label = label; }
    }

    private FlatThread() {}

    /**
     * A thread after a gap of two blank lines or more whose paragraphs speak to people by handle ("Thanks @ann"):
     * the first line after the last such gap before the first handle, or -1. The handle vouches for the gap as a
     * thread's start the way a footer does in {@code BlogParser#threadAfterGap}.
     */
    static int afterGapWithHandles(List<Line> lines, int base, int end) {
        int handle = -1;
        for (int j = base; j < end && handle < 0; j++) if (HANDLE.find(lines.get(j).trimmed())) handle = j;
        if (handle < 0) return -1;
        int gapEnd = -1, blanks = 0;
        boolean text = false;
        for (int j = base; j <= handle; j++) {
            if (lines.get(j).isBlank()) { blanks++; continue; }
            if (blanks >= 2 && text) gapEnd = j;
            blanks = 0;
            text = true;
        }
        return gapEnd;
    }

    /**
     * Posts that each open with handles ("@jon @ann …"), three or more in a row with nothing else between them: a
     * fediverse thread flattened to text, whose first post is the page's own and the rest its responses. Returns the
     * line of the second post, or -1.
     */
    static int handleRun(List<Line> lines, int base, int end) {
        List<Integer> run = new ArrayList<>();
        for (int j = base; j < end; j++) {
            if (lines.get(j).isBlank()) continue;
            if (OPENING_HANDLES.matcher(lines.get(j).trimmed() + " ").lookingAt()) {
                run.add(j);
                if (run.size() >= 3) return run.get(1);
            } else {
                run.clear();
            }
        }
        return -1;
    }

    /**
     * Posts divided by lines that hold only spaces, on a page whose paragraphs are divided by empty lines: a forum dump
     * whose post markup left a space where each post ends. Two such lines or more, with text after the last; returns
     * the first line of the paragraph above the first of them, or -1.
     */
    static int spacedPosts(List<Line> lines, int base, int end) {
        int first = -1, spacers = 0, empties = 0;
        for (int j = base; j < end; j++) {
            if (!lines.get(j).isBlank()) continue;
            if (spacer(lines.get(j))) {
                spacers++;
                if (first < 0) first = j;
            } else {
                empties++;
            }
        }
        if (spacers < 2 || empties == 0 || first <= base || datedEntryAfterSpacer(lines, base, end)) return -1;
        int start = first;
        while (start > base && !lines.get(start - 1).isBlank()) start--;
        return start < first ? start : -1;
    }

    /**
     * Whether a line of spaces is followed by a date alone over a short line that is no sentence: the next entry of an
     * archive or category page ("December 30, 2007" over its title), whose posts the spaces divide, not a thread's.
     */
    private static boolean datedEntryAfterSpacer(List<Line> lines, int base, int end) {
        for (int j = base; j < end; j++) {
            if (!spacer(lines.get(j))) continue;
            int d = HeadReader.nextContent(lines, j + 1);
            if (d >= end || !org.workgraph.loader.text.Dates.isStamp(lines.get(d).trimmed())) continue;
            int t = HeadReader.nextContent(lines, d + 1);
            if (t < end) {
                String title = lines.get(t).trimmed();
                if (title.split("\\s+").length <= 12 && !title.matches(".*[.!?:;,]$")) return true;
            }
        }
        return false;
    }

    /** A line of spaces only (a no-break space counts), as opposed to an empty line. */
    static boolean spacer(Line line) {
        return !line.text().isEmpty() && line.isBlank();
    }

    /** The handles a text opens with, in order, without "@" or home server ("@jon @ann hi" gives jon, ann). */
    static Set<String> openingHandles(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = OPENING_HANDLES.matcher(text.strip() + " ");
        if (!m.lookingAt()) return out;
        Matcher h = HANDLE.matcher(m.group());
        while (h.find()) out.add(h.group(1).toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    /**
     * Whether the page's end cut the text off: its last word stopped mid-sentence ("when you bec", "This i"), with
     * no closing punctuation, or the last line is the start of one of the page's signatures cut short ("By Blog" under
     * "By Blogger Ann, at 12:20 PM").
     */
    static boolean cutOff(String lastLine, List<String> signatures) {
        String t = lastLine.strip();
        if (t.isEmpty()) return false;
        for (String s : signatures) if (t.length() >= 4 && s.length() > t.length() && s.startsWith(t)) return true;
        String[] words = t.split("\\s+");
        String last = words[words.length - 1];
        return words.length >= 2 && last.matches("\\p{Ll}{1,12}") && Character.isUpperCase(t.codePointAt(0));
    }

    /**
     * Whether the text right above line {@code j} leads into it: a sentence ending with a colon that is no count line
     * ("So here's the list:", not "3 comments:"). A list a post introduces that way is the post's, not a thread.
     */
    static boolean leadIn(List<Line> lines, int j) {
        for (int k = j - 1; k >= 0; k--) {
            String t = lines.get(k).trimmed();
            if (t.isEmpty()) continue;
            return t.endsWith(":") && t.split("\\s+").length >= 3 && ResponseCount.parse(t).isEmpty();
        }
        return false;
    }
}

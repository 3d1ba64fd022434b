package org.workgraph.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Lexicon;

/**
 * An organisation's whole name as the text writes it around the part a rule found: the rules each see a cue next to
 * one word or two ("Census data shows", "Trade study", "McKinsey" in camel case), while the page writes the fuller name
 * around it ("US Census Bureau data shows", "UK Department for Business and Trade", "McKinsey &amp; Company", "the U.S.
 * Justice Department", "brands like Acme’s, Bolt and …"). A finding grows over the capitalised words and joiners next
 * to it only when the grown name has the form of an organisation's name (it ends in a head word of bodies' names, or
 * holds one with its "of"/"for" part), so "Microsoft" in "Microsoft Teams" stays as it is. Two findings inside one
 * grown name are one organisation. A "name" that runs over a sentence's end ("Recession. The") is none.
 */
final class NameExtent {
    // Compiled once: these run per line or per candidate.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern KEPT_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.)+|Co\\.|Inc\\.|St\\.");

    /** A country's initials before a body's name: "US Census Bureau", "the U.S. Justice Department", "UK Department for …". */
    private static final Pattern COUNTRY = Pattern.compile("(?:U\\.S\\.|U\\.K\\.|US|UK|EU|E\\.U\\.)");
    /** A capitalised word of a name ("Census", "McKinsey", "Trades"). */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*\\.?");
    /** Small words a name holds between capitalised words ("Department for Business and Trade", "McKinsey & Company"). */
    private static final Pattern JOINER = Pattern.compile("of|for|and|&");
    /** Last words of bodies' names besides {@link RunningText#headWord}: "Trades Union Congress". */
    private static final Pattern MORE_HEADS = Pattern.compile("Congress|Co\\.?|Parliament|Senate");
    /** A head word with its "of"/"for" part: "Department for Business and Trade". */
    private static final Pattern HEAD_WITH_PART = Pattern.compile("(?:" + RunningText.ORG_HEADS + ")\\s+(?:of|for)\\s+\\p{Lu}.*");
    /** A sentence's end inside a name: "Recession. The". */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<!\\b\\p{Lu})[.!?]\\s+\\p{Lu}");
    /** What follows a brand's "’s" when it is part of the name rather than a possessive: no noun, but a list's comma or the end. */
    private static final Pattern NAME_S = Pattern.compile("^['\u2019]s(?=\\s*(?:[,;:!?)]|\\.(?:\\s|$)|\\s+(?:and|or)\\s|$))");
    private static final int MAX_WORDS = 8;

    private NameExtent() {}

    /** A word of the text with its offsets. */
    private record Token(int start, int end, String text) {}

    /**
     * The unit's organisation findings made whole: each grown to the full name around it, those inside another's name
     * dropped, those running over a sentence's end dropped. Other findings are kept as they are, in order.
     */
    static List<Finding> widen(int unit, String text, List<Finding> found) {
        List<Finding> out = new ArrayList<>();
        List<int[]> grown = new ArrayList<>();
        for (Finding f : found) {
            if (f.entity() != Finding.Entity.ORGANIZATION || f.unit() != unit || f.evidence().size() != 1 || f.evidence().get(0).unit() != unit
                    || f.evidence().get(0).end() > text.length() || !text.substring(f.evidence().get(0).start(), f.evidence().get(0).end()).equals(f.written())) {
                out.add(f);
                continue;
            }
            if (SENTENCE_BREAK.matcher(f.written()).find()) continue;
            Span s = f.evidence().get(0);
            int[] whole = whole(text, s.start(), s.end());
            if (whole == null) {
                out.add(f);
                continue;
            }
            boolean inside = false;
            for (int[] g : grown) inside |= g[0] <= whole[0] && whole[1] <= g[1];
            if (inside) continue;
            grown.add(whole);
            String name = text.substring(whole[0], whole[1]);
            out.add(new Finding(f.unit(), f.relation(), f.entity(), name, name, f.method() + "; the whole name as the text writes it",
                    List.of(Spans.of(unit, text, whole[0], whole[1]))));
        }
        // A finding inside a grown name ("Bureau" of "US Census Bureau") is that organisation, already found.
        List<Finding> kept = new ArrayList<>();
        for (Finding f : out) {
            boolean part = false;
            if (f.entity() == Finding.Entity.ORGANIZATION && f.evidence().size() == 1 && f.evidence().get(0).unit() == unit) {
                Span s = f.evidence().get(0);
                for (int[] g : grown) part |= g[0] <= s.start() && s.end() <= g[1] && (g[0] != s.start() || g[1] != s.end());
            }
            if (!part) kept.add(f);
        }
        return kept;
    }

    /**
     * The page's organisations without those it also names in fuller form: "Justice Department" once the page writes "U.S.
     * Justice Department". A shorter name is dropped only when it ends in a head word too, so it is the same body's:
     * "Harvard" stays beside "Harvard Business Review", and "Ghost" beside "Ghost Foundation".
     */
    static List<Finding> fuller(List<Finding> found) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            boolean shorter = false;
            if (f.entity() == Finding.Entity.ORGANIZATION) {
                String[] w = SPACES.split(f.name());
                String last = w[w.length - 1];
                // Only a shorter name of the same kind of body: "Ghost" stays beside "Ghost Foundation", a firm beside its charity.
                boolean sameKind = RunningText.headWord(last) || MORE_HEADS.matcher(last).matches();
                String inner = " " + f.name().toLowerCase(Locale.ROOT) + " ";
                for (Finding g : found) {
                    if (g == f || g.entity() != Finding.Entity.ORGANIZATION || g.name().length() <= f.name().length()) continue;
                    String[] gw = SPACES.split(g.name());
                    String gLast = gw[gw.length - 1];
                    boolean body = RunningText.headWord(gLast) || MORE_HEADS.matcher(gLast).matches() || HEAD_WITH_PART.matcher(g.name()).find();
                    if (sameKind && body && (" " + g.name().toLowerCase(Locale.ROOT) + " ").contains(inner)) shorter = true;
                }
            }
            if (!shorter) out.add(f);
        }
        return out;
    }

    /** The fuller name around {@code [start, end)} as {start, end}, or null when the text writes none. */
    static int[] whole(String text, int start, int end) {
        Matcher s = NAME_S.matcher(text).region(end, text.length());
        if (s.lookingAt() && !RunningText.titleCaseLine(text, start)) return new int[] {start, s.end()};
        List<Token> before = tokensBefore(text, start), after = tokensAfter(text, end);
        int from = start, to = end;
        // Right: capitalised words, with a joiner only between two of them.
        int i = 0;
        while (i < after.size()) {
            Token t = after.get(i);
            if (WORD.matcher(t.text()).matches() && !MentionFinder.notName(t.text())) {
                to = t.end();
                i++;
            } else if (JOINER.matcher(t.text()).matches() && i + 1 < after.size() && WORD.matcher(after.get(i + 1).text()).matches()
                    && !MentionFinder.notName(after.get(i + 1).text())) {
                i++;
            } else break;
        }
        // Left: capitalised words and joiners, then a country's initials; never a word that opens the sentence alone.
        int j = 0;
        while (j < before.size()) {
            Token t = before.get(j);
            if (COUNTRY.matcher(t.text()).matches()) {
                from = t.start();
                break;
            }
            // "Yesterday Acme Bank …": a word of general English that opens the sentence is no part of the name after it.
            if (WORD.matcher(t.text()).matches() && !MentionFinder.notName(t.text()) && !t.text().endsWith(".")
                    && !(opensSentence(text, t.start()) && Lexicon.english().knows(t.text().toLowerCase(Locale.ROOT)))) {
                from = t.start();
                j++;
            } else if (JOINER.matcher(t.text()).matches() && j + 1 < before.size() && WORD.matcher(before.get(j + 1).text()).matches()) {
                j++;
            } else break;
        }
        // Try the widest first, then the right side alone, then the left side alone: the first that has a body's form.
        for (int[] c : new int[][] {{from, to}, {start, to}, {from, end}}) {
            if (c[0] == start && c[1] == end) continue;
            String name = text.substring(c[0], c[1]);
            String[] words = SPACES.split(name);
            if (words.length > MAX_WORDS || SENTENCE_BREAK.matcher(name).find() || RunningText.titleCaseLine(text, c[0])) continue;
            String last = words[words.length - 1];
            if (RunningText.headWord(last) || MORE_HEADS.matcher(last).matches() || HEAD_WITH_PART.matcher(name).find()) return c;
        }
        return null;
    }

    /** Whether a word opens the text or a sentence. */
    private static boolean opensSentence(String text, int at) {
        int k = at;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
        return k == 0 || ".!?:\u201C\"".indexOf(text.charAt(k - 1)) >= 0;
    }

    /** Up to eight words right before {@code at}, nearest first, each separated by one space. */
    private static List<Token> tokensBefore(String text, int at) {
        List<Token> out = new ArrayList<>();
        int e = at;
        while (out.size() < MAX_WORDS && e > 0 && text.charAt(e - 1) == ' ') {
            int s = e - 1;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) s--;
            if (s == e - 1) break;
            out.add(new Token(s, e - 1, text.substring(s, e - 1)));
            e = s;
        }
        return out;
    }

    /** Up to eight words right after {@code at}, nearest first, each separated by one space; a word's closing punctuation ends the run. */
    private static List<Token> tokensAfter(String text, int at) {
        List<Token> out = new ArrayList<>();
        int s = at;
        while (out.size() < MAX_WORDS && s < text.length() && text.charAt(s) == ' ') {
            int b = s + 1, e = b;
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) e++;
            if (e == b) break;
            String w = text.substring(b, e);
            // "Bureau data": the word alone; "Bureau," or "Bureau." closes the name.
            int core = w.length();
            while (core > 0 && ",;:!?)".indexOf(w.charAt(core - 1)) >= 0) core--;
            if (core > 0 && w.charAt(core - 1) == '.' && !KEPT_ABBREVIATION.matcher(w).matches()) core--;
            out.add(new Token(b, b + core, w.substring(0, core)));
            if (core < w.length()) break;
            s = e;
        }
        return out;
    }
}

package org.workgraph.loader.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regular expression that first asks whether the text holds one of the literal words every match must
 * contain (derived from the expression, see {@link RequiredLiterals}), found in one pass for all of them, and runs
 * the full search only when it does. Most cue patterns are long case-insensitive alternations that Pattern tries at
 * every position of every text; most texts hold none of their words, and for those the answer is now one scan.
 *
 * <p>A drop-in for a {@code static final Pattern}: {@link #matcher} answers exactly as the pattern's own matcher
 * would, so call sites stay as they are. An expression whose words cannot be derived is searched in full every time,
 * so a new pattern needs nothing from its author. Setting the system property {@code workgraph.search.check=true}
 * runs both ways on every call of {@link #find} and {@link #matches} and fails loudly where they disagree (for a
 * pattern author in doubt; it costs the full search).
 */
public final class Search {
    private static final boolean CHECK = Boolean.getBoolean("workgraph.search.check");

    private final Pattern pattern;
    /** Null when no literal can be derived: the full search runs on every text. */
    private final LiteralScanner scanner;
    private final Set<String> literals;
    /** Where a match can start, relative to the literal words it holds: null when not told (matches are found by find()). */
    private final CharClass first;
    private final CharClass before;

    private Search(Pattern pattern) {
        this.pattern = pattern;
        Optional<Set<String>> words = RequiredLiterals.of(pattern);
        this.literals = words.orElse(Set.of());
        this.scanner = words.filter(Search::worthScanning).map(LiteralScanner::new).orElse(null);
        this.first = null;
        this.before = null;
    }

    private Search(Search search, CharClass first, CharClass before) {
        this.pattern = search.pattern;
        this.literals = search.literals;
        this.scanner = search.scanner;
        this.first = first;
        this.before = before;
    }

    public static Search compile(String regex) { return new Search(Pattern.compile(regex)); }

    public static Search compile(String regex, int flags) { return new Search(Pattern.compile(regex, flags)); }

    public static Search of(Pattern pattern) { return new Search(pattern); }

    /** Marks nearly every line of prose holds. */
    private static final String COMMON_MARKS = ".,-:;'\"()/";

    /**
     * A single letter, digit, space or common mark among the words is in nearly every text: scanning for it would only
     * add a pass, so such a pattern is searched in full.
     */
    private static boolean worthScanning(Set<String> words) {
        for (String w : words) {
            char c = w.charAt(0);
            if (w.length() == 1 && (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || COMMON_MARKS.indexOf(c) >= 0)) return false;
        }
        return true;
    }

    public Pattern pattern() { return pattern; }

    /** The folded words one of which every match contains; empty when none could be derived. */
    public Set<String> literals() { return literals; }

    /** Whether the text is scanned for the literal words before the full search. */
    public boolean prefiltered() { return scanner != null; }

    /** False only when the text cannot match: it holds none of the literal words. */
    public boolean mayMatch(CharSequence text) {
        return scanner == null || scanner.occursIn(text);
    }

    /** As {@code pattern().matcher(text).find()}. */
    public boolean find(CharSequence text) {
        boolean may = mayMatch(text);
        if (CHECK) check(text, may, pattern.matcher(text).find(), "find");
        return may && pattern.matcher(text).find();
    }

    /** As {@code pattern().matcher(text).matches()}. */
    public boolean matches(CharSequence text) {
        boolean may = mayMatch(text);
        if (CHECK) check(text, may, pattern.matcher(text).matches(), "matches");
        return may && pattern.matcher(text).matches();
    }

    /**
     * The pattern's matcher over the text. When the text holds none of the literal words, its region is set to the
     * empty end of the text (bounds transparent, not anchoring), where a pattern that must consume a literal cannot
     * match: {@code find}, {@code matches} and {@code lookingAt} then answer false at once, as the full search would
     * after trying every position. {@code reset} or {@code find(int)} restore the whole text, so whatever a caller
     * does next is answered as by the pattern itself.
     */
    public Matcher matcher(CharSequence text) {
        Matcher m = pattern.matcher(text);
        if (!mayMatch(text)) {
            if (CHECK) check(text, false, pattern.matcher(text).find(), "matcher");
            m.useTransparentBounds(true).useAnchoringBounds(false).region(text.length(), text.length());
        }
        return m;
    }

    /**
     * This search, told where its matches can start, so that {@link #results} tries the pattern only there instead of at
     * every position of the text: every match opens with a character of the class {@code first}, and every character
     * between its start and the start of any of the pattern's {@link #literals} words it holds is of the class {@code before}
     * (both written as a regular expression's class, e.g. {@code "\\p{Lu}"}). For "a name, a few words, then one of these
     * verbs", the start is looked for only in the run of name and word characters before each verb, found by the literal
     * scan. The classes may say more than the pattern needs (wider runs cost time, not answers); a class that says less
     * loses matches, which {@code -Dworkgraph.search.check=true} reports. Without derived words nothing changes.
     */
    public Search startingWithin(String first, String before) {
        if (scanner == null) return this;
        return new Search(this, new CharClass(first), new CharClass(before));
    }

    /**
     * Every match a {@code matcher(text)} / {@code while (find())} loop would give, in order, each as the matcher would
     * report it (groups included). A text without the words gets no matcher at all; a search told where its matches start
     * ({@link #startingWithin}) tries the pattern only at those places.
     */
    public List<MatchResult> results(CharSequence text) {
        if (!mayMatch(text)) {
            if (CHECK) check(text, false, pattern.matcher(text).find(), "result");
            return List.of();
        }
        List<MatchResult> out = first == null ? everyMatch(text) : matchesNearWords(text);
        if (CHECK && first != null) {
            List<MatchResult> full = everyMatch(text);
            if (!same(full, out)) {
                throw new IllegalStateException("the starts " + first + " / " + before + " of /" + pattern + "/ lose or add matches ("
                        + full.size() + " in full, " + out.size() + " near the words): " + text);
            }
        }
        return out;
    }

    private List<MatchResult> everyMatch(CharSequence text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) return List.of();
        List<MatchResult> out = new ArrayList<>(2);
        do out.add(m.toMatchResult()); while (m.find());
        return out;
    }

    /**
     * The find loop's matches, with the pattern tried only where one can start: at a {@code first} character in the run of
     * {@code before} characters that ends at a word's start (every place one can start, so the leftmost match from a
     * position is the leftmost found here, and the same match: lookingAt at a place runs what find() runs there, with the
     * text around visible to look-arounds and word boundaries through transparent bounds).
     */
    private List<MatchResult> matchesNearWords(CharSequence text) {
        BitSet starts = new BitSet(text.length());
        scanner.occurrences(text, (end, longest) -> {
            int from = end - longest;
            while (from > 0 && before.contains(text.charAt(from - 1))) from--;
            for (int i = from; i < end; i++) if (first.contains(text.charAt(i))) starts.set(i);
        });
        List<MatchResult> out = List.of();
        Matcher m = null;
        int n = text.length();
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s)) {
            if (m == null) m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(s, n);
            if (m.lookingAt()) {
                if (out.isEmpty()) out = new ArrayList<>(2);
                out.add(m.toMatchResult());
                // As find() goes on: from the match's end, or past an empty match.
                s = m.end() == s ? s + 1 : m.end();
            } else {
                s++;
            }
        }
        return out;
    }

    private static boolean same(List<MatchResult> a, List<MatchResult> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            MatchResult x = a.get(i), y = b.get(i);
            if (x.groupCount() != y.groupCount()) return false;
            for (int g = 0; g <= x.groupCount(); g++) if (x.start(g) != y.start(g) || x.end(g) != y.end(g)) return false;
        }
        return true;
    }

    /**
     * A character class of a regular expression, answered by table for ASCII. A surrogate is a member (a supplementary
     * character is two of them, which the class may hold): a class here may say more than the expression, never less.
     */
    private static final class CharClass {
        private final String regex;
        private final Pattern pattern;
        private final boolean[] ascii = new boolean[128];

        CharClass(String regex) {
            this.regex = regex;
            this.pattern = Pattern.compile(regex);
            for (char c = 0; c < 128; c++) ascii[c] = pattern.matcher(String.valueOf(c)).matches();
        }

        boolean contains(char c) {
            if (c < 128) return ascii[c];
            return Character.isSurrogate(c) || pattern.matcher(String.valueOf(c)).matches();
        }

        @Override
        public String toString() { return regex; }
    }

    /** As {@code pattern().split(text)}: a split needs every match, so no scan. */
    public String[] split(CharSequence text) { return pattern.split(text); }

    /** As {@code pattern().split(text, limit)}. */
    public String[] split(CharSequence text, int limit) { return pattern.split(text, limit); }

    private void check(CharSequence text, boolean may, boolean full, String what) {
        if (full && !may) {
            throw new IllegalStateException("literal prefilter " + literals + " of /" + pattern + "/ refused a text the pattern "
                    + what + "es: " + text);
        }
    }

    @Override
    public String toString() { return pattern.toString(); }
}

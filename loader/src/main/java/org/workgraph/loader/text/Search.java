package org.workgraph.loader.text;

import java.util.Optional;
import java.util.Set;
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

    private Search(Pattern pattern) {
        this.pattern = pattern;
        Optional<Set<String>> words = RequiredLiterals.of(pattern);
        this.literals = words.orElse(Set.of());
        this.scanner = words.filter(Search::worthScanning).map(LiteralScanner::new).orElse(null);
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

package org.workgraph.loader.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives from a regular expression a set of literal words one of which every match must contain, compared in
 * {@link #fold folded} case. A text holding none of them cannot match, so the full search can be skipped on it.
 *
 * <p>The derivation reads the expression's syntax only and is conservative: where it cannot be sure (an unknown
 * construct, a back reference, comments mode, a class it cannot list) it answers that no literal is required, and the
 * caller runs the full search as before. Zero-width parts (anchors, word boundaries, look-arounds) require nothing;
 * a part matching one of a few known strings ("thanks?" is "thank" or "thanks") combines with its neighbours; an
 * optional part requires nothing; of two parts in sequence the one with the longer (rarer) words is kept.
 */
final class RequiredLiterals {
    /** The most strings a part is known to match exactly before only its required words are kept. */
    private static final int EXACT_LIMIT = 64;
    /** Classes with more members than this are treated as any character. */
    private static final int CLASS_LIMIT = 16;

    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final String regex;
    private final boolean unicodeClasses;
    private int at;

    private RequiredLiterals(String regex, boolean unicodeClasses) {
        this.regex = regex;
        this.unicodeClasses = unicodeClasses;
    }

    /**
     * The folded words one of which every match of the pattern contains, or empty when no such set can be derived
     * (the pattern may match a text holding none, or the derivation does not understand it).
     */
    static Optional<Set<String>> of(Pattern pattern) {
        int flags = pattern.flags();
        if ((flags & (Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) return Optional.empty();
        if ((flags & Pattern.LITERAL) != 0) {
            String quoted = pattern.pattern();
            if (quoted.isEmpty() || quoted.codePoints().anyMatch(RequiredLiterals::hasSupplementaryCase)) return Optional.empty();
            return Optional.of(Set.of(fold(quoted)));
        }
        try {
            RequiredLiterals parser = new RequiredLiterals(pattern.pattern(), (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0);
            Info info = parser.alternation();
            if (parser.at != parser.regex.length()) return Optional.empty(); // an unbalanced ')': not understood
            return Optional.ofNullable(info.required()).map(RequiredLiterals::minimal);
        } catch (Unsupported | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Case folded as {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares characters (lower case of the
     * upper case, one code point at a time), so a folded text holds a folded literal whenever the pattern, in any case
     * mode, matches it there.
     */
    static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(fold(c)));
        return out.toString();
    }

    /** Thrown for syntax the derivation does not follow: the pattern gets no literals. */
    private static final class Unsupported extends Exception {
        Unsupported() { super(null, null, false, false); }
    }

    /**
     * What a part of the expression is known to match: exactly one of {@code exact} (when not null), else some text
     * containing one of {@code words} (when not null), else anything.
     */
    private record Info(Set<String> exact, Set<String> words) {
        static final Info ANY = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);

        static Info exactly(Set<String> strings) { return new Info(strings, null); }

        /** The words one of which the part's every match contains, or null for none. */
        Set<String> required() {
            if (exact != null) return exact.contains("") ? null : exact;
            return words;
        }
    }

    private Info alternation() throws Unsupported {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) return branches.get(0);
        Set<String> exact = new LinkedHashSet<>();
        for (Info b : branches) {
            if (b.exact() == null) { exact = null; break; }
            exact.addAll(b.exact());
        }
        if (exact != null && exact.size() <= EXACT_LIMIT) return Info.exactly(exact);
        Set<String> required = new LinkedHashSet<>();
        for (Info b : branches) {
            Set<String> r = b.required();
            if (r == null) return Info.ANY; // one branch can match without any word
            required.addAll(r);
        }
        return new Info(null, required);
    }

    /**
     * A sequence of parts. Consecutive parts known exactly are joined into one run before the run is weighed against the
     * rest ("\\p{Lu}\\w* said" needs " said", not only its first character): every match of the sequence holds a match of
     * each run, so each run's words are required, and the best of them are kept.
     */
    private Info sequence() throws Unsupported {
        Info run = Info.EMPTY;
        Set<String> closed = null;
        boolean exact = true;
        while (at < regex.length()) {
            char c = regex.charAt(at);
            if (c == '|' || c == ')') break;
            Info part = quantified(atom());
            if (part.exact() != null) {
                Info joined = concat(run, part);
                if (joined.exact() != null) {
                    run = joined;
                    continue;
                }
                closed = better(closed, run.required());
                run = part;
            } else {
                closed = better(closed, better(run.required(), part.required()));
                run = Info.EMPTY;
            }
            exact = false;
        }
        if (exact) return run;
        return new Info(null, better(closed, run.required()));
    }

    private static Info concat(Info a, Info b) {
        if (a.exact() != null && b.exact() != null && (long) a.exact().size() * b.exact().size() <= EXACT_LIMIT) {
            Set<String> product = new LinkedHashSet<>();
            for (String x : a.exact()) for (String y : b.exact()) product.add(x + y);
            return Info.exactly(product);
        }
        return new Info(null, better(a.required(), b.required()));
    }

    /** Of two required sets, the one whose shortest word is longer (fewer texts hold it), then the smaller. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) return b;
        if (b == null) return a;
        int la = shortest(a), lb = shortest(b);
        if (la != lb) return la > lb ? a : b;
        return a.size() <= b.size() ? a : b;
    }

    private static int shortest(Set<String> s) {
        return s.stream().mapToInt(String::length).min().orElse(0);
    }

    private Info quantified(Info atom) throws Unsupported {
        if (at >= regex.length()) return atom;
        char c = regex.charAt(at);
        int min, max;
        if (c == '?') { min = 0; max = 1; at++; }
        else if (c == '*') { min = 0; max = Integer.MAX_VALUE; at++; }
        else if (c == '+') { min = 1; max = Integer.MAX_VALUE; at++; }
        else if (c == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) throw new Unsupported();
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            if (bounds.length > 2) throw new Unsupported();
            at = close + 1;
        } else {
            return atom;
        }
        // Lazy and possessive forms match the same texts' words.
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) at++;
        if (min == 0 && max == 1 && atom.exact() != null) {
            Set<String> optional = new LinkedHashSet<>(atom.exact());
            optional.add("");
            return Info.exactly(optional);
        }
        if (min == 0) return Info.ANY;
        if (min == 1 && max == 1) return atom;
        return new Info(null, atom.required()); // the first repetition is a whole match of the part
    }

    private Info atom() throws Unsupported {
        char c = regex.charAt(at);
        switch (c) {
            case '(': return group();
            case '[': return charClass();
            case '\\': return escape();
            case '.': at++; return Info.ANY;
            case '^': case '$': at++; return Info.EMPTY;
            case '{': case '*': case '+': case '?': throw new Unsupported(); // a dangling quantifier: Pattern refuses it
            default:
                int cp = regex.codePointAt(at);
                at += Character.charCount(cp);
                return literal(cp);
        }
    }

    private static Info literal(int codePoint) {
        return hasSupplementaryCase(codePoint) ? Info.ANY : Info.exactly(Set.of(new String(Character.toChars(fold(codePoint)))));
    }

    /**
     * A character beyond the 16-bit range that has another case: the scanner reads such characters as their two
     * halves, unfolded, so they are left to the full search (emoji and most others have no case and stay).
     */
    private static boolean hasSupplementaryCase(int codePoint) {
        return Character.isSupplementaryCodePoint(codePoint)
                && (Character.toUpperCase(codePoint) != codePoint || Character.toLowerCase(codePoint) != codePoint);
    }

    private Info group() throws Unsupported {
        at++; // '('
        boolean zeroWidth = false;
        if (regex.startsWith("?", at)) {
            if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) at += 2;
            else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) { at += 2; zeroWidth = true; }
            else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) { at += 3; zeroWidth = true; }
            else if (regex.startsWith("?<", at)) {
                int close = regex.indexOf('>', at);
                if (close < 0) throw new Unsupported();
                at = close + 1;
            } else {
                // Inline flags, "(?i)" or "(?i:...)": case does not matter to folded words; comments mode changes the syntax
                // and Unicode classes what a digit is.
                int i = at + 1;
                boolean on = true;
                while (i < regex.length() && Character.isLetter(regex.charAt(i)) || i < regex.length() && regex.charAt(i) == '-') {
                    if (regex.charAt(i) == '-') on = false;
                    else if ((regex.charAt(i) == 'x' || regex.charAt(i) == 'U') && on) throw new Unsupported();
                    i++;
                }
                if (i >= regex.length()) throw new Unsupported();
                if (regex.charAt(i) == ')') { at = i + 1; return Info.EMPTY; }
                if (regex.charAt(i) != ':') throw new Unsupported();
                at = i + 1;
            }
        }
        Info inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') throw new Unsupported();
        at++;
        return zeroWidth ? Info.EMPTY : inner;
    }

    private Info escape() throws Unsupported {
        at++; // '\'
        if (at >= regex.length()) throw new Unsupported();
        char c = regex.charAt(at++);
        switch (c) {
            case 'b':
                if (regex.startsWith("{", at)) skipBraces();
                return Info.EMPTY;
            case 'B': case 'A': case 'z': case 'Z': case 'G':
                return Info.EMPTY;
            case 'd':
                // Without UNICODE_CHARACTER_CLASS a digit is one of the ten ASCII digits: "cut \\d" needs "cut 0" ... "cut 9".
                return unicodeClasses ? Info.ANY : Info.exactly(DIGITS);
            case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
            case 'R': case 'X':
                return Info.ANY;
            case 'p': case 'P': case 'N':
                if (regex.startsWith("{", at)) skipBraces();
                else at++;
                return Info.ANY;
            case 'Q': {
                int end = regex.indexOf("\\E", at);
                String quoted = end < 0 ? regex.substring(at) : regex.substring(at, end);
                at = end < 0 ? regex.length() : end + 2;
                if (quoted.codePoints().anyMatch(RequiredLiterals::hasSupplementaryCase)) return Info.ANY;
                return Info.exactly(Set.of(fold(quoted)));
            }
            default:
                return literal(escapedChar(c));
        }
    }

    /** The character an escape inside or outside a class stands for; what is not a single character is unsupported. */
    private int escapedChar(char c) throws Unsupported {
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return '\u0007';
            case 'e': return '\u001B';
            case 'c':
                if (at >= regex.length()) throw new Unsupported();
                return regex.charAt(at++) ^ 64;
            case 'x': {
                if (regex.startsWith("{", at)) {
                    int close = regex.indexOf('}', at);
                    if (close < 0) throw new Unsupported();
                    int cp = hex(regex.substring(at + 1, close));
                    at = close + 1;
                    return cp;
                }
                int cp = hex(regex.substring(at, Math.min(at + 2, regex.length())));
                at += 2;
                return cp;
            }
            case 'u': {
                int high = hex(regex.substring(at, Math.min(at + 4, regex.length())));
                at += 4;
                // Pattern reads an escaped surrogate pair as the one character it encodes.
                if (Character.isHighSurrogate((char) high) && regex.startsWith("\\u", at)) {
                    int low = hex(regex.substring(at + 2, Math.min(at + 6, regex.length())));
                    if (Character.isLowSurrogate((char) low)) {
                        at += 6;
                        return Character.toCodePoint((char) high, (char) low);
                    }
                }
                return high;
            }
            default:
                // Back references, octal escapes and unknown letters: not followed.
                if (Character.isLetterOrDigit(c)) throw new Unsupported();
                return c;
        }
    }

    private static int hex(String digits) throws Unsupported {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            throw new Unsupported();
        }
    }

    private void skipBraces() throws Unsupported {
        int close = regex.indexOf('}', at);
        if (close < 0) throw new Unsupported();
        at = close + 1;
    }

    /**
     * A class of a few listed characters matches exactly one of them; a negated class, a range, a nested class, an
     * intersection or a class escape ({@code \p{L}}, {@code \s}) matches too much to help.
     */
    private Info charClass() throws Unsupported {
        at++; // '['
        boolean listable = true;
        if (regex.startsWith("^", at)) { listable = false; at++; }
        if (regex.startsWith("]", at)) throw new Unsupported(); // a leading ']' reads differently across engines
        Set<String> members = new LinkedHashSet<>();
        while (true) {
            if (at >= regex.length()) throw new Unsupported();
            char c = regex.charAt(at);
            if (c == ']') { at++; break; }
            if (c == '[') { skipNestedClass(); listable = false; continue; }
            if (c == '&' && regex.startsWith("&&", at)) { at += 2; listable = false; continue; }
            int cp;
            if (c == '\\') {
                at++;
                if (at >= regex.length()) throw new Unsupported();
                char e = regex.charAt(at++);
                if (e == 'd' && !unicodeClasses) { members.addAll(DIGITS); continue; }
                if ("dDsSwWhHvV".indexOf(e) >= 0) { listable = false; continue; }
                if (e == 'p' || e == 'P' || e == 'N') {
                    if (regex.startsWith("{", at)) skipBraces(); else at++;
                    listable = false;
                    continue;
                }
                if (e == 'Q') throw new Unsupported();
                cp = escapedChar(e);
            } else {
                cp = regex.codePointAt(at);
                at += Character.charCount(cp);
            }
            if (regex.startsWith("-", at) && at + 1 < regex.length() && regex.charAt(at + 1) != ']') {
                // A range: listed when it is short ("[0-9]"), else too wide to help.
                at++;
                int upper;
                if (regex.charAt(at) == '\\') {
                    at++;
                    if (at >= regex.length()) throw new Unsupported();
                    char e = regex.charAt(at++);
                    if (Character.isLetterOrDigit(e) && "tnrfaecxu".indexOf(e) < 0) throw new Unsupported();
                    upper = escapedChar(e);
                } else {
                    upper = regex.codePointAt(at);
                    at += Character.charCount(upper);
                }
                if (upper < cp) throw new Unsupported();
                if (upper - cp >= CLASS_LIMIT) { listable = false; continue; }
                for (int r = cp; r <= upper; r++) {
                    if (hasSupplementaryCase(r)) listable = false;
                    else members.add(new String(Character.toChars(fold(r))));
                }
                continue;
            }
            if (hasSupplementaryCase(cp)) listable = false;
            else members.add(new String(Character.toChars(fold(cp))));
        }
        return listable && !members.isEmpty() && members.size() <= CLASS_LIMIT ? Info.exactly(members) : Info.ANY;
    }

    private void skipNestedClass() throws Unsupported {
        int depth = 0;
        while (at < regex.length()) {
            char c = regex.charAt(at);
            if (c == '\\') { at += 2; continue; }
            if (c == '[') depth++;
            if (c == ']' && --depth == 0) { at++; return; }
            at++;
        }
        throw new Unsupported();
    }

    /** Drops every word that contains a shorter one of the set: the shorter one already tells. */
    private static Set<String> minimal(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        Set<String> kept = new LinkedHashSet<>();
        for (String w : sorted) {
            boolean covered = false;
            for (String k : kept) if (w.contains(k)) { covered = true; break; }
            if (!covered) kept.add(w);
        }
        return Set.copyOf(kept);
    }
}

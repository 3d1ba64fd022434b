package org.workgraph.loader.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pattern searched with its literal prefilter answers as the pattern alone: on invented texts built from the
 * pattern's own words, near misses, other cases and other scripts; and a pattern whose words cannot be derived is
 * searched in full.
 */
class SearchTest {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Invented patterns in the shapes the reader uses: cue alternations, optional parts, classes, look-arounds. */
    static Stream<Arguments> patterns() {
        return Stream.of(
                Arguments.of("\\b(?:thanks?(?! to\\b)(?: you)?|thank-you|many thanks|thx|appreciate(?:d)?(?: it| this))", CI),
                Arguments.of("\\b(?:great|nice|good|fine) (?:post|piece|read|write-?up)\\b", CI),
                Arguments.of("^(?:yup|yep|yeah|yes|exactly)\\b(?:[,.!\u2026]+|\\s*[-\u2013\u2014]+)", CI),
                Arguments.of("\\bI(?: really| do)? agree\\b|couldn['\u2019]t agree more|\\+1|spot on", CI),
                Arguments.of("(?<![\\p{L}])@?(?:ann|bo)(?![\\p{L}])", CI),
                Arguments.of("(?:ha(?:ha)+|he(?:he)+|lol|[*<](?:grin|g)[*>]|(?<![\\p{L}]):-?[Pp](?![\\p{L}])|\uD83D\uDE02)", CI),
                Arguments.of("\\p{Lu}[\\p{L}&.]*\\s+(?:announced|launches|laid off|cut \\d|raised \\$)\\b", 0),
                Arguments.of("\\b(?:survey|study|poll)\\s+(?:(?:conducted|published)\\s+)?by\\s+(\\p{Lu}\\p{L}+)", 0),
                Arguments.of("(?i:\\b(?:article|book|post))[,:]\\s+(\\p{Lu}.{2,20})", 0),
                Arguments.of("^(?:no|nope|wrong)\\b[,.!]|no,? (?:this|that|you)\\b", CI),
                Arguments.of("[^?]*\\?$", 0),
                Arguments.of("(?:sums?|summed) (?:it|this) up|in a nutshell|nail(?:ed|s) it", CI),
                Arguments.of("\\bcongrat(?:s|ulations)|sorry (?:to hear|for your loss)|take care{1,2}", CI),
                Arguments.of("\\Qa.b\\E|x{2,3}y", 0),
                Arguments.of("colou?r|gr[ae]y", Pattern.CASE_INSENSITIVE),
                Arguments.of("\\b(?:cut|cuts) \\d+%|[A-C]-[0-9]", 0),
                Arguments.of("\\bcut \\d", Pattern.UNICODE_CHARACTER_CLASS));
    }

    private static final String[] FILLER = {"the", "The", "Ann", "said", "a", ",", ".", "!", "?", " ", " ", " ", "\n", "post",
            "Post", "POST", "agree", "AGREE", "thank", "Thanks", "haha", ":P", ":-p", "\uD83D\uDE02", "yes", "Yes,", "No,", "no",
            "laid off", "Acme", "announced", "cut 5", "study by", "Harbour", "article:", "grey", "GRAY", "colour", "a.b", "xxy",
            "\u017Fpot on", "\u0130", "\u212Aind", "caf\u00E9", "\u2019", "'", "couldn\u2019t agree more", "+1", "take caree",
            "sums it up", "in a", "nutshell", "cuts 12%", "cut \u0663", "B-7", "b-7", "D-7", "congrats", "@ann", "bo", "Bo!", "survey conducted by Zed", "write-up", "writeup"};

    /** Texts that hold the pattern's words, pieces of them and other words, in every case, joined at random. */
    private static List<String> inventedTexts(Search search, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>(List.of(FILLER));
        for (String w : search.literals()) {
            words.add(w);
            words.add(w.toUpperCase(Locale.ROOT));
            if (w.length() > 1) words.add(w.substring(0, w.length() - 1));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder t = new StringBuilder();
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                if (k > 0 && random.nextBoolean()) t.append(' ');
                t.append(words.get(random.nextInt(words.size())));
            }
            texts.add(t.toString());
        }
        return texts;
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void answersAsThePatternOnInventedTexts(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        Search search = Search.of(pattern);
        int found = 0, refused = 0;
        for (String text : inventedTexts(search, regex.hashCode())) {
            boolean full = pattern.matcher(text).find();
            assertEquals(full, search.find(text), () -> "find " + regex + " on \"" + text + "\"");
            assertEquals(pattern.matcher(text).matches(), search.matches(text), () -> "matches " + regex + " on \"" + text + "\"");
            Matcher expected = pattern.matcher(text), actual = search.matcher(text);
            while (true) {
                boolean e = expected.find(), a = actual.find();
                assertEquals(e, a, () -> "matcher " + regex + " on \"" + text + "\"");
                if (!e) break;
                assertEquals(expected.group(), actual.group());
                assertEquals(expected.start(), actual.start());
            }
            if (full) found++;
            if (!search.mayMatch(text)) refused++;
        }
        // The invented texts must exercise both sides, or the test could not fail.
        assertTrue(found > 0, regex + ": no invented text matched");
        if (search.prefiltered()) assertTrue(refused > 0, regex + ": the prefilter refused no text");
    }

    /** The matches of a find loop over the text, each as the starts and ends of all its groups. */
    static List<List<Integer>> findLoop(Pattern pattern, String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) out.add(spans(m));
        return out;
    }

    static List<List<Integer>> spans(List<MatchResult> results) {
        List<List<Integer>> out = new ArrayList<>();
        for (MatchResult r : results) out.add(spans(r));
        return out;
    }

    private static List<Integer> spans(MatchResult m) {
        List<Integer> s = new ArrayList<>();
        for (int g = 0; g <= m.groupCount(); g++) { s.add(m.start(g)); s.add(m.end(g)); }
        return s;
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void resultsAreTheFindLoopsMatches(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        Search search = Search.of(pattern);
        int matched = 0;
        for (String text : inventedTexts(search, regex.hashCode() + 1)) {
            List<List<Integer>> expected = findLoop(pattern, text);
            assertEquals(expected, spans(search.results(text)), () -> regex + " on \"" + text + "\"");
            if (!expected.isEmpty()) matched++;
        }
        assertTrue(matched > 0, regex + ": no invented text matched");
    }

    /**
     * Patterns whose matches open with a character of one class and hold a word preceded, back to their start, only by
     * characters of another: a name of capitalised words, a few helping words, then a verb, as the organisation cues read
     * "Acme has announced".
     */
    static Stream<Arguments> startingWithin() {
        String cap = "\\p{Lu}[\\p{L}&.]*(?:-\\p{Lu}[\\p{L}&.]*)*";
        String name = "(" + cap + "(?:\\s" + cap + "){0,2})";
        return Stream.of(
                Arguments.of("(?<![\\p{L}\\d@#'.-])" + name + "(?![\\p{L}\\d-])\\s+(?:(?:has|is|just)\\s+){0,2}"
                        + "(?:announced|laid off|cut \\d|raised \\$|ordered (?:its\\s+)?staff)\\b", "\\p{Lu}", "[\\p{L}&.\\s-]"),
                Arguments.of(name + "\\s+(?:announced|launches)", "\\p{Lu}", "[\\p{L}&.\\s-]"),
                // A class that says more than the pattern needs (any letter first, digits before): the same matches.
                Arguments.of("\\b" + name + " (?:announced|cut \\d)", "\\p{L}", "[\\p{L}\\d&.\\s-]"),
                // Case-insensitive words: the scan folds case.
                Arguments.of("(\\p{Lu}\\p{L}*) (?i:announced|laid off)", "\\p{Lu}", "[\\p{L}\\s]"));
    }

    private static final String[] SENTENCE_WORDS = {"Acme", "Acme Labs", "ACME", "Acme-Brindle", "U.S.", "Steel", "has", "is", "just",
            "announced", "ANNOUNCED", "Announced", "laid off", "cut 5", "cut", "raised $", "ordered its staff", "ordered staff", "launches",
            "the", "a", "we", "Zentravo", "Zentravo's", "@Acme", "#Acme", "(Acme", "\"Acme", "\u00C9lan", "\uD835\uDC00x", ",", ".",
            ";", " ", "  ", "\n", "-", "3", "Lee\u2019s", "\u00E9t\u00E9"};

    /** Sentences of names, helping words, verbs and marks joined at random, some long enough to hold several matches. */
    private static List<String> inventedSentences(long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            StringBuilder t = new StringBuilder();
            int n = 1 + random.nextInt(i % 10 == 0 ? 60 : 12);
            for (int k = 0; k < n; k++) {
                if (k > 0 && random.nextInt(4) > 0) t.append(' ');
                t.append(SENTENCE_WORDS[random.nextInt(SENTENCE_WORDS.length)]);
            }
            texts.add(t.toString());
        }
        return texts;
    }

    @ParameterizedTest
    @MethodSource("startingWithin")
    void toldWhereMatchesStartItFindsTheFindLoopsMatches(String regex, String first, String before) {
        Pattern pattern = Pattern.compile(regex);
        Search search = Search.of(pattern).startingWithin(first, before);
        assertTrue(search.prefiltered(), regex + ": no words to start from");
        int matched = 0, several = 0;
        for (String text : inventedSentences(regex.hashCode())) {
            List<List<Integer>> expected = findLoop(pattern, text);
            assertEquals(expected, spans(search.results(text)), () -> regex + " on \"" + text + "\"");
            if (!expected.isEmpty()) matched++;
            if (expected.size() > 1) several++;
        }
        assertTrue(matched > 100 && several > 10, regex + ": too few invented texts matched (" + matched + ", " + several + ")");
    }

    @Test
    void aStartClassThatSaysLessThanThePatternLosesMatches() {
        // The name may hold a full stop ("U.S. Steel"); told that only letters and spaces come before the verb, the search
        // looks no further back than the stop and loses the match: the classes are the caller's promise, kept by tests.
        Pattern pattern = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)\\s+(?:announced|launched)");
        String text = "Then U.S. Steel announced a four-day week.";
        assertEquals(1, findLoop(pattern, text).size());
        assertEquals(5, Search.of(pattern).startingWithin("\\p{Lu}", "[\\p{L}.\\s]").results(text).get(0).start(1));
        assertEquals(10, Search.of(pattern).startingWithin("\\p{Lu}", "[\\p{L}\\s]").results(text).get(0).start(1));
    }

    @Test
    void derivesTheWordsEveryMatchHolds() {
        assertEquals(Set.of("thank", "thx"), Search.compile("\\bthanks?\\b|\\bthx", CI).literals());
        assertEquals(Set.of("nice post", "nice read", "good post", "good read"),
                Search.compile("(?:nice|good) (?:post|read)", CI).literals());
        assertEquals(Set.of("couldn't agree", "couldn\u2019t agree"), Search.compile("couldn['\u2019]t agree", CI).literals());
        // Of two parts in sequence, the one with the longer words is kept; parts known exactly are joined first, and of the
        // words a part gives, those that hold another are dropped (" a announced" holds " announced").
        assertEquals(Set.of("announced", "laid off"), Search.compile("\\p{Lu}\\w+\\s+(?:announced|laid off)", 0).literals());
        assertEquals(Set.of(" said"), Search.compile("\\p{Lu}\\w* said", 0).literals());
        assertEquals(Set.of("announced"), Search.compile("[\\p{L}.]*announced", 0).literals());
        assertEquals(Set.of(" announced", " aannounced", " anannounced", " theannounced", " laid off", " alaid off", " anlaid off", " thelaid off"),
                Search.compile("\\p{Lu}\\w+ (?:a|an|the)? ?(?:announced|laid off)", 0).literals());
        // Words are folded as case-insensitive matching compares characters.
        // A digit is one of ten, so "cut \\d" needs one of ten words; with Unicode classes any digit is one.
        assertEquals(10, Search.compile("cut \\d", 0).literals().size());
        assertEquals(Set.of("cut "), Search.compile("cut \\d", Pattern.UNICODE_CHARACTER_CLASS).literals());
        assertEquals(Set.of("a-1", "a-2", "b-1", "b-2"), Search.compile("[a-b]-[1-2]", 0).literals());
        assertEquals(Set.of("caf\u00E9 au lait"), Search.compile("CAF\u00C9 AU LAIT", CI).literals());
    }

    @Test
    void theMatcherOfATextWithoutTheWordsStillAnswersAfterAReset() {
        Search search = Search.compile("\\bagree\\b", CI);
        Matcher m = search.matcher("I disagree entirely");
        assertFalse(m.find());
        assertFalse(m.matches());
        m.reset("We agree.");
        assertTrue(m.find());
        assertEquals(3, m.start());
    }

    @Test
    void foldsCharactersTheWayCaseInsensitiveMatchingDoes() {
        // The long s, the dotted capital I and the Kelvin sign match "s", "i" and "k" in case-insensitive Unicode mode.
        for (String text : List.of("\u017Fpot on", "\u0130 agree", "\u212Aind words")) {
            Search search = Search.compile("spot on|i agree|kind words", CI);
            assertTrue(search.pattern().matcher(text).find(), text);
            assertTrue(search.find(text), text);
        }
    }

    /** Patterns whose words cannot be derived, or are too common to help: searched in full, with the same answers. */
    static Stream<Arguments> fallbacks() {
        return Stream.of(
                Arguments.of("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)+", 0, "Ann Lee wrote"),
                Arguments.of("(\\w)\\1", 0, "book"),
                Arguments.of("thanks # a comment", Pattern.COMMENTS, "thanks"),
                Arguments.of("(?x) thanks", 0, "thanks"),
                Arguments.of("(?:great )?(?:post)?", CI, "nothing here"),
                Arguments.of("a|b", 0, "cab"),
                Arguments.of("(?:yes|no)*", CI, "maybe"));
    }

    @ParameterizedTest
    @MethodSource("fallbacks")
    void aPatternWithoutDerivableWordsIsSearchedInFull(String regex, int flags, String text) {
        Pattern pattern = Pattern.compile(regex, flags);
        Search search = Search.of(pattern);
        assertFalse(search.prefiltered(), regex);
        assertTrue(search.mayMatch(text));
        assertEquals(pattern.matcher(text).find(), search.find(text));
        assertTrue(search.find(text), regex + " on " + text);
    }
}

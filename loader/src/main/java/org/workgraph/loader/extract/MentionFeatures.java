package org.workgraph.loader.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.PosModel;
import org.workgraph.loader.text.Search;

/**
 * What a name recogniser may know about each word of a page: its shape and context, never its identity. A word's
 * features are its capitalisation pattern (camel case, capitals and their count, digits), its length, its part of
 * speech, whether general lexicons know it (an English given or family name, a word of WordNet, a place, a surname
 * WordNet gives only to people, a head word of organisations' names such as "Labs" or "University", a brand-like
 * ending such as "-ify"), where it stands (sentence start, inside quotation marks, on a short line of its own, in a
 * run of capitalised words), how often the page repeats it and whether the page also writes it in lower case, and
 * the same shape and tag of its neighbours, with the neighbours' own words only when they are lower case (the cue
 * words: "at", "joined", "says"). The names themselves never become features, so what is learned carries to names
 * no training page had.
 *
 * <p>Only candidates are classified: words with a capital letter, and the small words that join two of them ("Bank
 * of England", "Procter &amp; Gamble"). A lower-case brand is beyond it, as it is beyond the rules.
 *
 * <p>One instance reads one page (all its units, since repetition is counted over the page); not thread-safe.
 */
public final class MentionFeatures {
    /** One token of a unit: its offsets in the unit's text, its text and its part-of-speech tag (null: not tagged). */
    public record Token(int start, int end, String text, String tag) {}

    private static final int MAX_RUN = 400;
    private static final int RUN_REACH = 6;
    private static final Set<String> JOINERS = Set.of("of", "&", "-", "de", "van", "von", "der", "da", "for", "the", "and", "du", "la", "le", ".");
    static final Search HEAD = Search.compile("(?:" + RunningText.ORG_HEADS + ")");
    /** Endings many brand and platform names share, as a class ("Spotify", "Bitly", "Napster", "Hubspot"). */
    private static final List<String> BRAND_ENDINGS = List.of("ify", "ly", "io", "ster", "hub", "soft", "tech", "works", "lab", "labs", "box",
            "book", "bot", "flix", "gram", "pedia", "base", "desk", "force", "forge", "zon", "oo", "app", "net", "ware");
    private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> LIST = Set.of(",", "and", "or", "&", "/");
    private static final Set<String> QUOTES = Set.of("\"", "\u201C", "\u201D");

    private final Map<Integer, String> texts;
    private final List<Integer> order;
    private final Map<Integer, List<Token>> tokens = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> lowerOnPage = new HashSet<>();

    /** Tokenises and tags every unit of a page (unit id to its text, in page order). */
    public MentionFeatures(Map<Integer, String> units) {
        this.texts = Map.copyOf(units);
        this.order = List.copyOf(units.keySet());
        POSTaggerME tagger = new POSTaggerME(PosModel.english());
        for (Map.Entry<Integer, String> u : units.entrySet()) {
            List<Token> ts = tag(tagger, u.getValue());
            tokens.put(u.getKey(), ts);
            for (Token t : ts) {
                counts.merge(t.text(), 1, Integer::sum);
                if (Character.isLowerCase(t.text().charAt(0))) lowerOnPage.add(t.text());
            }
        }
    }

    /** Whether the page writes the word in lower case somewhere ("the slack in the rota" beside "on Slack"). */
    public boolean lowerOnPage(String word) { return lowerOnPage.contains(word.toLowerCase(Locale.ROOT)); }

    /** The units' ids, in page order. */
    public List<Integer> units() { return order; }

    public List<Token> tokens(int unit) { return tokens.getOrDefault(unit, List.of()); }

    public String text(int unit) { return texts.get(unit); }

    private static List<Token> tag(POSTaggerME tagger, String text) {
        opennlp.tools.util.Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
        String[] words = opennlp.tools.util.Span.spansToStrings(spans, text);
        List<Token> out = new ArrayList<>(words.length);
        // Tagging is most of the recogniser's cost, and most sentences hold no word it could propose: tag sentence by
        // sentence, and only those with a capitalised word that could be (part of) a name; the others' words keep no tag
        // and are no candidates (see candidate). A sentence is cut after ".", "!" or "?" (not after an initial's full stop),
        // and in any case after MAX_RUN words, since the tagger's beam search grows with the square of a sequence.
        for (int from = 0; from < words.length; ) {
            int to = from;
            while (to < words.length && to - from < MAX_RUN) {
                String w = words[to++];
                if ((w.equals(".") && (to < 2 || words[to - 2].length() != 1)) || w.equals("!") || w.equals("?")) break;
            }
            String[] tags = mayName(words, from, to) ? tagger.tag(Arrays.copyOfRange(words, from, to)) : null;
            for (int i = from; i < to; i++) out.add(new Token(spans[i].getStart(), spans[i].getEnd(), words[i], tags == null ? null : tags[i - from]));
            from = to;
        }
        return out;
    }

    /**
     * Whether a sentence holds a word the recogniser could propose: a capitalised word (not the pronoun "I") anywhere but
     * its first word, or a first word that general English lacks or that another capitalised word follows. A first word
     * of English alone ("The", "Today") is no name the recogniser may propose (see LearnedMentions.plausible).
     */
    private static boolean mayName(String[] words, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = words[k];
            if (!capitalised(w) || w.equals("I")) continue;
            boolean first = true;
            for (int j = from; j < k; j++) if (Character.isLetterOrDigit(words[j].charAt(0))) { first = false; break; }
            if (!first || !Lexicon.english().knows(w.toLowerCase(Locale.ROOT)) || k + 1 < to && capitalised(words[k + 1])) return true;
        }
        return false;
    }

    private static boolean capitalised(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) return Character.isLetter(w.charAt(0)) || w.charAt(0) == '@';
        return false;
    }

    /** Whether two tokens touch or stand apart by spaces only (no line break, no punctuation between them). */
    private boolean joined(int unit, int i, int j) {
        List<Token> ts = tokens(unit);
        String between = texts.get(unit).substring(ts.get(i).end(), ts.get(j).start());
        return between.length() <= 2 && between.isBlank() && between.indexOf('\n') < 0;
    }

    /** Whether token {@code i} is classified: a capitalised word, or a small word between two joined capitalised words. */
    public boolean candidate(int unit, int i) {
        List<Token> ts = tokens(unit);
        if (ts.get(i).tag() == null) return false; // a sentence with no word that could be a name is not tagged
        String w = ts.get(i).text();
        if (capitalised(w)) return true;
        // A full stop joins only an initial to what follows ("J. Quernmore"); after a word it ends a sentence.
        if (w.equals(".") && (i == 0 || ts.get(i - 1).text().length() != 1)) return false;
        return JOINERS.contains(w) && i > 0 && i + 1 < ts.size() && capitalised(ts.get(i - 1).text()) && capitalised(ts.get(i + 1).text())
                && joined(unit, i - 1, i) && joined(unit, i, i + 1);
    }

    /** Whether tokens {@code i} and {@code i + 1} may belong to one name. */
    public boolean continues(int unit, int i) {
        return i + 1 < tokens(unit).size() && joined(unit, i, i + 1);
    }

    static String shape(String w) {
        if (w.isEmpty()) return "empty";
        if (w.chars().allMatch(Character::isDigit)) return "d";
        if (!Character.isLetterOrDigit(w.charAt(0))) return w.length() == 1 ? "p" + w : "sym";
        boolean lower = false, upperInside = false, digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) lower = true;
            if (i > 0 && Character.isUpperCase(c)) upperInside = true;
            if (Character.isDigit(c)) digit = true;
        }
        boolean first = Character.isUpperCase(w.charAt(0));
        String s;
        if (first && !lower) s = w.length() == 1 ? "X" : "XX";
        else if (first && upperInside) s = "XxX";
        else if (first) s = "Xx";
        else if (upperInside) s = "xX";
        else s = "x";
        return digit ? s + "d" : s;
    }

    private static String length(String w) {
        int n = w.length();
        return n <= 1 ? "1" : n <= 2 ? "2" : n <= 3 ? "3" : n <= 5 ? "4-5" : n <= 8 ? "6-8" : "9+";
    }

    /** The context word: its own text when lower case (a cue), else its shape. */
    private static String context(Token t) {
        String w = t.text();
        if (Character.isLowerCase(w.charAt(0)) || !Character.isLetterOrDigit(w.charAt(0))) return w.toLowerCase(Locale.ROOT);
        return shape(w);
    }

    /** The features of token {@code i} of a unit (see the class comment). */
    public List<String> features(int unit, int i) {
        List<Token> ts = tokens(unit);
        String text = texts.get(unit);
        Token t = ts.get(i);
        String w = t.text(), lw = w.toLowerCase(Locale.ROOT), sh = shape(w);
        List<String> f = new ArrayList<>(48);
        f.add("sh=" + sh);
        f.add("len=" + length(w));
        f.add("pos=" + t.tag());
        if (!capitalised(w)) f.add("join=" + lw);
        if (sh.equals("XX")) f.add("acr=" + Math.min(w.length(), 6));
        boolean given = GivenNames.english().contains(w), family = GivenNames.english().familyName(w);
        boolean lex = Lexicon.english().knows(lw);
        if (given) f.add("given");
        if (family) f.add("family");
        if (lex) f.add("lex");
        if (lex && Lexicon.english().noun(lw)) f.add("lexNoun");
        if (lex && Lexicon.english().adjective(lw)) f.add("lexAdj");
        if (Places.wordNet().contains(w)) f.add("place");
        if (!LoneSurnames.sharedSurnames().people(w).isEmpty()) f.add("surname");
        if (HEAD.matches(w)) f.add("head");
        if (RunningText.commonAcronym(w)) f.add("commonAcr");
        if (dayOrMonth(lw) || lw.endsWith("s") && dayOrMonth(lw.substring(0, lw.length() - 1))) f.add("month");
        if (capitalised(w) && !lex) for (String e : BRAND_ENDINGS) if (lw.endsWith(e) && lw.length() > e.length() + 2) { f.add("brandEnd"); break; }
        boolean start = RunningText.sentenceStart(text, t.start());
        if (start) f.add("start");
        if (quoted(ts, i)) f.add("quoted");
        String line = lineOf(text, t.start());
        int lineWords = line.trim().split("\\s+").length;
        if (lineWords <= 5) f.add("shortLine");
        if (lineWords >= 2 && RunningText.titleCase(line.trim())) f.add("titleLine");
        int n = counts.getOrDefault(w, 0);
        f.add("rep=" + (n <= 1 ? "1" : n <= 3 ? "2-3" : "4+"));
        if (capitalised(w) && lowerOnPage.contains(lw)) f.add("lowerOnPage");
        // The run of capitalised words (with their joiners) the token stands in.
        int a = i, b = i;
        // Looked for a few words either way only: a line in capitals would make every word walk the whole line.
        while (a > 0 && i - a < RUN_REACH && candidate(unit, a - 1) && joined(unit, a - 1, a)) a--;
        while (b + 1 < ts.size() && b - i < RUN_REACH && candidate(unit, b + 1) && joined(unit, b, b + 1)) b++;
        int run = b - a + 1;
        f.add("run=" + Math.min(run, 4));
        f.add("runPos=" + (run == 1 ? "only" : i == a ? "first" : i == b ? "last" : "mid"));
        boolean headInRun = false;
        for (int k = a; k <= b; k++) headInRun |= HEAD.matches(ts.get(k).text());
        if (headInRun) f.add("headInRun");
        if (GivenNames.english().contains(ts.get(a).text()) && run >= 2) f.add("givenOpensRun");
        if (a > 0 && ts.get(a - 1).text().equalsIgnoreCase("the")) f.add("theBeforeRun");
        // Neighbours: shape and tag, and their words when lower case.
        for (int d : new int[] {-2, -1, 1, 2}) {
            int k = i + d;
            String key = (d < 0 ? "p" : "n") + Math.abs(d);
            if (k < 0 || k >= ts.size()) { f.add(key + "=none"); continue; }
            Token o = ts.get(k);
            f.add(key + "w=" + context(o));
            if (Math.abs(d) == 1) f.add(key + "pos=" + tagOf(o));
        }
        // A list of capitalised names ("Slack, Zoom and Teams"): a capitalised word across a comma, "and" or "or".
        if (a >= 2 && LIST.contains(ts.get(a - 1).text()) && capitalised(ts.get(a - 2).text())
                || b + 2 < ts.size() && LIST.contains(ts.get(b + 1).text()) && capitalised(ts.get(b + 2).text())) f.add("capsList");
        if (i + 2 < ts.size() && (ts.get(i + 1).text().equals("'") || ts.get(i + 1).text().equals("\u2019")) && ts.get(i + 2).text().equals("s"))
            f.add("possessive");
        // A few conjunctions the linear model cannot form itself.
        f.add("sh+pos=" + sh + "+" + t.tag());
        f.add("sh+start=" + sh + "+" + start);
        f.add("sh+lex=" + sh + "+" + lex);
        if (i > 0) f.add("p1w+sh=" + context(ts.get(i - 1)) + "+" + sh);
        if (i + 1 < ts.size()) f.add("sh+n1w=" + sh + "+" + context(ts.get(i + 1)));
        return f;
    }

    /** A neighbour's tag; one in the next or last sentence may be untagged, and is then almost always its full stop. */
    private static String tagOf(Token t) {
        if (t.tag() != null) return t.tag();
        return Character.isLetterOrDigit(t.text().charAt(0)) ? "untagged" : "PUNCT";
    }

    static boolean dayOrMonth(String lower) { return MONTHS_AND_DAYS.contains(lower); }

    private static String lineOf(String text, int pos) {
        int s = text.lastIndexOf('\n', pos - 1) + 1, e = text.indexOf('\n', pos);
        return text.substring(s, e < 0 ? text.length() : e);
    }

    /** Whether an odd number of quotation marks stands before the token in its sentence. */
    private static boolean quoted(List<Token> ts, int i) {
        int q = 0;
        for (int k = i - 1; k >= 0 && k >= i - 30; k--) {
            String w = ts.get(k).text();
            if (w.equals(".") || w.equals("!") || w.equals("?")) break;
            if (QUOTES.contains(w)) q++;
        }
        return q % 2 == 1;
    }
}

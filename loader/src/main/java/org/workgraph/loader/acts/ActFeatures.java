package org.workgraph.loader.acts;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.workgraph.loader.extract.Span;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Search;

/**
 * What the learned act model sees of one response: shapes that say how a response works in any thread rather than
 * what it is about. The cues {@link Cues} already reads (each as a feature, with where it matched kept as evidence), what
 * the rules decided ({@link ActReader}'s main act and its other acts), the first and last words and the punctuation's
 * shape, the length, second person and first person, whom it replies to and what that one did, whether the post asks,
 * whether the post's writer wrote it, and where it stands in the thread. No topic words: a model that learnt "union" or
 * "office" from these pages would learn the pages, not the acts.
 */
public final class ActFeatures {
    // Compiled once: these run per line or per word.
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?\u2026])\\s+");

    private static final Search WORD = Search.compile("[\\p{L}\\d'\u2019]+");
    private static final Search HANDLE = Search.compile("(?<![\\p{L}\\d@])@[\\p{L}][\\p{L}\\d_-]*");
    private static final Search SECOND_PERSON = Search.compile("(?i)\\b(?:you|your|you're|you've|yours|u)\\b");
    private static final Search FIRST_PERSON = Search.compile("(?i)\\b(?:I|me|my|I'm|I’m|I've|I’ve|mine)\\b");
    private static final Search VOCATIVE = Search.compile("^(?:@[\\p{L}\\d_-]+|\\p{Lu}\\p{L}+),\\s");
    private static final Search SHOUT = Search.compile("\\b\\p{Lu}{3,}\\b");
    private static final Search EMOJI = Search.compile("[\\p{So}\\x{1F300}-\\x{1FAFF}]|[:;]-?[()DPp]");
    private static final Search QUOTE_MARKS = Search.compile("[\"\u201c\u201d]");

    /** The cues, by the names the features (and the evidence) carry. Order is the order evidence lists them in. */
    static final Map<String, Search> CUES = new LinkedHashMap<>();
    static {
        CUES.put("praise", Cues.PRAISE);
        CUES.put("thanks", Cues.THANKS);
        CUES.put("agree", Cues.AGREE);
        CUES.put("disagree", Cues.DISAGREE);
        CUES.put("derision", Cues.DERISION);
        CUES.put("joke", Cues.JOKE);
        CUES.put("laughter", Cues.LAUGHTER);
        CUES.put("wink", Cues.WINK);
        CUES.put("wellWishing", Cues.WELL_WISHING);
        CUES.put("asking", Cues.ASKING);
        CUES.put("asksYou", Cues.ASKS_YOU);
        CUES.put("asksReaders", Cues.ASKS_READERS);
        CUES.put("request", Cues.REQUEST);
        CUES.put("rhetorical", Cues.RHETORICAL);
        CUES.put("wonder", Cues.WONDER);
        CUES.put("takesUpQuestion", Cues.TAKES_UP_QUESTION);
        CUES.put("contrast", Cues.CONTRAST);
        CUES.put("retraction", Cues.RETRACTION);
    }

    /** Cues that only count where the response's own words open. */
    static final Map<String, Search> OPENING_CUES = new LinkedHashMap<>();
    static {
        OPENING_CUES.put("agreeOpening", Cues.AGREE_OPENING);
        OPENING_CUES.put("yes", Cues.YES);
        OPENING_CUES.put("yesBut", Cues.YES_BUT);
        OPENING_CUES.put("disagreeOpening", Cues.DISAGREE_OPENING);
        OPENING_CUES.put("counterOpening", Cues.COUNTER_OPENING);
        OPENING_CUES.put("weighsEarlier", Cues.WEIGHS_EARLIER);
        OPENING_CUES.put("concession", Cues.CONCESSION);
        OPENING_CUES.put("firstPersonOpening", Cues.FIRST_PERSON_OPENING);
        OPENING_CUES.put("ellipticalAnswer", Cues.ELLIPTICAL_ANSWER);
        OPENING_CUES.put("unmarkedQuestion", Cues.UNMARKED_QUESTION);
        OPENING_CUES.put("delight", Cues.DELIGHT);
    }

    /** How many of a response's first words are features of their own. */
    private static final int OPENING_WORDS = 6;

    private ActFeatures() {}

    /**
     * The features of every response of a post, in page order.
     *
     * @param rules the rules' reading of the same post ({@link ActReader#read}), which the features include
     */
    public static List<List<String>> of(BlogPost post, String postWriter, List<ActFinding> rules) {
        return of(post, postWriter, rules, Map.of());
    }

    /**
     * The features of every response of a post, in page order, with the acts of the responses they follow or answer
     * taken from {@code context} where it has them (training: the gold's; reading: what was decided before), else from
     * the rules.
     */
    public static List<List<String>> of(BlogPost post, String postWriter, List<ActFinding> rules, Map<Integer, Act> context) {
        List<List<String>> out = new ArrayList<>();
        boolean asks = ActReader.postAsks(post) != null;
        for (int i = 0; i < post.responses().size(); i++) out.add(at(post, postWriter, rules, context, i, asks));
        return out;
    }

    /**
     * The features of response {@code i} (0-based, page order); see {@link #of(BlogPost, String, List, Map)}.
     *
     * @param postAsks whether the post puts a question to its readers ({@link ActReader#postAsks}), read once per post
     */
    public static List<String> at(BlogPost post, String postWriter, List<ActFinding> rules, Map<Integer, Act> context, int i,
            boolean postAsks) {
        Map<Integer, Act> ruleMain = new java.util.HashMap<>();
        List<Act> others = new ArrayList<>();
        List<Response> responses = post.responses();
        Response r = responses.get(i);
        for (ActFinding f : rules) {
            if (f.main()) ruleMain.put(f.unit(), f.act());
            else if (f.unit() == r.position()) others.add(f.act());
        }
        List<String> f = new ArrayList<>(text(r.text() == null ? "" : r.text()));
        f.add("rule=" + name(ruleMain.get(r.position())));
        for (Act a : others) f.add("ruleAlso=" + name(a));
        f.add("kind=" + r.kind().name().toLowerCase(Locale.ROOT));
        if (r.replyTo() != null) {
            f.add("parent=" + name(context.getOrDefault(r.replyTo(), ruleMain.get(r.replyTo()))));
            Response parent = responses.stream().filter(x -> x.position() == r.replyTo()).findFirst().orElse(null);
            if (parent != null && sameWriter(parent.writer(), postWriter)) f.add("parentByPostWriter");
        } else {
            f.add("parent=post");
            if (postAsks) f.add("postAsks");
        }
        if (i == 0) f.add("first");
        else {
            int p = responses.get(i - 1).position();
            f.add("prev=" + name(context.getOrDefault(p, ruleMain.get(p))));
        }
        if (i == responses.size() - 1) f.add("last");
        if (sameWriter(r.writer(), postWriter)) f.add("byPostWriter");
        if (r.writer() == null) f.add("noWriter");
        return f;
    }

    /** The features read off the text alone. */
    static List<String> text(String text) {
        List<String> f = new ArrayList<>();
        String t = text.strip();
        for (Map.Entry<String, Search> c : CUES.entrySet()) if (c.getValue().find(t)) f.add("cue=" + c.getKey());
        String opening = t.substring(opening(t));
        for (Map.Entry<String, Search> c : OPENING_CUES.entrySet()) if (c.getValue().find(opening)) f.add("cue=" + c.getKey());
        if (Cues.PLACEHOLDER.find(t)) f.add("cue=placeholder");
        List<String> words = words(t);
        int n = words.size();
        f.add("len=" + (n <= 3 ? "1-3" : n <= 8 ? "4-8" : n <= 20 ? "9-20" : n <= 50 ? "21-50" : n <= 120 ? "51-120" : "121+"));
        if (n > 0) {
            f.add("w0=" + words.get(0));
            if (n > 1) f.add("w01=" + words.get(0) + "_" + words.get(1));
            f.add("wl=" + words.get(n - 1));
            // The words a response opens with carry its discourse markers ("ha", "exactly", "nah", "thanks", "but"); the rest
            // carry its topic, which does not say what a response does.
            for (String w : new LinkedHashSet<>(words.subList(0, Math.min(OPENING_WORDS, n)))) f.add("opens=" + w);
        }
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        f.add("end=" + (last == '?' ? "?" : last == '!' ? "!" : last == '.' ? (t.endsWith("...") ? "..." : ".") : last == '\u2026' ? "..." : "none"));
        long q = t.chars().filter(c -> c == '?').count(), x = t.chars().filter(c -> c == '!').count();
        if (q > 0) f.add("questionMarks=" + (q == 1 ? "1" : "2+"));
        if (x > 0) f.add("exclamations=" + (x == 1 ? "1" : "2+"));
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) f.add("opensLowerCase");
        if (t.startsWith("...") || t.startsWith("\u2026") || t.startsWith("..")) f.add("opensEllipsis");
        if (SHOUT.find(t)) f.add("shouts");
        if (EMOJI.find(t)) f.add("emoji");
        if (QUOTE_MARKS.find(t)) f.add("quotes");
        if (SECOND_PERSON.find(t)) f.add("secondPerson");
        if (n > 0 && (words.get(0).equals("you") || words.get(0).equals("your"))) f.add("opensYou");
        if (FIRST_PERSON.find(t)) f.add("firstPerson");
        if (VOCATIVE.find(t) || HANDLE.find(t)) f.add("addressesSomeone");
        int sentences = SENTENCE_BREAK.split(t).length;
        f.add("sentences=" + (sentences <= 1 ? "1" : sentences <= 3 ? "2-3" : "4+"));
        return f;
    }

    /** Where each cue feature of a text matched, for the evidence of an act the model decides. */
    static Map<String, Span> cueSpans(int unit, String text) {
        Map<String, Span> out = new LinkedHashMap<>();
        for (Map.Entry<String, Search> c : CUES.entrySet()) {
            Matcher m = c.getValue().matcher(text);
            if (m.find()) out.put("cue=" + c.getKey(), new Span(unit, m.start(), m.end(), m.group()));
        }
        int open = opening(text);
        for (Map.Entry<String, Search> c : OPENING_CUES.entrySet()) {
            Matcher m = c.getValue().matcher(text.substring(open));
            if (m.find()) out.put("cue=" + c.getKey(), new Span(unit, open + m.start(), open + m.end(), m.group()));
        }
        return out;
    }

    private static final Search GREETING = Search.compile(
            "^(?:(?:hi|hello|hey|dear|hiya)\\b[^,.!:\\n]{0,40}[,.!:]\\s*|@[\\p{L}\\d_-]+[,:]?\\s+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Where the response's own words start, after a greeting or @handle (as the rules read it). */
    static int opening(String text) {
        Matcher g = GREETING.matcher(text);
        return g.find() && g.end() < text.length() ? g.end() : 0;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        return out;
    }

    private static String name(Act a) { return a == null ? "none" : a.notation(); }

    private static boolean sameWriter(String a, String b) {
        return a != null && b != null && !a.isBlank() && !b.isBlank() && Names.key(a).equals(Names.key(b));
    }

    /** The response kinds that carry text of their own to read (pingbacks and reblogs announce whatever they say). */
    static boolean readable(Response r) {
        return r.kind() != ResponseKind.PINGBACK && r.kind() != ResponseKind.REBLOG;
    }
}

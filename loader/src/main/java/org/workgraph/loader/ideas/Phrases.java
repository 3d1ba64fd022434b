package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.workgraph.loader.text.Lexicon;

/**
 * Candidate concept phrases in a text: runs of one to four content words that no punctuation or function
 * word interrupts, plus "X of Y", "X and Y", "X for Y" joins ("cost of living", "pay for performance"). A phrase's
 * key ignores case, hyphens, a plural s and word order, so variants of one concept share it.
 */
final class Phrases {
    /** General English function words and fillers; they bound phrases and never start or end one. */
    static final Set<String> STOP = Set.copyOf(List.of("a", "about", "above", "after", "again", "against", "all", "also", "am", "an",
            "and", "any", "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing",
            "don't", "down", "during", "each", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "got",
            "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "however", "i", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just",
            "let", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "never", "no", "nor",
            "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours",
            "ourselves", "out", "over", "own", "per", "quite", "rather", "really", "same", "she", "should", "so", "some",
            "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's",
            "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us",
            "very", "via", "was", "wasn't", "we", "we're", "we've", "well", "were", "what", "when", "where", "whether",
            "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "won't", "would", "yet",
            "you", "your", "yours", "yourself", "i'm", "i've", "i'll", "i'd", "you're", "you've", "it'll", "let's", "etc",
            "say", "says", "said", "make", "makes", "made", "go", "goes", "going", "see", "seen", "know", "think", "thing",
            "things", "way", "ways", "lot", "lots", "new", "good", "great", "much", "something", "someone", "anything",
            "everyone", "people", "time", "times", "year", "years", "day", "days", "take", "want", "need", "needs", "use",
            "used", "using", "come", "comes", "seems", "seem", "able", "last", "first", "next", "still", "already", "always",
            "sometimes", "perhaps", "maybe", "simply", "actually", "certainly", "thanks", "thank", "post", "posts",
            "comment", "comments", "reply", "blog", "read", "sure", "yes", "ok", "since", "across", "around", "among",
            "toward", "towards", "less", "least", "whatever", "whilst", "become", "becomes", "becoming", "put", "another",
            "behind", "inside", "outside", "beyond", "besides", "despite", "unless", "nobody", "somebody", "anybody",
            "everybody", "everything", "nothing", "none", "making", "taking", "getting", "doing"));
    /**
     * General English words that make a phrase a description rather than a concept: judging or sizing
     * adjectives ("a fair amount", "big company", "true ability") and light nouns that carry no topic of
     * their own ("Sunday afternoon", "reducing amount"). Not a list of topics: these words fit any text.
     */
    private static final Set<String> QUALIFIERS = Set.of("big", "small", "large", "huge", "little", "fair", "true", "real",
            "various", "different", "similar", "best", "better", "worse", "worst", "bad", "nice", "whole", "entire", "definitive",
            "abundant", "bleak", "certain", "particular", "specific", "general", "main", "major", "minor", "important",
            "interesting", "hard", "easy", "difficult", "simple", "clear", "obvious", "possible", "likely", "current", "recent",
            "old", "young", "long", "short", "high", "low", "full", "wonderful", "excellent", "terrible", "awesome", "amazing",
            "right", "wrong", "strong", "weak", "early", "late", "enormous", "tiny", "key", "several", "numerous",
            "reducing", "increasing", "growing", "ongoing", "previous", "following", "above", "own", "usual", "typical",
            "traditional", "conventional", "modern", "standard", "normal", "ordinary", "common", "classic");
    private static final Set<String> LIGHT_NOUNS = Set.of("amount", "number", "lot", "kind", "sort", "type", "part", "bit",
            "piece", "point", "fact", "example", "case", "afternoon", "morning", "evening", "night", "week", "month", "today",
            "tomorrow", "yesterday", "moment", "instance", "aspect", "matter", "stuff", "side", "end", "start", "beginning",
            "wish", "regard", "question", "answer", "reason", "result", "place", "area", "level", "idea", "issue",
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "speed", "advance", "picture");

    /** Whether a phrase opens with a judging or sizing word or ends on a light noun ("fair amount", "big issue"). */
    static boolean weak(String surface) {
        String[] words = surface.toLowerCase(Locale.ROOT).split("[\\s]+");
        // "four-day week", "40 hour work week": a measured span of time is a concept, not a light "week".
        boolean measured = hyphenatedMeasure(words[0]) || number(words[0]);
        return judging(words[0]) || !measured && LIGHT_NOUNS.contains(singular(words[words.length - 1]));
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
            "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "n't", "to");

    /** Whether every word of a text is a judging or sizing word ("traditional", "big new"); false for no words. */
    static boolean qualifiers(String text) {
        if (text.isBlank()) return false;
        for (String w : text.toLowerCase(Locale.ROOT).split("\\s+")) if (!judging(w)) return false;
        return true;
    }

    /** A judging or sizing word, or any comparative or superlative ("bigger", "fewer", "greatest"). */
    private static boolean judging(String word) {
        return QUALIFIERS.contains(word) || Lexicon.english().comparative(word);
    }

    /** Joins that may sit inside a phrase between content words. */
    static final Set<String> JOINS = Set.of("of", "and", "for");
    /** {@link #JOINS} as a regular expression group, for the patterns that find a join in a surface. */
    static final String JOIN_WORDS = "(?:" + String.join("|", JOINS) + ")";

    /**
     * One occurrence of a candidate in a text; {@code activity}: a gerund with its object or place ("working from
     * home"), which does not swallow that object the way a longer noun phrase swallows a shorter one.
     */
    record Occurrence(String key, String surface, int start, int end, boolean activity) {
        Occurrence(String key, String surface, int start, int end) { this(key, surface, start, end, false); }
    }

    private Phrases() {}

    /**
     * Noun phrases of a text: runs of adjectives and nouns (a participle may lead: "rising timber market")
     * ending in a noun (or in an -ing form after a noun: "shift swapping"), possibly joined once by "of", "and" or "for" ("cost of living"). Every sub-phrase that
     * ends in a noun is a candidate, up to four content words.
     */
    static List<Occurrence> in(String text, Tagger tagger) {
        return in(text, tagger.tag(text));
    }

    /** The same, over a text already tagged. */
    static List<Occurrence> in(String text, List<Tagger.Token> tagged) {
        List<Tagger.Token> tokens = withoutAddresses(text, joinHyphens(text, tagged));
        List<Occurrence> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int measure = measure(tokens, i);
            if (measure == 0 && !modifier(tokens, i)) continue;
            // "AI demand forecasting", "HR software vendors": an acronym before a compound of its own names the
            // field the compound belongs to; the concept is the compound, so no phrase starts at the acronym.
            if (acronym(tokens.get(i).text()) && i + 2 < tokens.size() && modifier(tokens, i + 1)
                    && (modifier(tokens, i + 2) || compoundHead(tokens, i + 2))
                    && !acronym(tokens.get(i + 1).text())) continue; // "REMOTE WORK POLICY" is a phrase in capitals
            int words = 0;
            int joins = 0;
            for (int j = i; j < tokens.size(); j++) {
                if (j == i && measure > 0) {
                    // "four-day", "40 hour": a measure is one modifier; no phrase ends on it ("four-day" alone is no concept).
                    j += measure - 1;
                    words++;
                    continue;
                }
                Tagger.Token t = tokens.get(j);
                String w = t.text().toLowerCase(Locale.ROOT);
                if (j > i && HEADS.contains(w) && (j == i + measure || noun(tokens.get(j - 1)) && !JOINS.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT)))) {
                    // "commute time", "ten hour day": a time word too general to open or fill a phrase heads one after a
                    // noun or a measure; nothing follows it in the phrase ("part time job" stops at "time"). After an
                    // adjective it is described, not named ("a long day", "a strange time").
                    if (++words <= 4) {
                        String surface = text.substring(tokens.get(i).start(), t.end());
                        out.add(new Occurrence(key(surface), surface, tokens.get(i).start(), t.end()));
                    }
                    break;
                }
                if (j > i && JOINS.contains(w)) {
                    if (++joins > 1 || j + 1 >= tokens.size() || !modifier(tokens, j + 1)) break;
                    continue;
                }
                // "shift swapping", "demand forecasting": an -ing form after a noun heads a compound.
                // After a plural it is the plural's verb: "crews moving to night work", "unions negotiating";
                // and so it is before its object or adverb: "care happening somewhere", "a manager remembering them".
                boolean gerund = j > i && compoundHead(tokens, j);
                if (!modifier(tokens, j) && !gerund) break;
                if (++words > 4) break;
                if ((noun(t) || gerund) && !STOP.contains(w)) {
                    String surface = text.substring(tokens.get(i).start(), t.end());
                    out.add(new Occurrence(key(surface), surface, tokens.get(i).start(), t.end()));
                }
            }
        }
        activities(text, tokens, out);
        return out;
    }

    /**
     * Words of time general English uses everywhere ("time", "day", "year"), so they never open or fill a phrase,
     * which may still head one after a noun or a measure: "commute time", "family time", "ten hour day".
     */
    private static final Set<String> HEADS = Set.of("time", "times", "day", "days", "year", "years");
    /** Units a measure counts in: "four-day week", "40-hour work week", "ten minute walk". */
    private static final Set<String> UNITS = Set.of("minute", "hour", "day", "week", "month", "year");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "half");

    /** A number in digits or a number word ("40", "four"). Set lookups, no pattern: this runs for every token. */
    private static boolean number(String word) {
        if (word.isEmpty()) return false;
        if (Character.isDigit(word.charAt(0))) return word.chars().allMatch(Character::isDigit);
        return NUMBER_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A number and a unit hyphenated as one word: "four-day", "40-hour". */
    private static boolean hyphenatedMeasure(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && number(word.substring(0, hyphen)) && UNITS.contains(word.substring(hyphen + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * How many tokens a measure at {@code i} spans, or 0: a number and a singular unit, as one hyphenated word
     * ("four-day", "40-hour") or two ("four day", "40 hour"), followed by the rest of a phrase ("four day work
     * week"). A plural unit counts time ("four days a week"), it does not describe a noun.
     */
    static int measure(List<Tagger.Token> tokens, int i) {
        String w = tokens.get(i).text();
        int span;
        if (hyphenatedMeasure(w)) span = 1;
        else if (number(w) && i + 1 < tokens.size() && UNITS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) span = 2;
        else return 0;
        int next = i + span;
        if (next >= tokens.size()) return 0;
        String after = tokens.get(next).text().toLowerCase(Locale.ROOT);
        return HEADS.contains(after) || modifier(tokens, next) ? span : 0;
    }

    /** Prepositions an activity's gerund takes before its place or partner: "working from home", "eating with coworkers". */
    private static final Set<String> ACTIVITY_PREPOSITIONS = Set.of("from", "at", "with", "on", "to", "in", "for", "without");
    /**
     * Where an -ing form is a gerund, naming an activity: after a preposition, a conjunction or a verb that takes a
     * gerund, or opening a sentence, title or clause. Not after a form of "be": "is killing jobs" is a verb's progressive.
     */
    private static final Set<String> GERUND_AFTER = Set.of("about", "of", "for", "with", "by", "on", "at", "in", "without",
            "from", "against", "into", "like", "than", "and", "or", "stop", "stopped", "started", "start", "keep", "kept",
            "enjoy", "enjoyed", "avoid", "avoided");

    /**
     * Activities: a gerund with its object or its place, as a reader names what people do ("working from home",
     * "asking questions", "eating with coworkers", "caring for a relative"). The -ing form must be a gerund (opening a
     * sentence, a title or a clause, after a preposition or a verb that takes one, see {@link #GERUND_AFTER}), and
     * what follows a whole noun phrase without a determiner (an article after the preposition only).
     * The phrase is a candidate beside its object, which stays a phrase of its own ({@link Ranking.Nesting}).
     */
    private static void activities(String text, List<Tagger.Token> tokens, List<Occurrence> out) {
        Lexicon lexicon = Lexicon.english();
        Set<Long> spans = new java.util.HashSet<>();
        for (Occurrence o : out) spans.add((long) o.start() << 32 | o.end());
        for (int i = 0; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.length() < 6 || !w.endsWith("ing") || STOP.contains(w) || !lexicon.verb(w)) continue;
            if (!(t.tag().startsWith("VERB") || t.tag().startsWith("NOUN") || t.tag().startsWith("VB") || t.tag().startsWith("NN"))) continue;
            if (i > 0 && !opensActivity(tokens.get(i - 1))) continue;
            int j = i + 1;
            boolean preposition = j < tokens.size() && ACTIVITY_PREPOSITIONS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT));
            if (preposition) j++;
            if (preposition && j < tokens.size() && Set.of("a", "an").contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) j++;
            int head = -1;
            for (int k = j, words = 0; k < tokens.size() && words < 3 && modifier(tokens, k); k++, words++) {
                if (noun(tokens.get(k)) && !STOP.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) head = k;
                else if (k + 1 >= tokens.size() || !modifier(tokens, k + 1)) break;
            }
            // The object must end where its noun phrase does: "managing remote teams well", not "managing remote" of "remote team leads".
            if (head < 0 || head + 1 < tokens.size() && modifier(tokens, head + 1)) continue;
            int end = tokens.get(head).end();
            if (spans.contains((long) t.start() << 32 | end)) continue; // a participle's noun phrase, found already
            String surface = text.substring(t.start(), end);
            out.add(new Occurrence(key(surface), surface, t.start(), end, true));
        }
    }

    private static boolean opensActivity(Tagger.Token before) {
        String w = before.text().toLowerCase(Locale.ROOT);
        if (GERUND_AFTER.contains(w) || before.tag().equals("ADP") || before.tag().equals("SCONJ")) return true;
        // a sentence's, clause's or title's opening: after punctuation ("Working from home: comfortable chair")
        return !Character.isLetterOrDigit(w.charAt(0)) && !"'\u2019".contains(w);
    }

    /**
     * What is left of a contraction or an ordinal when a page loses the apostrophe or the tokenizer splits the word
     * ("we ll", "I ve", "you re", "5 th"): parts of words, never words.
     */
    private static final Set<String> FRAGMENTS = Set.of("ll", "ve", "re", "th");
    /**
     * A web or e-mail address, as the whitespace around it delimits it: "https://…", "www.…", "name@host",
     * "example.com/page". Its parts ("com", "http") are no words of the text.
     */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?i)[a-z][a-z0-9+.-]*://|www\\.|\\S@\\S|\\.(?:com|org|net|edu|gov|io|co|uk|html?|php)(?:[/?#:.,;)]|$)");

    /** The tokens, those inside a web or e-mail address tagged as no word ("X"), so that no phrase takes them in. */
    private static List<Tagger.Token> withoutAddresses(String text, List<Tagger.Token> tokens) {
        List<Tagger.Token> out = new ArrayList<>(tokens.size());
        int chunkStart = -1, chunkEnd = -1;
        boolean address = false;
        for (Tagger.Token t : tokens) {
            if (t.start() >= chunkEnd) {
                chunkStart = t.start();
                while (chunkStart > 0 && !Character.isWhitespace(text.charAt(chunkStart - 1))) chunkStart--;
                chunkEnd = t.end();
                while (chunkEnd < text.length() && !Character.isWhitespace(text.charAt(chunkEnd))) chunkEnd++;
                address = ADDRESS.matcher(text.substring(chunkStart, chunkEnd)).find();
            }
            out.add(address ? new Tagger.Token(t.start(), t.end(), t.text(), "X") : t);
        }
        return out;
    }

    /** A token that can sit in a noun phrase before its head: an adjective, a noun, a participle. */
    private static boolean modifier(List<Tagger.Token> tokens, int i) {
        Tagger.Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.length() < 2 || STOP.contains(w) || FRAGMENTS.contains(w) || !Character.isLetter(w.charAt(0))) return false;
        // "don't", "Ann's": a word before an apostrophe is a contraction or a possessive, not a concept's part.
        if (i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() && "'\u2019".contains(tokens.get(i + 1).text())) return false;
        if (noun(t) || t.tag().startsWith("ADJ") || t.tag().startsWith("JJ")) return true;
        // "rising timber market", "outsourced payroll": a participle only in front of a noun.
        boolean participle = (t.tag().startsWith("VERB") || t.tag().startsWith("VB")) && (w.endsWith("ing") || w.endsWith("ed"));
        return participle && i + 1 < tokens.size() && (noun(tokens.get(i + 1)) || tokens.get(i + 1).tag().startsWith("ADJ"))
                && !(i > 0 && verbal(tokens.get(i - 1)))
                // "analysts reconciled ledgers": an -ed form right after a noun is that noun's verb, not a modifier;
                // so is an -ing form after a plural ("Five Forces Reshaping Frontline Work", "crews moving furniture").
                && !(w.endsWith("ed") && i > 0 && noun(tokens.get(i - 1)))
                && !(w.endsWith("ing") && i > 0 && noun(tokens.get(i - 1)) && plural(tokens.get(i - 1).text()));
    }

    /**
     * A participle after an auxiliary, a pronoun or an adverb is a verb taking an object ("is cutting rural bus
     * routes", "are not finding buyers"), not a modifier ("the declining timber market", "in sharing tools").
     */
    private static boolean verbal(Tagger.Token before) {
        String w = before.text().toLowerCase(Locale.ROOT);
        return AUXILIARIES.contains(w) || before.tag().equals("AUX") || before.tag().equals("PRON") || before.tag().equals("ADV")
                || before.tag().equals("PART");
    }

    /** A noun the lexicon knows, in a plural form. */
    private static boolean plural(String word) {
        Lexicon lexicon = Lexicon.english();
        return lexicon.noun(word) && !lexicon.singularNoun(word);
    }

    /** An -ing form that heads a compound with the noun before it (see above). */
    private static boolean compoundHead(List<Tagger.Token> tokens, int j) {
        return gerund(tokens.get(j)) && noun(tokens.get(j - 1)) && !plural(tokens.get(j - 1).text()) && !clauseGoesOn(tokens, j + 1);
    }

    /**
     * Whether the tokens from {@code i} go on an -ing form's clause, its object or its adverb, rather than follow a
     * compound it heads: a compound subject is followed by its verb ("demand forecasting often fails") or by
     * punctuation, an -ing verb by a determiner, a pronoun or an adverb that no verb follows.
     */
    private static boolean clauseGoesOn(List<Tagger.Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        String tag = tokens.get(i).tag();
        if (tag.equals("DET") || tag.equals("PRON")) return true;
        if (!tag.equals("ADV")) return false;
        return !(i + 1 < tokens.size() && (tokens.get(i + 1).tag().equals("VERB") || tokens.get(i + 1).tag().equals("AUX")));
    }

    /** A word of two or more letters, all capitals: "AI", "HR", "EWA". */
    static boolean acronym(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && word.chars().anyMatch(Character::isLetter);
    }

    private static boolean gerund(Tagger.Token t) {
        return (t.tag().startsWith("VERB") || t.tag().startsWith("VB")) && t.text().length() > 5
                && t.text().toLowerCase(Locale.ROOT).endsWith("ing");
    }

    private static boolean noun(Tagger.Token t) {
        return t.tag().startsWith("NOUN") || t.tag().startsWith("NN") || t.tag().startsWith("PROPN");
    }

    /**
     * "four-day" is one word to a reader; the tokenizer splits it into three. So are "face-to-face" and
     * "work-from-home": a chain of hyphens is joined whole, or its middle would open a phrase ("to-face").
     */
    private static List<Tagger.Token> joinHyphens(String text, List<Tagger.Token> tokens) {
        List<Tagger.Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Tagger.Token t = tokens.get(i);
            if (hyphenAt(tokens, i)) {
                int end = i + 2;
                while (hyphenAt(tokens, end)) end += 2;
                Tagger.Token last = tokens.get(end);
                String word = text.substring(t.start(), last.end());
                // "world-class", "long-term": a compound the lexicon knows only as an adjective describes, it names nothing.
                Lexicon lexicon = Lexicon.english();
                String tag = lexicon.adjective(word) && !lexicon.noun(word) ? "ADJ" : last.tag();
                out.add(new Tagger.Token(t.start(), last.end(), word, tag));
                i = end;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether token {@code i} is followed by a hyphen and another word with no space between. */
    private static boolean hyphenAt(List<Tagger.Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && tokens.get(i + 1).start() == tokens.get(i).end()
                && tokens.get(i + 2).start() == tokens.get(i + 1).end();
    }

    /** Case, hyphens, a plural s and word order do not change a concept: "Skill gaps" = "skill-gap". */
    static String key(String surface) {
        List<String> parts = new ArrayList<>();
        for (String w : surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s-]+")) {
            if (w.isEmpty() || JOINS.contains(w)) continue;
            parts.add(singular(w));
        }
        parts.sort(null);
        return String.join(" ", parts);
    }

    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        // "wishes", "approaches", "boxes": the plural adds "es" after a sibilant.
        if (w.length() > 5 && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("sses"))) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    static int wordCount(String key) { return key.split(" ").length; }

}

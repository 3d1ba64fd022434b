package org.workgraph.loader.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.Search;

/**
 * Organisations by what general English and web prose say only of bodies, beyond {@link NameShapes}: the subject of
 * what firms do ("Zentravo announced", "Quillomatic is laying off"), a name after the kind of body it is ("the
 * staffing firm Quillomatic", "blogging platform, Zentravo"), and a survey or study by a body ("a recent survey by
 * Harbour Insight"). Every name passes the gates of {@link NameShapes#body}; a single word must also be one general
 * English does not know as a noun or an adjective ("the Government announced" names no one). No list of names.
 */
final class OrganisationCues {
    private OrganisationCues() {}

    /** A capitalised word; its hyphenated parts are capitalised too ("Acme-Brindle", not "Skills-based"). */
    private static final String CAP = "\\p{Lu}[\\p{L}&.]*(?:-\\p{Lu}[\\p{L}&.]*)*";
    /** A name of one to three capitalised words (an acronym, a camel-case word, "Acme Labs"). */
    private static final String NAME = "(" + CAP + "(?:\\s" + CAP + "){0,2})";

    /**
     * What firms do, said of the name before it: "Zentravo announced", "Quillomatic is laying off", "Acme has rolled out".
     * People announce and launch things too; a person's name is stopped by the gates (a given name, a family name, a
     * person of the page, a word of general English).
     */
    static final Search FIRM_DOES = Search.compile("(?<![\\p{L}\\d@#'\u2019.-])" + NAME + "(?![\\p{L}\\d-])"
            + "\\s+(?:(?:has|have|had|is|was|just|also|recently|quietly|now|then|will|reportedly)\\s+){0,2}"
            + "(?:announced|announces|released|releases|launched|launches|unveiled|unveils|acquired|acquires|predicts|predicted|predicting|"
            + "forecasts|deployed|deploys|hired|hires|hiring|laid off|lays off|laying off|rolled out|rolls out|rolling out|introduced|"
            + "introduces|shuttered|shuttering|shutting down|embedding|raised \\$|files for|filed for|reported (?:a|record|its)|"
            + "posted (?:a|record|its)|cut \\d|cuts \\d|cutting \\d|employs|employed \\d|ordered (?:its\\s+)?(?:staff|employees|workers))\\b")
            // Verb first: the name is looked for only in the run of name and word characters before each verb word, not
            // from every position of the text (a name's characters, the spaces and the helping words between).
            .startingWithin("\\p{Lu}", "[\\p{L}&.\\s-]");
    /**
     * The kind of body before its name: "the staffing firm Quillomatic", "blogging platform, Zentravo", "the startup
     * Brindlewick". The kind is lower case, so a name in capitals after it is the body's.
     */
    private static final Search KIND_THEN_NAME = Search.compile("\\b(?:company|firm|startup|start-up|platform|publisher|newspaper|magazine|"
            + "retailer|consultancy|nonprofit|non-profit|charity|broadcaster|agency|website|network|bank|insurer|employer)\\s*,?\\s+" + NAME
            + "(?=[\\s,.;:!?)]|$)");
    /** A survey or study by a body: "a recent survey by Harbour Insight", "research conducted by Acme". */
    private static final Search SURVEY_BY = Search.compile("\\b(?:survey|study|poll|report|research|analysis|index|ranking|data)\\s+"
            + "(?:(?:conducted|commissioned|published|released|carried out|compiled)\\s+)?by\\s+(?:the\\s+)?"
            + "(" + CAP + "(?:\\s+(?:(?:of|for|and|&)\\s+)?" + CAP + "){0,4})(?![\\p{L}\\d-])");

    /**
     * A place of work or a platform named by a single word general English does not know: "a meeting at Zentravo", "we
     * post it on Quillogram". A person is looked, laughed or aimed at, a topic is what a post is on; those words, and a following capital ("at Acme
     * Labs" is the head-word rule's), leave the name alone; so does "!" after it, which may be the end of a sentence or
     * part of a brand's name.
     */
    static final Search AT_ON = Search.compile("(?<!\\b(?:look|looks|looked|looking|laugh|laughs|laughed|laughing|stare|stared|staring|"
            + "point|pointed|pointing|aim|aimed|aimed|shout|shouted|yell|yelled|glance|glanced|smile|smiled|mad|angry|good|bad|better|best|"
            + "great|expert|arrive|arrived|arriving|born|based|live|lives|lived|living|stay|stayed|staying|near|"
            // "an article on X", "a post on X": the topic of a piece of writing, which may be anything.
            + "post|posts|article|articles|piece|book|books|essay|paper|talk|chapter|lecture|thoughts|views|focus|focused|work|working)\\s)\\b(?:at|on)\\s+"
            + "(\\p{Lu}[\\p{L}\\d]*(?:\\.(?:com|org|net|io|co))?)(?![\\p{L}\\d&'\u2019!-]|\\.\\p{L}|\\s+\\p{Lu}|\\s+\\d)")
            // The match opens with its word, "at" or "on": the pattern (whose long look-behind would otherwise run at every
            // position of the text) is tried only where the scan finds one.
            .startingWithin("[ao]", "[^\\s\\S]");

    /**
     * A site named by its web domain in running prose ("sponsored by acmerota.com, a website that …", "sites like
     * acmerota.com and rotanews.com"): after a word or a comma on the same line, never inside an address, an e-mail or
     * brackets, nor in a comment form's "your acme.com account".
     */
    private static final Search DOMAIN_NAME = Search.compile("(?<=[\\p{L},]\\s)([A-Za-z][A-Za-z0-9-]*\\.(?:com|org|net|io|co))(?![\\p{L}\\d/.@-]|\\.\\p{L}|\\s+(?:account|logo)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Rules that run before the people of a unit are read, so that "a survey by Harbour Insight" is no person. */
    static void beforePeople(int unit, String text, String lower, PagePeople people, RunningText.Sink sink) {
        if (lower.contains(" by ")) {
            Matcher m = SURVEY_BY.matcher(text);
            while (m.find()) {
                String name = NameShapes.trimName(m.group(1));
                if (!NameShapes.body(text, m.start(1), name, people, false) || !unknownWord(name)) continue;
                NameShapes.org(unit, text, m.start(1), m.start(1) + name.length(), sink, "a body whose survey or study the text cites (\"a survey by …\")");
            }
        }
    }

    static void organisations(int unit, String text, String lower, PagePeople people, RunningText.Sink sink) {
        for (MatchResult m : FIRM_DOES.results(text)) {
            // "In March Zentravo announced": the words before the name that cannot be part of it go.
            int s = m.start(1);
            while (s < m.end(1) && !firmName(text, s, m.end(1), people)) {
                int next = text.indexOf(' ', s);
                s = next < 0 || next >= m.end(1) ? m.end(1) : next + 1;
            }
            if (s >= m.end(1)) continue;
            NameShapes.org(unit, text, s, m.end(1), sink, "the subject of what firms do (\"… announced\", \"… is laying off\", \"… predicts\")");
        }
        Matcher m;
        if (lower.contains(" at ") || lower.contains(" on ")) {
            // results(), not a find() loop: only results() tries the pattern where the scan found "at" or "on" (see AT_ON);
            // find() would run the long look-behind at every position of the text (a fifth of the reader's time).
            for (MatchResult r : AT_ON.results(text)) {
                String name = r.group(1);
                if (!firmName(text, r.start(1), r.end(1), people) || people.resolve(name).isPresent() || Places.wordNet().contains(name)) continue;
                NameShapes.org(unit, text, r.start(1), r.end(1), sink, "a single name general English does not know after \"at\" or \"on\": a place of work or a platform");
            }
        }
        if (lower.contains(".com") || lower.contains(".org") || lower.contains(".net") || lower.contains(".io") || lower.contains(".co")) {
            m = DOMAIN_NAME.matcher(text);
            while (m.find()) {
                if (RunningText.headerLine(text, m.start(1), m.end(1))) continue;
                NameShapes.org(unit, text, m.start(1), m.end(1), sink, "a site named by its web domain in running prose");
            }
        }
        m = KIND_THEN_NAME.matcher(text);
        while (m.find()) {
            String name = NameShapes.trimName(m.group(1));
            if (!NameShapes.body(text, m.start(1), name, people, false) || !unknownWord(name)) continue;
            NameShapes.org(unit, text, m.start(1), m.start(1) + name.length(), sink, "a name after the kind of body it is (\"the staffing firm …\", \"platform, …\")");
        }
    }

    private static boolean firmName(String text, int s, int e, PagePeople people) {
        String name = text.substring(s, e);
        if (!NameShapes.body(text, s, name, people, false) || !unknownWord(name) || people.resolveSurname(name).isPresent()) return false;
        return name.split("[\\s-]+").length > 1 || !GivenNames.english().familyName(name);
    }

    /** An item of a list: one or two capitalised words, a camel-case word, an acronym, a name with a web domain. */
    private static final Search ITEM = Search.compile("(?<![\\p{L}\\d@#&'\u2019.-])(\\p{Lu}[\\p{L}\\d]*(?:-\\p{Lu}[\\p{L}\\d]*)?(?:\\.(?:com|org|net|io|co))?"
            + "(?:\\s\\p{Lu}[\\p{L}\\d]*)?)(?![\\p{L}\\d&'\u2019-]|\\.\\p{L})");
    /** What joins two items of one list: a comma, "and", "or", "and/or" after a comma. */
    private static final Search TRAILING_MARKS = Search.compile("[.&-]+$");
    private static final Search JOIN = Search.compile(",\\s*|,?\\s+(?:and|or)\\s+");

    /**
     * Names listed with each other are of one kind: beside an organisation the text has named, a name is one too
     * ("Quillogram and LinkedIn feeds", "Zentravo, Brindlewick, and Acme Labs"); and a list of three names or more of
     * which two at least are words general English does not know, none a given name, a page person or a place, is a list
     * of bodies ("the likes of Zentravo, Quillomatic, Brindlewick and Fernhollow"). Each name passes the body gates; a
     * word English knows joins only beside one the text has shown to be a body.
     */
    static void listed(int unit, String text, PagePeople people, List<Finding> found, RunningText.Sink sink) {
        if (text.indexOf(',') < 0 && !text.contains(" and ") && !text.contains(" or ")) return;
        List<int[]> orgs = new java.util.ArrayList<>();
        for (Finding f : found) {
            if (f.unit() != unit || f.entity() != Finding.Entity.ORGANIZATION) continue;
            for (Span sp : f.evidence()) if (sp.unit() == unit) orgs.add(new int[] {sp.start(), sp.end()});
        }
        // Lists: runs of items joined by commas, "and" or "or".
        List<List<int[]>> lists = new java.util.ArrayList<>();
        List<int[]> current = new java.util.ArrayList<>();
        Matcher m = ITEM.matcher(text);
        int lastEnd = -1;
        while (m.find()) {
            int[] item = {m.start(1), m.end(1)};
            if (lastEnd >= 0 && JOIN.matcher(text).region(lastEnd, item[0]).matches()) {
                current.add(item);
            } else {
                if (current.size() > 1) lists.add(current);
                current = new java.util.ArrayList<>(List.of(item));
            }
            lastEnd = item[1];
        }
        if (current.size() > 1) lists.add(current);
        for (List<int[]> list : lists) {
            boolean seeded = false;
            int unknown = 0;
            boolean person = false;
            for (int[] it : list) {
                String name = text.substring(it[0], it[1]);
                for (int[] o : orgs) if (it[0] < o[1] && it[1] > o[0]) seeded = true;
                String first = name.split("\\s+")[0];
                if (GivenNames.english().contains(first) || people.knows(name) || people.resolve(first).isPresent() || people.resolveSurname(name).isPresent()
                        || Places.wordNet().contains(name) || Places.wordNet().contains(first) || GivenNames.english().familyName(name)) person = true;
                else if (name.indexOf(' ') < 0 && unknownWord(name) && !MentionFinder.notName(name)) unknown++;
            }
            // Two unknown words alone are as often two products or two concepts ("Tweetdeck or Tweetgrid"): three names at least.
            if (person || !seeded && (list.size() < 3 || unknown < 2)) continue;
            String why = seeded ? "listed with an organisation the text names" : "one of a list of names general English does not know, none a person's or a place's";
            for (int[] it : list) {
                String name = text.substring(it[0], it[1]);
                if (!sink.free(it[0], it[1]) || MentionFinder.notName(name.split("\\s+")[0]) || !NameShapes.body(text, it[0], name, people, false)) continue;
                // In a list of bodies, a capitalised word that ordinary prose hardly uses is a name too ("Twitter", "Zoom").
                if (!unknownWord(name) && !rareWord(name)) continue;
                NameShapes.org(unit, text, it[0], it[1], sink, why);
            }
        }
    }

    /**
     * Whether a name could be a body's rather than words of general English: a name of several words, an acronym or a
     * camel-case word, or a single word the lexicon does not know as a noun or an adjective ("Government", "Staff" are
     * words; "Zentravo" is a name; "Google" is a verb there too, and still a name).
     */
    static boolean unknownWord(String name) {
        if (name.indexOf(' ') > 0) return true;
        String w = TRAILING_MARKS.matcher(name).replaceAll("");
        if (w.length() < 2) return false;
        String lw = w.toLowerCase(Locale.ROOT);
        // An acronym is a name unless general English has it, or knows the word it spells ("POTS" is pots in capitals).
        if (w.equals(w.toUpperCase(Locale.ROOT))) return !RunningText.commonAcronym(w) && !Lexicon.english().knows(lw);
        if (w.chars().skip(1).anyMatch(Character::isUpperCase)) return true;
        // WordNet lists some firms and people as nouns ("google", "gallup"): a noun ordinary prose never uses (SemCor 0) is no word against it.
        return (!Lexicon.english().noun(lw) || Lexicon.english().generalUse(lw) == 0) && !Lexicon.english().adjective(lw) && !RunningText.monthOrDay(w);
    }

    /** Whether a single word is one ordinary prose hardly uses (SemCor counts two or fewer) and no adjective. */
    private static boolean rareWord(String name) {
        String lw = name.toLowerCase(Locale.ROOT);
        return name.indexOf(' ') < 0 && Lexicon.english().generalUse(lw) <= 2 && !Lexicon.english().adjective(lw) && !MentionFinder.notName(name);
    }
}

package org.workgraph.loader.extract;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.Search;

/**
 * Organisations named once, by evidence the page itself gives around the name rather than by a second mention or a
 * list of known names (issue 16 item 4, session 8):
 * <ul>
 *   <li>a role the body has, written before it: "president of Ambrose Steel Company", "Chief Innovation Officer of
 *       Zentravo", "a labour economist at the HLO", "senior manager with Quillo Systems";</li>
 *   <li>what a body publishes or says, with "from" or "according to": "a new report from Zentravo", "according to data
 *       from Quillomatic", "according to Brindlewick";</li>
 *   <li>a word that names what a body is or does, closing a name in capitals mid-sentence: "Aptitude Research",
 *       "Warwick Business School", "Harbour Motors", "Wikimedia Commons";</li>
 *   <li>every item of a list that the text introduces as bodies: "firms including Bank of Harbour, Goldman Quill and
 *       Wells Brindle", "corporations like Zentravo, Quillo, Disney, and others" (an item there may look like a person's
 *       name, and is the body the list says it is);</li>
 *   <li>a news agency or station credited in a dateline: "NEW YORK (AP) —", "(HNN) —".</li>
 * </ul>
 * These run before the people of a unit are read, so that a body's name the people rules would take for a person
 * ("Wells Brindle", "Sydney Business Insights") is claimed as the body first. Every name passes the gates of
 * {@link NameShapes#body} (no given name, page person, place, time or heading), except the items of a list of bodies,
 * which pass a lighter gate (no place, page person or word that cannot open a name).
 */
final class OrganisationEvidence {
    // Compiled once: these run per line or per word.
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OrganisationEvidence() {}

    /** A capitalised word of a name, with "&" and dots inside ("AT&T", "Yahoo!"-free). */
    private static final String CAP = "\\p{Lu}(?:\\.\\p{Lu})+\\.|\\p{Lu}[\\p{L}&.'\u2019-]*[\\p{L}&]|\\p{Lu}";
    /** A name of capitalised words with "of", "for", "and", "&" inside, and a union local's or branch's number after. */
    private static final String NAME = "((?:" + CAP + ")(?:\\s+(?:(?:of|for|and|&|the)\\s+)?(?:" + CAP + ")){0,5}(?:\\s+\\d{1,5}(?![\\d,.]\\d))?)";

    /** Roles a body has, written before the body with "of", "at" or "with". */
    private static final Search ROLE_OF = Search.compile("(?i:\\b(?:officer|director|president|vice-president|manager|secretary|secretary-treasurer|"
            + "treasurer|chair|chairman|chairwoman|chairperson|leader|editor|economist|partner|founder|co-founder|spokesperson|spokesman|"
            + "spokeswoman|professor|dean|lecturer|fellow|analyst|researcher|scientist|correspondent|executive|adviser|advisor))"
            + ",?\\s+(?:of|at|with)\\s+(?:the\\s+)?" + NAME + "(?![\\p{L}\\d])");
    /** What a body publishes or says, named after "from" or "according to". */
    private static final Search FROM = Search.compile("(?i:\\b(?:(?:report|reports|studies|data|figures|research|survey|study|analysis|poll|statement|"
            + "memo|estimates|findings)\\s+from|according\\s+to(?:\\s+(?:data|figures|research|a\\s+report|a\\s+survey|a\\s+study)\\s+(?:from|by))?))"
            + "\\s+(?:the\\s+)?" + NAME + "(?![\\p{L}\\d])");
    /** Words that close a body's name and that {@link RunningText}'s head words lack; capitals mid-sentence make them a name. */
    private static final String BODY_TAIL = "Research|School|Insights|Studios|Motors|Guild|Capital|Systems|Technologies|Solutions|Ventures|"
            + "Industries|Airlines|Commons|Consulting";
    /** A run closed by one of those words, and not going on in capitals ("Global Human Capital Leader" is a job title). */
    private static final Search TAILED = Search.compile("(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}&'\u2019-]*\\s+(?:(?:of|for|and|&)\\s+)?){1,4}(?:" + BODY_TAIL + "))(?![\\p{L}\\d]|\\s+\\p{Lu})");
    /** A word that places or owns a body and is no part of its name: "Cardiff-based", "state-owned". */
    private static final Search QUALIFIER = Search.compile("^[\\p{L}]+-(?:based|owned|run|backed|headquartered|born|funded)\\s+");
    /** A list the text introduces as bodies. */
    private static final Search BODIES_LIKE = Search.compile("(?i:\\b(?:companies|firms|corporations|organi[sz]ations|employers|businesses|brands|"
            + "retailers|banks|giants|startups|start-ups|unions|publications|outlets|newspapers|universities|institutions|agencies|carmakers|"
            + "automakers|manufacturers|chains|insurers|airlines|platforms|broadcasters|lenders|tech\\s+firms)"
            + "\\s*,?\\s+(?:like|such\\s+as|including|include|included|among\\s+them))\\s+");
    /** One item of a list of bodies: up to four capitalised words with "of", "&" or a number ("Bank of Harbour", "Channel 9"). */
    private static final Search ITEM = Search.compile("\\G(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)?((?:" + CAP + ")(?:\\s+(?:(?:of|for|&)\\s+)?(?:" + CAP + ")){0,3}"
            + "(?:\\s+\\d{1,3}(?!\\d))?)(?=[\\s,.;:!?)]|$)");
    /**
     * A dateline's credit: "NEW YORK (AP) —", "HARBOUR TWP., Pa. (WHBR) –", "(AP) —" before the story's first word. Units reach
     * here with their lines joined, so the dateline may follow a date or a headline; the bracket, the dash and the capital
     * after it are the shape.
     */
    private static final Search DATELINE = Search.compile("\\((\\p{Lu}[\\p{Lu}\\d]{1,5})\\)\\s*[-\u2013\u2014]\\s*\\p{Lu}");

    static void beforePeople(int unit, String text, String lower, PagePeople people, RunningText.Sink sink) {
        if (contains(lower, " of ", " at ", " with ")) {
            Matcher m = ROLE_OF.matcher(text);
            while (m.find()) named(unit, text, m.start(1), m.group(1), people, sink, "a body by a role it has, written before it (\"president of …\", \"economist at …\")");
        }
        if (contains(lower, " from ", "according to")) {
            Matcher m = FROM.matcher(text);
            while (m.find()) named(unit, text, m.start(1), m.group(1), people, sink, "a body whose report, data or words the text cites (\"a report from …\", \"according to …\")");
        }
        if (contains(lower, "like ", "such as", "includ", "among them")) lists(unit, text, people, sink);
        Matcher m = TAILED.matcher(text);
        while (m.find()) tailed(unit, text, m.start(1), m.end(1), people, sink);
        if (text.indexOf('(') >= 0) {
            m = DATELINE.matcher(text);
            while (m.find()) {
                String a = m.group(1);
                if (RunningText.commonAcronym(a)) continue;
                NameShapes.org(unit, text, m.start(1), m.end(1), sink, "a news agency or station credited in a dateline (\"CITY (AP) —\")");
            }
        }
    }

    private static boolean contains(String lower, String... words) {
        for (String w : words) if (lower.contains(w)) return true;
        return false;
    }

    /** A name after a cue: trimmed at a word that opens no name, and kept when it can be a body's and is no phrase of English. */
    private static void named(int unit, String text, int start, String found, PagePeople people, RunningText.Sink sink, String why) {
        Matcher q = QUALIFIER.matcher(found);
        if (q.find()) {
            start += q.end();
            found = found.substring(q.end());
        }
        // "a statement from Quillo's founder": the body, without its possessive.
        String name = NameShapes.trimName(POSSESSIVE_END.matcher(found).replaceAll(""));
        // "according to Business Secretary Ann Lee": a given name inside makes it a titled person, not a body.
        for (String w : SPACES.split(name)) if (GivenNames.english().contains(w)) return;
        // "according to the TUC" where the text defines "(TUC)": the defined body, which the acronym rules name in full.
        if (name.equals(name.toUpperCase(Locale.ROOT)) && text.contains("(" + name + ")")) return;
        if (name.isEmpty() || !NameShapes.body(text, start, name, people, false) || !OrganisationCues.unknownWord(name)) return;
        String[] words = SPACES.split(name);
        // "director of Human Resources", "head of Remote Work": words of English in capitals are a department or a topic,
        // unless a head word, a number or a word English does not know makes them a name.
        boolean nameLike = false;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (RunningText.headWord(w) || PersonShape.bodyWord(w) || w.chars().allMatch(Character::isDigit) || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                    || w.chars().skip(1).anyMatch(Character::isUpperCase) || w.contains("&")
                    || !Set.of("of", "for", "and", "the").contains(w) && !Lexicon.english().knows(lw)) nameLike = true;
        }
        if (!nameLike) return;
        NameShapes.org(unit, text, start, start + name.length(), sink, why);
    }

    private static void tailed(int unit, String text, int s, int e, PagePeople people, RunningText.Sink sink) {
        String run = text.substring(s, e);
        String[] words = SPACES.split(run);
        int skip = 0;
        // "CEO of Tesla Motors": a role and its "of" before the name are no part of it.
        while (skip < words.length - 1 && (MentionFinder.notName(words[skip]) || RunningText.commonAcronym(words[skip])
                || Set.of("of", "for", "and", "&").contains(words[skip]) || skip == 0 && RunningText.sentenceStart(text, s)
                && Lexicon.english().knows(words[0].toLowerCase(Locale.ROOT)) && !GivenNames.english().contains(words[0]))) {
            s = text.indexOf(words[skip], s) + words[skip].length();
            skip++;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        if (words.length - skip < 2) return;
        String name = text.substring(s, e);
        // A heading in title case or a header line is no prose; a place or a page person is no body.
        if (RunningText.titleCaseLine(text, s) || RunningText.headerLine(text, s, e) || people.knows(name) || Places.wordNet().contains(name)) return;
        NameShapes.org(unit, text, s, e, sink, "a name in capitals closed by a word that says what a body is or does (\"… Research\", \"… School\")");
    }

    private static void lists(int unit, String text, PagePeople people, RunningText.Sink sink) {
        Matcher intro = BODIES_LIKE.matcher(text);
        while (intro.find()) {
            List<int[]> items = new ArrayList<>();
            int pos = intro.end();
            while (true) {
                Matcher item = ITEM.matcher(text);
                item.region(pos, text.length());
                // "…, and others", "and several NHS trusts": the list ends where its items stop being names.
                if (!item.lookingAt() || MentionFinder.notName(SPACES.split(item.group(1))[0])) break;
                items.add(new int[] {item.start(1), item.end(1)});
                pos = item.end();
            }
            for (int[] it : items) {
                String name = text.substring(it[0], it[1]);
                String first = SPACES.split(name)[0];
                if (RunningText.commonAcronym(first) || Places.wordNet().contains(name) || people.knows(name) || RunningText.monthOrDay(first)) continue;
                NameShapes.org(unit, text, it[0], it[1], sink, "an item of a list the text introduces as bodies (\"firms including …\", \"companies like …\")");
            }
        }
    }
}

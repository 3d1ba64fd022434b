package org.workgraph.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.identity.Names;
import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.Search;

/**
 * Names by shapes that many sites share, beyond the cue phrases of {@link MentionFinder} and the head words of
 * {@link RunningText}: an organisation by an acronym the text defines for it ("the Harbour Labour Office (HLO)"), by
 * a role or staff it has ("Acme staff", "Acme head Ann Lee", "a designer at Acme", "joined Acme"), or by what it owns
 * ("Acme's latest report", "Acme's Quillo"); a work by a title after "a report called", "in her book", a title
 * before its year ("Tides of Work (2019)") or a title ending in Report, Survey, Index; a person after an honorific
 * ("Dr. Okafor") or a role written before the name ("economist Ann Lee"). Every name must pass the same gates:
 * no given name where a body is meant, no word of general English opening a sentence, no place or time (WordNet's
 * first sense, {@link Places}), no heading in title case. General lexicons only.
 */
final class NameShapes {
    private NameShapes() {}

    private static final String CAP = "\\p{Lu}[\\p{L}'\u2019&.-]*";
    /** A capitalised word with no apostrophe, before a possessive. */
    private static final String OWNER = "\\p{Lu}[\\p{L}&-]*";

    // ---- Organisations ----

    /** "the Harbour Labour Office (HLO)": a capitalised name with the acronym of its initials in brackets. */
    private static final Search DEFINED = Search.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}'\u2019&-]*(?:\\s+(?:(?:of|for|and|on|the|&|de|in)\\s+)*\\p{Lu}[\\p{L}'\u2019&-]*){1,7})"
            + "\\s+\\((\\p{Lu}{2,8})\\)");
    /** What a body has or employs, after its name: "Acme staff", "Acme's former head", "Acme senior designer". */
    private static final Search THEN_ROLE = Search.compile("(?<![\\p{L}\\d@#])(" + OWNER + "(?:[ -]\\p{Lu}[\\p{L}&-]*){0,2})(['\u2019]s)?\\s+"
            + "(?:(?:former|senior|lead|chief|top|new|then|principal)\\s+)?(?:head|boss|staff|employees|engineers|designer|designers|executives?|"
            + "spokesperson|spokesman|spokeswoman|researchers|economists?|analysts|CEO|CTO|CFO|COO|founder|co-founder|cofounder|"
            + "chairman|chairwoman|developers|workforce|shareholders|board)\\b(?!\\s+(?:of|at|for)\\b)");
    /** Where someone works: "a designer at Acme", "worked for Acme Labs", "joined Acme". */
    private static final Search WORKS_AT = Search.compile("\\b(?:(?:manager|engineer|designer|director|executive|researcher|analyst|professor|"
            + "economist|editor|reporter|journalist|intern|employee|employees|developer|consultant|scientist|officer|recruiter|staffer|"
            + "partner|vice president|VP|head of \\p{L}+|lead|job|jobs|career|internship|position|role|layoffs|staff|workers|colleagues|team|"
            + "writer|columnist|contributor|correspondent|producer|anchor|host)\\s+at|(?:works|worked|working|work)\\s+(?:at|for)|employed\\s+by|hired\\s+by|"
            + "laid\\s+off\\s+by|(?:joined|joins|joining|left|quit))\\s+(" + CAP + "(?:\\s+(?:(?:of|for|and|&)\\s+)?" + CAP + "){0,3})(?![\\p{L}\\d])");
    /** What a body owns: "Acme's latest report", "Acme's users". */
    private static final Search OWNS = Search.compile("(?<![\\p{L}\\d@#])(" + OWNER + "(?:\\s+\\p{Lu}[\\p{L}&-]*){0,2})['\u2019]s\\s+"
            + "(?:(?:new|latest|annual|own|first|recent|flagship|popular|quarterly)\\s+)?(?:report|survey|study|research|index|app|platform|"
            + "products?|software|services?|chatbot|assistant|stock|shares|headquarters|offices|website|policy|announcement|layoffs|"
            + "acquisition|earnings|revenue|profits?|users|customers|subscribers|search engine|hiring|business model|market share|chief|"
            + "ambitions|workers|engineers|executives|stores|warehouses|factories|shareholders|investors|valuation|"
            // Its staff and units, after up to three words that say which: "Acme's art critic", "Acme's remote work research group".
            + "(?:\\p{Ll}+\\s+){0,3}(?:critic|critics|editor|editors|reporter|reporters|columnist|columnists|journalists|research group|"
            + "research team|division|subsidiary|lab))\\b");
    /** What a body publishes, with its title in capitals: "Zentravo's Night Work Index survey", "Acme's State of Shifts report". */
    private static final Search OWNS_TITLED = Search.compile("(?<![\\p{L}\\d@#])(" + OWNER + "(?:\\s+\\p{Lu}[\\p{L}&-]*){0,2})['\u2019]s\\s+"
            + "(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:report|survey|study|index|research|poll|data|analysis)\\b");
    /** What a body owns, named: "Acme's Quillo" (a product name general English does not know). */
    private static final Search OWNS_NAMED = Search.compile("(?<![\\p{L}\\d@#])(" + OWNER + ")['\u2019]s\\s+(\\p{Lu}\\p{Ll}+)(?=\\s+\\p{Ll}|[,.])");
    /** Words after a name that make it a body's ("Acme research shows") for the survey words of {@link MentionFinder}. */
    private static final Search RESEARCH_BY = Search.compile("(?<![\\p{L}\\d])(\\p{Lu}\\p{Ll}+)\\s+(?:research|data|analysis|figures|poll)\\s+(?:shows?|showed|finds|found|reveals?|revealed|suggests?|suggested)\\b");

    /** Deals only firms make: "the acquisition of Acme", "bought Acme", "a merger with Acme Labs". */
    private static final List<String> DEAL_WORDS = List.of("acquisition of", "acquired", "acquires", "acquiring", "bought", "buys", "buying",
            "merger with", "merged with", "takeover of", "took over", "stake in", "invested in", "investment in", "shares of", "shares in",
            "spun off from", "subsidiary of", "owned by", "sold to",
            // The buyer named after the deal, and the plain verb: "… now acquired by Acme", "who later purchased Acme Labs".
            "acquired by", "bought by", "purchased by", "taken over by", "purchased");
    private static final Search DEAL = Search.compile("\\b(?:" + String.join("|", DEAL_WORDS) + ")\\s+"
            + "(" + CAP + "(?:\\s+(?:(?:of|for|and|&)\\s+)?" + CAP + "){0,3})(?![\\p{L}\\d])");
    /** What the text says a name is: "Acme is a startup that …", "Acme, a Leeds publisher, …". */
    private static final String KIND = "(?:company|firm|startup|start-up|platform|service|website|site|network|publisher|newspaper|magazine|"
            + "retailer|bank|charity|nonprofit|non-profit|organi[sz]ation|agency|union|consultancy|provider|employer|manufacturer|maker|"
            + "brand|chain|insurer|airline|broadcaster|think tank|institute|university|conglomerate|giant|group|hub)";
    private static final Search IS_A = Search.compile("(?<![\\p{L}\\d@#])(" + OWNER + "(?:\\s+\\p{Lu}[\\p{L}&-]*){0,2})(?:\\s+(?:is|was|has been|became)|,|\\s+[\u2014\u2013])\\s+"
            + "(?:a|an|the|\\p{Lu}\\p{Ll}+['\u2019]s)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}" + KIND + "\\b");

    /**
     * Whether the text holds one of the words literally: a few substring searches, much cheaper than a search for a
     * long alternation at every position of the text.
     */
    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    static void organisations(int unit, String text, PagePeople people, RunningText.Sink sink) {
        String lower = text.toLowerCase(Locale.ROOT);
        // DEAL is case-sensitive and opens with one of its words: a text holding none of them cannot match.
        Matcher d = containsAny(text, DEAL_WORDS) ? DEAL.matcher(text) : DEAL.matcher("");
        while (d.find()) {
            String name = trimName(d.group(1));
            if (!body(text, d.start(1), name, people, false)) continue;
            org(unit, text, d.start(1), d.start(1) + name.length(), sink, "a party to a deal only firms make (\"the acquisition of …\", \"bought …\")");
        }
        Matcher k = IS_A.matcher(text);
        while (k.find()) {
            if (!body(text, k.start(1), k.group(1), people, false)) continue;
            org(unit, text, k.start(1), k.end(1), sink, "a name the text calls a company, platform, publisher or other body");
        }
        if (text.indexOf('(') >= 0) defined(unit, text, sink);
        Matcher m = THEN_ROLE.matcher(text);
        while (m.find()) {
            if (!body(text, m.start(1), m.group(1), people, m.group(2) != null)) continue;
            org(unit, text, m.start(1), m.end(1), sink, "a name before a role or staff that a firm or body has (\"Acme staff\", \"Acme's head\")");
        }
        if (lower.contains(" at ") || lower.contains("work") || lower.contains("join") || lower.contains("left") || lower.contains("quit") || lower.contains(" by ")) {
            m = WORKS_AT.matcher(text);
            while (m.find()) {
                String name = trimName(m.group(1));
                // "a contributing writer at The Ledger": a publication's "The" is part of its name; the words after it are judged.
                boolean the = name.startsWith("The ") && name.length() > 4;
                if (!body(text, m.start(1) + (the ? 4 : 0), the ? name.substring(4) : name, people, false)) continue;
                org(unit, text, m.start(1), m.start(1) + name.length(), sink, "where someone works (\"a designer at …\", \"worked for …\", \"joined …\")");
            }
        }
        if (text.indexOf('\'') >= 0 || text.indexOf('\u2019') >= 0) {
            m = OWNS.matcher(text);
            while (m.find()) {
                if (!body(text, m.start(1), m.group(1), people, true)) continue;
                org(unit, text, m.start(1), m.end(1), sink, "a name that owns what firms own (\"…'s latest report\", \"…'s users\")");
            }
            m = OWNS_TITLED.matcher(text);
            while (m.find()) {
                if (!body(text, m.start(1), m.group(1), people, true)) continue;
                org(unit, text, m.start(1), m.end(1), sink, "a name that publishes a titled report or survey (\"…'s Night Work Index survey\")");
            }
            m = OWNS_NAMED.matcher(text);
            while (m.find()) {
                String product = m.group(2);
                if (Lexicon.english().knows(product.toLowerCase(Locale.ROOT)) || GivenNames.english().contains(product) || MentionFinder.notName(product)) continue;
                if (!body(text, m.start(1), m.group(1), people, true)) continue;
                org(unit, text, m.start(1), m.end(1), sink, "a name that owns a named product (\"Acme's Quillo\")");
            }
        }
        if (lower.contains("research") || lower.contains("data") || lower.contains("analysis") || lower.contains("figures") || lower.contains("poll")) {
            m = RESEARCH_BY.matcher(text);
            while (m.find()) {
                String w = m.group(1);
                if (Lexicon.english().adjective(w.toLowerCase(Locale.ROOT)) || !body(text, m.start(1), w, people, false)) continue;
                org(unit, text, m.start(1), m.end(1), sink, "a name whose research or data shows something: a polling or research body");
            }
        }
    }

    /**
     * An acronym defined for a name: the name is a body's when it ends in an organisation's head word, or when the
     * text uses the acronym as a body's elsewhere (after "at", "joined", "according to", before "'s" or a reporting verb;
     * "the URI" is said of things too). The
     * later uses of the acronym are the same body, quoted as evidence.
     */
    private static void defined(int unit, String text, RunningText.Sink sink) {
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String acronym = m.group(2);
            String[] words = m.group(1).split("\\s+");
            int first = initialsStart(words, acronym);
            if (first < 0 || RunningText.commonAcronym(acronym)) continue;
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
            int s = m.end(1) - name.length();
            String last = words[words.length - 1];
            List<Span> uses = new ArrayList<>();
            boolean asBody = RunningText.headWord(last);
            Matcher use = Pattern.compile("(?<![\\p{L}\\d(])" + acronym + "(?![\\p{L}\\d)])").matcher(text);
            while (use.find()) {
                uses.add(Spans.of(unit, text, use.start(), use.end()));
                String before = text.substring(Math.max(0, use.start() - 20), use.start());
                String after = text.substring(use.end(), Math.min(text.length(), use.end() + 20));
                if (before.matches("(?s).*\\b(?:at|joined|according to)\\s+$") || after.matches("(?s)^(?:['\u2019]s|\\s+(?:says|said|reports|reported|found|finds|estimates|published|warns|warned))\\b.*")) asBody = true;
            }
            if (!asBody || !sink.free(s, m.end(1))) continue;
            List<Span> evidence = new ArrayList<>();
            evidence.add(Spans.of(unit, text, s, m.end(1)));
            evidence.add(Spans.of(unit, text, m.start(2), m.end(2)));
            evidence.addAll(uses);
            sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, name, name,
                    "a name the text defines an acronym for (" + acronym + ") and uses as a body's", evidence));
        }
    }

    /** The index of the word where the acronym's initials begin, counting capitalised words (and "of", "and" if spelt); -1 if none. */
    private static int initialsStart(String[] words, String acronym) {
        for (int start = 0; start < words.length; start++) {
            if (matches(words, start, acronym, false) || matches(words, start, acronym, true)) return start;
        }
        return -1;
    }

    private static boolean matches(String[] words, int start, String acronym, boolean withSmallWords) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < words.length; i++) {
            String w = words[i];
            if (Character.isUpperCase(w.charAt(0))) {
                for (String part : w.split("-")) if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0)));
            } else if (withSmallWords) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        String initials = b.toString();
        if (!Character.isUpperCase(words[start].charAt(0)) || MentionFinder.notName(words[start]) && !words[start].equals("The")) return false;
        return initials.equals(acronym) || words[start].equals("The") && initials.substring(1).equals(acronym);
    }

    /**
     * Whether capitalised words where a body is meant can be one: not a person of the page, a given name, a family
     * name (after "'s"), a place or a time, a word that cannot begin a name, an acronym of general English, a word of
     * general English at a sentence start, or words in a title-case heading.
     */
    static boolean body(String text, int start, String name, PagePeople people, boolean possessive) {
        String[] w = name.split("[\\s-]+");
        String first = w[0];
        if (MentionFinder.notName(first) || RunningText.commonAcronym(first) || GivenNames.english().contains(first) || RunningText.monthOrDay(first)) return false;
        if (possessive && GivenNames.english().familyName(w[w.length - 1])) return false;
        if (people.knows(name) || people.resolve(first).isPresent() || Places.wordNet().contains(name) || w.length == 1 && Places.wordNet().contains(first)) return false;
        String lf = first.toLowerCase(Locale.ROOT);
        if (w.length == 1 && RunningText.adjectiveOnly(first)) return false; // "French staff"
        if (RunningText.sentenceStart(text, start) && Lexicon.english().knows(lf)) return false; // "Hospital staff", "Remote workers"
        if (RunningText.headerLine(text, start, start + name.length()) || RunningText.titleCaseLine(text, start)) return false;
        return true;
    }

    /** A name ends before a word that opens a sentence or a title ("joined Acme This week"), and loses a trailing full stop. */
    static String trimName(String name) {
        String[] w = name.split("\\s+");
        StringBuilder b = new StringBuilder(w[0]);
        for (int i = 1; i < w.length; i++) {
            if (MentionFinder.notName(w[i]) && !Set.of("of", "for", "and", "&").contains(w[i])) break;
            b.append(' ').append(w[i]);
        }
        return b.toString().replaceAll("\\s+(?:of|for|and|&)$", "").replaceAll("[.,]+$", "");
    }

    /** An organisation found at {@code s..e} of the unit's text, unless another finding holds those words. */
    static void org(int unit, String text, int s, int e, RunningText.Sink sink, String why) {
        if (!sink.free(s, e)) return;
        String name = text.substring(s, e);
        sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, name, name, why, List.of(Spans.of(unit, text, s, e))));
    }

    // ---- Works ----

    private static final String TITLE = "(?:\\p{Lu}[\\p{L}'\u2019\\d:-]*|\\d+)(?:\\s+(?:(?:a|an|the|of|in|on|and|to|for|with|at|from|is|are|or|vs\\.?)\\s+)*(?:\\p{Lu}[\\p{L}'\u2019\\d:-]*|\\d+)){1,10}[?!]?";
    /** "a webinar called Tides of Work", "her report titled “Tides of Work”". */
    private static final Search CALLED = Search.compile("\\b(?:book|report|study|paper|article|podcast|film|movie|webinar|survey|documentary|series|album|"
            + "essay|novel|talk|lecture|course|show|episode|video|whitepaper|white paper|newsletter|blog|column|play|song)\\s+(?:called|titled|entitled|named)\\s+"
            + "[\u201C\"]?(" + TITLE + ")");
    /** "in her book Tides of Work", "their latest report, Tides of Work". */
    private static final Search OWN_WORK = Search.compile("\\b(?:his|her|their|my|our|its)\\s+(?:(?:new|latest|recent|last|first|\\d{4})\\s+)?(?:book|novel|report|"
            + "paper|essay|study|film|documentary|podcast|album|memoir|newsletter)\\s*,?\\s+[\u201C\"]?(" + TITLE + ")");
    /** "Tides of Work (2019)": a title in capitals before its year. */
    private static final Search WITH_YEAR = Search.compile("(?<![\\p{L}\\d])(" + TITLE + ")\\s+\\((?:19|20)\\d{2}\\)");
    /** "the Night Shift Pulse Survey", "Future of Shifts 2024 Report": a title that ends in the kind of work it is. */
    private static final Search REPORT = Search.compile("(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}'\u2019-]*|\\d{4})(?:\\s+(?:(?:of|on|for|and|in|the|&)\\s+)*(?:\\p{Lu}[\\p{L}'\u2019-]*|\\d{4})){1,6}"
            + "\\s+(?:Report|Survey|Index|Outlook|Barometer|Census|Yearbook))(?![\\p{L}\\d])");

    private static final Search SAYS_NEXT = Search.compile("\\s+(?:writes|wrote|says|said|argues|argued|notes|noted|explains|explained|claims|claimed|tells|told|adds|added)\\b");

    /** Whether a verb of saying follows a position ("… writes:"): the words before it are a subject. */
    static boolean saysNext(String text, int end) { return SAYS_NEXT.matcher(text).region(end, text.length()).lookingAt(); }

    static void works(int unit, String text, PagePeople people, RunningText.Sink sink) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("called") || lower.contains("titled") || lower.contains("named")) {
            Matcher m = CALLED.matcher(text);
            while (m.find()) work(unit, text, m.start(1), m.end(1), sink, "a title after \"a report called\", \"a book titled\"");
        }
        Matcher m = OWN_WORK.matcher(text);
        while (m.find()) {
            if (GivenNames.english().contains(m.group(1).split("\\s+")[0])) continue; // "in her book, Ann Lee says": a person
            // "in his new book, Acme CEO Bo Chan writes:": the words before a verb of saying are its subject, not a title.
            if (SAYS_NEXT.matcher(text).region(m.end(1), text.length()).lookingAt()) continue;
            work(unit, text, m.start(1), m.end(1), sink, "a title after \"in her book\", \"their latest report\"");
        }
        if (lower.contains("(19") || lower.contains("(20")) {
            m = WITH_YEAR.matcher(text);
            while (m.find()) {
                String[] w = m.group(1).split("\\s+");
                String first = w[0];
                // "Lee and Chan (2019)" cites people; "Acme Labs (2019)" a body.
                if (GivenNames.english().contains(first) || GivenNames.english().familyName(first) || people.knows(m.group(1))
                        || RunningText.headWord(w[w.length - 1]) || MentionFinder.notName(first)) continue;
                work(unit, text, m.start(1), m.end(1), sink, "a title in capitals before its year in brackets");
            }
        }
        if (lower.contains("report") || lower.contains("survey") || lower.contains("index") || lower.contains("outlook") || lower.contains("barometer")
                || lower.contains("census") || lower.contains("yearbook")) {
            m = REPORT.matcher(text);
            while (m.find()) {
                int s = m.start(1);
                // "the Harbour Bureau's Night Pulse Survey": the owner is no part of the title.
                Matcher owner = Pattern.compile("['\u2019]s\\s+").matcher(m.group(1));
                while (owner.find()) s = m.start(1) + owner.end();
                String[] w = text.substring(s, m.end(1)).split("\\s+");
                int skip = 0;
                while (skip < w.length - 2 && (MentionFinder.notName(w[skip]) || RunningText.monthOrDay(w[skip]))) s = text.indexOf(w[skip + 1], s + w[skip++].length());
                if (w.length - skip < 3 || GivenNames.english().contains(w[skip]) || RunningText.titleCaseLine(text, s)) continue;
                work(unit, text, s, m.end(1), sink, "a title that ends in the kind of work it is (Report, Survey, Index)");
            }
        }
    }

    private static void work(int unit, String text, int s, int e, RunningText.Sink sink, String why) {
        String t = text.substring(s, e).trim().replaceAll("[.,:;]+$", "");
        if (t.split("\\s+").length < 2 || !sink.free(s, s + t.length())) return;
        sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.WORK, t, t, why, List.of(Spans.of(unit, text, s, s + t.length()))));
    }

    // ---- People ----

    /** "Dr. Okafor", "Professor Ann Lee": a name after an honorific. */
    private static final Search HONORIFIC = Search.compile("\\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Rev)\\.?\\s+((?:\\p{Lu}\\.\\s?)*\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})(?![\\p{L}])");
    /** "economist Ann Lee", "senior designer Bo Chan": a role in lower case before a capitalised full name. */
    private static final List<String> ROLES_BEFORE = List.of("economist", "designer", "researcher", "professor", "author", "writer", "journalist",
            "reporter", "editor", "founder", "analyst", "scientist", "manager", "director", "consultant", "coach", "expert", "columnist", "blogger",
            "historian", "sociologist", "psychologist", "futurist", "engineer", "developer", "entrepreneur", "investor", "executive", "lawyer",
            "chairman", "chairwoman", "senator", "minister", "host", "novelist", "strategist", "architect", "spokesperson", "spokeswoman",
            "spokesman", "CEO", "co-founder", "cofounder");
    private static final Search ROLE_BEFORE = Search.compile("\\b(?:" + String.join("|", ROLES_BEFORE) + ")\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})(?![\\p{L}])");

    /** "@Ann Lee": a forum's mention of a member by full name, the given name after the at sign. */
    private static final Search AT_FULL_NAME = Search.compile("(?<![\\p{L}\\d._@(/-])@(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}'\u2019-]+)(?![\\p{L}\\d_@])");

    static void people(int unit, String text, String writer, PagePeople people, RunningText.Sink sink) {
        Matcher m = text.indexOf('@') >= 0 ? AT_FULL_NAME.matcher(text) : AT_FULL_NAME.matcher("");
        while (m.find()) {
            String[] w = m.group(1).split("\\s+");
            if (!surnameAfterAt(w[0], w[1])) continue;
            person(unit, text, m.start(1), m.end(1), writer, people, sink, "a member named by full name after an at sign (\"@Ann Lee\")");
        }
        m = HONORIFIC.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (MentionFinder.notName(name.split("[\\s.]+")[0]) || RunningText.organisationGoesOn(text, m.end(1)) || RunningText.headerLine(text, m.start(), m.end(1))
                    || RunningText.signOff(text, m.start(1), m.end(1))) continue;
            // "Mr. Quern" after "Tobias Quern": the page's one person of that surname.
            if (name.indexOf(' ') < 0 && people.resolve(name).isEmpty() && people.resolveSurname(name).isPresent()) {
                personAs(unit, text, m.start(1), m.end(1), people.resolveSurname(name).get(), writer, people, sink,
                        "a surname after an honorific, of the page's one person so named");
                continue;
            }
            person(unit, text, m.start(1), m.end(1), writer, people, sink, "a name after an honorific (\"Dr.\", \"Professor\")");
        }
        // Case-sensitive, and opening with one of its roles: a text naming none of them cannot match.
        m = containsAny(text, ROLES_BEFORE) ? ROLE_BEFORE.matcher(text) : ROLE_BEFORE.matcher("");
        while (m.find()) {
            String[] w = m.group(1).split("\\s+");
            if (MentionFinder.notName(w[0]) || RunningText.monthOrDay(w[0]) || RunningText.headWord(w[w.length - 1]) || RunningText.organisationGoesOn(text, m.end(1))
                    || Places.wordNet().contains(w[0]) || RunningText.titleCaseLine(text, m.start(1)) || RunningText.headerLine(text, m.start(1), m.end(1))) continue;
            person(unit, text, m.start(1), m.end(1), writer, people, sink, "a full name after the role it is given (\"economist …\")");
        }
    }

    /** Whether "@Given Word" is a full name: a given name, then a family name or a word general English does not know ("@Bo Nice" is not). */
    static boolean surnameAfterAt(String given, String word) {
        return GivenNames.english().contains(given) && !MentionFinder.notName(word) && !RunningText.monthOrDay(word)
                && (GivenNames.english().familyName(word) || !Lexicon.english().knows(word.toLowerCase(Locale.ROOT)));
    }

    private static void person(int unit, String text, int s, int e, String writer, PagePeople people, RunningText.Sink sink, String why) {
        personAs(unit, text, s, e, people.resolve(text.substring(s, e)).orElse(Names.clean(text.substring(s, e))), writer, people, sink, why);
    }

    private static void personAs(int unit, String text, int s, int e, String name, String writer, PagePeople people, RunningText.Sink sink, String why) {
        if (!sink.free(s, e)) return;
        String written = text.substring(s, e);
        if (writer != null && Names.key(writer).equals(Names.key(name))) return;
        if (!people.knows(name) && PersonShape.refuses(written, people).isPresent()) return;
        people.add(name);
        sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, name, written, why, List.of(Spans.of(unit, text, s, e))));
    }
}

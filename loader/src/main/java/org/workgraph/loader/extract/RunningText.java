package org.workgraph.loader.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.identity.Names;
import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.Search;

/**
 * Names in running prose that no cue word introduces: people by a given name ("… said Ann Lee", "Thanks, Bo!"),
 * a handle ("@bolee") or a quotation header ("Ann Lee wrote:"); organisations by the head word of their name
 * ("the Westvale Gazette", "Harbour Workers Alliance"), an acronym used as a name ("inside the ABC", "joined ABC"), or
 * "by The Name"; works by "Title by Author", emphasis markup, quoted title case, or a list of title lines after a
 * colon that announces articles or books. Only the text decides: a name on a line of its own, or a line of a
 * page's furniture ("Ann Lee says:", "Ann Lee's avatar", "Ann Lee 3 May 2020"), names a writer, not a mention; a
 * line in title case is a heading, whose capitals say nothing. General lexicons only: English given names
 * ({@link GivenNames}) and WordNet ({@link Lexicon}), never names of our own.
 */
final class RunningText {
    private RunningText() {}

    /** Where findings go: {@code free} says whether a stretch of text is not yet claimed by another finding. */
    interface Sink {
        boolean free(int start, int end);

        void add(Finding f);
    }

    private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
            "thurs", "fri", "sat", "sun");

    /** Head words that end the names of organisations: companies, publications, institutions, public bodies. */
    static final String ORG_HEADS = "Times|Post|Herald|Gazette|Tribune|Journal|Ledger|Chronicle|Observer|Telegraph|Courier|Weekly|Daily|Today|"
            + "News|Magazine|Review|Press|Monthly|Inc\\.?|Ltd\\.?|LLC|LLP|PLC|plc|GmbH|Corp\\.?|Corporation|Company|Group|Holdings|Partners|"
            + "Associates|Labs|University|College|Institute|Academy|Association|Agency|Alliance|Foundation|Council|Bank|Ministry|"
            + "Department|Commission|Authority|Observatory|Society|Federation|Union|Bureau|Board|Tribunal|Centre|Center|Network|Trust|Forum|"
            + "Organisation|Organization|Coalition|Consortium|Committee";
    private static final Search ORG_RUN = Search.compile("(?<![\\p{L}\\d])((?:\\p{Lu}[\\p{L}'\u2019&-]*\\s+(?:(?:of|for|and|on|de|the|&)\\s+)?){1,5}"
            + "(?:" + ORG_HEADS + ")(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:(?:and|&|of|for)\\s+)?\\p{Lu}[\\p{L}'\u2019-]*){0,4})?)(?![\\p{L}\\d])");
    /** Head words of newspapers' and magazines' names, which take "The" as part of the name when it is written capitalised. */
    private static final Search PUBLICATION_HEAD = Search.compile("Times|Post|Herald|Gazette|Tribune|Journal|Ledger|Chronicle|Observer|Telegraph|Courier|Economist|Guardian|Independent");
    private static final Search HEAD_WORD = Search.compile("(?:" + ORG_HEADS + ")");
    /** A head word with its "of"/"for" part inside a run ("Department for Work"): compiled once, as it is tried per run. */
    private static final Search OF_PART = Search.compile("(?s).*(?:" + ORG_HEADS + ")\\s+(?:of|for)\\s.*");
    /** "says:" right after a name (not before a quotation, which is speech): a comment header run into a unit's text. */
    private static final Search SAYS_NEXT = Search.compile("(?s)^\\s+(?:says|said|commented|replied)\\s*:(?!\\s*[\u201C\"]).*");
    /** An acronym: two to six capitals, not part of a longer word, a number or a dotted name. */
    private static final Search ACRONYM = Search.compile("(?<![\\p{L}\\d&.@#/-])(\\p{Lu}{2,6})(?![\\p{L}\\d&-]|\\.\\p{L})");
    /**
     * Words before an acronym that make it the name of a body: "to the ABC about", "at ABC,", "joined ABC". Technical prose
     * puts its acronyms after other prepositions ("with TLS", "of UTF") and so do these less often.
     */
    private static final Search ACRONYM_BEFORE = Search.compile("(?:\\b(?:[Tt]he|[Aa]t|inside|joined|left|quit))\\s+$");
    /**
     * Acronyms of general English that name no organisation: jobs, fields, units, formats, times, places, chat.
     * General vocabulary, like WordNet's; an acronym the lexicon spells as a word ("CARE") is a word in capitals.
     */
    private static final Set<String> COMMON_ACRONYMS = Set.of("HR", "AI", "IT", "CEO", "CFO", "CTO", "COO", "CIO", "CMO", "CHRO", "VP", "PR",
            "TV", "PC", "PDF", "FAQ", "URL", "API", "ROI", "KPI", "KPIS", "GDP", "WFH", "RTO", "COVID", "USA", "US", "UK", "UAE", "EU", "OK",
            "AM", "PM", "ET", "EST", "PST", "CET", "GMT", "UTC", "DIY", "FYI", "ASAP", "LOL", "IMO", "IMHO", "BTW", "TBH", "TLDR", "MBA",
            "PHD", "CV", "CVS", "HTML", "CSS", "SQL", "SAAS", "USB", "GPS", "ID", "NDA", "RSS", "SMS", "UX", "UI", "ML", "LLM", "LLMS", "GPT",
            "HVAC", "DEI", "ESG", "OKR", "OKRS", "PIP", "RSVP", "NGO", "NGOS", "SME", "SMES", "ADHD", "PTO", "FTE", "QA", "DM", "DMS", "IQ",
            "EQ", "MD", "RN", "BA", "MA", "BS", "BSC", "MSC", "USD", "GBP", "EUR", "CAD", "AUD", "NYC", "LA", "DC", "SF", "RIP", "OMG",
            "WTF", "IRL", "AKA", "ETA", "NB", "PS", "AR", "VR", "IOT", "CRM", "ERP", "LMS", "SEO", "B2B", "B2C", "STEM", "MOOC", "MOOCS");

    /** "Title by Author": a title in capitals (two words or more) before "by" and a person's full name. */
    private static final String TITLE_WORD = "(?:\\p{Lu}[\\p{L}'\u2019\\d:-]*|\\d+)";
    private static final String TITLE_JOIN = "(?:a|an|the|of|in|on|and|to|for|with|at|from|is|are|be|or|vs\\.?)";
    private static final Search TITLE_BY = Search.compile("(?<![\\p{L}\\d])(" + TITLE_WORD + "(?:\\s+(?:" + TITLE_JOIN + "\\s+)*" + TITLE_WORD + "){1,10}[?!]?)"
            + "(?:\\[/[uib]\\]|[\u201D\"])?,?\\s+by\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})(?![\\p{L}])");
    /** Forum emphasis around a title: "[u]A Title[/u]", "[i]A Title[/i]". */
    private static final Search MARKED_TITLE = Search.compile("\\[([uib])\\]([^\\[\\]\n]{3,120}?)\\[/\\1\\]");
    /** A quoted phrase; straight or curly quotes, and the wrong-way closing quote some pages print. */
    private static final Search QUOTED = Search.compile("[\u201C\"]([^\u201C\u201D\"\n]{3,120}?)[\u201D\u201C\"]");
    /** A quotation that follows a verb of saying is speech, not a title: "she says, “Never Again”". */
    private static final Search SPEECH = Search.compile("(?i:\\b(?:says|said|say|asks|asked|writes|wrote|tweets|tweeted|replied|adds|added|puts it|told me|told us|shouted|quipped)\\s*[,:]?\\s*)$");
    /** "watching Title Words": a film or a series watched. */
    private static final Search WATCHED = Search.compile("\\b(?:watching|watched|rewatching|re-watching|binge-watching|binged)\\s+(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:(?:of|the|and|in|on|a)\\s+)*\\p{Lu}[\\p{L}'\u2019-]*){1,5})(?![\\p{L}])");
    /** Verbs of talking to, writing for or appearing in the press, before a name: "we spoke to the Daily Bugle on …". */
    private static final Search PRESS = Search.compile("(?i:\\b(?:talked|spoke|speaking|talking)\\s+(?:to|with)|\\bquoted\\s+(?:in|by)|\\bfeatured\\s+(?:in|on)|\\b(?:wrote|writes|writing)\\s+for"
            + "|\\binterviewed\\s+(?:by|for)|\\bappeared\\s+(?:in|on)"
            // A piece of writing "in" a capitalised name: the publication that printed it ("a study in Nature", "an op-ed in The Ledger").
            + "|\\b(?:article|piece|story|study|op-ed|column|editorial|essay|interview|paper|feature|profile)s?\\s+(?:published\\s+)?in"
            // "was published in …" is prose; "Published in …" opening a line is a blog host's furniture naming the site itself.
            + "|\\b(?:was|were|been|being)\\s+published\\s+in)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'\u2019&-]*(?:[ \\t]+\\p{Lu}[\\p{L}'\u2019&-]*){0,3})(?![\\p{L}])");
    /** The cues of {@link #PRESS} that name a piece of writing printed "in" a publication. */
    private static final Pattern PIECE_IN = Pattern.compile("(?i:(?:article|piece|story|study|op-ed|column|editorial|essay|interview|paper|feature|profile)s?\\s+(?:published\\s+)?in"
            + "|(?:was|were|been|being)\\s+published\\s+in)\\s");
    /** A platform named by what a user has on it: "a Chirper account", "the Chirper search", "Chirper followers". */
    private static final Search PLATFORM = Search.compile("(?<=\\p{Ll}[,]?\\s)(\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?)\\s+(?:account|accounts|page|profile|profiles|feed|feeds|search|chat|chats|app|"
            + "followers|handle|group|groups|timeline|hashtag|hashtags|channel|channels|login|posts|updates|stream)\\b");
    /** "via Chirper": the channel a message went through, a platform. */
    private static final Search VIA = Search.compile("\\bvia\\s+(\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\d]|\\s+\\p{Lu})");
    /** Roles that a firm or body has: "Acme's new CEO", "founder of Acme Works". */
    /** Roles only a firm or body has; not "president", "director" or "head", which countries and departments have too. */
    private static final String ROLE = "(?:CEO|chief executive|founder|co-founder|chairman|chairwoman|spokesperson|spokesman|spokeswoman)";
    private static final Search ROLE_OF = Search.compile("\\b" + ROLE + "\\s+(?:and\\s+\\p{L}+\\s+)?(?:at|of)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'\u2019&.-]*(?:\\s+(?:(?:of|for|and|&)\\s+)?\\p{Lu}[\\p{L}'\u2019&.-]*){0,4})(?![\\p{L}\\d])");
    private static final Search HAS_ROLE = Search.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3})['\u2019]s\\s+(?:new\\s+|former\\s+|then\\s+)?" + ROLE + "\\b");
    /** Page furniture that quotes the post's own title: "3 thoughts on “…”", "One Response to “…”". */
    private static final Search THREAD_HEADING = Search.compile("(?i:(?:thoughts?|responses?|comments?|replies|reply|reactions?)\\s+(?:on|to)\\s*)$");
    /** "As noted in A Report 2": a work cited as a source of a claim. */
    private static final Search NOTED_IN = Search.compile("(?i:\\bas\\s+(?:noted|described|outlined|argued|discussed|reported|shown|stated)\\s+in)\\s+"
            + "(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:" + TITLE_JOIN + "\\s+)*(?:\\p{Lu}[\\p{L}'\u2019-]*|\\d+)){1,6})(?![\\p{L}\\d])");
    /** "by The Name": a band, publisher or firm (a person's name takes no article). */
    private static final Search BY_THE = Search.compile("\\bby\\s+(The(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,3})(?![\\p{L}])");

    /** An @handle in a comment: "Thanks @bolee". */
    private static final Search HANDLE = Search.compile("(?<![\\p{L}\\d._@(/-])@([A-Za-z][A-Za-z0-9_]{2,29})(?![A-Za-z0-9_@.]*\\.[a-z]{2,})");
    /** A word addressed after a greeting or a reply word: "Thanks, Bo!", "Yes, Bo, weekly", "Hi Bo". */
    private static final Search VOCATIVE = Search.compile("(?:^|(?<=[\\s(]))(?:Thanks|Thank you|Hi|Hello|Hey|Yes|No|Congrats|Congratulations|Dear|Sorry|Welcome|Cheers|Well said|Agreed),?"
            + "\\s+(\\p{L}[\\p{L}\\d_]{1,29})(?=\\s*[!,.?;:]|\\s*$)", Pattern.MULTILINE);
    /** "as Bo says": a person (or handle) whose words are taken up. */
    private static final Search AS_SAYS = Search.compile("\\bas\\s+(\\p{L}[\\p{L}\\d_]{2,29})\\s+(?:says|said|notes|noted|wrote|writes|suggests|suggested|mentions|mentioned|points out|pointed out|puts it)\\b");
    /** A quotation header in a forum post: "Ann Lee wrote:" after a time, a date or the end of a sentence, a name in capitals. */
    private static final Search WROTE = Search.compile("(?:^|(?<=[\\p{Ll}\\d.!?:)\\]]\\s))(\\p{Lu}[\\p{L}\\d_'\u2019-]*(?:\\s+(?:(?:on|of|a|an|the|de|van|von)\\s+)*"
            + "\\p{Lu}[\\p{L}\\d_'\u2019-]*){0,3}) wrote:");
    /** A given name alone mid-sentence, after a lower-case word: "See you Monday then Bo.", "Well done Bo!". */
    private static final Search LONE_WORD = Search.compile("(?<=\\p{Ll}[,]?\\s)(\\p{Lu}\\p{Ll}+)(?=\\s*[!.,?]|\\s+\\p{Ll})");
    private static final Set<String> NOT_VOCATIVE = Set.of("i", "it", "its", "this", "that", "the", "a", "an", "we", "you", "they", "he", "she",
            "thanks", "thank", "yes", "no", "not", "all", "everyone", "everybody", "folks", "guys", "team", "there", "so", "and", "but", "indeed",
            "definitely", "absolutely", "exactly", "really", "very", "please", "sir", "madam", "again", "too", "me", "us", "him", "her", "them",
            "agreed", "done", "noted", "sure", "right", "true", "perhaps", "maybe", "both", "none", "one");
    private static final Set<String> PREPOSITIONS = Set.of("to", "in", "on", "at", "from", "of", "for", "with", "by", "into", "onto", "near",
            "about", "across", "via", "visit", "visited", "the", "a", "an", "my", "our", "your", "their", "his", "her", "its");

    /** Words a pattern cannot match without (lower case): a text without any of them skips that pattern's scan. */
    private static final java.util.Map<Search, List<String>> CUES = java.util.Map.ofEntries(
            java.util.Map.entry(HANDLE, List.of("@")),
            java.util.Map.entry(VOCATIVE, List.of("thank", "hi", "hello", "hey", "yes", "no", "congrat", "dear", "sorry", "welcome", "cheers", "well said", "agreed")),
            java.util.Map.entry(AS_SAYS, List.of("as ")),
            java.util.Map.entry(WROTE, List.of(" wrote:")),
            java.util.Map.entry(PRESS, List.of("talk", "spok", "speak", "quoted", "featured", "wrote for", "writes for", "writing for", "interviewed", "appeared", " in ")),
            java.util.Map.entry(PLATFORM, List.of("account", "page", "profile", "feed", "search", "chat", "app", "follower", "handle", "group", "timeline",
                    "hashtag", "channel", "login", "posts", "updates", "stream")),
            java.util.Map.entry(VIA, List.of("via ")),
            java.util.Map.entry(BY_THE, List.of("by the")),
            java.util.Map.entry(ROLE_OF, List.of("ceo", "chief", "founder", "chair", "spokes")),
            java.util.Map.entry(HAS_ROLE, List.of("ceo", "chief", "founder", "chair", "spokes")),
            java.util.Map.entry(TITLE_BY, List.of(" by ")),
            java.util.Map.entry(MARKED_TITLE, List.of("[/")),
            java.util.Map.entry(QUOTED, List.of("\"", "\u201c")),
            java.util.Map.entry(WATCHED, List.of("watch", "binge")),
            java.util.Map.entry(NOTED_IN, List.of("noted in", "described in", "outlined in", "argued in", "discussed in", "reported in", "shown in", "stated in")));
    private static final List<String> HEADS_LOWER = java.util.Arrays.stream(ORG_HEADS.replace("\\.?", "").split("\\|"))
            .map(h -> h.toLowerCase(Locale.ROOT)).distinct().toList();

    /** A matcher over the text, or over nothing when the text lacks every word the pattern needs. */
    private static Matcher scan(Search p, String text, String lower) {
        List<String> cues = CUES.get(p);
        if (cues == null) return p.matcher(text);
        for (String c : cues) if (lower.contains(c)) return p.matcher(text);
        return p.matcher("");
    }

    private static boolean hasHeadWord(String lower) {
        for (String h : HEADS_LOWER) if (lower.contains(h)) return true;
        return false;
    }

    // ---- People ----

    /** Whether a two- or three-word capitalised run is a person's name by its given name, where the text is prose. */
    static boolean givenNameRun(String text, Span run) {
        String[] words = run.exact().split("\\s+");
        if (words.length < 2 || !GivenNames.english().contains(words[0]) || run.exact().indexOf('\n') >= 0) return false;
        for (String w : words) if (MONTHS_AND_DAYS.contains(w.toLowerCase(Locale.ROOT)) || HEAD_WORD.matches(w)) return false;
        if (titleCaseLine(text, run.start())) return false;
        // "the Bob Effect", "a Tom Collins": a name after an article is a thing named after someone.
        String before = previousWord(text, run.start());
        if (before != null && Set.of("the", "a", "an", "The", "A", "An").contains(before) && text.substring(Math.max(0, run.start() - 5), run.start()).matches("(?s).*\\p{L}\\s+$")) return false;
        // "I am a real Scarlet Quern", "like a modern-day Ann Lee": a person as a type, what someone is or is like, names no
        // one here; "next to a shoeless Ann Lee" does.
        Matcher type = A_TYPE_OF.matcher(text.substring(Math.max(0, run.start() - 40), run.start()));
        if (type.find() && Lexicon.english().adjective(type.group(1).toLowerCase(Locale.ROOT))) return false;
        // A longer run of capitals is a title or an organisation's name, not a person's: "Ann Lee Memorial Fund".
        if (text.startsWith(" ", run.end()) && run.end() + 1 < text.length() && Character.isUpperCase(text.charAt(run.end() + 1))) return false;
        if (sentenceStart(text, run.start()) && Lexicon.english().knows(words[0]) && Lexicon.english().knows(words[words.length - 1])) return false;
        return true;
    }

    /** People named by a single word: a handle, an addressee, "as Bo says", "Bo wrote:", a given name mid-sentence. */
    static void people(int unit, String text, String writer, PagePeople people, Sink sink) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = scan(HANDLE, text, lower);
        while (m.find()) {
            // "Ann Lee (@annlee)": the handle spells the name just given.
            int open = text.lastIndexOf('(', m.start());
            if (open >= 0 && open == m.start() - 1) continue;
            person(unit, text, m.start(), m.end(1), "@" + m.group(1), writer, people, sink, "an @handle the text names");
        }
        m = scan(VOCATIVE, text, lower);
        while (m.find()) {
            String w = m.group(1);
            if (NOT_VOCATIVE.contains(w.toLowerCase(Locale.ROOT)) || MONTHS_AND_DAYS.contains(w.toLowerCase(Locale.ROOT))) continue;
            // Lower-case words are words ("Thanks, everyone"), unless the page knows them as someone's handle.
            String lw = w.toLowerCase(Locale.ROOT);
            if (!GivenNames.english().contains(w) && (Lexicon.english().noun(lw) || Lexicon.english().adjective(lw) || Character.isLowerCase(w.charAt(0)) && Lexicon.english().knows(lw))) continue;
            if (Character.isLowerCase(w.charAt(0)) && !people.resolve(w).isPresent()) continue;
            person(unit, text, m.start(1), m.end(1), w, writer, people, sink, "addressed by name after a greeting or a reply word");
        }
        m = scan(AS_SAYS, text, lower);
        while (m.find()) {
            String w = m.group(1);
            if (NOT_VOCATIVE.contains(w.toLowerCase(Locale.ROOT)) || Lexicon.english().knows(w.toLowerCase(Locale.ROOT)) && !GivenNames.english().contains(w)) continue;
            person(unit, text, m.start(1), m.end(1), w, writer, people, sink, "whose words the text takes up (\"as … says\")");
        }
        m = scan(WROTE, text, lower);
        while (m.find()) {
            String w = m.group(1).trim();
            if (MentionFinder.notName(w.split("\\s+")[0]) || MONTHS_AND_DAYS.contains(w.split("\\s+")[0].toLowerCase(Locale.ROOT)) || NOT_VOCATIVE.contains(w.toLowerCase(Locale.ROOT)) || Set.of("he", "she", "someone", "somebody", "you").contains(w.toLowerCase(Locale.ROOT))
                    || !w.contains(" ") && Lexicon.english().adjective(w.toLowerCase(Locale.ROOT))) continue;
            person(unit, text, m.start(1), m.start(1) + w.length(), w, writer, people, sink, "a quotation header: the writer of the words quoted");
        }
        m = LONE_WORD.matcher(text);
        while (m.find()) {
            String w = m.group(1);
            if (!GivenNames.english().contains(w) || MONTHS_AND_DAYS.contains(w.toLowerCase(Locale.ROOT)) || MentionFinder.notName(w)) continue;
            String before = previousWord(text, m.start(1));
            if (before == null || PREPOSITIONS.contains(before.toLowerCase(Locale.ROOT)) || titleCaseLine(text, m.start(1))) continue;
            // The last word of a full name is no name alone ("a Bo Quernby song": the look-behind saw only the "o " of "Bo").
            if (Character.isUpperCase(before.charAt(0))) continue;
            // A word English also uses ("Will", "Grant") counts only where it closes the sentence, as an address does.
            boolean closes = m.end(1) < text.length() && "!.?".indexOf(text.charAt(m.end(1))) >= 0;
            if (Lexicon.english().knows(w.toLowerCase(Locale.ROOT)) && !closes && people.resolve(w).isEmpty()) continue;
            // A given name that is first of all a place is the place: "based in Lyon, France."
            if (people.resolve(w).isEmpty() && Places.wordNet().contains(w)) continue;
            person(unit, text, m.start(1), m.end(1), w, writer, people, sink, "an English given name used alone mid-sentence");
        }
    }

    private static void person(int unit, String text, int start, int end, String written, String writer, PagePeople people, Sink sink, String why) {
        if (!sink.free(start, end)) return;
        String name = people.resolve(written).orElse(written.startsWith("@") ? written.substring(1) : written);
        if (writer != null && (Names.key(writer).equals(Names.key(name)) || Names.key(writer).equals(Names.key(written)))) return;
        sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, name, written, why, List.of(Spans.of(unit, text, start, end))));
    }

    // ---- Organisations ----

    static void organisations(int unit, String text, Sink sink) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = hasHeadWord(lower) ? ORG_RUN.matcher(text) : ORG_RUN.matcher("");
        while (m.find()) {
            int s = m.start(1);
            String run = m.group(1);
            // Drop leading words that cannot open a name ("In", "At", "The"), keeping "The" before a single word ("The Ledger").
            String[] words = run.split("\\s+");
            int skip = 0;
            // A verb that opens a sentence is no part of the name after it ("Join Harbour Workers Alliance").
            // Nor an adjective ("Proud Union steward …").
            while (skip < words.length - 1 && (MentionFinder.notName(words[skip]) || skip == 0 && sentenceStart(text, s) && (verbOnly(words[0]) || adjectiveOnly(words[0])))) skip++;
            // "The Department for Work": a head word with its "of"/"for" part is a name of its own, without "The".
            boolean ofPart = OF_PART.matches(run);
            if (skip > 0 && words[skip - 1].equals("The") && words.length - skip == 1) skip--;
            // A newspaper's "The" written in capitals is part of its name ("The Harbour Times reported").
            else if (skip > 0 && words[skip - 1].equals("The") && PUBLICATION_HEAD.matches(words[words.length - 1])) skip--;
            for (int i = 0; i < skip; i++) s = text.indexOf(words[i], s) + words[i].length();
            while (s < m.end(1) && Character.isWhitespace(text.charAt(s))) s++;
            String name = text.substring(s, m.end(1));
            if (name.split("\\s+").length < 2 || titleCaseLine(text, s) && !ofPart || headerLine(text, s, m.end(1))) continue;
            // "the Marketing Department", "Learning Network": an activity in capitals, not a name.
            String lead = name.split("\\s+")[0];
            if (lead.endsWith("ing") && Lexicon.english().verb(lead.toLowerCase(Locale.ROOT))) continue;
            org(unit, text, s, m.end(1), sink, "a capitalised name ending in a word organisations' names end in");
        }
        m = ACRONYM.matcher(text);
        while (m.find()) {
            String a = m.group(1);
            if (COMMON_ACRONYMS.contains(a) || Lexicon.english().generalUse(a) > 0 || Lexicon.english().verb(a) || Lexicon.english().adjective(a)) continue;
            if (titleCaseLine(text, m.start(1)) || allCapitals(text, m.start(1))) continue;
            String before = text.substring(Math.max(0, m.start(1) - 12), m.start(1));
            String after = text.substring(m.end(1), Math.min(text.length(), m.end(1) + 30));
            boolean possessive = after.startsWith("'s") || after.startsWith("\u2019s");
            boolean asNoun = ACRONYM_BEFORE.find(before) && !nounFollows(after);
            if (!possessive && !asNoun) continue;
            org(unit, text, m.start(1), m.end(1), sink, "an acronym used as a body's name (after \"the\", \"at\", \"joined\" …, or possessive)");
        }
        m = scan(PRESS, text, lower);
        while (m.find()) {
            String[] named = SPACES.split(m.group(1));
            // A newspaper's "The" in capitals opens its name ("appeared in The Ledger"); the word after it is the one to judge.
            String first = named[0].equals("The") && named.length > 1 ? named[1] : named[0];
            // "spoke to Ann" is a person; a common acronym or a word that opens no name is neither.
            if (GivenNames.english().contains(first) || MentionFinder.notName(first) || commonAcronym(first)
                    || MONTHS_AND_DAYS.contains(first.toLowerCase(Locale.ROOT))) continue;
            boolean pieceIn = PIECE_IN.matcher(m.group()).lookingAt();
            // "a study in Germany", "an essay in English": a place or a language is where or how, not who printed it
            // ("talked to Workwise" is a publication whatever English makes of the word).
            if (Places.wordNet().contains(m.group(1)) || pieceIn && named.length == 1 && Lexicon.english().adjective(first.toLowerCase(Locale.ROOT))) continue;
            int end = m.end(1);
            // "a study in Nature Apple knew …": units reach here with their paragraphs joined, so after a piece "in" a name
            // only "The …" or a name closed by a publication's head word ("… Business Review") runs past its first word.
            if (pieceIn && named.length > 1 && !named[0].equals("The") && !headWord(named[named.length - 1])) {
                end = m.start(1) + named[0].length();
            }
            org(unit, text, m.start(1), end, sink, "a name the writer talked to, wrote for or appeared in: a publication or a firm");
        }
        m = scan(PLATFORM, text, lower);
        while (m.find()) {
            String w = m.group(1);
            if (GivenNames.english().contains(w) || MentionFinder.notName(w) || MONTHS_AND_DAYS.contains(w.toLowerCase(Locale.ROOT))
                    || Lexicon.english().adjective(w.toLowerCase(Locale.ROOT)) || titleCaseLine(text, m.start(1))) continue;
            // A comment form's own words ("You are commenting using your Chirper account.") are furniture, not the writer's.
            if (text.substring(Math.max(0, m.start(1) - 30), m.start(1)).matches("(?is).*\\b(?:commenting|logged in|log in|sign in) (?:using|with|to) your\\s+$")) continue;
            org(unit, text, m.start(1), m.end(1), sink, "a platform named by what its users have on it (an account, a search, a feed)");
        }
        m = scan(VIA, text, lower);
        while (m.find()) {
            String w = m.group(1), lw = w.toLowerCase(Locale.ROOT);
            // "via Email" is a medium: only a word the lexicon does not know, or knows only as a rare noun, is a platform's name.
            if (GivenNames.english().contains(w) || MentionFinder.notName(w) || MONTHS_AND_DAYS.contains(lw) || Lexicon.english().adjective(lw)
                    || Lexicon.english().verb(lw) && !Lexicon.english().noun(lw) || Lexicon.english().generalUse(lw) > 0) continue;
            org(unit, text, m.start(1), m.end(1), sink, "a platform a message went through (\"via …\")");
        }
        for (Search p : List.of(ROLE_OF, HAS_ROLE)) {
            m = scan(p, text, lower);
            while (m.find()) {
                String[] w = m.group(1).split("\\s+");
                int s = m.start(1);
                // "Join Acme's board" at a sentence start: the verb is no part of the name.
                if (w.length > 1 && sentenceStart(text, s) && (MentionFinder.notName(w[0]) || verbOnly(w[0]))) s = text.indexOf(w[1], s + w[0].length());
                String first = text.substring(s, m.end(1)).split("\\s+")[0];
                if (GivenNames.english().contains(first) && m.end(1) - s > first.length() || MentionFinder.notName(first) || commonAcronym(first)
                        || MONTHS_AND_DAYS.contains(first.toLowerCase(Locale.ROOT)) || titleCaseLine(text, s)) continue;
                // "the company's CEO" is lower-case; a single capitalised word that general English knows opens a sentence ("Our CEO").
                if (!first.contains("&") && m.end(1) - s == first.length() && sentenceStart(text, s) && Lexicon.english().knows(first.toLowerCase(Locale.ROOT))) continue;
                org(unit, text, s, m.end(1), sink, "a firm or body by a role it has (\"CEO of …\", \"…'s founder\")");
            }
        }
        m = scan(BY_THE, text, lower);
        while (m.find()) {
            if (titleCaseLine(text, m.start(1))) continue;
            org(unit, text, m.start(1), m.end(1), sink, "a name with an article after \"by\": a band, publisher or firm");
        }
    }

    private static void org(int unit, String text, int s, int e, Sink sink, String why) {
        if (!sink.free(s, e)) return;
        String name = text.substring(s, e);
        sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, name, name, why, List.of(Spans.of(unit, text, s, e))));
    }

    /** Whether general English knows a word as an adjective and not as a noun ("Proud", "Happy"). */
    static boolean adjectiveOnly(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        return Lexicon.english().adjective(lw) && !Lexicon.english().noun(lw);
    }

    /** Whether general English knows a word as a verb and not as a noun ("Join", "Ask"). */
    private static boolean verbOnly(String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        return Lexicon.english().verb(lw) && !Lexicon.english().noun(lw);
    }

    private static final Search NEXT_WORD = Search.compile("^\\s+(\\p{Ll}+)");
    /** Words after a name that show it is no modifier: prepositions, conjunctions, auxiliaries, reporting verbs. */
    private static final Set<String> NOT_MODIFIED = Set.of("about", "in", "on", "at", "or", "and", "to", "is", "was", "has", "had", "have",
            "for", "with", "from", "as", "but", "says", "said", "reports", "reported", "announced", "which", "who", "that", "will", "would",
            "can", "could", "does", "did");

    /** Whether the words after a capitalised run begin with a lower-case noun it modifies, and no verb ("by Gross Product data"). */
    static boolean nounFollowsName(String after) {
        Matcher w = NEXT_WORD.matcher(after);
        if (!w.find()) return false;
        String word = w.group(1);
        return !NOT_MODIFIED.contains(word) && !Set.of("today", "yesterday", "tomorrow", "tonight").contains(word) && Lexicon.english().noun(word)
                && !Lexicon.english().verb(word) && !Lexicon.english().adjective(word);
    }

    /** Whether the words after an acronym begin with a lower-case noun it modifies ("the ABC report"). */
    private static boolean nounFollows(String after) {
        Matcher w = NEXT_WORD.matcher(after);
        if (!w.find()) return false;
        String word = w.group(1);
        if (NOT_MODIFIED.contains(word)) return false;
        return Lexicon.english().noun(word);
    }

    // ---- Works ----

    static void works(int unit, String text, String title, Sink sink) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = scan(TITLE_BY, text, lower);
        while (m.find()) {
            String t = m.group(1);
            int s = m.start(1);
            // The title starts where the sentence, a quote or markup does; leading words that open a sentence go.
            String[] words = t.split("\\s+");
            if (words.length < 2 || !opensTitle(text, s) || titleCaseLine(text, s) && !text.substring(s, lineEnd(text, s)).contains(" by ")) continue;
            // The author is a person's name: an English given name, or a surname general English does not know.
            String[] author = m.group(2).split("\\s+");
            if (!GivenNames.english().contains(author[0]) && Lexicon.english().knows(author[author.length - 1].toLowerCase(Locale.ROOT))) continue;
            work(unit, text, s, m.end(1), sink, "a title followed by \"by\" and its author's name");
        }
        m = scan(MARKED_TITLE, text, lower);
        while (m.find()) {
            if (!titleCase(m.group(2))) continue;
            work(unit, text, m.start(2), m.end(2), sink, "a title in forum emphasis markup");
        }
        m = scan(QUOTED, text, lower);
        while (m.find()) {
            String q = m.group(1).trim();
            if (!titleCase(q) || q.split("\\s+").length < 3 || SPEECH.find(text.substring(Math.max(0, m.start() - 20), m.start())) || THREAD_HEADING.find(text.substring(Math.max(0, m.start() - 30), m.start()))) continue;
            if (title != null && Names.key(title).equals(Names.key(q))) continue;
            // A quoted phrase before the noun it modifies is a label, not a title: "“Future of Shifts” roles".
            if (modifiesNoun(text.substring(m.end(), Math.min(text.length(), m.end() + 30)))) continue;
            int s = m.start(1) + m.group(1).indexOf(q);
            work(unit, text, s, s + q.length(), sink, "a quoted name in title case");
        }
        m = scan(WATCHED, text, lower);
        while (m.find()) {
            String[] w = m.group(1).split("\\s+");
            if (GivenNames.english().contains(w[0]) || MentionFinder.notName(w[0]) || MONTHS_AND_DAYS.contains(w[0].toLowerCase(Locale.ROOT))) continue;
            work(unit, text, m.start(1), m.end(1), sink, "a title in capitals after \"watching\": a film or a series");
        }
        m = scan(NOTED_IN, text, lower);
        while (m.find()) {
            String first = m.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (MONTHS_AND_DAYS.contains(first) || first.equals("the") && m.group(1).split("\\s+").length < 3) continue;
            if (HEAD_WORD.matches(m.group(1).substring(m.group(1).lastIndexOf(' ') + 1))) continue;
            work(unit, text, m.start(1), m.end(1), sink, "a work cited as the source of a claim (\"as noted in …\")");
        }
    }

    private static final Set<String> KINDS_OF_WORK = Set.of("report", "book", "article", "study", "paper", "survey", "podcast", "video", "film",
            "series", "post", "essay", "novel", "album", "song", "show", "episode", "webinar", "talk", "piece", "column", "story", "blog", "newsletter");

    /** Whether the words after a quoted phrase open with a lower-case noun it modifies (no verb, no kind of work). */
    private static boolean modifiesNoun(String after) {
        Matcher w = NEXT_WORD.matcher(after);
        if (!w.find()) return false;
        String word = w.group(1);
        return !NOT_MODIFIED.contains(word) && !KINDS_OF_WORK.contains(word) && Lexicon.english().noun(word) && !Lexicon.english().verb(word);
    }

    private static void work(int unit, String text, int s, int e, Sink sink, String why) {
        String t = text.substring(s, e).trim();
        // A sentence's full stop inside the quotes is no part of the title ("…That Didn't Happen."); an ellipsis is.
        if (t.endsWith(".") && !t.endsWith("..")) t = t.substring(0, t.length() - 1);
        if (t.length() < 3 || !sink.free(s, e)) return;
        sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.WORK, t, t, why, List.of(Spans.of(unit, text, s, s + t.length()))));
    }

    /** Whether a title may start here: a line start, a sentence start, after a quote, markup or a colon, or after "recommend(ed)". */
    private static boolean opensTitle(String text, int s) {
        int i = s - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        if (c == '\n' || c == ':' || c == '\u201C' || c == '"' || c == ']' || c == '.' || c == '!' || c == '?') return true;
        String before = text.substring(Math.max(0, s - 20), s).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(?:recommend(?:ed|s)?|read|reading|see|try)\\s+$");
    }

    /**
     * Whether a phrase is written in title case: it opens with a capital and every word of four letters or more
     * does too ("Rivers In the Dark", "Tools of Trade"); one such word at least.
     */
    static boolean titleCase(String phrase) {
        String[] words = phrase.trim().split("[\\s\u2014\u2013]+");
        if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(firstLetter(words[0]))) return false;
        int capital = 0;
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4 && !Character.isUpperCase(letters.charAt(0))) return false;
            if (!letters.isEmpty() && Character.isUpperCase(letters.charAt(0))) capital++;
        }
        return capital >= 2;
    }

    private static char firstLetter(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isLetterOrDigit(w.charAt(i))) return w.charAt(i);
        return ' ';
    }

    // ---- Layout ----

    /**
     * Whether a position stands in a heading in title case: its line, or (units reach here with their lines joined)
     * the four words on either side, are all capitalised where four letters long or more, five words at least.
     */
    static boolean titleCaseLine(String text, int pos) {
        int s = lineStart(text, pos), e = lineEnd(text, pos);
        String line = text.substring(s, e).trim();
        if (e - s < 200) return line.split("\\s+").length >= 3 && titleCase(line.replaceAll("^[\\d.)\\s]+", ""));
        String[] before = text.substring(Math.max(s, pos - 60), pos).trim().split("\\s+");
        String[] after = text.substring(pos, Math.min(e, pos + 80)).trim().split("\\s+");
        StringBuilder w = new StringBuilder();
        for (int i = Math.max(1, before.length - 4); i < before.length; i++) w.append(before[i]).append(' ');
        for (int i = 0; i < Math.min(after.length - 1, 5); i++) w.append(after[i]).append(' ');
        String window = w.toString().trim();
        if (window.matches(".*[.!?]\\s.*")) return false;
        return window.split("\\s+").length >= 5 && titleCase(window.replaceAll("^[^\\p{L}]+", ""));
    }

    /** Whether every letter of the line around a position is a capital: shouting, not acronyms. */
    static boolean allCapitals(String text, int pos) {
        String line = text.substring(lineStart(text, pos), lineEnd(text, pos));
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) return false;
            }
        }
        return letters > 12;
    }

    /**
     * Whether a name stands where a page prints a writer rather than where prose names someone: alone on its line
     * (after a list number), or followed on it only by a mark, "says:", a date or time, or "'s avatar"/"'s picture"
     * (see {@link WriterFurniture}).
     */
    static boolean headerLine(String text, int start, int end) {
        int s = lineStart(text, start), e = lineEnd(text, end);
        String before = text.substring(s, start);
        String after = text.substring(end, e).trim();
        // "'s avatar", with the pronouns a profile prints between ("Ann Lee (she/her)'s avatar"), or the alt text's "Avatar".
        if (WriterFurniture.afterName(after)) return true;
        // Units reach here with their lines joined: a user name's mark ("AnnLee*"), "says:", or a date right after it.
        String next = text.substring(end, Math.min(text.length(), end + 40));
        if (next.startsWith("*") || SAYS_NEXT.matches(next)
                || next.matches("(?is)^\\s+(?:\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}).*")) return true;
        if (!before.isBlank() && !before.matches("^\\s*\\d+[.)]?\\s*$")) return false;
        return after.isEmpty() || after.matches("^[*:#|\u00BB\u2022-]+.*") || after.matches("(?i)^(?:says|said|wrote|writes|replied|commented)\\b.*:?$") && !after.matches("(?i)^wrote:$")
                || after.matches("(?i)^(?:on\\s+|at\\s+|[-\u2013|,]\\s*)?(?:\\d{1,4}[ ./-]|\\d{1,2}:\\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d).*");
    }

    private static int lineStart(String text, int pos) {
        int s = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return s < 0 ? 0 : s + 1;
    }

    private static int lineEnd(String text, int pos) {
        int e = text.indexOf('\n', pos);
        return e < 0 ? text.length() : e;
    }

    /** Whether a position opens a sentence or a line (after a list number or an opening quote). */
    static boolean sentenceStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u201C' || text.charAt(i) == '"' || text.charAt(i) == '(')) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '*') return true;
        return false;
    }

    private static final Search LAST_WORD = Search.compile("(\\p{L}+)[,]?\\s+$");

    private static String previousWord(String text, int pos) {
        Matcher m = LAST_WORD.matcher(text.substring(Math.max(0, pos - 30), pos));
        return m.find() ? m.group(1) : null;
    }

    private static final Search HEAD_NEXT = Search.compile("^\\s+(?:(?:of|for|and|&)\\s+)?(?:\\p{Lu}[\\p{L}'\u2019&-]*\\s+){0,3}(?:" + ORG_HEADS + ")(?![\\p{L}\\d])");

    /** Whether the capitalised words from a position on end in an organisation's head word: "[Ann Lee] Foundation". */
    static boolean organisationGoesOn(String text, int end) {
        return HEAD_NEXT.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A copula or "like", an indefinite article and a lower-case word before a name, that word caught: "am a real …", "like an old-school …". */
    private static final Search A_TYPE_OF = Search.compile("\\b(?:am|is|are|was|were|be|been|being|become|becomes|became|like)\\s+(?:a|an)\\s+(\\p{Ll}[\\p{L}-]*)\\s+$");
    /** Titles of public office written before a surname alone; general English, the titles of the people they name. */
    private static final Set<String> OFFICES = Set.of("President", "Senator", "Governor", "Mayor", "Judge", "Chancellor", "Minister", "Secretary",
            "Representative", "Congressman", "Congresswoman", "Councillor", "Councilman", "Councilwoman", "Sheriff", "Commissioner", "Speaker",
            "Premier", "Ambassador");

    /**
     * A run whose first word is a common noun before a given name and a surname ("Economist Ann Lee", "Editor Bo
     * Chan") is the name without that word: a job title written in capitals.
     */
    static Span dropTitle(int unit, String text, Span run) {
        if (run == null) return null;
        String[] w = SPACES.split(run.exact());
        // "President Obama", "Senator Quern": an office before one name that is no word of English; the name is that word.
        if (w.length == 2 && OFFICES.contains(w[0]) && !GivenNames.english().contains(w[1]) && Lexicon.english().generalUse(w[1].toLowerCase(Locale.ROOT)) == 0
                && !Lexicon.english().adjective(w[1].toLowerCase(Locale.ROOT))) {
            return Spans.of(unit, text, run.end() - w[1].length(), run.end());
        }
        if (w.length < 3 || !GivenNames.english().contains(w[1]) || GivenNames.english().contains(w[0])
                || !Lexicon.english().noun(w[0].toLowerCase(Locale.ROOT))) return run;
        int s = text.indexOf(w[1], run.start() + w[0].length());
        return Spans.of(unit, text, s, run.end());
    }

    /**
     * Whether a name stands alone as the last words of a unit, after the end of a sentence, a quotation or a line
     * ("… Or am I wrong? Ann Lee.", "Rev. Ann Lee"): a sign-off, which names the writer.
     */
    static boolean signOff(String text, int start, int end) {
        if (!text.substring(end).matches("(?s)^[.!]?\\s*$")) return false;
        String before = text.substring(0, start).replaceAll("(?:\\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Rev|Sir|Dame)\\.?|[-\u2013\u2014~]+)\\s*$", "");
        return before.isBlank() || before.matches("(?s).*[.!?\u201D\"\n]\\s*$");
    }

    /** Whether a word is a head word of organisations' names ("Institute", "Ltd"). */
    static boolean headWord(String word) { return HEAD_WORD.matches(word); }

    /** Whether a word names a month or a day of the week. */
    static boolean monthOrDay(String word) { return MONTHS_AND_DAYS.contains(word.toLowerCase(Locale.ROOT)); }

    /** Whether a word is an acronym of general English ("PM", "HR"), no name. */
    static boolean commonAcronym(String word) { return COMMON_ACRONYMS.contains(word.toUpperCase(Locale.ROOT)) && word.equals(word.toUpperCase(Locale.ROOT)); }

}

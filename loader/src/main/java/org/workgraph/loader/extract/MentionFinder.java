package org.workgraph.loader.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.identity.Names;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.text.Search;

/**
 * Finds the people, organisations and works a text names, by the shape of names and the words around
 * them — never from a list of names. A capitalised name counts as a person when the text treats it as one
 * ("Ann Lee provides", "Bo Chan's insights", "in the words of Cy Dee", "Join Ann Lee, Bo
 * Chan and …"), or when it is a person the page already knows (a writer, someone addressed or named
 * before, by full or unambiguous first name). Organisations are written in camel case ("LinkedIn"), act
 * as a source ("reports the Harbour Gazette"), or are examples of companies. Works are quoted or
 * title-case names after a word like "book", "posts" or "article". Pingback notices are not read: the
 * names in other sites' titles are not this page's mentions.
 */
final class MentionFinder {
    /** A capitalised word of a name: "Lee", "McLee", "Osei-Bonsu", "O'Lee" (with a straight or a curly apostrophe). */
    private static final String TOKEN = "(?:\\p{Lu}['\u2019])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";
    private static final String PARTICLE = "(?:de|De|van|Van|von|der|da|di|du|del|la|le)";
    /** A run of capitalised words that could be a name: two to four words, initials allowed first, one middle initial. */
    private static final Search NAME_RUN = Search.compile("(?<![\\p{L}\\d@])((?:" + TOKEN + "|\\p{Lu}{2}|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*)(?:\\s+(?:"
            + PARTICLE + "\\s+)?" + TOKEN + "){1,2}"
            // A middle initial ("Joan B. Keel") is part of the name: without it the run began at the initial ("B. Keel"). One
            // family name ends it: units come with their paragraphs joined, and a credit line's "Joan B. Keel" before a paragraph
            // opening "Firing …" is no "Joan B. Keel Firing".
            + "|" + TOKEN + "[ \\t]+\\p{Lu}\\.[ \\t]+(?:" + PARTICLE + "[ \\t]+)?" + TOKEN + ")(?![\\p{L}\\d])");
    private static final Search BEFORE_PERSON = Search.compile(
            "(?i:\\b(?:by|thanks to|words of|join|according to|interview with|featuring|quote by|talk by|book by|with"
            // "people like Ann Lee and Bo Chan": examples the text itself calls people.
            + "|people like|thinkers like|writers like|authors like|folks like))\\s+$");
    private static final Search AFTER_PERSON = Search.compile("^(?:['\u2019\u2018]s\\b|\\s+\\((?!\\d|\\p{Lu}{2,}s?\\))|,\\s+\\p{Ll}|\\s+(?:discusses|discussed|provides|provided|"
            + "says|said|speaks|spoke|writes|wrote|argues|argued|calls|called|notes|noted|explains|explained|describes|described|"
            + "suggests|suggested|asks|asked|told|tells|shows|showed|points|believes|thinks|reminds|offers|puts|observes|"
            + "contends|claims|agrees|recommends|is talking|has written|explores|examines)\\b)");
    /** Phrases that introduce a writer, so that one capitalised word after them is a surname. */
    private static final Search SURNAME_CUED = Search.compile("(?i:\\b(?:apologies to|in the words of|to paraphrase|paraphrasing))\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}]|\\s+\\p{Lu})");
    private static final Search SINGLE_WORD = Search.compile("(?<![\\p{L}@])(\\p{Lu}\\p{Ll}+)(?![\\p{L}])");
    private static final Search LISTED_BEFORE = Search.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}+),\\s*$");
    private static final Search LISTED_AFTER = Search.compile("^(?:,\\s*(?:or\\s+|and\\s+)?|\\s+(?:and|or)\\s+)(\\p{Lu}\\p{Ll}+)(?![\\p{L}])");
    private static final Search TRAILING_PUNCTUATION = Search.compile("[.,;:]+$");
    private static final Search SPACES = Search.compile("\\s+");
    private static final Search THE_BEFORE = Search.compile("\\bthe\\s+$");
    private static final Search LIST_JOIN = Search.compile(",\\s*|,?\\s+and\\s+");

    /** Words that start a sentence or a phrase but never a name: "As Ann said", "The Digital Era". */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "my", "your", "our",
            "their", "his", "her", "its", "i", "we", "you", "they", "it", "in", "on", "at", "for", "of", "and", "but", "or", "if",
            "as", "so", "join", "thanks", "thank", "hi", "hello", "dear", "great", "reminds", "when", "while", "with", "by",
            "from", "to", "what", "how", "why", "who", "where", "there", "here", "some", "many", "most", "all", "every", "each",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr",
            "then", "now", "also", "yes", "no", "please", "today", "yesterday", "tomorrow", "however", "still", "just", "well");
    private static final Search CAMEL = Search.compile("(?<![\\p{L}\\d@#])(\\p{Lu}+\\p{Ll}+\\p{Lu}[\\p{L}]*|\\p{Lu}{2,}\\p{Ll}(?<!s))(?![\\p{L}\\d])");
    /** A title in capitals that does not run over a line break, where a unit keeps them ("Podcast: A Title" over "Episode: …"). */
    private static final String TITLE_RUN = "\\p{Lu}[\\p{L}'\u2019]*(?:[ \\t]+(?:of|the|and|on|in|for|from|to|a|an|is|at|by|with|\\p{Lu}[\\p{L}'\u2019()]*))*";
    private static final Search SOURCE_ORG = Search.compile("(?i:\\b(?:reports|reported|according to|says|said))\\s+the\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,3})");
    private static final Search THE_ORG_ACTS = Search.compile("(?<![\\p{L}])(The(?:\\s+\\p{Lu}\\p{Ll}+){2,4})\\s+(?:calls|reports|reported|says|said|informs|writes|notes|published|found)\\b");
    private static final Search EXAMPLE_ORG = Search.compile("(?i:\\b(?:companies|firms|corporations|businesses|platforms|organi[sz]ations|sites|networks|tools|brands|outlets|publications|newspapers|vendors|startups|employers|retailers|banks)\\s+(?:like|such as|including))\\s+(\\p{Lu}[\\p{L}]*(?:&\\p{Lu}+)?(?:\\s+\\p{Lu}[\\p{L}]+)?)");
    private static final Search STUDY_ORG = Search.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+(?:study|survey|poll)\\b");
    private static final Search QUOTED_WORK = Search.compile("(?i:\\b(?:book|books|novel|article|articles|post|posts|paper|essay|movie|film|report|talk|song|poem|my))\\s+[\u201C\"]([^\u201D\"]{3,120}?)[.,]?[\u201D\"]");
    private static final Search MORE_QUOTED = Search.compile("^\\s*[.,]?\\s*(?:and|,)\\s+[\u201C\"]([^\u201D\"]{3,120}?)[.,]?[\u201D\"]");
    private static final Search NAMED_WORK = Search.compile("(?i:\\b(?:the book|the novel|the film|the movie|the report|the article|round table on|conference on|panel on))\\s+(" + TITLE_RUN + ")");
    /**
     * A linked title that introduces a quotation: "as I said in sharing what we know: Our …". Paragraphs reach
     * here joined by a space, so the quotation is the capitalised sentence after the colon. "said in the
     * meeting:" names no work: a title does not open with a determiner.
     */
    private static final Search CITED_WORK = Search.compile("(?i:\\b(?:discuss(?:es|ed)?\\s+(?:this|it)|said|wrote|writes|explain(?:s|ed)?|"
            + "describ(?:es|ed)|argu(?:es|ed)|put it|noted))\\s+in\\s+(?!(?i:the|a|an|my|our|his|her|their|this|that|these|those)\\s)"
            + "([^:\n.!?]{3,120}?):\\s+(?=[\\p{Lu}\u201C\"])");
    /** A headline quoted from a news source: "Robots take the night shift TechNews reports." */
    private static final Search HEADLINE_WORK = Search.compile("(?:^|(?<=[.!?]\\s))(\\p{Lu}[^.!?\n]{8,120}?)\\s+(?:The\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,3}"
            + "\\s+(?:informs us|reports|tells us)\\s*[.]", Pattern.MULTILINE);
    /** A publication's name for a story: "The Daily Ledger calls it the end of the commute." */
    private static final Search CALLED_WORK = Search.compile("\\bThe(?:\\s+\\p{Lu}\\p{Ll}+){1,4}\\s+(?:calls|called) it\\s+((?:the|a|an)\\s+[^.!?,;\n]{5,100}?)\\s*[.]");
    private static final Search LISTED_WORK = Search.compile("(?i:\\b(?:article|book|paper|essay|post|blog|podcast|newsletter|column|album|song|film|show))[,:]\\s+(" + TITLE_RUN + "[?!]?)");
    /** A title run that took in the label of the next field ("… Episode" of "Episode:"): the words of field labels. */
    private static final Pattern NEXT_LABEL = Pattern.compile("(.+?)\\s+(?:Episode|Season|Date|Guests?|Hosts?|Speakers?|Authors?|Source|Link|Length|Duration|"
            + "Published|Topic|Tags|Category|Summary|Description)");
    /** Words a pattern cannot match without (lower case): a text without any of them skips that pattern's scan. */
    private static final Map<Search, List<String>> CUES = Map.ofEntries(
            Map.entry(SOURCE_ORG, List.of("report", "according to", "says", "said")),
            Map.entry(THE_ORG_ACTS, List.of("calls", "report", "says", "said", "informs", "writes", "notes", "published", "found")),
            Map.entry(EXAMPLE_ORG, List.of(" like", "such as", "including")),
            Map.entry(STUDY_ORG, List.of("study", "survey", "poll")),
            Map.entry(QUOTED_WORK, List.of("\u201c", "\"")),
            Map.entry(NAMED_WORK, List.of("the book", "the novel", "the film", "the movie", "the report", "the article", " on ")),
            Map.entry(LISTED_WORK, List.of("article", "book", "paper", "essay", "post", "blog", "podcast", "newsletter", "column", "album", "song", "film", "show")),
            Map.entry(CITED_WORK, List.of(":")),
            Map.entry(HEADLINE_WORK, List.of("informs us", "reports", "tells us")),
            Map.entry(CALLED_WORK, List.of("calls it", "called it")),
            Map.entry(SURNAME_CUED, List.of("apologies to", "words of", "paraphras")));

    /** Lone surnames are judged with a lexicon and a tagger that are read only when a text first needs them. */
    private final Supplier<LoneSurnames> surnames;
    /** A second opinion that may add names where the rules found none ({@link MentionRecogniser#NONE}: the rules alone). */
    private final MentionRecogniser recogniser;

    MentionFinder() {
        this(LoneSurnames::shared, MentionRecogniser.NONE);
    }

    MentionFinder(MentionRecogniser recogniser) {
        this(LoneSurnames::shared, recogniser);
    }

    MentionFinder(Supplier<LoneSurnames> surnames) {
        this(surnames, MentionRecogniser.NONE);
    }

    MentionFinder(Supplier<LoneSurnames> surnames, MentionRecogniser recogniser) {
        this.surnames = surnames;
        this.recogniser = recogniser;
    }

    /** The recogniser's proposals for a page's units, by unit; none without a recogniser. */
    private Map<Integer, List<MentionRecogniser.Proposal>> proposals(Map<Integer, String> units) {
        if (recogniser == MentionRecogniser.NONE) return Map.of();
        Map<Integer, List<MentionRecogniser.Proposal>> out = new java.util.HashMap<>();
        for (MentionRecogniser.Proposal p : recogniser.propose(units)) out.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p);
        return out;
    }

    List<Finding> inPost(BlogPost post, PagePeople people, Map<Integer, String> writers, String author, List<Finding> addresses) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, String> units = new java.util.LinkedHashMap<>();
        units.put(0, post.body());
        for (Response r : post.responses()) {
            if (r.kind() == ResponseKind.COMMENT || r.kind() == ResponseKind.REPLY) units.put(r.position(), r.text());
        }
        Map<Integer, List<MentionRecogniser.Proposal>> learned = proposals(units);
        for (Map.Entry<Integer, String> u : units.entrySet()) {
            // The post's own text is its writer's: their name in it signs it ("Rev. Ann Lee") and names no one mentioned.
            read(u.getKey(), u.getValue(), u.getKey() == 0 ? author : writers.get(u.getKey()), post.title(), people, addresses, out, seen,
                    learned.getOrDefault(u.getKey(), List.of()));
        }
        for (Response r : post.responses()) if (r.head() != null && units.containsKey(r.position())) inHead(r, writers.get(r.position()), people, out, seen);
        return NameExtent.fuller(out);
    }

    /**
     * What a response's head names besides its writer: the employer on the line of who they are ("Leeds, teacher at Acme
     * School"), the real name a handle stands for ("annb ( Ann Bell ) says"). The head is no part of the response's text,
     * so the finding quotes nothing and its method gives the head's words; the writer's own name there is no mention.
     */
    private void inHead(Response r, String writer, PagePeople people, List<Finding> out, Set<String> seen) {
        List<Finding> found = new ArrayList<>();
        String head = r.head();
        read(r.position(), head, writer, null, people, List.of(), found, new HashSet<>(), List.of());
        String why = " (in the head of response " + r.position() + ", \"" + head.replace('\n', ' ') + "\")";
        boolean person = false;
        for (Finding f : found) {
            if (f.relation() != Finding.Relation.MENTIONS) continue;
            person |= f.entity() == Finding.Entity.PERSON;
            add(out, seen, new ArrayList<>(), new Finding(r.position(), f.relation(), f.entity(), f.name(), f.written(), f.method() + why, List.of()));
        }
        // A role line's employer: what follows the place in title case ("Dunmore, night driver, Harbour Test Command"), which
        // no cue of running text marks. Two bodies run together split after a head word ("Harbour Agency Office of Rotas").
        String[] parts = ROLE_SEPARATOR.split(head);
        for (int k = 1; k < parts.length && head.indexOf('\n') < 0; k++) {
            String part = parts[k].strip();
            if (!TITLE_CASE_RUN.matches(part) || GivenNames.english().contains(SPACE.split(part)[0])) continue;
            for (String body : bodies(part)) {
                if (SPACE.split(body).length < 2) continue;
                add(out, seen, new ArrayList<>(), new Finding(r.position(), Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, body, body,
                        "the employer on the line of who the writer is, after their place" + why, List.of()));
            }
        }
        // A head that is a person's name alone (the real name in brackets) reads as a signature to the rules above.
        if (!person && head.indexOf('\n') < 0 && NAME_ALONE.matches(head) && PersonShape.refuses(head, people).isEmpty()
                && (writer == null || !Names.key(writer).equals(Names.key(head)))) {
            String name = people.resolve(head).orElse(Names.clean(head));
            people.add(name);
            add(out, seen, new ArrayList<>(), new Finding(r.position(), Finding.Relation.MENTIONS, Finding.Entity.PERSON, name, head,
                    "the real name the head gives for the writer's handle" + why, List.of()));
        }
    }

    /** The line of a block's fields that holds the words found, for the finding's method. */
    private static String line(String fields, String written) {
        return fields.lines().filter(l -> written != null && l.contains(written)).findFirst().orElse(fields.replace('\n', ' '));
    }

    /** The parts of a role line: place, role, employer. */
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("\\s*,\\s*");
    /** Capitalised words, with the small words bodies' names take between them ("Office of Site Safety"). */
    private static final Search TITLE_CASE_RUN = Search.compile("^\\p{Lu}[\\p{L}'\u2019&-]*(?:\\s+(?:(?:of|for|and|on|the|&)\\s+)?\\p{Lu}[\\p{L}'\u2019&-]*)+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** A title-case run split after each head word that another capitalised word follows: two bodies written together. */
    private static List<String> bodies(String run) {
        List<String> out = new ArrayList<>();
        String[] words = SPACE.split(run);
        int from = 0;
        for (int i = 0; i + 1 < words.length; i++) {
            if (RunningText.headWord(words[i]) && Character.isUpperCase(words[i + 1].codePointAt(0))) {
                out.add(String.join(" ", java.util.Arrays.asList(words).subList(from, i + 1)));
                from = i + 1;
            }
        }
        out.add(String.join(" ", java.util.Arrays.asList(words).subList(from, words.length)));
        return out;
    }

    /** Two to four capitalised words and nothing else: a name as heads print it. */
    private static final Search NAME_ALONE = Search.compile("^\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,3}$");

    List<Finding> inDigest(SignalDigest digest) {
        List<Finding> out = new ArrayList<>();
        PagePeople people = new PagePeople();
        // Unit 0 is the digest's own text: its summary, then the page's prose outside the rows (evidence offsets refer to it).
        String summary = digest.content() == null ? "" : digest.content();
        if (digest.article() != null && digest.article().author() != null) {
            String a = digest.article().author();
            people.add(a);
            Span s = Spans.find(0, summary, a, 0);
            out.add(new Finding(0, Finding.Relation.MENTIONS, Finding.Entity.PERSON, Names.clean(a), a,
                    "named as the summarised article's author", s == null ? List.of() : List.of(s)));
        }
        if (digest.article() != null && digest.article().title() != null) {
            out.add(new Finding(0, Finding.Relation.MENTIONS, Finding.Entity.WORK, digest.article().title(), digest.article().title(),
                    "the article the digest summarises", List.of()));
        }
        Set<String> seen = new HashSet<>();
        out.forEach(f -> seen.add(key(f)));
        List<SignalRow> rows = digest.rows();
        Map<Integer, String> units = new java.util.LinkedHashMap<>();
        units.put(0, summary);
        for (int i = 0; i < rows.size(); i++) units.put(i + 1, rows.get(i).text());
        Map<Integer, List<MentionRecogniser.Proposal>> learned = proposals(units);
        read(0, summary, null, null, people, List.of(), out, seen, learned.getOrDefault(0, List.of()));
        // Each row's name and description are prose too ("Designer Ann Lee has made a desk for Acme Labs"). The digest
        // mentions what its rows name; the evidence quotes the row's own words (unit k is the k-th row, see SignalRow#text).
        for (int i = 0; i < rows.size(); i++) {
            List<Finding> found = new ArrayList<>();
            read(i + 1, rows.get(i).text(), null, null, people, List.of(), found, new HashSet<>(), learned.getOrDefault(i + 1, List.of()));
            // A row name in title case is a heading ("Distributed Autonomous Organizations"): its capitals name no one.
            int headingEnd = RunningText.titleCase(rows.get(i).name()) ? rows.get(i).name().length() : 0;
            for (Finding f : found) {
                // A name found in the heading is still the row's when its description names it again ("Ann Lee – The
                // Maverick of Acme – I find Ann Lee …"): the finder quotes only the first of the row's occurrences.
                if (f.evidence().get(0).end() <= headingEnd && (f.written() == null || rows.get(i).text().indexOf(f.written(), headingEnd) < 0)) continue;
                add(out, seen, new ArrayList<>(), new Finding(0, f.relation(), f.entity(), f.name(), f.written(),
                        f.method() + " (in row " + (i + 1) + ", \"" + rows.get(i).name() + "\")", f.evidence()));
            }
        }
        // A block's other fields ("Podcast: Acme Hour" beside the episode the row is named by) name what the row names, as its
        // description does; they are no part of the row's text, so the finding quotes nothing and its method gives the line.
        for (int i = 0; i < rows.size(); i++) {
            String fields = rows.get(i).fields();
            if (fields == null) continue;
            List<Finding> found = new ArrayList<>();
            read(i + 1, fields, null, null, people, List.of(), found, new HashSet<>(), List.of());
            for (Finding f : found) {
                add(out, seen, new ArrayList<>(), new Finding(0, f.relation(), f.entity(), f.name(), f.written(),
                        f.method() + " (in a field of row " + (i + 1) + ", \"" + rows.get(i).name() + "\": \"" + line(fields, f.written()) + "\")", List.of()));
            }
        }
        // The writers of the pieces a reading list cites ("Lee, Ann, “TITLE”, …"): the citation names them as people, though the
        // row's text no longer holds them, so the finding names the row and quotes nothing.
        for (int i = 0; i < rows.size(); i++) {
            String w = rows.get(i).writer();
            if (w == null) continue;
            people.add(w);
            add(out, seen, new ArrayList<>(), new Finding(0, Finding.Relation.MENTIONS, Finding.Entity.PERSON, Names.clean(w), w,
                    "the writer a cited piece is credited to (row " + (i + 1) + ", \"" + rows.get(i).name() + "\")", List.of()));
        }
        // The sources the page credits its rows to, where its items repeat a credit line: the row's text no longer holds
        // the credit, so the finding names the row and quotes nothing.
        for (SourceCredits.Credit c : SourceCredits.organisations(rows, people)) {
            // "(WHO)" closing a fact whose text names the World Health Organization: the same body, already found.
            if (out.stream().anyMatch(f -> f.entity() == Finding.Entity.ORGANIZATION && SourceCredits.initials(f.name()).equals(c.name()))) continue;
            add(out, seen, new ArrayList<>(), new Finding(0, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, c.name(), c.name(),
                    "a source the page credits its items to, as it does other items (row " + (c.row() + 1) + ", \"" + rows.get(c.row()).name() + "\")",
                    List.of()));
        }
        return NameExtent.fuller(out);
    }

    private void read(int unit, String text, String writer, String title, PagePeople people, List<Finding> addresses, List<Finding> out, Set<String> seen,
            List<MentionRecogniser.Proposal> learned) {
        int first = out.size();
        List<int[]> claimed = new ArrayList<>();
        RunningText.Sink sink = new RunningText.Sink() {
            @Override public boolean free(int start, int end) { return !overlaps(claimed, start, end); }

            @Override public void add(Finding f) { MentionFinder.add(out, seen, claimed, f); }
        };
        // Works first: a title's capitals ("… by Ann Lee", "the book Tides of Work") are no one's name.
        String lower = text.toLowerCase(Locale.ROOT); // for the cue checks below: once per unit
        works(unit, text, lower, out, seen, claimed);
        RunningText.works(unit, text, title, sink);
        NameShapes.works(unit, text, people, sink);
        // A survey or study by a body names no person ("a recent survey by Harbour Insight").
        OrganisationCues.beforePeople(unit, text, lower, people, sink);
        // Bodies by the evidence around a name named once (a role, a source, a list of bodies, a defined acronym), before
        // the people rules could read them as people ("Warwick Business School", "firms including … Wells Brindle").
        OrganisationEvidence.beforePeople(unit, text, lower, people, sink);
        // The source a link credits ("… via Harbour Daily Post (…)"), before its words could read as a person's.
        ViaCredit.organisations(unit, text, people, sink);
        // A union's branch by its number ("HRWU Local 512").
        UnionLocal.organisations(unit, text, people, sink);
        // A body named head first ("the Office of Rota Planning"), before its words could read as a person's.
        HeadFirst.organisations(unit, text, people, sink);
        // A body with its kind after it ("the Harbour Rota Workers union"), before its words could read as a person's.
        KindAfterName.organisations(unit, text, people, sink);
        // People it addresses are people it names.
        for (Finding a : addresses) {
            if (a.unit() != unit) continue;
            add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, a.name(), a.written(),
                    "addresses them: " + a.method(), a.evidence()));
        }
        // New people, by the way the text treats a capitalised name.
        List<Span> runs = new ArrayList<>();
        Matcher m = NAME_RUN.matcher(text);
        while (m.find()) {
            // "Business Secretary Ann Lee": titles in capitals before a given name are no part of the name; read on from it.
            int given = titledGivenName(m.group(1));
            if (given > 0) {
                m.region(m.start(1) + given, text.length());
                continue;
            }
            Span run = RunningText.dropTitle(unit, text, trimRun(unit, text, m.start(1), m.end(1)));
            if (run != null) runs.add(run);
        }
        boolean[] cued = new boolean[runs.size()];
        for (int i = 0; i < runs.size(); i++) cued[i] = hasPersonCue(text, runs.get(i));
        // A cue carries along a list of names: "Join Ann Lee, Bo Chan and Cy Dee".
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < runs.size(); i++) {
                String between = text.substring(runs.get(i).end(), runs.get(i + 1).start());
                if (LIST_JOIN.matches(between)) cued[i] = cued[i + 1] = cued[i] || cued[i + 1];
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            Span run = runs.get(i);
            boolean known = people.knows(run.exact());
            // A name where the page prints a writer ("Ann Lee says:", "Ann Lee's avatar") is no mention.
            // An avatar's line claims the writer's whole name, so no rule after takes its first word for that writer ("Ann").
            if (WriterFurniture.endsHeader(text, run.end())) claimed.add(new int[] {run.start(), run.end()});
            if (RunningText.headerLine(text, run.start(), run.end()) || RunningText.commonAcronym(run.exact().split("\\s+")[0])) continue;
            // A name alone as the last words of a comment signs it: the writer, not someone the comment names.
            if (RunningText.signOff(text, run.start(), run.end())) continue;
            // A work's title found above ("Night Ledger, by …") is no one's name, nor the start of an organisation's
            // ("Join Harbour Workers Alliance").
            if (overlaps(claimed, run.start(), run.end()) || RunningText.organisationGoesOn(text, run.end())) continue;
            // A name that ends in a head word of organisations' names is a body's ("Harbour Search Partners, warned"),
            // unless a given name opens it.
            String[] words = run.exact().split("\\s+");
            if (!known && RunningText.headWord(words[words.length - 1]) && !GivenNames.english().contains(words[0])) continue;
            boolean given = !cued[i] && !known && RunningText.givenNameRun(text, run);
            if (!cued[i] && !known && !given) continue;
            // Words of general English in capitals are a concept, place or group ("the ongoing Global Pandemic, the …",
            // "Silicon Valley, where …"), not a person, unless a given or family name is among them.
            if (!known && !given && (wordsOfEnglish(words) || Places.wordNet().contains(run.exact()))) continue;
            // Whatever cue found it, a span shaped like a body's name, two lines or a word of English is no one's name.
            if (!known && PersonShape.refuses(run.exact(), people).isPresent()) continue;
            String name = people.resolve(run.exact()).orElse(Names.clean(run.exact()));
            if (writer != null && Names.key(writer).equals(Names.key(name))) continue;
            people.add(name);
            add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, name, run.exact(),
                    known ? "names a person of this page" : given ? "a capitalised name that opens with an English given name"
                            : "the text treats this name as a person's", List.of(run)));
        }
        NameShapes.people(unit, text, writer, people, sink);
        RunningText.people(unit, text, writer, people, sink);
        // An author by surname alone, after the phrases that only ever introduce a writer: "[apologies to Keel]".
        boolean surnameCued = cued(SURNAME_CUED, lower);
        Matcher surname = SURNAME_CUED.matcher(text);
        while (surnameCued && surname.find()) {
            if (overlaps(claimed, surname.start(1), surname.end(1)) || NOT_NAMES.contains(surname.group(1).toLowerCase(Locale.ROOT))) continue;
            String name = people.resolve(surname.group(1)).orElse(surname.group(1));
            people.add(name);
            add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, name, surname.group(1),
                    "a surname after a phrase that introduces a writer", List.of(Spans.of(unit, surname, 1))));
        }
        // People of the page by an unambiguous first name: "As Ann said", "Bo speaks".
        Matcher single = SINGLE_WORD.matcher(text);
        while (single.find()) {
            if (overlaps(claimed, single.start(1), single.end(1)) || NOT_NAMES.contains(single.group(1).toLowerCase(Locale.ROOT))) continue;
            var name = people.resolve(single.group(1));
            if (name.isEmpty()) {
                loneSurname(unit, text, single, writer, people, out, seen, claimed);
                continue;
            }
            if (writer != null && Names.key(writer).equals(Names.key(name.get()))) continue;
            add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, name.get(), single.group(1),
                    "first name of " + name.get() + ", the only person of this page so named", List.of(Spans.of(unit, single, 1))));
        }
        // One name as the subject of a verb of saying ("Quern says he …"), once the page's known people had their turn.
        SpeechSubject.people(unit, text, lower, writer, people, sink);
        AgeAppositive.people(unit, text, writer, people, sink);
        // Acronyms the text defines, and bodies by what they have, own or employ, before the single-word rules below.
        NameShapes.organisations(unit, text, people, sink);
        OrganisationCues.organisations(unit, text, lower, people, sink);
        // A business by what only a business has ("an Uberlo driver", "the Quillomart warehouses").
        BrandNoun.organisations(unit, text, people, sink);
        // An acronym that speaks ("HRW said"), once a definition in brackets has claimed its own ("the Harbour Rota Workers (HRW)").
        SpeechSubject.bodies(unit, text, lower, sink);
        // An acronym where a workplace or a source stands ("ten years with QRB", "a report by HWRA", "This QRB report").
        AcronymSource.organisations(unit, text, people, sink);
        organisations(unit, text, lower, out, seen, claimed);
        RunningText.organisations(unit, text, sink);
        // Names listed with organisations, or in a list of names general English does not know, once every rule has read the unit.
        OrganisationCues.listed(unit, text, people, out, sink);
        // Each organisation by its whole name as the text writes it ("US Census Bureau", not "Census" and "Bureau").
        List<Finding> mine = new ArrayList<>(out.subList(first, out.size()));
        List<Finding> whole = NameExtent.widen(unit, text, mine);
        if (!whole.equals(mine)) {
            out.subList(first, out.size()).clear();
            for (Finding f : mine) seen.remove(key(f));
            for (Finding f : whole) if (seen.add(key(f))) out.add(f);
        }
        // Last, the recogniser's names, only where no rule found anything, and through the gates the rules' names pass.
        for (MentionRecogniser.Proposal p : learned) learned(unit, text, writer, people, p, out, seen, claimed);
    }

    private static void learned(int unit, String text, String writer, PagePeople people, MentionRecogniser.Proposal p, List<Finding> out,
            Set<String> seen, List<int[]> claimed) {
        if (p.end() > text.length() || overlaps(claimed, p.start(), p.end())) return;
        String written = text.substring(p.start(), p.end());
        if (RunningText.headerLine(text, p.start(), p.end()) || RunningText.commonAcronym(written) || notName(written)) return;
        String name = written;
        if (p.entity() == Finding.Entity.PERSON) {
            if (RunningText.signOff(text, p.start(), p.end()) || Names.whyNotAName(written).isPresent()) return;
            name = people.resolve(written).orElse(Names.clean(written));
            if (writer != null && Names.key(writer).equals(Names.key(name))) return;
            people.add(name);
        }
        add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, p.entity(), name, written, p.why(),
                List.of(Spans.of(unit, text, p.start(), p.end()))));
    }

    /**
     * A surname alone, with no cue word, that a general lexicon gives only to people and that the sentence uses as
     * a person's name ("it makes Kafka look tame"): the person of this page with that surname if there is one,
     * else a person of that name.
     */
    private void loneSurname(int unit, String text, Matcher single, String writer, PagePeople people, List<Finding> out, Set<String> seen,
            List<int[]> claimed) {
        if (!LoneSurnames.standsAlone(text, single.start(1), single.end(1))) return; // most capitalised words stop here, unread lexicon
        List<String> known = surnames.get().people(text, single.start(1), single.end(1));
        if (known.isEmpty()) return;
        String name = people.resolveSurname(single.group(1)).orElse(single.group(1));
        if (writer != null && Names.key(writer).equals(Names.key(name))) return;
        people.add(name);
        add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, name, single.group(1),
                "a lone surname used as a name mid-sentence, which WordNet gives only to people (" + String.join("; ", known) + ")",
                List.of(Spans.of(unit, single, 1))));
    }

    private static void organisations(int unit, String text, String lower, List<Finding> out, Set<String> seen, List<int[]> claimed) {
        for (Search p : List.of(SOURCE_ORG, THE_ORG_ACTS, EXAMPLE_ORG, STUDY_ORG, CAMEL)) {
            if (!cued(p, lower)) continue;
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (overlaps(claimed, m.start(1), m.end(1))) continue;
                String name = m.group(1);
                if (p == STUDY_ORG && NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) continue;
                if (p == CAMEL && !camelInProse(text, m.start(1), m.end(1))) continue;
                if (p == CAMEL && DOMAIN.matcher(text).region(m.end(1), text.length()).lookingAt()) {
                    // "Ann founded AcmeWorks.com": the name as the text writes it, with its domain.
                    Matcher d = DOMAIN.matcher(text).region(m.end(1), text.length());
                    d.lookingAt();
                    name = text.substring(m.start(1), d.end());
                    add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, name, name,
                            "a camel-case name with a web domain", List.of(Spans.of(unit, text, m.start(1), d.end()))));
                    continue;
                }
                add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, name, name,
                        p == CAMEL ? "a camel-case proper name, as companies and platforms write theirs" : "the text treats this name as an organisation's",
                        List.of(Spans.of(unit, m, 1))));
                if (p == CAMEL || p == EXAMPLE_ORG) listedWith(unit, text, m.start(1), m.end(1), out, seen, claimed);
            }
        }
    }

    private static final Search CAPITAL_BEFORE = Search.compile("(?<![.!?:]\\s)\\p{Lu}\\p{Ll}+\\s+$");
    private static final Search PRODUCT_VERB = Search.compile("(?i:\\b(?:go to|goes to|use|uses|using|download|install|installed|open|log in to|log into|sign in to))\\s+$");
    private static final Search DOMAIN = Search.compile("\\.(?:com|org|net|io|co)(?![\\p{L}\\d])");

    /**
     * Whether a camel-case word is a name in prose: not a user name alone on its line ("AnnLee*", "AnnLee says:"), not
     * inside a heading in title case, and not a product with its version number ("FooDesk 2").
     */
    private static boolean camelInProse(String text, int start, int end) {
        if (RunningText.headerLine(text, start, end) || RunningText.titleCaseLine(text, start)) return false;
        // Between two capitalised words it is part of a longer heading or of words run together ("Gold StarSilver Star").
        if (CAPITAL_BEFORE.find(text.substring(Math.max(0, start - 30), start)) && text.substring(end).matches("(?s)^\\s+\\p{Lu}.*")) return false;
        // What one goes to, uses or installs is a product or a site: "open ChatDeck and …".
        if (PRODUCT_VERB.find(text.substring(Math.max(0, start - 30), start))) return false;
        return !text.substring(end).matches("(?s)^\\s\\d.*");
    }

    /** Whether a word cannot begin a name ("The", "In", "Join", months). */
    static boolean notName(String word) { return NOT_NAMES.contains(word.toLowerCase(Locale.ROOT).replace(".", "")); }

    /** Names listed right beside an organisation ("blogs, Twitter, LinkedIn, or …") are organisations too. */
    private static void listedWith(int unit, String text, int start, int end, List<Finding> out, Set<String> seen, List<int[]> claimed) {
        Matcher before = LISTED_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        Matcher after = LISTED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        int base = Math.max(0, start - 30);
        if (before.find()) addListed(unit, text, base + before.start(1), base + before.end(1), out, seen, claimed);
        if (after.find()) addListed(unit, text, end + after.start(1), end + after.end(1), out, seen, claimed);
    }

    private static void addListed(int unit, String text, int s, int e, List<Finding> out, Set<String> seen, List<int[]> claimed) {
        String name = text.substring(s, e);
        if (overlaps(claimed, s, e) || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) return;
        add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, name, name,
                "listed beside an organisation", List.of(Spans.of(unit, text, s, e))));
    }

    private static void works(int unit, String text, String lower, List<Finding> out, Set<String> seen, List<int[]> claimed) {
        for (Search p : List.of(QUOTED_WORK, NAMED_WORK, LISTED_WORK, CITED_WORK, HEADLINE_WORK, CALLED_WORK)) {
            if (!cued(p, lower)) continue;
            Matcher m = p.matcher(text);
            while (m.find()) {
                addWork(unit, text, m, out, seen, claimed);
                if (p != QUOTED_WORK) continue;
                // "the posts “A” and “B”": the quotes that follow belong to the same list.
                int end = m.end();
                Matcher more = MORE_QUOTED.matcher(text.substring(end));
                while (more.find()) {
                    int s = end + more.start(1), e = end + more.end(1);
                    add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.WORK, more.group(1).trim(), more.group(1),
                            "a quoted title listed with another", List.of(Spans.of(unit, text, s, e))));
                    end += more.end();
                    more = MORE_QUOTED.matcher(text.substring(end));
                }
            }
        }
    }

    private static void addWork(int unit, String text, Matcher m, List<Finding> out, Set<String> seen, List<int[]> claimed) {
        String title = TRAILING_PUNCTUATION.matcher(m.group(1).trim()).replaceAll("");
        // "Podcast: A Title Episode: Guest …": labelled fields reach here with their lines joined; the next field's label
        // closes the title, not its last word.
        Matcher label = NEXT_LABEL.matcher(title);
        if (m.pattern() != QUOTED_WORK.pattern() && text.startsWith(":", m.end(1)) && label.matches()) title = label.group(1);
        // Unquoted titles need two words at least: "Great post, Ann" names no work.
        if (m.pattern() != QUOTED_WORK.pattern() && SPACES.split(title).length < 2) return;
        // "in his new book, Acme CEO Bo Chan writes:": the words before a verb of saying are its subject, not a title.
        if (m.pattern() == LISTED_WORK.pattern() && NameShapes.saysNext(text, m.end(1))) return;
        String why = m.pattern() == CITED_WORK.pattern() ? "a title cited before a quotation from it"
                : m.pattern() == HEADLINE_WORK.pattern() ? "a headline attributed to a news source"
                : m.pattern() == CALLED_WORK.pattern() ? "a publication's name for its story"
                : "a title named as a book, post, article or event";
        add(out, seen, claimed, new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.WORK, title, title, why, List.of(Spans.of(unit, text, m.start(1), m.start(1) + title.length()))));
    }

    /** Drops leading words that cannot begin a name ("Join", "As", "The"); null if fewer than two words remain. */
    private static Span trimRun(int unit, String text, int start, int end) {
        String run = text.substring(start, end);
        String[] words = SPACES.split(run);
        int skip = 0;
        int offset = start;
        while (skip < words.length && NOT_NAMES.contains(words[skip].toLowerCase(Locale.ROOT).replace(".", ""))) {
            offset = text.indexOf(words[skip], offset) + words[skip].length();
            skip++;
        }
        if (skip > 0 && words[0].equalsIgnoreCase("the")) return null; // "The Harbour Gazette Daily" is not a person
        if (words.length - skip < 2) return null;
        for (int i = skip; i < words.length; i++) {
            if (NOT_NAMES.contains(words[i].toLowerCase(Locale.ROOT))) return null; // "B.A. That" is two sentences
        }
        while (offset < end && Character.isWhitespace(text.charAt(offset))) offset++;
        return Spans.of(unit, text, offset, end);
    }

    /** Whether every word of a capitalised run is a noun or adjective of general English, and none a given or family name. */
    private static boolean wordsOfEnglish(String[] words) {
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (GivenNames.english().contains(w) || GivenNames.english().familyName(w)
                    // WordNet also lists people and places as nouns ("Ignatius"): a noun counts when ordinary prose uses it.
                    || org.workgraph.loader.text.Lexicon.english().generalUse(lw) == 0 && !org.workgraph.loader.text.Lexicon.english().adjective(lw)) return false;
        }
        return true;
    }

    /**
     * The offset in a capitalised run of a given name that only titles precede ("Business Secretary Ann", "Deputy Mayor
     * Bo"): words general English knows, none a given name; -1 if there is none.
     */
    private static int titledGivenName(String run) {
        String[] w = SPACES.split(run);
        int offset = 0;
        for (int i = 0; i < w.length; i++) {
            if (i > 0 && GivenNames.english().contains(w[i])) return offset;
            String lw = w[i].toLowerCase(Locale.ROOT);
            if (GivenNames.english().contains(w[i]) || NOT_NAMES.contains(lw) || !org.workgraph.loader.text.Lexicon.english().noun(lw)
                    && !org.workgraph.loader.text.Lexicon.english().adjective(lw)) return -1;
            offset = run.indexOf(w[i], offset) + w[i].length();
            while (offset < run.length() && Character.isWhitespace(run.charAt(offset))) offset++;
        }
        return -1;
    }

    private static boolean hasPersonCue(String text, Span run) {
        String before = text.substring(Math.max(0, run.start() - 40), run.start());
        String after = text.substring(run.end(), Math.min(text.length(), run.end() + 40));
        if (THE_BEFORE.find(before)) return false;
        if (BEFORE_PERSON.find(before)) return !RunningText.nounFollowsName(after); // "adjusted by Gross Domestic Product data"
        // "Join Ann Lee": the cue word may begin the sentence, and so have been trimmed from the run.
        return AFTER_PERSON.find(after);
    }

    /** Whether the text holds a word the pattern needs (patterns without cues always run). */
    private static boolean cued(Search p, String lowerText) {
        List<String> cues = CUES.get(p);
        if (cues == null) return true;
        for (String c : cues) if (lowerText.contains(c)) return true;
        return false;
    }

    private static void add(List<Finding> out, Set<String> seen, List<int[]> claimed, Finding f) {
        // Every rule's person passes the same shape gate (the run loop above checks it before the page learns the name).
        if (f.entity() == Finding.Entity.PERSON && f.relation() == Finding.Relation.MENTIONS && PersonShape.refuses(f.written(), null).isPresent()
                && PersonShape.refuses(f.name(), null).isPresent()) return;
        // Nor is a body's name written over two lines: the words of a masthead and a headline read as one ("News World\n\nAcme").
        if (f.entity() == Finding.Entity.ORGANIZATION && f.written() != null && f.written().indexOf('\n') >= 0) return;
        for (Span s : f.evidence()) if (s.unit() == f.unit()) claimed.add(new int[] {s.start(), s.end()});
        if (f.entity() == Finding.Entity.ORGANIZATION && !f.name().startsWith("The ")) {
            // "this Daily Ledger article" after "The Daily Ledger reports": one organisation, by the name the page gave first.
            String with = "|" + Finding.Entity.ORGANIZATION + "|the " + f.name().toLowerCase(Locale.ROOT);
            for (String k : seen) {
                if (k.endsWith(with)) {
                    f = new Finding(f.unit(), f.relation(), f.entity(), "The " + f.name(), f.written(), f.method(), f.evidence());
                    break;
                }
            }
        }
        if (seen.add(key(f))) out.add(f);
    }

    private static String key(Finding f) {
        return f.unit() + "|" + f.entity() + "|" + (f.entity() == Finding.Entity.PERSON ? Names.key(f.name()) : f.name().toLowerCase(Locale.ROOT));
    }

    private static boolean overlaps(List<int[]> claimed, int start, int end) {
        for (int[] c : claimed) if (start < c[1] && end > c[0]) return true;
        return false;
    }
}

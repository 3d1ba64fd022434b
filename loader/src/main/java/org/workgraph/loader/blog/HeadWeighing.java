package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.extract.NameLexicon;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * The page head weighed as a whole, where the reading in order ({@link HeadReader}, {@link HeadEvidence}) left the
 * writer, the date or a plausible title unread. Sites print the writer once, in forms no two sites share ("Writer's
 * pictureAnn Lee", "Ann Lee Ann Lee" / "17 minute read", "- By Ann Lee ann@paper.example", a name alone over a role
 * line); what they share is where the name stands and what stands around it. So every short person-shaped span of the
 * head zone (the page's first lines, up to its second line of running text) is a candidate, and its evidence is the
 * page's own structure:
 * <ul>
 * <li><b>next to the title</b>: within two lines of it;</li>
 * <li><b>a stamp</b>: a date, an age or a read time on its line after the name, or on the line beside it;</li>
 * <li><b>a role</b>: a role, an organisation or an e-mail address after a comma on its line, or a role line under it;</li>
 * <li><b>printed twice</b>: the name repeated on its line (an avatar's alt text and the name) or on another line that
 * is no running text (an author box, a window title);</li>
 * <li><b>a given name</b> opening it (a general lexicon, never a list of any page's people);</li>
 * <li><b>a byline word</b> before it ("By", "Written by:", "Writer's picture"): one piece of evidence, never alone
 * enough.</li>
 * </ul>
 * A candidate whose family name the running text uses is a person the text talks about, not its writer, and is
 * dropped. The best candidate is taken when it has two pieces of evidence, one of them its position or its structure
 * (not a word and not the lexicon); two different names with the same score, or none that high, and the decision
 * abstains: a false writer costs as much as a missed one. The date is the one stamp of the head zone beside the title
 * or the writer's line (a date line, a labelled date, a date beside a read time or after a gap at a line's end), and
 * the decision abstains when two different dates stand as near. The title is settled only where the head is cluttered:
 * the headline-shaped line over the writer's or the date's line (over a deck sentence, if one stands between) replaces
 * a title that is a short masthead line above it, a path of sections, or not headline-shaped at all.
 * Stateless: every method reads only the lines it is given.
 */
final class HeadWeighing {
    // Compiled once: these run per line or per candidate.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern DIGIT_OR_UNDERSCORE = Pattern.compile(".*[\\d_].*");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[,|\u00BB\u00B7\u2022\u2013\u2014-]\\s*");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile(".*[.?!]\\s.*");

    /** How many lines with text the head zone spans at most. */
    private static final int ZONE_LINES = 14;
    /** A line of running text: many words and a sentence's mark inside or at its end. */
    private static final int RUNNING_WORDS = 16;
    private static final Pattern SENTENCE = Pattern.compile(".*[.!?:](?:\\s.*|$)");
    /** The evidence a writer needs, and how near (in lines with text) a title or a stamp must stand. */
    private static final int THRESHOLD = 2;
    private static final int NEAR = 2;
    /** A list mark or a dash before a byline: "- By Ann Lee", "• Writer's picture…". */
    private static final Pattern LEAD_MARK = Pattern.compile("^[-\u2013\u2014\u2022\u00B7*]\\s*");
    /** Byline words before the name, the name run into them or not ("Written by:Ann", "By Ann"). */
    private static final Pattern CUE = Pattern.compile("^(?i:(?:(?:written|posted|published|submitted|created|words|story|text|reporting)\\s+by|by|author|writer)(?:\\s*:\\s*|\\s+|$))");
    /** A portrait's alt text run into the name: "Writer's pictureAnn Lee", "Author's photo Ann Lee". */
    private static final Pattern PORTRAIT = Pattern.compile("^(?i:(?:writer|author)['\u2019]?s?\\s+(?:picture|photo|avatar|image))\\s*");
    /** What ends a name on its line: a comma, a separator, an e-mail address, a date or an age. */
    private static final Pattern NAME_END = Pattern.compile(",|\\s[|\u00BB\u00B7\u2022\u2013\u2014-]\\s|\\s\\S+@\\S+|\\s\\(?@\\w+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    /** A read time: "17 minute read", "3 min readOct 21, 2024", "5 mins". */
    private static final Pattern READ_TIME = Pattern.compile("(?i)\\b\\d{1,3}\\s*(?:min|mins|minutes?)(?:\\s*read)?");
    /** A day and month with no year ("Apr 8", "8 April"): a stamp beside a name, though no date the post can take. */
    private static final Pattern SHORT_DATE = Pattern.compile("(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
            + "|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?)$");
    /** A read time the date is run into: "3 min readOct 21, 2024". */
    private static final Pattern GLUED_READ_TIME = Pattern.compile("(?i)(\\d{1,3}\\s*(?:min|mins|minutes?)\\s*read)(?=\\p{L})");
    /** A self-introduction: "I am NAME", "I'm NAME", "My name is NAME", after a greeting or at a sentence's start. */
    private static final Pattern SELF = Pattern.compile("(?:^|[.!?]\\s+|^(?i:hi|hello|hey)[,!]?\\s+)(?:I am|I['\u2019]m|My name is)\\s+"
            + "([\\p{L}][\\p{L}\\d_.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,2})(?=[\\s,.;!]|$)");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?:^|\\s)(?:I|I['\u2019]m|I['\u2019]ve|my|My|me)(?=[\\s,.!?])");
    /** Words of a credit that names a desk, a site or an agency rather than a person. */
    private static final Set<String> CREDIT_WORDS = Set.of("staff", "team", "desk", "editors", "editorial", "newsroom", "agency",
            "afp", "reuters", "ap", "wire", "services", "admin", "administrator");
    /** A name's token: a capitalised word or an initial ("Ann", "O'Neil", "C."). */
    private static final Pattern NAME_TOKEN = Pattern.compile("^\\p{Lu}[\\p{L}'\u2019-]*\\.?$");
    /** A handle: one token of letters, digits and "_.-", for a writer only after a byline word. */
    private static final Pattern HANDLE = Pattern.compile("^[\\p{L}\\d][\\p{L}\\d_.-]{1,30}$");
    /** Words a byline's form leaves where a name would stand ("Posted by on DATE"): no handle. */
    private static final Set<String> FUNCTION_WORDS = Set.of("on", "in", "at", "the", "a", "an", "to", "for", "of", "and", "or",
            "admin", "administrator", "staff", "guest", "anonymous", "unknown");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Dr|Prof|Mr|Mrs|Ms|Rev)\\.?\\s+");
    /** Words no person's name holds: a site's, a desk's, a section's or an organisation's. */
    private static final Set<String> NOT_PERSON = Set.copyOf(List.of("staff", "team", "editor", "editors", "editorial", "admin",
            "administrator", "news", "desk", "media", "press", "magazine", "newsletter", "blog", "group", "inc", "ltd",
            "llc", "university", "college", "institute", "association", "council", "society", "foundation", "company",
            "corporation", "network", "daily", "weekly", "times", "post", "journal", "review", "report", "online",
            "digital", "community", "club", "center", "centre", "office", "department", "home", "menu", "search", "login",
            "subscribe", "share", "follow", "contact", "about", "posts", "comments", "reply", "the", "of", "and", "for",
            "our", "your", "my", "this", "new", "latest", "more", "read", "view", "all", "top", "tech", "work", "future",
            "world", "jobs", "careers", "hr", "ai", "labor", "labour", "union", "guest", "contributor", "anonymous",
            "newsroom", "wire", "services", "service", "partner", "sponsored", "content", "by", "with", "featured", "image",
            "photo", "picture", "credit", "credits", "video", "gallery", "category", "categories", "tags", "archive", "archives"));
    /** Words of a role line: "Senior Manager, Content … at MovingWorlds", "Associate Editor". */
    private static final Pattern ROLE_WORD = Pattern.compile("(?i).*\\b(?:manager|editor|writer|director|founder|co-founder|ceo|cto|coach|consultant"
            + "|professor|reporter|journalist|contributor|author|columnist|correspondent|officer|head|lead|vp|president|analyst"
            + "|researcher|student|engineer|worker|specialist|strategist|partner|fellow|advisor|adviser|chair|member)s?\\b.*");
    private static final Pattern AT_ORG = Pattern.compile(".*\\s(?i:at)\\s+\\p{Lu}.*");
    private static final Pattern SITE_LINE = Pattern.compile(".*(?:\\s\\|\\s|\\b[\\w-]+\\.(?:com|org|net|io|co|uk)\\b).*");
    /** A date labelled as the post's: "Published: June 30, 2022 …", "Posted on …", "Updated …". */
    private static final Pattern DATE_LABEL = Pattern.compile("^(?i:published|posted|updated)\\b.*");
    /**
     * A date in a field of its own, as text dumps and item pages print a post's fields one a line ("Date   : 2023-02-24
     * 18:40 UTC"); the post's only beside the title or the writer (a comment's fields read the same).
     */
    private static final Pattern DATE_FIELD = Pattern.compile("^(?i:date)\\s*:");
    /** A member block's field: its date is when the member joined, not the post's. */
    private static final Pattern MEMBER_FIELD = Pattern.compile("(?i).*\\b(?:joined|member since|registered|join date)\\b.*");
    /** A date at a line's end after a gap or a separator: "… incentivizing employees.   September 23, 2025". */
    private static final Pattern GAP_BEFORE = Pattern.compile(".*(?:\\s{2,}|\\s[|\u00B7\u2022\u2013\u2014-]\\s)$");
    private static final Pattern HEADLINE_START = Pattern.compile("^[\\p{Lu}\\d\"'\u201C\u2018].*");
    private static final Pattern HEADLINE_END = Pattern.compile(".*[.,;:\u2026]$");
    /** A menu: a few words, then three or more entries between bars. */
    private static final Pattern NAVIGATION = Pattern.compile("^[^|]{1,40}(?:\\s\\|\\s[^|]+){2,}$");
    private static final Pattern PATH = Pattern.compile(".*\\s[/>\u00BB]\\s.*");
    private static final int MAX_HEADLINE_WORDS = 20;
    /** A masthead line a title over the writer replaces: a short line (a site's or a section's name) or a path. */
    private static final int MASTHEAD_WORDS = 3;
    /** The most words a head line the body gives up may have (a site's name, a role, a brand line). */
    private static final int SHORT_LINE_WORDS = 10;
    /** A question this long under a headline is its deck, not a second headline. */
    private static final int DECK_WORDS = 12;

    private HeadWeighing() {}

    /** One person-shaped span of the head with the evidence that it names the page's writer. */
    record Candidate(String name, int line, List<String> evidence) {
        int score() { return evidence.size(); }
        /** Evidence of its position or its structure, not a word and not the lexicon. */
        boolean structural() {
            return evidence.stream().anyMatch(e -> !e.equals("a byline word") && !e.equals("a given name"));
        }
        /** Evidence that the span names a person, not a section: a given name, a byline word, a role, a repetition. */
        boolean personal() {
            return evidence.stream().anyMatch(e -> !e.equals("next to the title") && !e.equals("right over the text") && !e.equals("a stamp beside it"));
        }
        String explain() { return "'" + name + "' (" + String.join(", ", evidence) + ")"; }
    }

    /**
     * What the weighing settled; a part is null (a line -1) where it abstained or found the reading in order's answer
     * standing. {@code explanation} is the evidence, for {@code kg inspect}.
     */
    record Weighed(String title, int titleLine, int replacedLine, String author, int bylineLine, LocalDate date, int dateLine, String explanation) {}

    /**
     * Weighs the head from line {@code first} given what the reading in order found ({@code title}, {@code author},
     * {@code date}, any of them null), over the lines before {@code limit} (the body's end: a thread's lines are its
     * responders'). {@code thread}: the page opens with a response's header or is one comment's own
     * view, so a name in its head is a responder's and no writer is weighed.
     */
    static Weighed weigh(List<Line> lines, int first, int limit, String title, String author, LocalDate date, boolean thread) {
        List<Integer> zone = zone(lines, first, limit);
        List<String> said = new ArrayList<>();
        int titleLine = lineOf(lines, zone, title);
        String foundAuthor = null;
        int bylineLine = author == null ? -1 : lineHolding(lines, zone, author);
        // A credit the reading in order took for the writer that names no person ("Site Staff", "2025 Agency") gives way to
        // a person the head weighs as its writer.
        boolean credit = author != null && !thread && creditOnly(author);
        if ((author == null || credit) && !thread) {
            List<Candidate> candidates = new ArrayList<>(candidates(lines, zone, titleLine));
            // "Depot Notes" beside a date under "Our Depot Notes #04": the series' tag, whose words are the title's.
            candidates.removeIf(c -> PageLabel.isTagOf(c.name(), title));
            // A bare name line whose like stands again below the text heads one of several contributions (readers'
            // answers, a panel's replies), not the page: a byline is printed once. The head's other names (the place
            // and employer under it) are the contribution's too, so no writer is weighed.
            if (candidates.stream().anyMatch(c -> !c.evidence().contains("a byline word") && nameLinesRecur(lines, c, lines.size()))) {
                said.add("no writer: a name line alone over the text recurs below it (contributions, not a byline)");
                candidates.clear();
            }
            Candidate best = null;
            boolean tie = false;
            for (Candidate c : candidates) {
                if (c.score() < THRESHOLD || !c.structural() || !c.personal()) continue;
                if (best == null || c.score() > best.score()) { best = c; tie = false; }
                else if (c.score() == best.score() && !c.name().equals(best.name())) tie = true;
            }
            if (best != null && !tie) {
                foundAuthor = best.name();
                bylineLine = best.line();
                said.add("writer " + best.explain() + (credit ? ", not the credit '" + author + "' (no person)" : ""));
            } else if (!candidates.isEmpty()) {
                List<String> all = candidates.stream().map(Candidate::explain).toList();
                said.add("no writer: " + (tie ? "two names weigh the same" : "none with " + THRESHOLD + " pieces of evidence, one of position and one of a person")
                        + ": " + String.join(", ", all));
            }
        }
        if (foundAuthor == null && author == null && !thread) {
            Optional<Candidate> self = selfNamed(lines, first, limit);
            if (self.isPresent()) {
                foundAuthor = self.get().name();
                said.add("writer " + self.get().explain());
            }
        }
        LocalDate foundDate = null;
        int dateLine = -1;
        if (date == null) {
            int[] at = new int[] {-1};
            foundDate = stamp(lines, zone, titleLine, bylineLine, at, said).orElse(null);
            dateLine = at[0];
        } else {
            dateLine = stampLine(lines, zone, date);
        }
        String foundTitle = null;
        int foundTitleLine = -1;
        int anchor = bylineLine >= 0 ? bylineLine : dateLine;
        if (anchor >= 0) {
            int c = titleOver(lines, zone, anchor);
            if (c >= 0 && c != titleLine && replaces(title, titleLine, c, anchor == bylineLine)) {
                foundTitle = clean(lines.get(c).trimmed());
                foundTitleLine = c;
                said.add("title over the " + (anchor == bylineLine ? "writer's" : "date's") + " line"
                        + (title == null ? "" : ", not '" + title + "' (" + why(title) + ")"));
            }
        }
        boolean stampTitle = title != null && Dates.isStamp(title.trim());
        if (foundTitle == null && title != null && !headlineShaped(title)) {
            // A title that is no headline (a place line, a stamp's rest) gives way to the one the head prints twice.
            int alone = repeatedAlone(lines, zone);
            if (alone >= 0) {
                foundTitle = clean(lines.get(alone).trimmed());
                foundTitleLine = alone;
                said.add("title printed alone and again at the end of a line above it, not '" + title + "' (no headline's shape)");
            }
        }
        if (foundTitle == null && stampTitle) said.add("no title: '" + title + "' is a date or an age, no headline");
        return new Weighed(foundTitle == null && stampTitle ? "" : foundTitle, foundTitleLine, foundTitle == null ? -1 : titleLine, foundAuthor, foundAuthor == null ? -1 : bylineLine, foundDate,
                foundDate == null ? -1 : dateLine, String.join("; ", said));
    }

    /**
     * Words of the names of bodies, sites and broadcasters that no person's name holds ("Quillmoor Forum", "Radio Nine",
     * "Tarn Valley News"): unlike {@link #NOT_PERSON} no function word ("The Hollises" is a pair of writers' name).
     */
    private static final Set<String> BODY_WORDS = Set.of("forum", "forums", "news", "media", "press", "magazine", "newsletter",
            "blog", "group", "inc", "ltd", "llc", "university", "college", "institute", "association", "council", "society",
            "foundation", "company", "corporation", "network", "radio", "tv", "television", "channel");
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s.]+");

    /**
     * Whether the writer a reader settled on names no person: a desk's, agency's or site's credit ("Site Staff", "2025
     * AFP"), or a name holding a body's or site's word ("Quillmoor Forum"). Such a credit is no writer: a page that names its
     * writer nowhere else has none, since a false writer costs as much as a missed one.
     */
    static boolean namesNoPerson(String author) {
        if (author == null || author.isBlank()) return false;
        if (creditOnly(author)) return true;
        for (String w : NAME_SPLIT.split(author.trim())) if (BODY_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** An author the reading in order found that names no person: a desk's or a site's credit, a copyright line. */
    private static boolean creditOnly(String author) {
        String a = author.trim();
        if (HAS_DIGIT.matcher(a).matches() && a.contains(" ")) return true;
        for (String w : a.split("[\\s.]+")) if (CREDIT_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * A writer who names themself in the first person ("I am Ann Lee, …", "Hi, I'm ann_lee and …", "My name is Ann Lee")
     * at the start of the text or in a box after its last paragraph, outside quotation marks (an interviewee's words);
     * with a second piece of evidence: a role after the name, or the text speaking in the first person elsewhere.
     */
    static Optional<Candidate> selfNamed(List<Line> lines, int first, int limit) {
        int end = Math.min(limit, lines.size());
        List<Integer> paragraphs = new ArrayList<>();
        for (int i = first; i < end; i++) if (running(lines.get(i).trimmed())) paragraphs.add(i);
        if (paragraphs.isEmpty()) return Optional.empty();
        int firstText = paragraphs.get(0), lastText = paragraphs.get(paragraphs.size() - 1);
        for (int i = first; i < end; i++) {
            // A writer introduces themself at the text's start or in its second half (a closing box), not in between.
            int at = paragraphs.indexOf(i);
            boolean start = i == firstText, box = i > lastText || at >= 1 && at * 2 >= paragraphs.size();
            if (!start && !box) continue;
            String t = lines.get(i).trimmed();
            Matcher m = SELF.matcher(t);
            if (!m.find() || quoted(t, m.start())) continue;
            String name = m.group(1).trim(), tail = t.substring(m.end(1));
            String[] words = SPACES.split(name);
            // A one-word self-introduction is a handle only with a digit or an underscore: "I am really …" is prose.
            boolean handle = words.length == 1 && HANDLE.matcher(name).matches() && DIGIT_OR_UNDERSCORE.matcher(name).matches();
            if (!handle && !(personShaped(words, false) && Header.nameLike(name, false))) continue;
            List<String> evidence = new ArrayList<>(List.of("names itself in the first person", start ? "at the text's start" : "after the text"));
            if (tail.startsWith(",") && roleTail(tail.substring(1).split("[.;]")[0])) evidence.add("a role or site beside it");
            if (firstPerson(lines, first, end, i)) evidence.add("the text speaks in the first person");
            if (evidence.size() >= 3) return Optional.of(new Candidate(name, i, List.copyOf(evidence)));
        }
        return Optional.empty();
    }

    /** Whether position {@code at} of a line stands inside quotation marks (an odd number of them before it). */
    private static boolean quoted(String t, int at) {
        String before = t.substring(0, at);
        long marks = before.chars().filter(c -> c == '"' || c == '\u201C' || c == '\u201D').count() + before.split("''", -1).length - 1;
        return marks % 2 == 1;
    }

    /** Whether lines other than {@code skip} speak in the first person at least twice ("I ", "I'm", "my "). */
    private static boolean firstPerson(List<Line> lines, int from, int to, int skip) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (i == skip) continue;
            Matcher m = FIRST_PERSON.matcher(lines.get(i).trimmed());
            while (m.find()) n++;
        }
        return n >= 2;
    }

    /**
     * The head zone: the first lines with text from {@code first}, up to (not including) the second line of running text
     * or line {@code limit}.
     */
    static List<Integer> zone(List<Line> lines, int first, int limit) {
        List<Integer> zone = new ArrayList<>();
        int running = 0;
        for (int i = first; i < Math.min(limit, lines.size()) && zone.size() < ZONE_LINES; i++) {
            if (lines.get(i).isBlank()) continue;
            if (running(lines.get(i).trimmed()) && ++running >= 2) break;
            zone.add(i);
        }
        return zone;
    }

    /**
     * Whether the candidate's line is a name alone and, below a paragraph of running text under it, another line is a
     * different name alone (a given name first, blank lines around it) before {@code limit}.
     */
    private static boolean nameLinesRecur(List<Line> lines, Candidate c, int limit) {
        if (!lines.get(c.line()).trimmed().equals(c.name())) return false;
        boolean text = false;
        for (int i = c.line() + 1; i < Math.min(limit, lines.size()); i++) {
            if (lines.get(i).isBlank()) continue;
            String t = lines.get(i).trimmed();
            if (running(t)) { text = true; continue; }
            if (!text || t.equals(c.name())) continue;
            String[] words = SPACES.split(t);
            boolean alone = lines.get(i - 1).isBlank() && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
            if (alone && words.length >= 2 && words.length <= 4 && personShaped(words, false) && Header.nameLike(t)
                    && NameLexicon.givenName(words[0])) {
                return true;
            }
        }
        return false;
    }

    static boolean running(String t) {
        return SPACES.split(t).length >= RUNNING_WORDS && SENTENCE.matcher(t).matches();
    }

    /** Every person-shaped span of the zone, with its evidence. */
    static List<Candidate> candidates(List<Line> lines, List<Integer> zone, int titleLine) {
        List<Candidate> out = new ArrayList<>();
        boolean afterText = false;
        for (int k = 0; k < zone.size(); k++) {
            int i = zone.get(k);
            String t = lines.get(i).trimmed();
            if (running(t)) { afterText = true; continue; }
            if (i == titleLine) continue;
            List<String> evidence = new ArrayList<>();
            String rest = LEAD_MARK.matcher(t).replaceFirst("");
            Matcher portrait = PORTRAIT.matcher(rest);
            Matcher cue = CUE.matcher(rest);
            int at = i, atK = k;
            if (portrait.lookingAt()) { evidence.add("a byline word"); rest = rest.substring(portrait.end()); }
            else if (cue.lookingAt()) {
                evidence.add("a byline word");
                rest = rest.substring(cue.end()).trim();
                if (rest.isEmpty() && k + 1 < zone.size()) { atK = k + 1; at = zone.get(atK); rest = lines.get(at).trimmed(); }
            }
            Optional<Candidate> c = candidate(lines, zone, titleLine, at, atK, rest, evidence, afterText);
            c.ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Candidate> candidate(List<Line> lines, List<Integer> zone, int titleLine, int i, int k, String rest,
            List<String> evidence, boolean afterText) {
        boolean cue = !evidence.isEmpty();
        String name = rest.trim(), tail = "";
        Matcher end = NAME_END.matcher(name);
        int cut = name.length();
        if (end.find()) cut = end.start();
        Matcher date = Dates.DATE.matcher(name);
        if (date.find()) cut = Math.min(cut, date.start());
        Matcher age = Dates.TIME_OR_AGE.matcher(name);
        if (age.find()) cut = Math.min(cut, age.start());
        Matcher read = READ_TIME.matcher(name);
        if (read.find()) cut = Math.min(cut, read.start());
        tail = name.substring(cut).trim();
        name = name.substring(0, cut).trim();
        name = HONORIFIC.matcher(name).replaceFirst("");
        String[] words = SPACES.split(name);
        if (words.length >= 4 && words.length % 2 == 0) {
            String half = String.join(" ", java.util.Arrays.copyOf(words, words.length / 2));
            if ((half + " " + half).equals(name)) { name = half; words = SPACES.split(half); evidence.add("printed twice"); }
        }
        boolean handle = words.length == 1;
        if (handle && FUNCTION_WORDS.contains(name.toLowerCase(Locale.ROOT))) return Optional.empty();
        if (!(handle ? cue && HANDLE.matcher(name).matches() : personShaped(words, cue))) return Optional.empty();
        if (!handle && !Header.nameLike(name, false)) return Optional.empty();
        if (ROLE_WORD.matcher(name).matches()) return Optional.empty(); // "Senior Manager, …": the role line under a name
        if (i == titleLine) return Optional.empty();
        if (!handle && NameLexicon.givenName(words[0])) evidence.add("a given name");
        int ti = titleLine < 0 ? -1 : zone.indexOf(titleLine);
        String next = k + 1 < zone.size() ? lines.get(zone.get(k + 1)).trimmed() : "";
        String before = k > 0 ? lines.get(zone.get(k - 1)).trimmed() : "";
        // With no title read, a headline-shaped line beside the name stands where the title would.
        if (ti >= 0 ? Math.abs(ti - k) <= NEAR : headlineShaped(next) && !running(next) || headlineShaped(before)) evidence.add("next to the title");
        // The head's last line, right over the text's first paragraph: where a byline stands between title and text.
        int after = HeadReader.nextContent(lines, i + 1);
        if (after < lines.size() && running(lines.get(after).trimmed())) evidence.add("right over the text");
        if (stampy(tail) || stampLine(next) || (Dates.isStamp(before) && !MEMBER_FIELD.matcher(next).matches())) evidence.add("a stamp beside it");
        if (roleTail(tail) || roleLine(next)) evidence.add("a role or site beside it");
        if (!evidence.contains("printed twice") && printedElsewhere(lines, i, name)) evidence.add("printed twice");
        if (talkedAbout(lines, i, words[words.length - 1])) return Optional.empty();
        if (handle && evidence.size() < 2) return Optional.empty();
        // Below a paragraph of text a name is the text's unless its line says it is a byline (a pull quote over "Ann, role").
        if (afterText && !evidence.contains("a byline word") && !evidence.contains("a role or site beside it")) return Optional.empty();
        return Optional.of(new Candidate(name, i, List.copyOf(evidence)));
    }

    /** Two to four capitalised tokens or initials, none a word of a site, a desk or an organisation. */
    private static boolean personShaped(String[] words, boolean cue) {
        if (words.length < 2 || words.length > 4) return false;
        int initials = 0;
        for (String w : words) {
            if (!NAME_TOKEN.matcher(w).matches() || NOT_PERSON.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) return false;
            if (w.length() <= 2) initials++;
            // A name in capitals ("ANN LEE") only after a byline word: elsewhere a line in capitals is a heading.
            if (!cue && w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT))) return false;
        }
        return initials < words.length - 1 || words.length == 2 && initials == 0;
    }

    private static boolean stampy(String tail) {
        return !tail.isEmpty() && (Dates.find(tail).isPresent() || Dates.TIME_OR_AGE.matcher(tail).find() || READ_TIME.matcher(tail).find());
    }

    /** A line beside a name that stamps it: a date or age line, a labelled date, a read time. */
    private static boolean stampLine(String t) {
        if (t.isEmpty() || MEMBER_FIELD.matcher(t).matches() || running(t)) return false;
        if (Dates.isStamp(t)) return true;
        String bare = LEAD_MARK.matcher(t).replaceFirst("");
        if (DATE_LABEL.matcher(bare).matches() && Dates.find(bare).isPresent()) return true;
        return READ_TIME.matcher(bare).lookingAt() && SPACES.split(bare).length <= 8 || SHORT_DATE.matcher(bare).matches();
    }

    private static boolean roleTail(String tail) {
        if (tail.isEmpty()) return false;
        String t = LEADING_SEPARATOR.matcher(tail).replaceFirst("").trim();
        if (EMAIL.matcher(t).find()) return true;
        return !t.isEmpty() && SPACES.split(t).length <= 8 && Dates.find(t).isEmpty() && !Dates.TIME_OR_AGE.matcher(t).find()
                && !READ_TIME.matcher(t).find();
    }

    /** A role line under a name: "Senior Manager, Content … at MovingWorlds", "Staff Writer", "Jobs People Do | site.example". */
    private static boolean roleLine(String t) {
        if (t.isEmpty() || running(t) || SPACES.split(t).length > 12 || t.endsWith(".")) return false;
        return ROLE_WORD.matcher(t).matches() || AT_ORG.matcher(t).matches() || SITE_LINE.matcher(t).matches() || EMAIL.matcher(t).find();
    }

    /** Whether another line of the page that is no running text holds the name: an author box, a window title. */
    private static boolean printedElsewhere(List<Line> lines, int i, String name) {
        Pattern n = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
        for (int j = 0; j < lines.size(); j++) {
            if (j == i || lines.get(j).isBlank()) continue;
            String t = lines.get(j).trimmed();
            if (!running(t) && t.length() < 200 && n.matcher(t).find()) return true;
        }
        return false;
    }

    /** Whether the running text uses the family name: the text talks about the person ("… says Beatty"). */
    private static boolean talkedAbout(List<Line> lines, int i, String family) {
        if (family.length() < 3) return false;
        Pattern word = Pattern.compile("\\b" + Pattern.quote(family) + "\\b");
        for (int j = 0; j < lines.size(); j++) {
            if (j == i) continue;
            String t = lines.get(j).trimmed();
            // "Lee: Don't be so sure …": the writer's own answer under a reader's question, as advice columns label it.
            if (t.startsWith(family + ":")) t = t.substring(family.length() + 1);
            if (running(t) && word.matcher(t).find()) return true;
        }
        return false;
    }

    /**
     * The head zone's one date beside the title or the writer's line (within two lines with text): a date line, a
     * labelled date, a date beside a read time or after a gap at a line's end, or a date on the writer's own line.
     * Abstains when two different dates stand as near.
     */
    private static Optional<LocalDate> stamp(List<Line> lines, List<Integer> zone, int titleLine, int bylineLine, int[] at, List<String> said) {
        int ti = titleLine < 0 ? -1 : zone.indexOf(titleLine), bi = bylineLine < 0 ? -1 : zone.indexOf(bylineLine);
        if (ti < 0 && bi < 0) return Optional.empty();
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE, bestLine = -1;
        boolean tie = false;
        for (int k = 0; k < zone.size(); k++) {
            int i = zone.get(k);
            String t = lines.get(i).trimmed();
            String before = k > 0 ? lines.get(zone.get(k - 1)).trimmed() : "";
            if (MEMBER_FIELD.matcher(t).matches() || MEMBER_FIELD.matcher(before).matches()) continue;
            Optional<LocalDate> d = postDate(t, i == bylineLine);
            if (d.isEmpty()) continue;
            int distance = Math.min(ti < 0 ? Integer.MAX_VALUE : Math.abs(k - ti), bi < 0 ? Integer.MAX_VALUE : Math.abs(k - bi));
            // A labelled date or one beside a read time is the head's own wherever it stands in the zone; a bare one must
            // stand beside the title or the writer.
            if (distance > NEAR && !headOnly(t)) continue;
            if (distance < bestDistance) { best = d.get(); bestDistance = distance; bestLine = i; tie = false; }
            else if (distance == bestDistance && !d.get().equals(best)) tie = true;
        }
        if (best == null) return Optional.empty();
        if (tie) { said.add("no date: two dates stand as near the head"); return Optional.empty(); }
        at[0] = bestLine;
        said.add("date " + best + " (" + (bestDistance == 0 ? "on the writer's line" : bestDistance > NEAR ? "labelled or beside a read time"
                : bestDistance + " line(s) from the " + (bi >= 0 ? "title or writer" : "title")) + ")");
        return Optional.of(best);
    }

    /** The post's date a head line prints, in one of the forms a head prints it; empty for a date inside prose. */
    private static Optional<LocalDate> postDate(String line, boolean byline) {
        String t = GLUED_READ_TIME.matcher(line).replaceAll("$1 ");
        Matcher m = Dates.DATE.matcher(t);
        if (!m.find()) return Optional.empty();
        Optional<LocalDate> d = Dates.parse(m.group(1));
        if (d.isEmpty()) return d;
        String bare = LEAD_MARK.matcher(t).replaceFirst("");
        if (byline || Dates.isStamp(t) || DATE_LABEL.matcher(bare).matches() || DATE_FIELD.matcher(bare).lookingAt()) return d;
        String before = t.substring(0, m.start());
        if (READ_TIME.matcher(before).find() && SPACES.split(before).length <= 6) return d; // "3 min readOct 21, 2024"
        if (GAP_BEFORE.matcher(before).matches() && t.substring(m.end()).isBlank()) return d; // "… employees.   September 23, 2025"
        return Optional.empty();
    }

    /** A date in a form only a page's head prints: labelled as published, or beside a read time. */
    private static boolean headOnly(String t) {
        String bare = LEAD_MARK.matcher(t).replaceFirst("");
        return DATE_LABEL.matcher(bare).matches() || READ_TIME.matcher(bare).lookingAt();
    }

    /** The zone line that is a stamp of {@code date} (the date the reading in order found), or -1. */
    private static int stampLine(List<Line> lines, List<Integer> zone, LocalDate date) {
        for (int i : zone) {
            String t = lines.get(i).trimmed();
            if (postDate(t, false).filter(date::equals).isPresent()) return i;
        }
        return -1;
    }

    /**
     * The headline-shaped line over the writer's or date's line {@code anchor} (over a deck sentence, when one stands
     * between), or under it when it is the page's first line; -1 if none.
     */
    private static int titleOver(List<Line> lines, List<Integer> zone, int anchor) {
        int a = zone.indexOf(anchor);
        if (a < 0) return -1;
        if (a == 0) {
            if (zone.size() > 2 && headlineShaped(lines.get(zone.get(1)).trimmed()) && running(lines.get(zone.get(2)).trimmed())) return zone.get(1);
            return -1;
        }
        String above = lines.get(zone.get(a - 1)).trimmed();
        if (headlineShaped(above) && !deck(above)) return zone.get(a - 1);
        if (a >= 2 && deck(above)) {
            String over = lines.get(zone.get(a - 2)).trimmed();
            if (headlineShaped(over) && !deck(over)) return zone.get(a - 2);
        }
        return -1;
    }

    /**
     * Whether the line over the writer's or the date's line ({@code c}) replaces the title the reading found: there was
     * none, or it is no headline, or it is a path of sections standing above {@code c}, or (over a writer's line only) a
     * short masthead line above it. A line over a date alone may be a standfirst under a short title, so a short title
     * stays there.
     */
    private static boolean replaces(String title, int titleLine, int c, boolean overWriter) {
        if (title == null) return true;
        if (!headlineShaped(title)) return true;
        if (titleLine < 0 || titleLine > c) return false;
        return PATH.matcher(title).matches() || overWriter && SPACES.split(title).length <= MASTHEAD_WORDS;
    }

    private static String why(String title) {
        return !headlineShaped(title) ? "no headline's shape" : PATH.matcher(title).matches() ? "a path of sections" : "a short line over it";
    }

    /** A deck under a headline: a sentence, a long line or a line with a date run on. */
    private static boolean deck(String t) {
        return t.endsWith(".") || INNER_SENTENCE_END.matcher(t).matches() || t.endsWith("?") && SPACES.split(t).length >= DECK_WORDS;
    }

    /** A headline's shape: up to twenty words with letters, opening as a headline does, closing with no clause's mark. */
    static boolean headlineShaped(String t) {
        if (t == null) return false;
        String s = t.trim();
        int words = SPACES.split(s).length;
        if (words > MAX_HEADLINE_WORDS || !HEADLINE_START.matcher(s).matches() || HEADLINE_END.matcher(s).matches()) return false;
        if (Dates.isStamp(s) || Dates.find(s).isPresent() || Byline.parse(s).isPresent() || Furniture.is(s) || Masthead.isFurniture(s)) return false;
        if (NAVIGATION.matcher(s).matches()) return false; // "Site new | ask | show | jobs": a menu
        return s.chars().filter(Character::isLetter).count() >= 4;
    }

    private static String clean(String t) {
        return SPACES.matcher(t).replaceAll(" ").trim();
    }

    /**
     * The first headline-shaped zone line of three words or more that a line above it prints again at its end (a
     * breadcrumb's last step, a window title), or -1.
     */
    private static int repeatedAlone(List<Line> lines, List<Integer> zone) {
        for (int k = 0; k < zone.size(); k++) {
            String t = lines.get(zone.get(k)).trimmed();
            List<String> w = HeadEvidence.words(t);
            if (w.size() < 3 || !headlineShaped(t) || running(t)) continue;
            for (int j = 0; j < k; j++) {
                List<String> above = HeadEvidence.words(lines.get(zone.get(j)).trimmed());
                if (above.size() > w.size() && above.subList(above.size() - w.size(), above.size()).equals(w)) return zone.get(k);
            }
        }
        return -1;
    }

    /** The zone line that reads as {@code title}, or -1. */
    private static int lineOf(List<Line> lines, List<Integer> zone, String title) {
        if (title == null) return -1;
        String want = clean(title);
        for (int i : zone) if (clean(lines.get(i).trimmed()).equals(want)) return i;
        for (int i : zone) if (clean(lines.get(i).trimmed()).contains(want)) return i;
        return -1;
    }

    /** The zone line that holds {@code name}, or -1. */
    private static int lineHolding(List<Line> lines, List<Integer> zone, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i : zone) if (lines.get(i).trimmed().toLowerCase(Locale.ROOT).contains(n)) return i;
        return -1;
    }

    /**
     * Where the body starts once the weighed head is set apart: after the last line the weighing read (title, writer,
     * date) when those lines open the body ({@code bodyStart}) and only short head lines stand among them; else
     * {@code bodyStart} unchanged, so no text is lost.
     */
    static int headEnd(List<Line> lines, Weighed w, int bodyStart, int bodyEnd) {
        int last = Math.max(w.titleLine(), Math.max(w.bylineLine(), w.dateLine()));
        if (last < bodyStart || last >= bodyEnd) return bodyStart;
        int end = last + 1;
        // A role or site line right under the writer belongs to the byline.
        int next = HeadReader.nextContent(lines, end);
        if (w.bylineLine() == last && next < bodyEnd && roleLine(lines.get(next).trimmed())) end = next + 1;
        // Only the head's short lines leave the body: a summary's list items or a paragraph above the byline are text.
        for (int j = bodyStart; j < end; j++) {
            String t = lines.get(j).trimmed();
            if (running(t) || LEAD_MARK.matcher(t).lookingAt() && j != w.bylineLine() || SPACES.split(t).length > SHORT_LINE_WORDS && j != w.titleLine()
                    && j != w.bylineLine() && j != w.dateLine()) return bodyStart;
        }
        int start = HeadReader.nextContent(lines, end);
        return start < bodyEnd ? start : bodyStart;
    }

    /** Marks what the weighing read, and the head lines the body no longer holds, and records its evidence. */
    static void mark(List<Line> lines, Weighed w, int bodyFrom, int bodyStart, Marks marks) {
        for (int j = bodyFrom; j < bodyStart; j++) marks.mark(lines.get(j), Segment.Role.MASTHEAD);
        if (w.replacedLine() >= 0) marks.mark(lines.get(w.replacedLine()), Segment.Role.MASTHEAD);
        if (w.titleLine() >= 0) marks.mark(lines.get(w.titleLine()), Segment.Role.TITLE);
        if (w.bylineLine() >= 0) marks.mark(lines.get(w.bylineLine()), Segment.Role.BYLINE);
        if (w.dateLine() >= 0 && w.dateLine() != w.bylineLine()) marks.mark(lines.get(w.dateLine()), Segment.Role.DATE);
        if (!w.explanation().isEmpty()) marks.head(w.explanation());
    }
}

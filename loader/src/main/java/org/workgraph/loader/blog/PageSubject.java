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
 * What a forum, social, journal or newsletter page shows as its subject and its writer, where its structure shows them
 * and a blog's "title, byline, date" reading does not find them. It runs last on a post's head, after
 * {@link HeadWeighing}, and corrects only with evidence of the page's own structure:
 * <ul>
 * <li><b>a title that is no subject</b> is dropped: chrome or a label of the page's parts ({@link HeadFurniture}), a
 * community line ("r/name • u/name • 9d ago": a path-like community and a stamp), or a person's name alone over the
 * text; after a skip link or a community line the subject is the next short line;</li>
 * <li><b>the subject in a thread's or a journal's form</b>: a heading marked "# " over the posts, a subject after the
 * entry's time ("06:44 am: SUBJECT"), the line under a label that names what the page answers ("In response to:",
 * "Topic:"), the page's first short line ending in an ellipsis over the text or the posts, a viewer or reply counter
 * run onto the subject's end dropped;</li>
 * <li><b>the writer where the page's structure prints the opening post's</b>: a journal's icon or profile line
 * ("NAME: (icon)", "[personal profile] NAME", "NAME (account) wrote,"), a forum's "Thread starter NAME", the poster in a
 * community line ("u/NAME"), a name run into a read time ("Ann Lee 10 min read"), the first avatar's alt text in the head
 * ("NAME's Avatar") above any thread heading, and the first of the page's repeated post headers when it stands in the
 * head ("## NAME (DATE)" again and again below: the first is the opening post's);</li>
 * <li><b>a writer that is no name</b> (a rank or a title with a lowercase word inside: "Man of Honour") is dropped.</li>
 * </ul>
 * Every decision carries its evidence, for the HEAD line of {@code kg inspect}. Stateless.
 */
final class PageSubject {
    // Compiled once: these run per line or per word.
    private static final Pattern DAY_MONTH_SHORT_YEAR = Pattern.compile(".*\\b\\d{1,2}\\s+[A-Z][a-z]{2}\\s+'\\d{2}$");
    private static final Pattern MONTH_DAY_SHORT_YEAR = Pattern.compile(".*\\b[A-Z][a-z]{2}\\s+\\d{1,2}\\s+'\\d{2}$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How many lines with text the head spans here. */
    private static final int HEAD_LINES = 12;
    private static final int SUBJECT_WORDS = 20;
    /** A community line: "r/managers • u/ann_lee • 9d ago", "r/WorkReform Dec 11 '22". */
    // Not "u/NAME DATE" alone: that is a comment's header under the post, a responder's.
    private static final Pattern COMMUNITY = Pattern.compile("^(?!u/)\\p{Ll}/[\\p{L}\\d_]{2,40}\\b(.*)$");
    private static final Pattern POSTER = Pattern.compile("(?:^|\\s)u/([\\p{L}\\d_-]{2,40})\\b");
    private static final Pattern MARKED_HEADING = Pattern.compile("^#\\s+(\\S.*)$");
    /** "06:44 am: SUBJECT": a journal entry's time, then its subject. */
    private static final Pattern TIMED_SUBJECT = Pattern.compile("(?i)^\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*:\\s+(\\S.*)$");
    /** A label that names what the page answers, on its own line: "In response to:", "Topic:", "Re:". */
    private static final Pattern ANSWERS_LABEL = Pattern.compile("(?i)^(?:in\\s+(?:response|reply)\\s+to|replying\\s+to|regarding|re|topic|subject|thread)\\s*:$");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:\\.{2,}|\u2026)$");
    /** A viewer, reader or reply counter run onto a subject's end: "(1 Viewer)", "(3 replies)". */
    private static final Pattern COUNTER_END = Pattern.compile("\\s*\\(\\d[\\d,]*\\s+(?:viewers?|readers?|replies|posts|comments|members?)\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ICON_LINE = HeadFurniture.ICON_LINE;
    /** Pictographs opening a newsletter's title ("\uD83D\uDCC9 Remote work"): icons, not words. */
    private static final Pattern LEADING_ICONS = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cs}\\p{Co}\\x{200D}\\x{FE0F}\\s]+(?=\\p{L}|\\d)");
    private static final Pattern PROFILE_LINE = Pattern.compile("^\\[personal profile\\]\\s+([\\p{L}\\d_.-]{2,40})$");
    private static final Pattern WROTE_LINE = Pattern.compile("^(\\S.{0,40}?)\\s+\\(([\\p{L}\\d_.-]{2,40})\\)\\s+wrote,?$");
    private static final Pattern STARTER = Pattern.compile("(?i)\\bthread\\s+starter\\s+(\\S.{0,40})$");
    private static final Pattern READ_TIME_NAME = Pattern.compile("(?i)^(\\p{Lu}.{1,40}?)\\s+\\d{1,3}\\s*(?:min|mins|minutes?)\\s+read$");
    /** A post header of a repeated shape: marks, a name, a date in brackets ("## Ann Lee (Jan 15, 2015)"). */
    private static final Pattern MARKED_HEADER = Pattern.compile("^([^\\p{L}\\d\\s]{1,4})\\s*(\\S.{0,40}?)\\s*\\(([^()]{4,40})\\)$");
    private static final Pattern NAME_TOKEN = Pattern.compile("^\\p{Lu}[\\p{L}'\u2019.-]*$");
    /** Lowercase words a person's name holds ("Ludwig van Beethoven"); any other lowercase word makes a rank or a title. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "al", "ibn", "y");
    private static final Pattern FUNCTION_WORD = Pattern.compile("^(?:of|the|and|for|with|in|on|at|to|from)$");
    private static final Pattern MEMBER_FIELD = Pattern.compile("(?i)^(?:joined|join date|member since|registered|posts|messages|location)\\b.*");

    private PageSubject() {}

    /** What this step settled: the title (empty string: no title) and the writer, null where it left them as they were. */
    record Settled(String title, int titleLine, String author, int bylineLine, LocalDate date, List<String> categories, String explanation) {
        static final Settled NONE = new Settled(null, -1, null, -1, null, List.of(), "");

        Settled {
            categories = List.copyOf(categories);
        }

        /** Marks the lines this step read and records its evidence after the weighing's ({@code before}). */
        void mark(List<Line> lines, String before, Marks marks) {
            if (explanation.isEmpty()) return;
            if (titleLine >= 0 && title != null && !title.isEmpty()) marks.mark(lines.get(titleLine), Segment.Role.TITLE);
            if (bylineLine >= 0 && author != null && !author.isEmpty()) marks.mark(lines.get(bylineLine), Segment.Role.BYLINE);
            marks.head(before == null || before.isEmpty() ? explanation : before + "; " + explanation);
        }
    }

    /**
     * Settles the subject and the writer from line {@code first}, given what the reading so far found ({@code title},
     * {@code author}, either null). {@code thread}: the page opens with a response's header or is one comment's own view,
     * so no writer is read for the page here.
     */
    static Settled settle(List<Line> lines, int first, String title, String author, boolean thread) {
        List<Integer> head = head(lines, first);
        if (head.isEmpty()) return Settled.NONE;
        List<String> said = new ArrayList<>();
        String newTitle = null;
        int newTitleLine = -1;
        int titleLine = lineOf(lines, head, title);

        // A title that is no subject.
        String current = title;
        if (current != null) {
            String t = current.trim();
            Optional<String> why = HeadFurniture.notTitle(t);
            boolean community = COMMUNITY.matcher(t).matches() && stamped(t);
            if (why.isEmpty() && community) why = Optional.of("a community line");
            if (why.isEmpty() && nameAlone(t) && titleLine >= 0 && overText(lines, titleLine)) why = Optional.of("a person's name alone over the text");
            if (why.isPresent()) {
                said.add("no title '" + t + "': " + why.get());
                newTitle = "";
                current = null;
                boolean before = why.get().equals("a skip link") || community;
                int next = titleLine < 0 ? -1 : nextIn(head, titleLine);
                int prev = titleLine < 0 ? -1 : prevIn(head, titleLine);
                if (why.get().equals("a byline's label") && prev >= 0 && subjectShaped(lines.get(prev).trimmed())) {
                    // "Posted by" over the name was taken for a title over the writer: the title is the line above it.
                    newTitle = clean(lines.get(prev).trimmed());
                    newTitleLine = prev;
                    said.add("title '" + newTitle + "': the line over " + why.get());
                } else if (before && next >= 0 && subjectShaped(lines.get(next).trimmed())) {
                    newTitle = clean(lines.get(next).trimmed());
                    newTitleLine = next;
                    said.add("title '" + newTitle + "': the line after " + why.get());
                }
            } else {
                String fixed = t;
                Matcher m = MARKED_HEADING.matcher(fixed);
                if (m.matches()) fixed = m.group(1).trim();
                Matcher timed = TIMED_SUBJECT.matcher(fixed);
                if (timed.matches()) fixed = timed.group(1).trim();
                fixed = COUNTER_END.matcher(fixed).replaceFirst("");
                fixed = LEADING_ICONS.matcher(fixed).replaceFirst("");
                if (!fixed.equals(t) && !fixed.isEmpty()) {
                    newTitle = fixed;
                    newTitleLine = titleLine;
                    said.add("title '" + fixed + "': '" + t + "' without its " + (m.matches() ? "heading mark" : timed.matches() ? "entry time" : "counter or opening icons"));
                }
            }
        }
        if (current == null && (newTitle == null || newTitle.isEmpty())) {
            Optional<int[]> found = subjectIn(lines, head, said);
            if (found.isPresent()) {
                int at = found.get()[0];
                newTitle = subjectOf(lines.get(at).trimmed());
                newTitleLine = at;
            }
        }

        // The writer.
        String newAuthor = null;
        int bylineLine = -1;
        if (author != null && !nameShaped(author)) {
            said.add("no writer '" + author + "': a lowercase word inside, no name");
            newAuthor = "";
        } else if (author != null && underThreadHeading(lines, head, author)) {
            said.add("no writer '" + author + "': it stands under a thread heading, a responder's name");
            newAuthor = "";
        }
        if ((author == null || newAuthor != null) && !thread) {
            for (int i : head) {
                String t = lines.get(i).trimmed();
                if (threadHeading(t)) break; // below it, responders
                Optional<String[]> w = writerOn(lines, i, t);
                if (w.isPresent()) {
                    newAuthor = w.get()[0];
                    bylineLine = i;
                    said.add("writer '" + newAuthor + "' (" + w.get()[1] + ")");
                    break;
                }
            }
        }
        // A community line's date, and the flair run into the subject's line under it: the post's date and category.
        LocalDate date = null;
        List<String> categories = List.of();
        int community = communityLine(lines, head);
        if (community >= 0) {
            date = CommunityFlair.date(lines.get(community).trimmed()).orElse(null);
            if (date != null) said.add("date " + date + ": the community line's");
            String settled = newTitle != null ? newTitle : current;
            int under = nextIn(head, community);
            if (settled != null && !settled.isEmpty() && under >= 0 && clean(lines.get(under).trimmed()).startsWith(clean(settled))) {
                CommunityFlair.Subject subject = CommunityFlair.subject(settled);
                if (subject.flair() != null) {
                    newTitle = subject.title();
                    newTitleLine = under;
                    categories = List.of(subject.flair());
                    said.add("title '" + subject.title() + "', category '" + subject.flair() + "': a flair run into the subject under a community line");
                }
            }
        }
        if (newTitle == null && newAuthor == null && date == null && categories.isEmpty()) return Settled.NONE;
        return new Settled(newTitle, newTitleLine, newAuthor, bylineLine, date, categories, String.join("; ", said));
    }

    /** The community line among the head's first lines ("r/name Jul 22 '22", "r/name \u2022 u/poster \u2022 9d ago"), or -1. */
    private static int communityLine(List<Line> lines, List<Integer> head) {
        for (int k = 0; k < Math.min(3, head.size()); k++) {
            String t = lines.get(head.get(k)).trimmed();
            if (COMMUNITY.matcher(t).matches() && stamped(t)) return head.get(k);
        }
        return -1;
    }

    /** The page's first lines with text, up to the second line of running text. */
    private static List<Integer> head(List<Line> lines, int first) {
        List<Integer> head = new ArrayList<>();
        int running = 0;
        for (int i = Math.max(0, first); i < lines.size() && head.size() < HEAD_LINES; i++) {
            if (lines.get(i).isBlank()) continue;
            if (HeadWeighing.running(lines.get(i).trimmed()) && ++running >= 2) break;
            head.add(i);
        }
        return head;
    }

    /** The subject a thread's or a journal's head prints in one of its forms; the line in {@code [0]}. */
    private static Optional<int[]> subjectIn(List<Line> lines, List<Integer> head, List<String> said) {
        for (int k = 0; k < Math.min(3, head.size()); k++) {
            String t = lines.get(head.get(k)).trimmed();
            if (MARKED_HEADING.matcher(t).matches() && words(t) <= SUBJECT_WORDS + 1) {
                said.add("title: a heading marked '# ' over the page");
                return Optional.of(new int[] {head.get(k)});
            }
            Matcher timed = TIMED_SUBJECT.matcher(t);
            if (k == 0 && timed.matches() && subjectShaped(timed.group(1))) {
                said.add("title: the subject after the entry's time");
                return Optional.of(new int[] {head.get(k)});
            }
            if (COMMUNITY.matcher(t).matches() && stamped(t) && k + 1 < head.size() && subjectShaped(lines.get(head.get(k + 1)).trimmed())) {
                said.add("title: the line under a community line");
                return Optional.of(new int[] {head.get(k + 1)});
            }
            if (ANSWERS_LABEL.matcher(t).matches() && k + 1 < head.size() && subjectShaped(lines.get(head.get(k + 1)).trimmed())) {
                said.add("title: the line under '" + t + "'");
                return Optional.of(new int[] {head.get(k + 1)});
            }
        }
        // The page's first line, short and ending in an ellipsis, standing alone over the text or the posts.
        int f = head.get(0);
        String t = lines.get(f).trimmed();
        if (ELLIPSIS_END.matcher(t).find() && words(t) <= 12 && HeadFurniture.notTitle(t).isEmpty() && f + 1 < lines.size()
                && lines.get(f + 1).isBlank() && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)))) {
            said.add("title: the first line, short, ending in an ellipsis, alone over the text");
            return Optional.of(new int[] {f});
        }
        return Optional.empty();
    }

    private static String subjectOf(String t) {
        Matcher m = MARKED_HEADING.matcher(t);
        if (m.matches()) t = m.group(1).trim();
        Matcher timed = TIMED_SUBJECT.matcher(t);
        if (timed.matches()) t = timed.group(1).trim();
        return clean(COUNTER_END.matcher(t).replaceFirst(""));
    }

    /** The writer a head line prints in one of the forms threads, journals and newsletters use: {name, evidence}. */
    private static Optional<String[]> writerOn(List<Line> lines, int i, String t) {
        Matcher m = ICON_LINE.matcher(t);
        if (m.matches() && handleOrName(m.group(1))) return Optional.of(new String[] {m.group(1), "a journal's icon line 'NAME: (icon)'"});
        m = PROFILE_LINE.matcher(t);
        if (m.matches()) return Optional.of(new String[] {m.group(1), "a journal's profile line"});
        m = WROTE_LINE.matcher(t);
        if (m.matches() && handleOrName(m.group(1))) return Optional.of(new String[] {m.group(1).trim(), "'NAME (account) wrote,' over the entry"});
        m = STARTER.matcher(t);
        if (m.find() && handleOrName(m.group(1).trim())) return Optional.of(new String[] {m.group(1).trim(), "a thread starter's label"});
        if (COMMUNITY.matcher(t).matches() && stamped(t)) {
            m = POSTER.matcher(t);
            if (m.find()) return Optional.of(new String[] {m.group(1), "the poster in a community line"});
        }
        m = READ_TIME_NAME.matcher(t);
        if (m.matches() && nameShaped(m.group(1).trim()) && personTokens(m.group(1).trim())) {
            return Optional.of(new String[] {m.group(1).trim(), "a name run into a read time"});
        }
        Optional<String> avatar = HeadFurniture.avatar(t);
        // Under the page's count of its responses ("14 responses to …") a portrait heads the first response, not the post.
        if (avatar.isPresent() && handleOrName(avatar.get()) && !countAbove(lines, i)) return Optional.of(new String[] {avatar.get(), "the first avatar's alt text in the head"});
        m = MARKED_HEADER.matcher(t);
        if (m.matches() && Dates.find(m.group(3)).isPresent() && handleOrName(m.group(2)) && repeatedBelow(lines, i, m.group(1))) {
            return Optional.of(new String[] {m.group(2).trim(), "the first of the page's repeated post headers '" + m.group(1) + " NAME (DATE)'"});
        }
        return Optional.empty();
    }

    /** Whether a count of the page's responses stands above line {@code i}. */
    private static boolean countAbove(List<Line> lines, int i) {
        for (int k = 0; k < i; k++) if (!lines.get(k).isBlank() && ResponseCount.parse(lines.get(k).trimmed()).isPresent()) return true;
        return false;
    }

    /** Whether the head prints a thread heading ("Discussion about this post") above the first line holding {@code name}. */
    private static boolean underThreadHeading(List<Line> lines, List<Integer> head, String name) {
        boolean heading = false;
        for (int i : head) {
            String t = lines.get(i).trimmed();
            if (t.contains(name)) return heading;
            if (HeadFurniture.notTitle(t).filter(w -> w.equals("a thread heading")).isPresent()) heading = true;
        }
        return false;
    }

    /**
     * A line that opens the thread: a heading ("Discussion about this post") or a count of the responses under it ("14
     * responses to “TITLE”"); the names below it are the responders'.
     */
    private static boolean threadHeading(String t) {
        return HeadFurniture.notTitle(t).filter(w -> w.equals("a thread heading")).isPresent() || ResponseCount.parse(t).isPresent();
    }

    /** Whether a later line has the same marks and a bracketed date: the post header's shape repeats. */
    private static boolean repeatedBelow(List<Line> lines, int i, String marks) {
        for (int j = i + 1; j < lines.size(); j++) {
            Matcher m = MARKED_HEADER.matcher(lines.get(j).trimmed());
            if (m.matches() && m.group(1).equals(marks) && Dates.find(m.group(3)).isPresent()) return true;
        }
        return false;
    }

    /** A short line that can be a subject: not running text, no chrome or label, no stamp, some letters. */
    static boolean subjectShaped(String t) {
        if (t == null || t.isBlank()) return false;
        int w = words(t);
        if (w > SUBJECT_WORDS || HeadWeighing.running(t)) return false;
        if (HeadFurniture.notTitle(t).isPresent() || Furniture.is(t) || Masthead.isFurniture(t) || Dates.isStamp(t)) return false;
        if (MEMBER_FIELD.matcher(t).matches()) return false;
        return t.codePoints().filter(Character::isLetter).count() >= 4;
    }

    /** A person's name alone: two or three capitalised words, the first a given name. */
    private static boolean nameAlone(String t) {
        String[] w = SPACES.split(t.trim());
        if (w.length < 2 || w.length > 3) return false;
        for (String x : w) if (!NAME_TOKEN.matcher(x).matches()) return false;
        return NameLexicon.givenName(w[0]);
    }

    /** Whether running text follows line {@code i}: a name over the text is a byline's, not a subject. */
    private static boolean overText(List<Line> lines, int i) {
        int n = HeadReader.nextContent(lines, i + 1);
        return n < lines.size() && HeadWeighing.running(lines.get(n).trimmed());
    }

    /** A name a writer can print as: a handle, or words none of which is a lowercase function word. */
    private static boolean handleOrName(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 40) return false;
        if (!t.contains(" ")) return t.codePoints().anyMatch(Character::isLetter);
        return nameShaped(t) && words(t) <= 4;
    }

    /** No lowercase word inside but a name's particles: "Man of Honour" is a rank, "Anna de la Cruz" a name. */
    static boolean nameShaped(String s) {
        String[] w = SPACES.split(s.trim());
        for (int k = 1; k < w.length; k++) {
            String x = w[k].toLowerCase(Locale.ROOT);
            if (FUNCTION_WORD.matcher(w[k]).matches() && !PARTICLES.contains(x)) return false;
        }
        return true;
    }

    /** Two to four capitalised words: a person's name as a byline prints it. */
    private static boolean personTokens(String s) {
        String[] w = SPACES.split(s.trim());
        if (w.length < 2 || w.length > 4) return false;
        for (String x : w) if (!NAME_TOKEN.matcher(x).matches() && !PARTICLES.contains(x)) return false;
        return true;
    }

    private static boolean stamped(String t) {
        return Dates.find(t).isPresent() || Dates.TIME_OR_AGE.matcher(t).find() || DAY_MONTH_SHORT_YEAR.matcher(t).matches()
                || MONTH_DAY_SHORT_YEAR.matcher(t).matches();
    }

    private static int prevIn(List<Integer> head, int line) {
        int k = head.indexOf(line);
        return k > 0 ? head.get(k - 1) : -1;
    }

    private static int nextIn(List<Integer> head, int line) {
        int k = head.indexOf(line);
        return k >= 0 && k + 1 < head.size() ? head.get(k + 1) : -1;
    }

    private static int lineOf(List<Line> lines, List<Integer> head, String title) {
        if (title == null) return -1;
        String want = clean(title);
        for (int i : head) if (clean(lines.get(i).trimmed()).equals(want)) return i;
        for (int i : head) if (clean(lines.get(i).trimmed()).contains(want)) return i;
        return -1;
    }

    private static int words(String t) {
        return SPACES.split(t.trim()).length;
    }

    private static String clean(String t) {
        return SPACES.matcher(t).replaceAll(" ").trim();
    }
}

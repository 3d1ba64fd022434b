package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * Reads a post's head: at the top of the page the mastheads and navigation lines (passed over), a date line, the title
 * (once, though pages print it twice), a byline or a mailing-list message's header; and, where the top names no writer,
 * date or category, what the page says of them elsewhere: an author box or a closing bio after the body, a "Posted in" /
 * "Filed under" line, a "Published …" line under the text, the "Post author" badge a theme prints in the thread.
 * Stateless: every method reads only the lines it is given.
 */
final class HeadReader {
    /** An author box after the post: "About Ann Lee". */
    private static final Pattern ABOUT = Pattern.compile("^(?i:about)\\s+(\\p{Lu}\\S*(?:\\s+\\S+){1,3})$");
    private static final int MAX_TITLE = 200;
    /** A reading time printed under a title: "6 mins", "5 min read", "12 minute read". */
    private static final Pattern READ_TIME = Pattern.compile("(?i)^\\d{1,3}\\s*(?:min|mins|minutes?)(?:\\s+read)?$");
    /** A navigation line: a few short links between bars ("Hacker News new | ask | show | jobs", "Home | About | Contact"). */
    private static final Pattern NAVIGATION = Pattern.compile("^[^|]{1,30}(?:\\s\\|\\s[^|\\s]+(?:\\s[^|\\s]+)?){3,}$");
    /** A date line of its own with its label: "Published Wednesday, 7 July 2021", "Posted on: 3 March 2013". */
    private static final Pattern PUBLISHED_LINE = Pattern.compile("^(?i:published|posted)(?:\\s+(?i:on))?\\s*:?\\s+(.+)$");
    /** A writer's badge in a thread: "Ann Lee Post author", "2. Ann Lee Post author". */
    private static final Pattern POST_AUTHOR = Pattern.compile("^(?:\\d{1,3}[.)]\\s+)?(.+?)\\s+(?i:post author)$");
    /** Page actions printed after a date line: "Subscribe", "Share", "Print", "Email", "Follow". */
    private static final Pattern ACTIONS = Pattern.compile("(?i)(?:\\s+(?:subscribe|share|print|e-?mail|follow|bookmark|save))+\\s*$");

    /** A title with the site's name after a bar or a dash: "TITLE | SITE", "TITLE - SITE", "TITLE — SITE". */
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.+?)\\s+[|\u2013\u2014-]\\s+([^|\u2013\u2014]+)$");
    /** A site's name after a title is short. */
    private static final int MAX_SITE_WORDS = 6;
    /** What a writer's one-line bio says: a trade or a post, where they are based, what they write about. */
    private static final Pattern BIO = Pattern.compile("(?i)\\b(?:journalist|writer|editor|reporter|columnist|correspondent|author|"
            + "contributor|translator|researcher|analyst|founder|co-founder|consultant|blogger|freelance|economist|professor|"
            + "based in|writes about|covers)\\b");
    private static final int MAX_BIO_WORDS = 30;
    /** A closing bio stands in the last few lines of the post. */
    private static final int BIO_LINES = 4;
    /** A closing bio: "Ann Lee is a freelance writer …", "Ann Lee writes about …" (a name, then what the writer is or does). */
    private static final Pattern BIO_OPENING = Pattern.compile("^(\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){1,3})\\s+(?:is an?|is the|writes|has written|covers)\\b");
    /** "About the author" over the box, or "About Ann Lee". */
    private static final Pattern ABOUT_AUTHOR = Pattern.compile("^(?i:about the (?:author|writer)|the author|author bio|about me)\\s*:?$");
    /**
     * A line that files the post: "Categories: Work, Pay", "Filed under: Work", "Tags: remote, pay", "Posted in Work, Pay",
     * "Tagged: remote".
     */
    private static final Pattern FILED = Pattern.compile("^(?i:categor(?:y|ies)|filed under|tags?|tagged(?: with)?|topics?|posted in|labels?)\\s*:?\\s+(\\S.*)$");
    /** A post's closing line with its category and count: "posted by ann to Work (12 answers total)". */
    static final Pattern CLOSING = Pattern.compile("^(?i:posted by)\\s+\\S+(?:\\s+\\S+){0,3}?\\s+(?i:to|in)\\s+"
            + "(\\p{Lu}[^()]{0,60}?)\\s*(?:\\((\\d[\\d,]*)\\s+(?i:answers?|comments?|responses?|replies)(?:\\s+(?i:total))?\\).*)?$");

    private static final Pattern BULLETED = Pattern.compile("^[\u2022\u25E6\u25AA\u2023\u2219\u00B7*]\\s");

    private HeadReader() {}

    /**
     * The head from line {@code first} (the page's first line with text): the opening's title, byline and date line, or,
     * when the opening has neither title nor byline, a mailing-list archive's message header (its Subject, From and Date
     * fields, under the archive's own blurb).
     */
    static PageHead read(List<Line> lines, int first, Marks marks) {
        PageHead top = opening(lines, first, marks, Masthead.of(lines));
        if (top.title() != null || top.byline() != null) return top;
        Optional<MailHeader> mail = MailHeader.find(lines, top.next());
        if (mail.isEmpty()) return top;
        MailHeader h = mail.get();
        for (int j = top.next(); j < h.line(); j++) if (!lines.get(j).isBlank()) marks.mark(lines.get(j), Segment.Role.MASTHEAD);
        for (int j = h.line(); j < h.next(); j++) marks.mark(lines.get(j), Segment.Role.BYLINE);
        return new PageHead(h.subject(), new Byline(h.sender(), h.date(), List.of(), null), top.dated(), nextContent(lines, h.next()));
    }

    /**
     * The post's writer: the byline's, else the writer of the header the page opens with ({@code openingAuthor}), else the
     * post's signature above its count line, else an author box or a "Post author" badge or a closing bio after the body
     * (lines {@code bodyStart} to {@code bodyEnd}); null if the page names none.
     */
    static String author(List<Line> lines, Byline byline, String openingAuthor, Header signature, int bodyStart, int bodyEnd) {
        String author = byline != null && byline.author() != null ? byline.author() : openingAuthor != null ? openingAuthor
                : signature != null && signature.name() != null ? signature.name()
                : authorBox(lines, bodyStart, bodyEnd).orElse(null);
        if (author == null) author = postAuthorBadge(lines, bodyEnd).orElse(null);
        if (author == null) author = closingBio(lines, bodyStart, bodyEnd).orElse(null);
        return author;
    }

    /**
     * The post's date: the byline's, else the date line of the head, else the opening header's ({@code openingDate}), else
     * the signature's, else a "Published …" line in the body; null if none.
     */
    static LocalDate date(List<Line> lines, PageHead head, Byline byline, LocalDate openingDate, Header signature, int bodyStart, int bodyEnd) {
        LocalDate date = byline != null && byline.date() != null ? byline.date() : head.dated() != null ? head.dated()
                : openingDate != null ? openingDate : signature != null ? signature.date() : null;
        if (date == null) date = closingDate(lines, bodyStart, bodyEnd).orElse(null);
        return date;
    }

    /** The post's categories: the byline's, else a closing line's or a "Filed under" line's in the body. */
    static List<String> categories(List<Line> lines, Byline byline, int bodyStart, int bodyEnd, int threadEnd) {
        List<String> categories = byline == null ? List.of() : byline.categories();
        if (categories.isEmpty()) categories = filedUnder(lines, bodyStart, bodyEnd, threadEnd);
        return categories;
    }

    /** "About Ann Lee": an author box's heading. */
    static boolean isAuthorBox(String trimmed) {
        return ABOUT.matcher(trimmed).matches();
    }

    /** The opening: furniture and mastheads, a date line, the title (once, though pages print it twice), a byline. */
    private static PageHead opening(List<Line> lines, int first, Marks marks, Masthead masthead) {
        String title = null;
        Byline byline = null;
        LocalDate dated = null;
        int titleLine = -1;
        boolean dateUnderTitle = false, retitled = false;
        int i = first;
        for (int guard = 0; guard < 6 && i < lines.size(); guard++) {
            String t = lines.get(i).trimmed();
            Optional<Byline> b = byline == null ? Byline.parse(t) : Optional.empty();
            if (b.isPresent()) {
                byline = b.get();
                marks.mark(lines.get(i), Segment.Role.BYLINE);
            } else if (dated == null && Dates.isStamp(withoutActions(t))) {
                dated = Dates.find(t).orElse(null);
                dateUnderTitle = title != null;
                marks.mark(lines.get(i), Segment.Role.DATE);
            } else if (READ_TIME.matcher(t).matches()) {
                marks.mark(lines.get(i), Segment.Role.FURNITURE); // "6 mins" beside the date: neither title nor text
            } else if (dateUnderTitle && byline == null && !retitled && !t.equals(title) && isTitle(lines, i) && nextContent(lines, i + 1) > i + 1
                    && t.split("\\s+").length <= 12 && !t.matches(".*[.!?].*")) {
                // Blog name, date header, post title (as classic blog themes print a post): the first was the masthead.
                marks.mark(lines.get(titleLine), Segment.Role.MASTHEAD);
                title = t;
                titleLine = i;
                retitled = true;
                marks.mark(lines.get(i), Segment.Role.TITLE);
            } else if (byline == null && Header.at(lines, i).filter(h -> h.form().strength == Header.Strength.STRONG).isPresent()) {
                break; // the page opens with a response header: a forum topic or a comment's own page
            } else if (title == null && (isMasthead(lines, i) || masthead.is(t) || (guard == 0 && Masthead.isBanner(t)))) {
                marks.mark(lines.get(i), Segment.Role.MASTHEAD); // a masthead or a navigation line: not the title
            } else if (title == null && byline == null && isTitle(lines, i)) {
                title = t;
                titleLine = i;
                marks.mark(lines.get(i), Segment.Role.TITLE);
            } else if (title != null && t.equals(title)) {
                marks.mark(lines.get(i), Segment.Role.TITLE); // the title printed again
                retitled = true; // ... which confirms it: the line after it is no later title
            } else if (title != null && !retitled && t.equals(withoutSite(title, t))) {
                // "Ann's post | Ann's Blog" (the window's title) over "Ann's post": the site's name goes.
                title = t;
                marks.mark(lines.get(i), Segment.Role.TITLE);
                retitled = true;
            } else if (title != null && byline == null && bareNameOverBio(lines, i)) {
                // "Ann Lee" under the title with "Journalist based in Lyon." under it: the writer and her one-line bio.
                byline = new Byline(t, null, List.of(), null);
                marks.mark(lines.get(i), Segment.Role.BYLINE);
                i = nextContent(lines, i + 1);
                marks.mark(lines.get(i), Segment.Role.AUTHOR_BOX);
            } else {
                break;
            }
            i = nextContent(lines, i + 1);
        }
        return new PageHead(title, byline, dated, i);
    }

    /**
     * The title without the site's name it carries ("Ann's post | Ann's Blog", "Ann's post - Ann's Blog") when the page
     * prints the bare title as {@code bare}; else the title as it is (a title may hold a dash of its own).
     */
    private static String withoutSite(String title, String bare) {
        Matcher m = SITE_SUFFIX.matcher(title);
        if (m.matches() && m.group(1).trim().equals(bare) && m.group(2).trim().split("\\s+").length <= MAX_SITE_WORDS) return bare;
        return title;
    }

    /**
     * A bare name under the title over a one-line bio ("Journalist and translator based in Lyon.", "Ann is an editor at …"):
     * a name of two to four capitalised words, and a short line after it that says what the writer does.
     */
    private static boolean bareNameOverBio(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        int words = t.split("\\s+").length;
        if (words < 2 || words > 4 || !Header.nameLike(t) || t.matches(".*[.,:;!?]$")) return false;
        int bio = nextContent(lines, i + 1);
        if (bio >= lines.size() || bio > i + 2) return false;
        String b = lines.get(bio).trimmed();
        return b.split("\\s+").length <= MAX_BIO_WORDS && BIO.matcher(b).find();
    }

    /** "About Ann Lee" after the body, a name and nothing else: the author box some themes print under a post. */
    private static Optional<String> authorBox(List<Line> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            Matcher m = ABOUT.matcher(lines.get(j).trimmed());
            if (m.matches() && Header.nameLike(m.group(1))) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /**
     * The writer a bio at the end of the post names: under "About the author", or in the body's last lines, a line that opens
     * "Ann Lee is a …" / "Ann Lee writes about …".
     */
    private static Optional<String> closingBio(List<Line> lines, int from, int to) {
        int seen = 0;
        for (int j = to - 1; j >= from && seen < BIO_LINES; j--) {
            String t = lines.get(j).trimmed();
            if (t.isEmpty()) continue;
            seen++;
            Matcher m = BIO_OPENING.matcher(t);
            if (!m.find() || !Header.nameLike(m.group(1)) || m.group(1).split("\\s+").length < 2) continue;
            int above = j - 1;
            while (above >= from && lines.get(above).isBlank()) above--;
            boolean boxed = above >= from && ABOUT_AUTHOR.matcher(lines.get(above).trimmed()).matches();
            if (boxed || BIO.matcher(t).find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /**
     * The categories the post's closing line ("posted by ann to Work") or a "Filed under: …" / "Tags: …" / "Posted in …" line
     * in the post's text gives.
     */
    private static List<String> filedUnder(List<Line> lines, int from, int to, int threadEnd) {
        // The post's closing line may stand below the thread's start (a Q&A page's question, then its answers).
        for (int j = from; j < Math.min(threadEnd, lines.size()); j++) {
            Matcher closing = CLOSING.matcher(lines.get(j).trimmed());
            if (closing.matches()) return List.of(closing.group(1).trim());
        }
        for (int j = from; j < to; j++) {
            String t = lines.get(j).trimmed();
            Matcher m = FILED.matcher(t);
            if (!m.matches()) continue;
            List<String> out = new ArrayList<>();
            for (String c : m.group(1).split("\\s*[,;|\u00B7\u2022]\\s*")) {
                String v = c.trim().replaceFirst("^#", "");
                if (v.isEmpty()) continue;
                if (v.split("\\s+").length > 4 || v.endsWith(".")) { out.clear(); break; } // a sentence, not a list of categories
                out.add(v);
            }
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    /**
     * "Published Wednesday, 7 July 2021" on a line of its own in or under the post's text: the date some themes print after
     * a post instead of above it. Only the body is searched, so a response's date is never taken for the post's.
     */
    private static Optional<LocalDate> closingDate(List<Line> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            String t = lines.get(j).trimmed();
            if (isPublishedLine(t)) return Dates.find(t);
        }
        return Optional.empty();
    }

    /** "Published Wednesday, 7 July 2021": a labelled date line that dates the post (no response's header). */
    static boolean isPublishedLine(String t) {
        Matcher m = PUBLISHED_LINE.matcher(t);
        return m.matches() && Dates.isStamp(m.group(1)) && Dates.find(m.group(1)).isPresent();
    }

    /**
     * "Ann Lee Post author" in the thread: the badge themes print beside the post's writer when they reply, which names
     * the writer when the page has no byline.
     */
    private static Optional<String> postAuthorBadge(List<Line> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            Matcher m = POST_AUTHOR.matcher(lines.get(j).trimmed());
            if (m.matches() && Header.nameLike(m.group(1))) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** A masthead, logo or navigation line at the top: a site's name with an age ("r/sub 4d ago"), furniture, a logo. */
    private static boolean isMasthead(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        if (Furniture.is(t) || t.matches("(?i).*\\b(?:logo|menu|skip to (?:main )?content)$")) return true;
        if (READ_TIME.matcher(t).matches() || NAVIGATION.matcher(t).matches()) return true;
        // A site's name in capitals run straight into what follows ("HACKER Q&A" over a header): a title stands alone.
        if (t.matches("[^\\p{Ll}]*\\p{Lu}{2}[^\\p{Ll}]*") && t.split("\\s+").length <= 4 && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
            return true;
        }
        Matcher age = Dates.TIME_OR_AGE.matcher(t);
        return age.find() && age.end() == t.length() && t.length() < 60 && !Header.nameLike(t.substring(0, age.start()).trim());
    }

    /** A title is one short line standing alone (a blank line or the end after it), not ending like a sentence. */
    static boolean isTitle(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        if (t.length() > MAX_TITLE || t.split("\\s+").length > 25 || !t.matches(".*\\p{L}.*")) return false;
        if (t.endsWith(".") || t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) return false;
        if (ThreadBounds.isNotice(t) || ThreadBounds.isForm(t) || ResponseCount.parse(t).isPresent()) return false;
        if (READ_TIME.matcher(t).matches() || NAVIGATION.matcher(t).matches()) return false;
        if (BULLETED.matcher(t).lookingAt()) return false; // a list item or a menu entry, not a heading
        if (i + 1 >= lines.size() || lines.get(i + 1).isBlank()) return true;
        String next = lines.get(i + 1).trimmed();
        return Byline.parse(next).isPresent() || Dates.isStamp(withoutActions(next))
                || withoutSite(t, next).equals(next) && !next.equals(t) || bareNameOverBio(lines, i + 1);
    }

    /** A line without the page actions systems print beside a date ("September 8, 2008 5:31 PM   Subscribe"). */
    private static String withoutActions(String t) {
        return ACTIONS.matcher(t).replaceAll("").trim();
    }

    static int nextContent(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        return i;
    }
}

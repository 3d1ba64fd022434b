package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;

/**
 * Reads an essay or blog post in stages: the page's opening (mastheads, a date line, the title, a byline), the body,
 * and the thread, whose bounds come from general cues: a count line ("32 Responses to …", "{ 16 comments }"), the
 * first pingback or reblog notice, the first response header ({@link Header}), or a numbered list of comments
 * indented under the body; it ends at the comment form ("Leave a Reply") unless responses follow the form. A page
 * that opens with a header and no body (a forum topic, a comment's own page) is that header's writer's document.
 */
public final class BlogParser {
    private static final Pattern FORM = Pattern.compile("^(?i:leave a (?:reply|comment|response)|post a comment|add a comment|"
            + "comments are closed\\.?|comments? (?:are|is) closed\\.?|join the discussion|write a comment|add your comment)\\s*$");
    private static final Pattern NOTICE = Pattern.compile("^(?:\\d{1,5}[.)]\\s+)?(?i:pingback:|trackback:|reblogged this on\\s)");
    private static final Pattern FIRST_COMMENT = Pattern.compile("^(?:1[.)]|[\u2022\u25E6\u25AA\u2023\u2219\u00B7])\\s+\\S.*$");
    /** An author box after the post: "About Ann Lee". */
    private static final Pattern ABOUT = Pattern.compile("^(?i:about)\\s+(\\p{Lu}\\S*(?:\\s+\\S+){1,3})$");
    private static final int MAX_TITLE = 200;
    /** A post's closing line under its text: "posted by ann to Work", "Posted by ann in Work". */
    private static final Pattern POST_CLOSE = Pattern.compile("^(?i:posted by)\\s+\\S+(?:\\s+\\S+){0,3}?\\s+(?i:to|in)\\s+\\p{Lu}");
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
    private static final Pattern CLOSING = Pattern.compile("^(?i:posted by)\\s+\\S+(?:\\s+\\S+){0,3}?\\s+(?i:to|in)\\s+"
            + "(\\p{Lu}[^()]{0,60}?)\\s*(?:\\((\\d[\\d,]*)\\s+(?i:answers?|comments?|responses?|replies)(?:\\s+(?i:total))?\\).*)?$");

    private static final Pattern BULLETED = Pattern.compile("^[\u2022\u25E6\u25AA\u2023\u2219\u00B7*]\\s");

    private final ThreadParser threads;

    /** The rules alone. */
    public BlogParser() { this(HeaderClassifier.NONE); }

    /** @param headers proposes response headers beyond the rules' (see {@link HeaderClassifier}) */
    public BlogParser(HeaderClassifier headers) { this.threads = new ThreadParser(headers); }

    public BlogPost parse(Source source, List<Line> lines) throws ParseException {
        return parse(source, lines, w -> {});
    }

    /**
     * @param warnings receives what the reader could not settle, each with its line: a thread the page claims but whose
     *                 responses could not be told apart (the page then loads as a document with its text, and no
     *                 responses are invented)
     */
    public BlogPost parse(Source source, List<Line> lines, Consumer<String> warnings) throws ParseException {
        return parse(source, lines, warnings, Marks.NONE);
    }

    /** Each line of a page with the role the reader gave it: why a page was read the way it was. */
    public List<Segment> segment(Source source, List<Line> lines) throws ParseException {
        Marks marks = Marks.recording();
        parse(source, lines, w -> {}, marks);
        return marks.segments();
    }

    private BlogPost parse(Source source, List<Line> lines, Consumer<String> warnings, Marks marks) throws ParseException {
        int i = nextContent(lines, 0);
        if (i >= lines.size()) throw new ParseException(0, "the document is empty");

        Opening top = opening(lines, i, marks, Masthead.of(lines));
        String title = top.title();
        Byline byline = top.byline();
        LocalDate dated = top.dated();
        i = top.next();
        // A mailing-list archive's message: its Subject, From and Date fields, under the archive's own blurb.
        Optional<MailHeader> mail = title == null && byline == null ? MailHeader.find(lines, i) : Optional.empty();
        if (mail.isPresent()) {
            MailHeader h = mail.get();
            for (int j = i; j < h.line(); j++) if (!lines.get(j).isBlank()) marks.mark(lines.get(j), Segment.Role.MASTHEAD);
            for (int j = h.line(); j < h.next(); j++) marks.mark(lines.get(j), Segment.Role.BYLINE);
            title = h.subject();
            byline = new Byline(h.sender(), h.date(), List.of(), null);
            i = nextContent(lines, h.next());
        }

        final int base = i; // the headers below are keyed by line offset from here
        int bodyStart = i;
        int threadStart = lines.size();
        int threadEnd = lines.size();
        int firstForm = lines.size();
        ResponseCount count = null;
        Header signature = null; // the post's own signature under its body
        boolean listed = false; // the thread starts at a comment listed without a header
        Map<Integer, Header> headers = new java.util.TreeMap<>(threads.headers(lines.subList(base, lines.size())));
        // "Published Wednesday, 7 July 2021" reads like a name and a date, but it dates the post: no response's header.
        headers.keySet().removeIf(k -> isPublishedLine(lines.get(base + k).trimmed()));
        for (int j = base; j < lines.size(); j++) {
            String t = lines.get(j).trimmed();
            if (FORM.matcher(t).matches()) {
                firstForm = Math.min(firstForm, j);
                // Some pages print the form above the thread: when responses follow it and none came before, read on.
                int from = Math.min(threadStart, j) - base;
                // A comment listed without a header above the form is the thread already: what follows is the form's own.
                if (!listed && nextHeader(headers, j - base + 1) >= 0 && (nextHeader(headers, from) < 0 || nextHeader(headers, from) > j - base)) {
                    threadStart = j + 1;
                    continue;
                }
                threadStart = Math.min(threadStart, j);
                threadEnd = j;
                break;
            }
            Optional<ResponseCount> c = ResponseCount.parse(t);
            // A count line below a list taken for the first comments: the list was the post's own. Not a count of another
            // post's title ("7 comments on “Another post”", a related-posts box): that one counts nothing here.
            if (listed && c.isPresent() && (c.get().title() == null || title == null
                    || bare(c.get().title()).equalsIgnoreCase(bare(title)))) {
                count = c.get();
                threadStart = j;
                listed = false;
                continue;
            }
            if (threadStart < lines.size()) continue;
            Header h = headers.get(j - base);
            if (c.isPresent()) {
                count = c.get();
                threadStart = j;
            } else if (h != null && h.trailer() && countFollows(lines, j)) {
                // A signature right above the thread's count line signs the post itself (Blogger's "Posted by ann at
                // 10:44 AM" over "3 comments:"): the post's writer, not a first response.
                if (signature == null) signature = h;
            } else if (h != null && !h.trailer() && j > base && countNext(lines, j + h.lines())) {
                // A name and a time right above the count line ("ann at 9:41 p.m." over "3 comments:") head no text:
                // they close the post, as Blogger's post footer does, and name its writer.
                if (signature == null) signature = h;
            } else if (h != null && h.trailer()) {
                threadStart = signedTextAbove(lines, base, j);
            } else if (NOTICE.matcher(t).find() || (h != null && h.form().strength == Header.Strength.STRONG)) {
                threadStart = j;
            } else if (firstListedComment(lines, base, j)) {
                threadStart = j;
                listed = true;
            }
        }
        boolean paragraphs = false;
        if (threadStart == lines.size()) {
            int quiet = threadAfterGap(lines, base, firstForm);
            if (quiet < 0) quiet = FlatThread.afterGapWithHandles(lines, base, firstForm);
            if (quiet >= 0) {
                threadStart = quiet;
                paragraphs = true;
            } else {
                int posts = FlatThread.handleRun(lines, base, firstForm);
                if (posts < 0) posts = FlatThread.spacedPosts(lines, base, firstForm);
                if (posts >= 0) threadStart = posts;
            }
        }
        int bodyEnd = Math.min(threadStart, firstForm);

        // A page that opens with a response header and no body is that writer's own post (a forum topic's first post),
        // unless the header says it answers another ("Re:" above it, "| parent |" in it) or numbers it in a list.
        Header opening = headers.get(threadStart - base);
        String openingAuthor = null;
        LocalDate openingDate = null;
        if (opening != null && !opening.trailer() && threadStart == base && count == null && opening.label() == null && !opening.reply()
                && !replySubjectAbove(lines, threadStart)) {
            openingAuthor = opening.name();
            openingDate = opening.date();
            bodyStart = threadStart + opening.lines();
            while (bodyStart < lines.size() && !lines.get(bodyStart).isBlank() && Dates.isStamp(lines.get(bodyStart).trimmed())) bodyStart++;
            // A question or topic printed under its asker's name (Q&A sites) is the page's title.
            int first = nextContent(lines, bodyStart);
            if (title == null && first < lines.size() && isTitle(lines, first) && nextContent(lines, first + 1) > first + 1) {
                title = lines.get(first).trimmed();
                marks.mark(lines.get(first), Segment.Role.TITLE);
                bodyStart = nextContent(lines, first + 1);
            }
            int next = nextHeader(headers, bodyStart - base);
            threadStart = next < 0 ? threadEnd : Math.min(threadEnd, base + next);
            // The post's count line ("0 comments") still counts its thread, and the thread starts there.
            for (int j = bodyStart; j < threadStart; j++) {
                Optional<ResponseCount> c = ResponseCount.parse(lines.get(j).trimmed());
                if (c.isPresent()) {
                    count = c.get();
                    threadStart = j;
                    break;
                }
            }
            bodyEnd = threadStart;
        }

        // A forum thread whose posts are headed by their subject, the replies by "Re: subject": the first post is the
        // topic, its subject the title.
        int topic = threadStart >= threadEnd ? -1 : subjectTopic(lines, headers, base, threadStart);
        if (topic >= 0) {
            title = subject(lines.get(topic).trimmed());
            bodyStart = topic + headers.get(topic - base).lines();
            while (bodyStart < lines.size() && (lines.get(bodyStart).isBlank() || Dates.isStamp(lines.get(bodyStart).trimmed()))) {
                if (openingDate == null && !lines.get(bodyStart).isBlank()) openingDate = Dates.find(lines.get(bodyStart).trimmed()).orElse(null);
                bodyStart++;
            }
            int next = nextHeader(headers, bodyStart - base);
            threadStart = next < 0 ? threadEnd : Math.min(threadEnd, base + next);
            bodyEnd = threadStart;
        }

        String body = Text.normalizeSpace(join(lines.subList(bodyStart, Math.max(bodyStart, bodyEnd))));
        boolean countLine = threadStart < threadEnd && ResponseCount.parse(lines.get(threadStart).trimmed()).isPresent();
        List<Line> threadLines = threadStart < threadEnd ? lines.subList(countLine ? threadStart + 1 : threadStart, threadEnd) : List.of();
        String author = byline != null && byline.author() != null ? byline.author() : openingAuthor != null ? openingAuthor
                : signature != null && signature.name() != null ? signature.name()
                : authorBox(lines, bodyStart, Math.max(bodyStart, bodyEnd)).orElse(null);
        if (author == null) author = postAuthorBadge(lines, Math.max(bodyStart, bodyEnd)).orElse(null);
        if (author == null) author = closingBio(lines, bodyStart, Math.max(bodyStart, bodyEnd)).orElse(null);
        for (int j = bodyStart; j < Math.max(bodyStart, bodyEnd); j++) {
            boolean box = byline == null && openingAuthor == null && ABOUT.matcher(lines.get(j).trimmed()).matches();
            marks.mark(lines.get(j), box ? Segment.Role.AUTHOR_BOX : Segment.Role.BODY);
        }
        for (int j = Math.max(bodyStart, bodyEnd); j < lines.size(); j++) {
            String t = lines.get(j).trimmed();
            if (FORM.matcher(t).matches()) marks.mark(lines.get(j), Segment.Role.FORM);
            else if (ResponseCount.parse(t).isPresent()) marks.mark(lines.get(j), Segment.Role.COUNT);
            else if (ABOUT.matcher(t).matches()) marks.mark(lines.get(j), Segment.Role.AUTHOR_BOX);
            else marks.mark(lines.get(j), Segment.Role.UNREAD);
        }
        if (bodyStart > base) { // the page opened with a header: its writer's own post, or the topic's first post
            int head = topic >= 0 ? topic : base;
            for (int j = base; j < head; j++) marks.mark(lines.get(j), Segment.Role.FURNITURE);
            Header h = headers.get(head - base);
            for (int j = head; j < bodyStart; j++) marks.mark(lines.get(j), j == head ? Segment.Role.HEADER : Segment.Role.HEADER_DETAIL,
                    j == head && h != null ? h.shown() : null, null);
        }
        int threadFirst = countLine ? threadStart + 1 : threadStart;
        Map<Integer, Header> threadHeaders = new java.util.TreeMap<>();
        for (Map.Entry<Integer, Header> e : headers.entrySet()) {
            int line = base + e.getKey();
            if (line >= threadFirst && line < threadEnd) threadHeaders.put(line - threadFirst, e.getValue());
        }
        List<Response> responses = threads.parse(threadLines, threadHeaders, author, paragraphs, marks);
        if (responses.isEmpty() && count != null && count.count() > 0) {
            warnings.accept("line " + lines.get(threadStart).number() + ": the page claims " + count.count()
                    + " responses, but no response could be told apart in what follows; loaded as a document with its text");
        }

        if (title == null && count != null && count.title() != null) title = count.title();
        Integer claimed = count != null ? Integer.valueOf(count.count()) : byline == null ? null : byline.claimedCount();
        LocalDate date = byline != null && byline.date() != null ? byline.date() : dated != null ? dated : openingDate != null ? openingDate
                : signature != null ? signature.date() : null;
        if (date == null) date = closingDate(lines, bodyStart, Math.max(bodyStart, bodyEnd)).orElse(null);
        List<String> categories = byline == null ? List.of() : byline.categories();
        if (categories.isEmpty()) categories = filedUnder(lines, bodyStart, Math.max(bodyStart, bodyEnd), threadEnd);
        if (claimed == null) claimed = closingCount(lines, bodyStart, threadEnd, title);
        if (responses.isEmpty() && count == null && claimed != null && claimed > 0) {
            // The same as a count line over an unreadable thread above, for a count the byline or a closing line states.
            warnings.accept("the page claims " + claimed + " responses, but no response could be told apart; loaded as a document"
                    + " with its text");
        }
        return new BlogPost(source, title, author, date, categories, claimed, body, responses);
    }

    /**
     * A thread the page shows only by space and furniture: after the body, a gap of two blank lines or more, then
     * paragraphs among which a post's footer stands ("Reply", "1 Like"). Returns the first line after the last such gap
     * before the first footer, or -1. A gap alone proves nothing (pages leave one where an image or a list was).
     */
    private static int threadAfterGap(List<Line> lines, int base, int end) {
        int footer = -1;
        for (int j = base; j < end; j++) {
            if (Furniture.isFooter(lines.get(j).trimmed())) { footer = j; break; }
        }
        if (footer < 0) return -1;
        int gapEnd = -1, blanks = 0;
        boolean text = false;
        for (int j = base; j < footer; j++) {
            if (lines.get(j).isBlank()) { blanks++; continue; }
            if (blanks >= 2 && text) gapEnd = j;
            blanks = 0;
            text = true;
        }
        // Text must stand between the gap and the footer: the footer closes a post.
        return gapEnd >= 0 && gapEnd < footer ? gapEnd : -1;
    }

    /** Whether the next line with text from {@code from} is a count line ("0 comments"). */
    private static boolean countNext(List<Line> lines, int from) {
        int k = nextContent(lines, from);
        return k < lines.size() && ResponseCount.parse(lines.get(k).trimmed()).isPresent();
    }

    /** Whether a count line ("3 comments:") follows line {@code j} within a few lines, furniture and labels between. */
    private static boolean countFollows(List<Line> lines, int j) {
        int seen = 0;
        for (int k = j + 1; k < lines.size() && seen < 4; k++) {
            String t = lines.get(k).trimmed();
            if (t.isEmpty()) continue;
            if (ResponseCount.parse(t).isPresent()) return true;
            seen++;
        }
        return false;
    }

    /**
     * Where the first response signed under its text begins: the paragraph above its signature when it is short (a
     * comment), else only the line right above it (the post runs into its first comment with no space between).
     */
    private static int signedTextAbove(List<Line> lines, int base, int trailer) {
        // The post's own closing line ("posted by ann to Work (12 answers)", a count) bounds a text of several paragraphs.
        for (int k = trailer - 1; k > base && k >= trailer - 40; k--) {
            String t = lines.get(k).trimmed();
            if (POST_CLOSE.matcher(t).find() || ResponseCount.parse(t).isPresent()) return nextContent(lines, k + 1);
        }
        int end = trailer; // some pages leave a blank line between a text and its signature
        while (end > base && lines.get(end - 1).isBlank()) end--;
        int start = end;
        while (start > base && !lines.get(start - 1).isBlank()) start--;
        if (end - start <= 3) return start;
        return end - 1;
    }

    /** What a page prints above its body, and the line where the body starts. */
    private record Opening(String title, Byline byline, LocalDate dated, int next) {}

    /** The opening: furniture and mastheads, a date line, the title (once, though pages print it twice), a byline. */
    private static Opening opening(List<Line> lines, int first, Marks marks, Masthead masthead) {
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
        return new Opening(title, byline, dated, i);
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
    public static boolean bareNameOverBio(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        int words = t.split("\\s+").length;
        if (words < 2 || words > 4 || !Header.nameLike(t) || t.matches(".*[.,:;!?]$")) return false;
        int bio = nextContent(lines, i + 1);
        if (bio >= lines.size() || bio > i + 2) return false;
        String b = lines.get(bio).trimmed();
        return b.split("\\s+").length <= MAX_BIO_WORDS && BIO.matcher(b).find();
    }

    /** The offset of the first header at or after offset {@code from}, strong forms first; -1 if none. */
    private static int nextHeader(Map<Integer, Header> headers, int from) {
        for (Map.Entry<Integer, Header> e : headers.entrySet()) {
            if (e.getKey() >= from && e.getValue().form().strength == Header.Strength.STRONG) return e.getKey();
        }
        for (Map.Entry<Integer, Header> e : headers.entrySet()) if (e.getKey() >= from) return e.getKey();
        return -1;
    }

    /**
     * The line of a thread's first header when the headers are subjects and a later one answers it as "Re: subject"
     * (forums and mailing-list archives head each post with its subject); -1 otherwise.
     */
    private static int subjectTopic(List<Line> lines, Map<Integer, Header> headers, int base, int first) {
        Header h = headers.get(first - base);
        if (h == null || h.trailer()) return -1;
        String topic = subject(lines.get(first).trimmed());
        if (topic.isEmpty() || Furniture.isReplySubject(topic)) return -1;
        for (int k : headers.keySet()) {
            if (base + k <= first) continue;
            String s = subject(lines.get(base + k).trimmed());
            if (Furniture.isReplySubject(s) && s.replaceFirst("(?i)^re:\\s+", "").trim().equalsIgnoreCase(topic)) return first;
        }
        return -1;
    }

    /** A header line without its list number or bullet: "• 2.  RE: 4 day week" is "RE: 4 day week". */
    private static String subject(String t) {
        return t.replaceFirst("^(?:[\u2022\u25E6\u25AA\u2023\u2219\u00B7]\\s*)?(?:\\d{1,5}[.)]\\s*)?", "").trim();
    }

    /** A forum's "Re: subject" line just above a header (furniture between them aside). */
    private static boolean replySubjectAbove(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            String t = lines.get(j).trimmed();
            if (t.isEmpty()) continue;
            if (Furniture.isReplySubject(t)) return true;
            if (!Furniture.is(t)) return false;
        }
        return false;
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
     * The count a page states below the thread's start when no count opened the thread: the post's closing line ("posted by
     * ann to Work (32 answers total)"), or a count that repeats the post's title ("16 thoughts on “Title”").
     */
    private static Integer closingCount(List<Line> lines, int from, int to, String title) {
        for (int j = from; j < Math.min(to, lines.size()); j++) {
            String t = lines.get(j).trimmed();
            Matcher closing = CLOSING.matcher(t);
            if (closing.matches() && closing.group(2) != null) return Integer.valueOf(closing.group(2).replace(",", ""));
            Optional<ResponseCount> c = ResponseCount.parse(t);
            if (c.isPresent() && title != null && c.get().title() != null
                    && bare(c.get().title()).equalsIgnoreCase(bare(title))) {
                return c.get().count();
            }
        }
        return null;
    }

    /** A title as a count line quotes it, perhaps cut off before its closing mark: without quotation marks and extra space. */
    private static String bare(String title) {
        return Text.normalizeSpace(title.replaceAll("[\"\u201C\u201D\u2018\u2019\u00AB\u00BB]", ""));
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

    private static boolean isPublishedLine(String t) {
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

    /**
     * The first comment of a numbered list indented under the body ("  1. The comment's text…"): the body is flush
     * left, so an indented list after it is the page's comment list, not the writer's own.
     */
    private static boolean firstListedComment(List<Line> lines, int bodyStart, int j) {
        Line line = lines.get(j);
        if (line.indent() == 0 || j == bodyStart || !FIRST_COMMENT.matcher(line.trimmed()).matches()) return false;
        for (int k = bodyStart; k < j; k++) if (!lines.get(k).isBlank() && lines.get(k).indent() > 0) return false;
        // A list the post's own sentence leads into ("So here's the list:") is the post's.
        return !FlatThread.leadIn(lines, j);
    }

    /** A title is one short line standing alone (a blank line or the end after it), not ending like a sentence. */
    private static boolean isTitle(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        if (t.length() > MAX_TITLE || t.split("\\s+").length > 25 || !t.matches(".*\\p{L}.*")) return false;
        if (t.endsWith(".") || t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) return false;
        if (NOTICE.matcher(t).find() || FORM.matcher(t).matches() || ResponseCount.parse(t).isPresent()) return false;
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

    private static int nextContent(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        return i;
    }

    private static String join(List<Line> lines) {
        List<String> parts = new ArrayList<>(lines.size());
        for (Line l : lines) parts.add(l.text());
        return String.join("\n", parts);
    }
}

package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * Reads a post's head: at the top of the page the mastheads and navigation lines (passed over), a date line, the title
 * (once, though pages print it twice), a byline or a mailing-list message's header; and, where the top names no writer,
 * date or category, what the page says of them elsewhere: an author box or a closing bio after the body, a name signing
 * the text, a "Posted in" / "Filed under" line, a "Published …" line under the text or a date line under the standfirst,
 * the "Post author" badge a theme prints in the thread ({@link StrayByline} reads a byline printed inside the head area's
 * other lines).
 * Stateless: every method reads only the lines it is given.
 */
final class HeadReader {
    /** An author box after the post: "About Ann Lee". */
    private static final Search ABOUT = Search.compile("^(?i:about)\\s+(\\p{Lu}\\S*(?:\\s+\\S+){1,3})$");
    private static final int MAX_TITLE = 200;
    /** A reading time printed under a title: "6 mins", "5 min read", "12 minute read". */
    private static final Search READ_TIME = Search.compile("(?i)^\\d{1,3}\\s*(?:min|mins|minutes?)(?:\\s+read)?$");
    /** A navigation line: a few short links between bars ("Hacker News new | ask | show | jobs", "Home | About | Contact"). */
    private static final Search NAVIGATION = Search.compile("^[^|]{1,30}(?:\\s\\|\\s[^|\\s]+(?:\\s[^|\\s]+)?){3,}$");
    /** A date line of its own with its label: "Published Wednesday, 7 July 2021", "Posted on: 3 March 2013". */
    private static final Search PUBLISHED_LINE = Search.compile("^(?i:published|posted)(?:\\s+(?i:on))?\\s*:?\\s+(.+)$");
    /** A writer's badge in a thread: "Ann Lee Post author", "2. Ann Lee Post author". */
    private static final Search POST_AUTHOR = Search.compile("^(?:\\d{1,3}[.)]\\s+)?(.+?)\\s+(?i:post author)$");
    /** Page actions printed after a date line: "Subscribe", "Share", "Print", "Email", "Follow". */
    private static final Search ACTIONS = Search.compile("(?i)(?:\\s+(?:subscribe|share|print|e-?mail|follow|bookmark|save))+\\s*$");

    /** A title with the site's name after a bar or a dash: "TITLE | SITE", "TITLE - SITE", "TITLE — SITE". */
    private static final Search SITE_SUFFIX = Search.compile("^(.+?)\\s+[|\u2013\u2014-]\\s+([^|\u2013\u2014]+)$");
    /** A site's name after a title is short. */
    private static final int MAX_SITE_WORDS = 6;
    /** What a writer's one-line bio says: a trade or a post, where they are based, what they write about. */
    private static final Search BIO = Search.compile("(?i)\\b(?:journalist|writer|editor|reporter|columnist|correspondent|author|"
            + "contributor|translator|researcher|analyst|founder|co-founder|consultant|blogger|freelance|economist|professor|"
            + "based in|writes about|covers)\\b");
    private static final int MAX_BIO_WORDS = 30;
    /** A date under the title's standfirst stands in the text's first lines. */
    private static final int DEK_LINES = 3;
    /** The paragraph of an author box under a handle is a sentence or more. */
    private static final int MIN_BOX_WORDS = 8;
    /** A closing bio stands in the last few lines of the post. */
    private static final int BIO_LINES = 4;
    /** A closing bio: "Ann Lee is a freelance writer …", "Ann Lee writes about …" (a name, then what the writer is or does). */
    private static final Search BIO_OPENING = Search.compile("^(\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){1,3})\\s+(?:is an?|is the|writes|has written|covers)\\b");
    /** "About the author" over the box, or "About Ann Lee". */
    private static final Search ABOUT_AUTHOR = Search.compile("^(?i:about the (?:author|writer)|the author|author bio|about me)\\s*:?$");
    /**
     * A line that files the post: "Categories: Work, Pay", "Filed under: Work", "Tags: remote, pay", "Posted in Work, Pay",
     * "Tagged: remote".
     */
    private static final Search FILED = Search.compile("^(?i:categor(?:y|ies)|filed under|tags?|tagged(?: with)?|topics?|posted in|labels?)\\s*:?\\s+(\\S.*)$");
    /** A post's closing line with its category and count: "posted by ann to Work (12 answers total)". */
    static final Search CLOSING = Search.compile("^(?i:posted by)\\s+\\S+(?:\\s+\\S+){0,3}?\\s+(?i:to|in)\\s+"
            + "(\\p{Lu}[^()]{0,60}?)\\s*(?:\\((\\d[\\d,]*)\\s+(?i:answers?|comments?|responses?|replies)(?:\\s+(?i:total))?\\).*)?$");

    /** An author box under a handle: "About jkhughes2" (themes print the writer's display name, which may be a handle). */
    private static final Search ABOUT_HANDLE = Search.compile("^(?i:about)\\s+(\\S+)$");
    /** A reading time run into the date after it, as some systems print them side by side: "10 min readMar 3, 2025". */
    private static final Search READ_TIME_FIRST = Search.compile("(?i)^\\d{1,3}\\s*(?:min|mins|minutes?)\\s*read\\s*[|\u00B7\u2022-]?\\s*");
    /**
     * The writer's portrait over the title, named by its alt text: "Author's profile photo Ann Lee", "Profile picture of
     * Ann Lee", "Avatar of Ann Lee", "Photo of Ann Lee".
     */
    private static final Search PORTRAIT = Search.compile("^(?i:(?:the\\s+)?author'?s?\\s+)?(?i:profile\\s+(?:photo|picture|image)|avatar|portrait|photo)"
            + "(?:\\s+(?i:of|for user))?\\s+(\\S.*)$");
    /** A category label on a line of its own, its value on the next: "Categories" over "Remote work". */
    private static final Search FILED_LABEL = Search.compile("^(?i:categor(?:y|ies)|filed under|tags?|topics?|labels?|section)\\s*:?$");
    /** A PHP error a broken site prints above its page: "Notice: Undefined index: X in /path/file.php on line 96". */
    private static final Search SERVER_ERROR = Search.compile("^(?:PHP\\s+)?(?:Notice|Warning|Deprecated|Fatal error|Parse error|Strict Standards)\\s*:"
            + ".*\\bon line\\s+\\d+\\.?$");
    /** The links to the previous and next posts: "« Older post | Main | Newer post »". */
    private static final Search PREVIOUS_NEXT = Search.compile("^(?:\u00AB.*\\|.*|.*\\|.*\u00BB)$");
    /** A line that ends in a logo's or a menu's name, a skip link, or Wix's "top of page". */
    private static final Search SITE_CHROME = Search.compile("(?i).*\\b(?:logo|menu|skip to (?:main )?content)$|(?i)top of page");
    /** A closing signature under the text: "— Ann Lee, Editor", "-- Ann Lee". */
    private static final Search DASH_SIGNATURE = Search.compile("^(?:[\u2014\u2013~]|--)\\s*(\\p{Lu}[^,]{1,40}?)(?:\\s*,\\s*[^,]{1,40}){0,3}$");
    /** The last lines of a post a signature may stand in. */
    private static final int SIGNATURE_LINES = 3;
    private static final Search POSTED_BY = Search.compile("^(?i:posted by)\\s");
    /** The lines a head may print between a writer's name and the date under it (a publication, "Published in"). */
    private static final int NAME_TO_DATE = 3;
    /** How far down a page the head is looked for when junk stands above the title, in lines with text. */
    private static final int HEAD_LINES = 10;
    /** Mastheads, navigation and breadcrumbs are short: a longer line at the top is the text itself. */
    private static final int MAX_MASTHEAD_WORDS = 12;
    private static final Pattern WORD_GAP = Pattern.compile("\\s+");
    /** A blog's name printed over its date header is short. */
    private static final int MAX_BLOG_NAME_WORDS = 10;
    /** A title under a date line is a headline, not the post's first sentence, when it is this short. */
    private static final int MAX_DATED_TITLE_WORDS = 15;

    /** A page's own date stamp in its machine form, with what the site prints beside it: "date 2025-08-20 Weekly Notes". */
    private static final Search STAMPED_LINE = Search.compile("^(?i:date)\\s+\\d{4}-\\d{2}-\\d{2}(?:\\s.*)?$");

    /** A sign-off over a signature: a short line that ends in a comma ("Best,", "With fierce love and sharp wits,"). */
    private static final Search SIGN_OFF = Search.compile("^\\p{Lu}[\\p{L}' ]{1,60},$");
    /** A first name alone under a sign-off: "Ann". */
    private static final Search SIGNED_FIRST_NAME = Search.compile("^\\p{Lu}\\p{Ll}{1,19}$");
    /** A person's name as a signature prints it: two or three capitalised words, a middle initial allowed ("Ann J. Lee"). */
    private static final Search SIGNED_NAME = Search.compile("^\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'-]+){1,2}$");
    /** An honorific before a signed name: "Rev.", "Dr", "Prof.". */
    private static final Search HONORIFIC = Search.compile("^(?:Rev|Dr|Prof|Mr|Mrs|Ms|Fr|Sr)\\.?\\s+");
    /** A handle printed after a signed name: "(@annlee)". */
    private static final Search HANDLE_AFTER = Search.compile("\\s*\\(@\\w+\\)\\*?$");

    /** The full stop that closes a date line ("Nov. 3, 2019."). */
    private static final Pattern DATE_STOP = Pattern.compile("(?<=\\d)\\.$");
    private static final Search BULLETED = Search.compile("^[\u2022\u25E6\u25AA\u2023\u2219\u00B7*]\\s");
    // A headline under a date line: compiled once, as they are tried on the head's lines of every page.
    private static final Search HEADLINE_OPENING = Search.compile("[\\p{Lu}\"'\u201C\u2018\\d].*");
    private static final Search ENDING_MARK = Search.compile("(?:\\.{3}|\u2026|[.!?]+)$");
    private static final Search SENTENCE_MARK = Search.compile(".*[.!?].*");
    private static final Search SENTENCE_INSIDE = Search.compile(".*[.!?]\\s.*");

    private HeadReader() {}

    /**
     * The head from line {@code first} (the page's first line with text): the opening's title, byline and date line, or,
     * when the opening has neither title nor byline, a mailing-list archive's message header (its Subject, From and Date
     * fields, under the archive's own blurb).
     */
    static PageHead read(List<Line> lines, int first, Marks marks) {
        Optional<SocialPreview> preview = SocialPreview.find(lines, first);
        if (preview.isPresent()) {
            // "NAME on NETWORK: FIRST WORDS …" over the status: its writer, and no title; the lines above are the viewer's
            // own and the status's stamp.
            SocialPreview p = preview.get();
            for (int j = first; j < p.line(); j++) {
                if (!lines.get(j).isBlank()) marks.mark(lines.get(j), isDateLine(lines.get(j).trimmed()) ? Segment.Role.DATE : Segment.Role.MASTHEAD);
            }
            marks.mark(lines.get(p.line()), Segment.Role.BYLINE);
            return new PageHead(null, new Byline(p.writer(), p.date(), List.of(), null), null, List.of(), nextContent(lines, p.line() + 1));
        }
        Masthead masthead = Masthead.of(lines);
        PageHead top = opening(lines, first, marks, masthead, -1);
        if (top.title() == null && top.byline() == null && top.dated() == null) {
            // Junk above the title (a server's errors, a section name, a profile line): the title stands over the byline.
            int title = titleOverByline(lines, first);
            if (title >= first) {
                for (int j = first; j < title; j++) marks.mark(lines.get(j), Segment.Role.MASTHEAD);
                top = opening(lines, title, marks, masthead, title);
            }
        }
        // What the head area as a whole settles where the reading in order left the title or the writer unread.
        top = HeadEvidence.refine(lines, first, top, marks);
        // A site's name printed once over the headline, which the reading in order took for the title.
        top = SiteName.over(lines, first, top, marks);
        Optional<String> joined = top.title() == null ? JoinedSummary.title(lines.get(first).trimmed()) : Optional.empty();
        if (joined.isPresent()) {
            // "HEADLINE::SUMMARY" on the first line: the headline is the title; the line stays the body's first, as the
            // summary is the text's standfirst (and a thread under it is no opening post's).
            top = new PageHead(joined.get(), top.byline(), top.dated(), top.categories(), top.next());
        }
        if (top.title() != null && top.byline() == null) {
            // An advice column's deck names the columnist over the reader's question: the column's byline.
            int titleLine = first;
            while (titleLine < top.next() && !lines.get(titleLine).trimmed().equals(top.title())) titleLine++;
            Optional<String> columnist = titleLine < top.next() ? AdviceColumn.columnist(lines, titleLine) : Optional.empty();
            if (columnist.isPresent()) top = new PageHead(top.title(), new Byline(columnist.get(), null, List.of(), null), top.dated(), top.categories(), top.next());
        }
        if (top.title() != null && top.byline() == null && top.dated() == null) {
            // A list archive's subject over the sender's name and address and the mail stamp, with no field labels.
            Optional<ArchiveSender> archived = ArchiveSender.under(lines, top.title(), top.next());
            if (archived.isPresent()) {
                ArchiveSender a = archived.get();
                for (int j = a.line(); j < a.next(); j++) if (!lines.get(j).isBlank()) marks.mark(lines.get(j), Segment.Role.BYLINE);
                return new PageHead(a.title(), new Byline(a.sender(), a.date(), List.of(), null), null, top.categories(), a.next());
            }
        }
        if (top.title() != null || top.byline() != null) return top;
        Optional<MailHeader> mail = MailHeader.find(lines, top.next());
        if (mail.isEmpty()) return top;
        MailHeader h = mail.get();
        for (int j = top.next(); j < h.line(); j++) if (!lines.get(j).isBlank()) marks.mark(lines.get(j), Segment.Role.MASTHEAD);
        for (int j = h.line(); j < h.next(); j++) marks.mark(lines.get(j), Segment.Role.BYLINE);
        return new PageHead(h.subject(), new Byline(h.sender(), h.date(), List.of(), null), top.dated(), top.categories(),
                nextContent(lines, h.next()));
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
        return author != null ? author : writerAfterText(lines, bodyStart, bodyEnd).orElse(null);
    }

    /**
     * A writer printed after the text rather than in its head: a closing bio, a signature under a sign-off, a name that
     * signs the last lines. Posts and newsletters both close this way, so the digest reader asks here too.
     */
    static Optional<String> writerAfterText(List<Line> lines, int bodyStart, int bodyEnd) {
        Optional<String> author = closingBio(lines, bodyStart, bodyEnd);
        if (author.isEmpty()) {
            int signed = closingSignature(lines, bodyStart, bodyEnd);
            if (signed >= 0) author = signer(lines.get(signed).trimmed());
        }
        return author.isPresent() ? author : signedName(lines, bodyStart, bodyEnd);
    }

    /**
     * The post's date: the byline's, else the date line of the head, else the opening header's ({@code openingDate}), else
     * the signature's, else a "Published …" line in the body; null if none.
     */
    static LocalDate date(List<Line> lines, PageHead head, Byline byline, LocalDate openingDate, Header signature, int bodyStart, int bodyEnd) {
        LocalDate date = byline != null && byline.date() != null ? byline.date() : head.dated() != null ? head.dated()
                : openingDate != null ? openingDate : signature != null ? signature.date() : null;
        if (date == null) date = closingDate(lines, bodyStart, bodyEnd).orElse(null);
        if (date == null) date = dateUnderDek(lines, bodyStart, bodyEnd).orElse(null);
        if (date == null) date = publishedBelow(lines, bodyEnd).orElse(null);
        return date;
    }

    /**
     * "Published on May 3, 2016 17:00" below the text's end, in the post's footer under its count line ("0 comments"): the
     * post's date, where nothing above dated it. Only the word "Published" is taken there: a response's header may open
     * with "Posted", none with "Published".
     */
    private static Optional<LocalDate> publishedBelow(List<Line> lines, int from) {
        for (int j = Math.max(0, from); j < lines.size(); j++) {
            String t = lines.get(j).trimmed();
            if (t.regionMatches(true, 0, "published", 0, 9) && isPublishedLine(t)) return Dates.find(t);
        }
        return Optional.empty();
    }

    /** The post's categories: the byline's, else a closing line's or a "Filed under" line's in the body. */
    static List<String> categories(List<Line> lines, PageHead head, Byline byline, int bodyStart, int bodyEnd, int threadEnd) {
        List<String> categories = byline == null ? List.of() : byline.categories();
        if (categories.isEmpty()) categories = head.categories();
        if (categories.isEmpty()) categories = filedUnder(lines, bodyStart, bodyEnd, threadEnd);
        return categories;
    }

    /** "About Ann Lee": an author box's heading. */
    static boolean isAuthorBox(String trimmed) {
        return ABOUT.matches(trimmed);
    }

    /**
     * The opening: furniture and mastheads, a date line, the title (once, though pages print it twice), a byline.
     *
     * @param titled the line the title was found on by the byline under it ({@link #titleOverByline}), or -1
     */
    private static PageHead opening(List<Line> lines, int first, Marks marks, Masthead masthead, int titled) {
        String title = null;
        Byline byline = null;
        LocalDate dated = null;
        String portrait = null; // the writer a portrait over the title names
        List<String> categories = List.of();
        int titleLine = -1, dateLine = -1;
        boolean dateUnderTitle = false, retitled = false;
        int i = first;
        for (int guard = 0; guard < 6 && i < lines.size(); guard++) {
            String t = lines.get(i).trimmed();
            Optional<Byline> b = byline == null && i != titled ? Byline.parse(t) : Optional.empty();
            Matcher portrayed = PORTRAIT.matcher(t);
            int dateBelow = title != null && byline == null ? nameOverDate(lines, i) : -1;
            Optional<String> label = i != titled ? PageLabel.of(t) : Optional.empty();
            if (guard == 0 && i != titled && STAMPED_LINE.matches(t)) {
                // "date 2025-08-20 Weekly Notes" opens the page: the site's lines, not the head; the title, if any, is
                // the headline over the first byline below ({@link #titleOverByline}).
                break;
            } else if (i == titled) {
                title = t;
                titleLine = i;
                marks.mark(lines.get(i), Segment.Role.TITLE);
            } else if (b.isPresent()) {
                byline = b.get();
                if (PageLabel.isTagOf(byline.author(), title)) {
                    // "Sunday Picks Mar 3, 2019" under "Our Sunday Picks #07": the series' tag and the date, no writer.
                    List<String> filed = new ArrayList<>(byline.categories());
                    filed.add(byline.author());
                    byline = new Byline(null, byline.date(), List.copyOf(filed), byline.claimedCount());
                }
                marks.mark(lines.get(i), Segment.Role.BYLINE);
            } else if (dated == null && isDateLine(t)) {
                dated = Dates.find(dateOf(t)).orElse(null);
                dateUnderTitle = title != null;
                dateLine = i;
                marks.mark(lines.get(i), Segment.Role.DATE);
            } else if (READ_TIME.matches(t)) {
                marks.mark(lines.get(i), Segment.Role.FURNITURE); // "6 mins" beside the date: neither title nor text
            } else if (dateUnderTitle && byline == null && !retitled && !t.equals(title) && isMastheadShaped(title) && isTitle(lines, i)
                    && nextContent(lines, i + 1) > i + 1
                    && t.split("\\s+").length <= 12 && !SENTENCE_MARK.matches(withoutEnding(t))) {
                // Blog name, date header, post title (as classic blog themes print a post): the first was the masthead.
                marks.mark(lines.get(titleLine), Segment.Role.MASTHEAD);
                title = t;
                titleLine = i;
                retitled = true;
                marks.mark(lines.get(i), Segment.Role.TITLE);
            } else if (byline == null && Header.at(lines, i).filter(h -> h.form().strength == Header.Strength.STRONG
                    || SingleView.comment(lines)).isPresent()) {
                break; // the page opens with a response header: a forum topic or a comment's own page (any header there)
            } else if (portrait == null && byline == null && portrayed.matches() && Header.nameLike(portrayed.group(1).trim())) {
                // "Author's profile photo Ann Lee" over the title: the writer's portrait, named by its alt text.
                portrait = portrayed.group(1).trim();
                marks.mark(lines.get(i), Segment.Role.BYLINE);
            } else if (categories.isEmpty() && FILED_LABEL.matches(t) && i + 1 < lines.size() && isCategoryValue(lines.get(i + 1).trimmed())) {
                // "Categories" over "Remote work": a label and its value on lines of their own.
                categories = List.of(lines.get(i + 1).trimmed());
                marks.mark(lines.get(i), Segment.Role.MASTHEAD);
                marks.mark(lines.get(i + 1), Segment.Role.MASTHEAD);
                i++;
            } else if (dateBelow >= 0) {
                // "Ann Lee" over "Mar 3, 2025" (a publication's name or "Published in" may stand between): the byline.
                byline = new Byline(t, Dates.find(dateOf(lines.get(dateBelow).trimmed())).orElse(null), List.of(), null);
                for (int j = i; j <= dateBelow; j++) marks.mark(lines.get(j), Segment.Role.BYLINE);
                i = dateBelow;
            } else if (title == null && (isMasthead(lines, i) || masthead.is(t) || (guard == 0 && Masthead.isBanner(t)))) {
                marks.mark(lines.get(i), Segment.Role.MASTHEAD); // a masthead or a navigation line: not the title
            } else if (title == null && label.isPresent() && nextContent(lines, i + 1) < lines.size() && isTitle(lines, nextContent(lines, i + 1))) {
                // "Blog archive", "Weekly digest" over the title: the page's kind or listing, a series' name its category.
                marks.mark(lines.get(i), Segment.Role.MASTHEAD);
                if (categories.isEmpty() && PageLabel.isSeries(label.get())) categories = List.of(label.get());
            } else if (title != null && !retitled && label.isPresent() && nextContent(lines, i + 1) < lines.size()
                    && isRetitle(lines, nextContent(lines, i + 1))) {
                // Blog name, byline, "Blog archive", post title: the label stands between the site's lines and the post's.
                marks.mark(lines.get(titleLine), Segment.Role.MASTHEAD);
                marks.mark(lines.get(i), Segment.Role.MASTHEAD);
                if (categories.isEmpty() && PageLabel.isSeries(label.get())) categories = List.of(label.get());
                i = nextContent(lines, i + 1);
                title = lines.get(i).trimmed();
                titleLine = i;
                retitled = true;
                marks.mark(lines.get(i), Segment.Role.TITLE);
            } else if (title == null && byline == null && isTitle(lines, i)) {
                title = t;
                titleLine = i;
                marks.mark(lines.get(i), Segment.Role.TITLE);
            } else if (title == null && byline == null && dated != null && !dateUnderTitle && i == nextContent(lines, dateLine + 1)
                    && isHeadlineUnderDate(lines, i)) {
                // "Monday, April 6, 2009" over "Working from the van..." (as classic blog themes print a day's post): the
                // line under the date at the top is the title, though it ends as a sentence may.
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
        if (portrait != null && (byline == null || byline.author() == null)) {
            byline = byline == null ? new Byline(portrait, null, List.of(), null)
                    : new Byline(portrait, byline.date(), byline.categories(), byline.claimedCount());
        }
        return new PageHead(title, byline, dated, categories, i);
    }

    /**
     * Whether a line read as the title may be the blog's name over a date header instead: a name is no question and is
     * short; a headline that asks or states something ("… of the Week: Is telework encouraged?") is the
     * post's, and the short line under its date is the text's first (a name over a letter, a section).
     */
    private static boolean isMastheadShaped(String title) {
        return title != null && WORD_GAP.split(title).length <= MAX_BLOG_NAME_WORDS && title.indexOf('?') < 0;
    }

    /** A post's title under a label that follows the site's lines: a short headline with text, not a byline, under it. */
    private static boolean isRetitle(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        return isTitle(lines, i) && WORD_GAP.split(t).length <= MAX_DATED_TITLE_WORDS && !SENTENCE_MARK.matches(withoutEnding(t))
                && Byline.parse(t).isEmpty() && !isDateLine(t) && PageLabel.of(t).isEmpty();
    }

    /**
     * Where the title stands when the page opens with short lines that are none of the head's known forms (a server's
     * error, a section's name, a site's own lines): the headline right over the first byline or date line among the first
     * lines; -1 if there is none, or the page opens with its text or a response's header.
     */
    private static int titleOverByline(List<Line> lines, int first) {
        int seen = 0, above = -1;
        for (int a = first; a < lines.size() && seen < HEAD_LINES; a++) {
            if (lines.get(a).isBlank()) continue;
            seen++;
            String t = lines.get(a).trimmed();
            if (Header.at(lines, a).filter(h -> h.form().strength == Header.Strength.STRONG).isPresent()) return -1;
            // "by" over "Ann" over "on DATE": the name under the byline's word is the writer, not a headline.
            if (isByline(lines, a)) return above >= 0 && isHeadline(lines, above, a) && !underBylineWord(lines, first, above) ? above : -1;
            if (t.split("\\s+").length > MAX_MASTHEAD_WORDS) return -1;
            above = a;
        }
        return -1;
    }

    /** Whether the line with text above line {@code i} (not above {@code first}) is a byline's words alone ("by"). */
    private static boolean underBylineWord(List<Line> lines, int first, int i) {
        int above = i - 1;
        while (above >= first && lines.get(above).isBlank()) above--;
        return above >= first && HeadFurniture.isBylineLabel(lines.get(above).trimmed());
    }

    /**
     * The headline right over a byline printed away from the head ({@link StrayByline}): a forum topic's "Re: SUBJECT" over
     * "by" / "ann" / "on DATE"; empty when the line over it is no headline or stands above {@code first}.
     */
    static Optional<String> titleOver(List<Line> lines, int first, int byline) {
        int above = byline - 1;
        while (above >= first && lines.get(above).isBlank()) above--;
        if (above < first || isByline(lines, above)) return Optional.empty();
        // A reply's subject is furniture in a thread, but over the post's own byline it is the topic as the page titles it.
        if (isMasthead(lines, above) && !Furniture.isReplySubject(lines.get(above).trimmed())) return Optional.empty();
        return isHeadline(lines, above, byline) ? Optional.of(lines.get(above).trimmed()) : Optional.empty();
    }

    /** A byline or date line: "By Ann Lee", "March 3, 2025", "Ann Lee" over "10 min read Mar 3, 2025". */
    private static boolean isByline(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        Optional<Byline> b = Byline.parse(t);
        if (b.isPresent() && (b.get().namesWriter() || b.get().date() != null)) return true;
        return isDateLine(t) && Dates.find(dateOf(t)).isPresent() || nameOverDate(lines, i) >= 0;
    }

    /** A headline over a byline: one short line standing alone or right over the byline, which may end like a sentence. */
    private static boolean isHeadline(List<Line> lines, int i, int byline) {
        String t = lines.get(i).trimmed();
        if (t.length() > MAX_TITLE || t.split("\\s+").length > 25 || !t.matches(".*\\p{L}.*")) return false;
        if (t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) return false;
        if (ThreadBounds.isNotice(t) || ThreadBounds.isForm(t) || ResponseCount.parse(t).isPresent()) return false;
        if (READ_TIME.matches(t) || NAVIGATION.matches(t) || BULLETED.matcher(t).lookingAt()) return false;
        return i + 1 == byline || lines.get(i + 1).isBlank();
    }

    /**
     * The line of the date under a bare name ("Ann Lee" over "Mar 3, 2025", with up to three short lines between: a
     * publication's name, "Published in"), or -1: a byline printed on lines of its own.
     */
    private static int nameOverDate(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        int words = t.split("\\s+").length;
        if (words < 2 || words > 4 || !Header.nameLike(t) || t.matches(".*[.,:;!?]$") || i + 1 >= lines.size() || lines.get(i + 1).isBlank()) return -1;
        for (int j = i + 1, seen = 0; j < lines.size() && seen <= NAME_TO_DATE && !lines.get(j).isBlank(); j++, seen++) {
            String next = lines.get(j).trimmed();
            if (isDateLine(next) && Dates.find(dateOf(next)).isPresent()) return j;
            if (next.split("\\s+").length > 4 || Dates.find(next).isPresent()) return -1;
        }
        return -1;
    }

    /** A date line of its own, perhaps with page actions after it or a reading time before it. */
    private static boolean isDateLine(String t) {
        return Dates.isStamp(dateOf(t));
    }

    /** A date line without the page actions and the reading time printed beside it. */
    private static String dateOf(String t) {
        // "Nov. 3, 2019." : news styles close a date line with a full stop, which no stamp holds.
        return READ_TIME_FIRST.matcher(Dates.withoutZoneOrPage(withoutActions(DATE_STOP.matcher(t).replaceFirst("")))).replaceFirst("");
    }

    /** A category's value on a line of its own: a few words, no sentence. */
    private static boolean isCategoryValue(String t) {
        return !t.isEmpty() && t.split("\\s+").length <= 4 && !t.matches(".*[.!?:]$") && Character.isUpperCase(t.codePointAt(0));
    }

    /**
     * The title without the site's name it carries ("Ann's post | Ann's Blog", "Ann's post - Ann's Blog") when the page
     * prints the bare title as {@code bare}; else the title as it is (a title may hold a dash of its own).
     */
    private static String withoutSite(String title, String bare) {
        Matcher m = SITE_SUFFIX.matcher(title);
        if (m.matches() && plain(m.group(1).trim()).equals(plain(bare)) && m.group(2).trim().split("\\s+").length <= MAX_SITE_WORDS) return bare;
        // "Home News Ann's post" over "Ann's post": a breadcrumb trail ending in the title.
        String crumbs = plain(title), tail = plain(bare);
        if (crumbs.length() > tail.length() && crumbs.endsWith(" " + tail) && tail.split("\\s+").length >= 3
                && crumbs.substring(0, crumbs.length() - tail.length()).trim().split("\\s+").length <= MAX_SITE_WORDS) {
            return bare;
        }
        return title;
    }

    /** A title with its quotation marks straightened: a window's title and the page's may quote differently. */
    private static String plain(String t) {
        return t.replaceAll("[\u201C\u201D\u201E\u00AB\u00BB]", "\"").replaceAll("[\u2018\u2019]", "'");
    }

    /**
     * A bare name under the title over a one-line bio ("Journalist and translator based in Lyon.", "Ann is an editor at …"):
     * a name of two to four capitalised words, and a short line after it that says what the writer does.
     */
    static boolean bareNameOverBio(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        int words = t.split("\\s+").length;
        if (words < 2 || words > 4 || !Header.nameLike(t) || t.matches(".*[.,:;!?]$")) return false;
        int bio = nextContent(lines, i + 1);
        if (bio >= lines.size() || bio > i + 2) return false;
        String b = lines.get(bio).trimmed();
        return b.split("\\s+").length <= MAX_BIO_WORDS && BIO.find(b);
    }

    /** "About Ann Lee" after the body, a name and nothing else: the author box some themes print under a post. */
    private static Optional<String> authorBox(List<Line> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            Matcher m = ABOUT.matcher(lines.get(j).trimmed());
            if (m.matches() && Header.nameLike(m.group(1))) return Optional.of(m.group(1));
            Matcher handle = ABOUT_HANDLE.matcher(lines.get(j).trimmed());
            if (handle.matches() && Header.handleShaped(handle.group(1)) && handle.group(1).matches(".*\\d.*")) return Optional.of(handle.group(1));
            // "About DeskEditor" over a paragraph of bio: a handle with a capital inside it ("About LinkedIn" in a list of
            // links has no paragraph under it).
            if (handle.matches() && Header.handleShaped(handle.group(1)) && handle.group(1).matches(".*\\p{Ll}\\p{Lu}.*")) {
                int bio = nextContent(lines, j + 1);
                if (bio < to && lines.get(bio).trimmed().split("\\s+").length >= MIN_BOX_WORDS) return Optional.of(handle.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * The line of a signature in the post's last lines: "Posted by Ann Lee at October 2, 2003 03:08 PM" (the footer classic
     * blog systems print under a post), "— Ann Lee, Editor"; -1 if none. It signs the text: no part of it.
     */
    static int closingSignature(List<Line> lines, int from, int to) {
        int seen = 0;
        for (int j = to - 1; j >= from && seen < SIGNATURE_LINES; j--) {
            String t = lines.get(j).trimmed();
            if (t.isEmpty()) continue;
            seen++;
            if (signer(t).isPresent()) return j;
        }
        return -1;
    }

    /** The writer a signature line names. */
    static Optional<String> signer(String t) {
        if (POSTED_BY.matcher(t).lookingAt()) {
            Optional<Byline> b = Byline.parse(t);
            // "Posted by" vouches for the name that follows, whatever it looks like ("The Hollises", "ann").
            if (b.isPresent() && b.get().author() != null && b.get().author().split("\\s+").length <= 4) return Optional.of(b.get().author());
        }
        Matcher dash = DASH_SIGNATURE.matcher(t);
        if (dash.matches() && dash.group(1).trim().split("\\s+").length >= 2 && Header.nameLike(dash.group(1).trim())) {
            return Optional.of(dash.group(1).trim());
        }
        return Optional.empty();
    }

    /**
     * The writer who signs the text with a bare name: under a sign-off line anywhere in the text ("With love and thanks,"
     * over "Ann"), as letters and newsletters close, or on the text's last line with a signature's marks ("Rev. Ann Lee",
     * "Ann Lee (@annlee)"), as forum posts and announcements close, where the line over it names nobody (a list of names
     * is no signature).
     */
    static Optional<String> signedName(List<Line> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!SIGN_OFF.matches(lines.get(j).trimmed())) continue;
            int k = nextContent(lines, j + 1);
            if (k >= to) break;
            String n = bareName(lines.get(k).trimmed());
            if (n != null) return Optional.of(n);
            if (SIGNED_FIRST_NAME.matches(lines.get(k).trimmed())) return Optional.of(lines.get(k).trimmed());
        }
        int last = to - 1;
        while (last >= from && lines.get(last).isBlank()) last--;
        if (last <= from) return Optional.empty();
        String t = lines.get(last).trimmed(), n = bareName(t);
        // A bare last line may be a series' name or a forum rank ("Senior Member"): only a signature's marks, a title
        // before the name or a handle after it, make it one.
        if (n == null || n.equals(t)) return Optional.empty();
        int above = last - 1;
        while (above >= from && lines.get(above).isBlank()) above--;
        return above >= from && bareName(lines.get(above).trimmed()) == null ? Optional.of(n) : Optional.empty();
    }

    /** "Rev. Ann Lee", "Ann J. Lee (@annlee)": a person's name of two or three capitalised words alone on a line, or null. */
    private static String bareName(String t) {
        String n = HANDLE_AFTER.matcher(HONORIFIC.matcher(t).replaceFirst("")).replaceFirst("").trim();
        return SIGNED_NAME.matches(n) && Header.nameLike(n) ? n : null;
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
            boolean boxed = above >= from && ABOUT_AUTHOR.matches(lines.get(above).trimmed());
            if (boxed || BIO.find(t)) return Optional.of(m.group(1));
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

    /**
     * A date line of its own among the first lines of the text: the date a news page prints under the title's standfirst
     * or a photo's caption ("The death of the commute" / a one-line standfirst / "Mar 9, 2013").
     */
    private static Optional<LocalDate> dateUnderDek(List<Line> lines, int from, int to) {
        int seen = 0;
        for (int j = from; j < to && seen < DEK_LINES; j++) {
            if (lines.get(j).isBlank()) continue;
            seen++;
            String t = lines.get(j).trimmed();
            if (isDateLine(t)) return Dates.find(dateOf(t));
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

    /** Whether a line is the links to the previous and next posts ("« Older post | Main | Newer post »"). */
    static boolean previousNext(String t) {
        return PREVIOUS_NEXT.matches(t);
    }

    /** A masthead, logo or navigation line at the top: a site's name with an age ("r/sub 4d ago"), furniture, a logo. */
    private static boolean isMasthead(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        // "top of page": the skip link every Wix page prints first (and "bottom of page" last), like "Skip to content".
        if (Furniture.is(t) || SITE_CHROME.matches(t)) return true;
        if (READ_TIME.matches(t) || NAVIGATION.matches(t)) return true;
        if (SERVER_ERROR.matches(t) || PREVIOUS_NEXT.matches(t)) return true;
        // A site's name in capitals run straight into what follows ("HACKER Q&A" over a header): a title stands alone.
        if (t.matches("[^\\p{Ll}]*\\p{Lu}{2}[^\\p{Ll}]*") && t.split("\\s+").length <= 4 && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
            return true;
        }
        Matcher age = Dates.TIME_OR_AGE.matcher(t);
        return age.find() && age.end() == t.length() && t.length() < 60 && !Header.nameLike(t.substring(0, age.start()).trim());
    }

    /**
     * The line under a date line at the top as a title: a short line that opens with a capital or a quotation mark and is
     * one sentence at most, which may end in a full stop, an ellipsis, a question or an exclamation mark.
     */
    private static boolean isHeadlineUnderDate(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        if (t.length() > MAX_TITLE || t.split("\\s+").length > MAX_DATED_TITLE_WORDS || !HEADLINE_OPENING.matches(t)) return false;
        if (t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) return false;
        if (ThreadBounds.isNotice(t) || ThreadBounds.isForm(t) || ResponseCount.parse(t).isPresent() || isDateLine(t)) return false;
        if (NAVIGATION.matches(t) || BULLETED.matcher(t).lookingAt() || Byline.parse(t).isPresent()) return false;
        if (Header.at(lines, i).isPresent()) return false;
        return !SENTENCE_INSIDE.matches(withoutEnding(t)) && nextContent(lines, i + 1) < lines.size();
    }

    /** A line without the mark it ends with: "?", "!", "." or an ellipsis. */
    private static String withoutEnding(String t) {
        return ENDING_MARK.matcher(t).replaceFirst("");
    }

    /** A title is one short line standing alone (a blank line or the end after it), not ending like a sentence. */
    static boolean isTitle(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        if (t.length() > MAX_TITLE || t.split("\\s+").length > 25 || !t.matches(".*\\p{L}.*")) return false;
        if (t.endsWith(".") || t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) return false;
        if (ThreadBounds.isNotice(t) || ThreadBounds.isForm(t) || ResponseCount.parse(t).isPresent()) return false;
        if (READ_TIME.matches(t) || NAVIGATION.matches(t)) return false;
        if (BULLETED.matcher(t).lookingAt()) return false; // a list item or a menu entry, not a heading
        if (i + 1 >= lines.size() || lines.get(i + 1).isBlank()) return true;
        String next = lines.get(i + 1).trimmed();
        return Byline.parse(next).isPresent() || isDateLine(next)
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

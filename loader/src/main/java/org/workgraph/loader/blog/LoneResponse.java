package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;
import org.workgraph.loader.text.Search;

/**
 * Decides, for a page whose reading found no thread, whether the page as a whole is ONE response shown alone (a comment's
 * permalink, a forum's single-post view, a reply's own page on a social blog, a comments page holding one comment) rather
 * than a post, by weighing cues many systems share ({@link LoneEvidence}); when the cues are thin it abstains and the page
 * stays a post with no invented response. The cues:
 * <ul>
 *   <li>the context the page names (weight 3): what the text answers ("Discussion on: TITLE", a "Re: TITLE" subject over
 *       it, "In reply to …"), a quotation of the post it answers ("Quote Originally Posted by NAME"), a header that calls
 *       the text a comment ("Comment from NAME"), or a comment page's own words ("[ Parent ]", {@link SingleView});</li>
 *   <li>its writer's line (2): a portrait's alt text over it ("NAME profile image"), a forum's "Last edited by NAME", a
 *       name and stamp run into the text's first line, a signature under it ("by NAME on DATE");</li>
 *   <li>its furniture (1): a comment's id, a stamp with a time over the text;</li>
 *   <li>its shape (1 each): it opens with its text (nothing above it but the cues), it is one run of prose (no heading,
 *       list or caption), it opens by answering ("I don't agree", "Great article", "no.") or speaks of another's text
 *       ("your point", "TFA", "you forgot"), it is short and in the first person;</li>
 *   <li>against (−3, −2): a post's furniture (a "Filed under" or "Posted in" line, an author box, a count line, a comment
 *       form, a previous/next line), a title or a byline the head reader found that no context line explains.</li>
 * </ul>
 * Its writer is the one its writer's line names (none when the page names none); its kind a comment; the page keeps the
 * title its context names and has no writer or date of its own (the date shown is the comment's).
 */
final class LoneResponse {
    /** "Discussion on: TITLE", "Comments on: TITLE", "In response to: TITLE": the text the page's one response answers. */
    private static final Search DISCUSSION = Search.compile("^(?i:discussion on|comments? on|responses? to|in response to)\\s*:\\s*(\\S.*)$");
    /** "In reply to Ann", "Replying to @ann", "Reply to: TITLE": the page is a reply. */
    private static final Search IN_REPLY = Search.compile("^(?i:in reply to|replying to|reply to)\\b\\s*:?\\s*\\S.*$");
    /** A quotation of the post the text answers: "Quote Originally Posted by NAME View Post", "Quote from: NAME on DATE". */
    private static final Search QUOTED = Search.compile("^(?i:quote\\s+(?:originally\\s+posted\\s+by|from:?)|originally\\s+posted\\s+by)\\s+(\\S.{0,60}?)"
            + "(?:\\s+(?i:view post|on\\s+.+))?$");
    /** A portrait's alt text naming the writer: "ann_lee profile image". */
    private static final Search PROFILE_IMAGE = Search.compile("^(\\S+(?:\\s+\\S+){0,3})\\s+(?i:profile (?:image|picture|photo))$");
    /** A forum's note on its one post: "Last edited by ann - on 10 July 2021", "Last edited by ann; 03-02-2020 at 10:14 AM". */
    private static final Search LAST_EDITED = Search.compile("^(?i:last edited by)\\s+(\\S+(?:\\s+\\S+){0,3}?)\\s*(?:[-\u2013\u2014;,:]|\\s(?i:on|at)\\s|$)(.*)$");
    /** A signature under the text: "by ann (ann (at) mail.example) on Fri Jun 13th, 2008 at 03:17:36 PM EST". */
    private static final Search SIGNED = Search.compile("^(?i:by)\\s+(\\S+(?:\\s+\\S+){0,3}?)(?:\\s+\\((?:[^()]|\\([^()]*\\))*\\))?\\s+(?i:on)\\s+(\\S.*)$");
    /** A name run into the text's first line with its stamp: "Ann Dec 13, 2020 3:20 pm Very interesting …". */
    private static final Search RUN_IN_NAME = Search.compile("^(\\p{Lu}[\\p{L}'.\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'.\u2019-]*){0,2})\\s+(?=\\p{Lu}\\p{Ll}{2}|\\d)");
    /** A comment's own id or number: "Comment ID: ABC-0963 | 22-Oct-20", "Post #8", "Permalink". */
    private static final Search COMMENT_ID = Search.compile("^(?i:(?:comment|post|reply|answer)\\s*(?:id|#|no\\.?|number)\\s*:?\\s*\\S.*|permalink)$");
    /** A site's greeting printed over every page: "Welcome to SITE. …". */
    private static final Search SITE_NOTICE = Search.compile("^(?i:welcome to)\\s.*$");
    /** A text that opens by answering: a verdict, a reaction to what it answers, an agreement or its refusal. */
    private static final Search ANSWERING = Search.compile("^(?i:(?:i|i'm|i am)\\s+(?:(?:totally|completely|fully|partly|kind of)\\s+)?"
            + "(?:agree|disagree|don'?t agree|do not agree|think|guess|suspect|appreciate|doubt)|agreed|exactly|absolutely|"
            + "(?:(?:a|this is a|what a|very|really|such an?)\\s+)?(?:great|good|nice|interesting|excellent|fantastic|thoughtful|fascinating)\\s+"
            + "(?:article|post|piece|read|question|point|write-?up|essay)|thanks? (?:you )?for|thank you|hello|hi|hey|yes|yeah|yep|no|nope|"
            + "well|same here|so true|speaking as|as (?:a|an|someone)|\\+1|@\\S+)\\b");
    /** Words that speak of the text a response answers, or to its writer. */
    private static final Search ANSWERED = Search.compile("(?i)\\b(?:your (?:article|post|piece|point|comment|question|argument|take)"
            + "|(?:great|good|nice|interesting|excellent|fantastic|thoughtful) (?:article|post|piece|read|point)"
            + "|the comments|you (?:said|wrote|say|mention(?:ed)?|forgot|forget)|i (?:agree|disagree) with|\\bTFA\\b|\\bOP\\b)");
    /** The writer speaking as "I". */
    private static final Search FIRST_PERSON = Search.compile("\\b(?:I|I'm|I've|I'd|I'll|my|me|I\u2019m|I\u2019ve|I\u2019d|I\u2019ll)\\b");
    /** A post's closing line: "This entry was posted in …", "Posted in …", "Share this:". */
    private static final Search POST_CLOSING = Search.compile("^(?i:this (?:entry|post) was posted|posted in|filed under|tags?:|tagged(?: with)?:?|categor(?:y|ies):|share this|"
            + "related posts?|you may also like|about the author)\\b.*$");
    /** A link to the comment the page's one comment answers: "[ Parent ]", "View parent comment", "Show parent". */
    private static final Search PARENT = Search.compile("^(?i:view (?:the )?parent(?: comment)?|show parent(?: comments?)?|\\[\\s*parent\\s*\\]|parent comment)$");
    /** A user handle of one token, digits and marks allowed. */
    private static final Search HANDLE = Search.compile("[\\p{L}\\d_.-]{2,30}");
    /** The most words a text may have to count as short. */
    private static final int SHORT_WORDS = 200;
    /** The most the page's shape alone weighs: less than {@link LoneEvidence#THRESHOLD}. */
    private static final int SHAPE_MOST = 2;
    /** A numbered or bulleted item: a list, not one run of prose. */
    private static final Search LIST_ITEM = Search.compile("^(?:\\d{1,3}[.)]|[\u2022\u25E6\u25AA\u2023\u2219\u00B7*-])\\s+\\S.*$");
    /** A line closed as a sentence or a quotation closes. */
    private static final Search SENTENCE_CLOSED = Search.compile(".*[.!?\u2026\"'\u201D)]$");

    private LoneResponse() {}

    /**
     * The page read as one response when the cues say so, else {@code reading} as it is; either way {@code marks} gets the
     * decision with its cues.
     */
    static BlogPost read(List<Line> lines, BlogPost reading, Marks marks) {
        if (!reading.responses().isEmpty()) {
            marks.decide(LoneEvidence.threadRead(reading.responses().size()).explain());
            return reading;
        }
        Weighing w = weigh(lines, reading);
        marks.decide(w.evidence().explain());
        if (!w.evidence().lone()) return reading;
        Object owner = new Object();
        List<String> text = new ArrayList<>();
        for (int j = w.textStart; j <= w.textEnd; j++) {
            Line l = lines.get(j);
            if (l.isBlank()) continue;
            if (w.cueLines.contains(j)) {
                marks.mark(l, j == w.writerLine ? Segment.Role.HEADER : Segment.Role.FURNITURE, j == w.writerLine ? "LONE" : null, owner);
                continue;
            }
            String t = l.trimmed();
            if (Furniture.is(t) || !hasLetter(t)) { marks.mark(l, Segment.Role.FURNITURE); continue; }
            text.add(j == w.textStart && w.runIn > 0 ? t.substring(w.runIn) : l.text());
            marks.mark(l, Segment.Role.RESPONSE, null, owner);
        }
        // What the page prints above the text (a site's name or greeting, the title it answers) stays the page's own text.
        List<String> above = new ArrayList<>();
        for (int j = 0; j < w.textStart; j++) {
            Line l = lines.get(j);
            if (l.isBlank()) continue;
            if (j == w.writerLine) marks.mark(l, Segment.Role.HEADER, "LONE", owner);
            else {
                marks.mark(l, w.cueLines.contains(j) ? Segment.Role.FURNITURE : Segment.Role.MASTHEAD);
                above.add(l.text());
            }
        }
        for (int j = w.textEnd + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (!l.isBlank()) marks.mark(l, j == w.writerLine ? Segment.Role.HEADER : Segment.Role.FURNITURE, j == w.writerLine ? "LONE" : null, owner);
        }
        marks.place(owner, 1);
        // A link to its parent says the comment answers another comment: a reply, though the page does not show that one.
        ResponseKind kind = lines.stream().anyMatch(l -> PARENT.matches(l.trimmed())) ? ResponseKind.REPLY : ResponseKind.COMMENT;
        Response one = new Response(1, null, kind, w.writer, null, w.date, Text.normalizeSpace(String.join("\n", text)),
                null, null, lines.get(w.textStart).number());
        String title = w.contextTitle != null ? w.contextTitle : reading.title();
        return new BlogPost(reading.source(), title, null, null, reading.categories(), reading.claimedResponseCount(),
                Text.normalizeSpace(String.join("\n", above)), List.of(one), reading.thread());
    }

    /** The cues weighed over a page, and where its one response's text and writer would be. */
    private static final class Weighing {
        int score;
        final List<String> cues = new ArrayList<>();
        final List<Integer> cueLines = new ArrayList<>();
        String contextTitle;
        String writer;
        LocalDate date;
        int writerLine = -1;
        int textStart = -1, textEnd = -1;
        /** Characters of the first text line that are its writer's name and stamp. */
        int runIn;
        boolean lone;

        void add(int weight, String why, String line) {
            score += weight;
            cues.add((weight > 0 ? "+" : "") + weight + " " + why + (line == null ? "" : ": '" + shorten(line) + "'"));
        }

        void writer(String name, LocalDate when, int line) {
            // A handle of digits is a name where the page says whose portrait or note it is ("204417 profile image").
            if (writer == null && name != null && (Header.nameLike(name, false) || HANDLE.matches(name))) {
                writer = name;
                writerLine = line;
            }
            if (date == null) date = when;
        }

        LoneEvidence evidence() { return new LoneEvidence(lone, score, cues); }
    }

    static LoneEvidence evidence(List<Line> lines, BlogPost reading) {
        return reading.responses().isEmpty() ? weigh(lines, reading).evidence() : LoneEvidence.threadRead(reading.responses().size());
    }

    private static Weighing weigh(List<Line> lines, BlogPost reading) {
        Weighing w = new Weighing();
        List<Integer> content = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) if (!lines.get(j).isBlank()) content.add(j);
        if (content.isEmpty()) return w;

        // The context the page names, over the text (the first lines only: further down such words are the text's own).
        boolean context = false;
        for (int k = 0; k < Math.min(4, content.size()); k++) {
            int j = content.get(k);
            String t = lines.get(j).trimmed();
            Matcher m;
            if ((m = DISCUSSION.matcher(t)).matches()) {
                w.contextTitle = m.group(1).trim();
                w.add(3, "names the text it answers", t);
            } else if (k == 0 && Furniture.isReplySubject(t)) {
                w.contextTitle = t;
                w.add(3, "a reply's subject line", t);
            } else if (IN_REPLY.matches(t)) {
                w.add(3, "says it is a reply", t);
            } else if (QUOTED.matches(t)) {
                w.add(3, "quotes the post it answers", t);
            } else if ((m = PROFILE_IMAGE.matcher(t)).matches()) {
                w.add(2, "its writer's portrait", t);
                w.writer(m.group(1), null, j);
            } else if (k <= 1 && Header.at(lines, j).filter(h -> h.form() == Header.Form.COMMENT_BY).isPresent()) {
                Header h = Header.at(lines, j).get();
                w.add(3, "a header that calls it a comment", t);
                w.writer(h.name(), h.date(), j);
            } else if (k == 0 && Dates.isStamp(t) && Dates.TIME_OR_AGE.find(t)) {
                w.add(1, "a stamp with a time over the text", t);
                w.writer(null, Dates.find(t).orElse(null), -1);
            } else {
                // A site's greeting over every page is nobody's words; any other line is not a cue.
                if (SITE_NOTICE.matches(t)) w.cueLines.add(j);
                continue;
            }
            w.cueLines.add(j);
            context = true;
        }
        if (SingleView.comment(lines)) w.add(3, "the page says it is one comment's", null);

        // Where the text is: from its first line of prose (its writer's name and stamp may be run into it) to its last.
        for (int j : content) {
            if (w.cueLines.contains(j)) continue;
            String t = lines.get(j).trimmed();
            String name = w.textStart < 0 ? runInName(t) : null;
            if (name != null) {
                int runIn = runIn(t);
                w.add(2, "its writer's name and stamp run into its first line", t.substring(0, runIn).trim());
                w.writer(name, Dates.find(t.substring(0, runIn)).orElse(null), -1);
                w.runIn = runIn;
                w.textStart = j;
                w.textEnd = j;
                continue;
            }
            if (!prose(t) || t.equals(reading.title())) continue;
            if (w.textStart < 0) w.textStart = j;
            w.textEnd = j;
        }
        if (w.textStart < 0) return w;
        if (w.textEnd < w.textStart) w.textEnd = w.textStart;

        // Its writer's line and furniture, under or among the text.
        boolean post = false;
        for (int j : content) {
            if (w.cueLines.contains(j)) continue;
            String t = lines.get(j).trimmed();
            Matcher m;
            if ((m = LAST_EDITED.matcher(t)).matches()) {
                w.add(2, "a forum's note on its one post", t);
                w.writer(m.group(1).trim(), Dates.find(m.group(2)).orElse(null), j);
                w.cueLines.add(j);
            } else if (j > w.textStart && (m = SIGNED.matcher(t)).matches() && Dates.DATE.find(m.group(2))) {
                w.add(2, "its writer's signature", t);
                w.writer(m.group(1).trim(), Dates.find(m.group(2)).orElse(null), j);
                w.cueLines.add(j);
            } else if (COMMENT_ID.matches(t)) {
                w.add(1, "a comment's id", t);
                w.cueLines.add(j);
                if (w.date == null) w.date = Dates.find(t).orElse(null);
            } else if (!post && (POST_CLOSING.matches(t) || HeadReader.isAuthorBox(t) || ThreadBounds.isForm(t)
                    || ResponseCount.parse(t).isPresent() || HeadReader.previousNext(t))) {
                w.add(-3, "a post's furniture", t);
                post = true;
            }
        }
        // Cue lines found after the text's last prose line close it; one found inside it ends it there.
        int last = w.textEnd;
        for (int j : w.cueLines) if (j > w.textStart && j <= last) w.textEnd = Math.min(w.textEnd, j - 1);

        // The page's shape.
        List<String> prose = new ArrayList<>();
        boolean unexplained = false, opensWithText = true;
        for (int j : content) {
            if (j >= w.textStart) break;
            if (!w.cueLines.contains(j)) opensWithText = false;
        }
        int stray = 0, items = 0;
        for (int j : content) {
            if (j < w.textStart || j > w.textEnd || w.cueLines.contains(j)) continue;
            String t = lines.get(j).trimmed();
            if (j == w.textStart && w.runIn > 0) t = t.substring(w.runIn);
            if (LIST_ITEM.matches(t)) { stray++; items++; }
            if (prose(t)) prose.add(t);
            else if (!Furniture.is(t) && hasLetter(t)) stray++;
        }
        unexplained = stray > 0;
        if (items >= 2) w.add(-2, "a list of " + items + " items: several texts, not one", null);
        String text = String.join(" ", prose);
        // The shape alone is also how many posts are written (a short first-person paragraph under a lost title): its cues
        // count for at most SHAPE_MOST, so a page needs another cue too, of its context, writer, furniture or address.
        int shape = 0;
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        if (opensWithText && (reading.title() == null || w.contextTitle != null)) {
            shape = shape(w, shape, "opens with its text: no title, byline or date above it");
        }
        if (!unexplained) shape = shape(w, shape, "one run of prose: no heading, list or caption among its lines");
        if (words <= SHORT_WORDS && FIRST_PERSON.find(text)) shape = shape(w, shape, "short (" + words + " words), in the first person");
        Matcher answering = ANSWERING.matcher(text);
        Matcher answered = ANSWERED.matcher(text);
        // Words anywhere in the text that speak of another's are the text's shape too (a post quoting a reader's "good point"
        // has them), so they share the cap; an opening that answers is the response's own first move and weighs apart.
        if (answering.lookingAt()) w.add(1, "opens by answering", answering.group());
        else if (answered.find()) w.add(shape++ < SHAPE_MOST ? 1 : 0, "speaks of the text it answers", answered.group());

        // Against: what the head reader found above the text that no context line explains.
        if (reading.title() != null && w.contextTitle == null && !context) w.add(-2, "a title", reading.title());
        if (reading.author() != null && !reading.author().equals(w.writer)) w.add(-2, "a byline", reading.author());
        w.lone = w.score >= LoneEvidence.THRESHOLD;
        return w;
    }

    /** One more cue of the page's shape, weighed only while the shape's cues are under {@link #SHAPE_MOST}. */
    private static int shape(Weighing w, int shape, String why) {
        w.add(shape < SHAPE_MOST ? 1 : 0, why, null);
        return shape + 1;
    }

    /** A line of running text: six words or more, or three or more closed by a sentence's mark. */
    private static boolean prose(String t) {
        String[] words = t.split("\\s+");
        if (!hasLetter(t)) return false;
        return words.length >= 6 || words.length >= 3 && SENTENCE_CLOSED.matches(t);
    }

    private static boolean hasLetter(String t) {
        return t.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * How many characters open the line with a name and a stamp run into the text ("Ann Dec 13, 2020 3:20 pm Very …"), or
     * 0: a name of one to three capitalised words, a date, an optional time, then the text.
     */
    static int runIn(String t) {
        return runInName(t) == null ? 0 : runInEnd(t, runInName(t).length());
    }

    /** The name a line opens with before a date run into its text ("Ann" of "Ann Dec 13, 2020 3:20 pm Very …"), or null. */
    static String runInName(String t) {
        Matcher n = RUN_IN_NAME.matcher(t);
        if (!n.lookingAt()) return null;
        // The shortest name first: a month's name is capitalised too ("Ann Dec 13, 2020").
        String[] words = n.group(1).split("\\s+");
        for (int k = 1; k <= words.length; k++) {
            String name = String.join(" ", java.util.Arrays.copyOf(words, k));
            if (t.startsWith(name + " ") && runInEnd(t, name.length()) > 0) return name;
        }
        return null;
    }

    /** Where the text starts after a name of {@code nameLength} characters and a stamp, or 0 when no stamp follows it. */
    private static int runInEnd(String t, int nameLength) {
        String rest = t.substring(nameLength).stripLeading();
        int from = t.length() - rest.length();
        Matcher d = Dates.DATE.matcher(rest);
        if (!d.lookingAt()) return 0;
        int end = from + d.end();
        Matcher time = Dates.TIME_OR_AGE.matcher(t);
        if (time.find(end) && t.substring(end, time.start()).isBlank()) end = time.end();
        String after = t.substring(end).trim();
        if (!prose(after)) return 0;
        return t.indexOf(after, end);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}

package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.blog.learn.LineFeatures;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;
import org.workgraph.loader.text.Search;

/**
 * Reads a page's thread into responses in page order, in three steps: each line is classified (a response
 * header by its {@link Header.Form form}, page {@link Furniture}, a notice, text); the thread keeps the header forms
 * it can trust (a page that prints "Ann says:" headers does not also take a quoted "Bo wrote:" for one); then the
 * lines are gathered into responses, nested by indentation and list numbering where the page shows them.
 *
 * <p>Layouts mix. A structured thread gives each comment a header ("  3. Zoë", "Ann Lee says:", "ann's avatar",
 * "Post by ann » date"); a numbered thread without names gives each comment a list number ("  1. The text…");
 * a flat thread has one paragraph per line with no headers: "Pingback: TITLE | SITE" and "Reblogged this on SITE"
 * lines are responses of their own, and the other paragraphs are comments whose writer the text does not give,
 * split where a footer ("Reply", "Expand full comment") closes one, where a paragraph opens by speaking to someone
 * by name, or where the previous one signed off. Inference (who answers whom by name) is left to {@link #toResponses}
 * and marked as such.
 */
final class ThreadParser {
    private static final Search NUMBERED = Search.compile("^(\\d{1,5})[.)]\\s+(\\S.*)$");
    /** A list item: numbered ("3. …", group 1 the number) or bulleted. */
    private static final Search LIST_ITEM = Search.compile("^(?:(?:[\u2022\u25E6\u25AA\u2023\u2219\u00B7]\\s*)?(\\d{1,5})[.)]|[\u2022\u25E6\u25AA\u2023\u2219\u00B7])\\s+(\\S.*)$");
    /** How many texts a page must sign with a name line before such lines count as signatures. */
    private static final int SIGNATURES = 3;
    /** How many texts a page must head with a name over a role line before such pairs count as headers. */
    private static final int ROLES = 2;
    /** How many name lines over texts must be user handles before a page's name lines count as its headers. */
    private static final int HANDLES = 3;
    /** A bar before a line of a text dump ("| ann wrote:", "| the text"), group 1 the bar. */
    private static final Pattern BAR = Pattern.compile("^([|\u2502])(?:\s.*)?$");
    private static final Pattern BARE_PORTRAIT = Pattern.compile("(?<!['\u2019]s)\\s(?i:avatar)$");
    private static final Pattern HANDLE_MARK = Pattern.compile("^(?:/?u/|@)");
    private static final Search SCORE = Search.compile("^[+-]?\\d[\\d,.]*k?$");
    private static final Search PINGBACK = Search.compile("^(?:\\d{1,5}[.)]\\s+)?(?i:pingback|trackback):\\s*(.*)$");
    /** A nesting cue printed with a reply: "↳ Ann Lee", "In reply to Ann Lee.", "Replying to @ann". */
    private static final Search REPLY_TO = Search.compile("^(?:[\u21B3\u2937\u21AA]\\s*|(?i:in reply to|replying to|reply to)\\s+)@?"
            + "([\\p{L}\\d][\\p{L}\\p{M}\\d_.'\u2019-]*(?:\\s+[\\p{L}\\d][\\p{L}\\p{M}\\d_.'\u2019-]*){0,3}?)\\.?:?$");
    private static final Search REBLOG = Search.compile("^(?:\\d{1,5}[.)]\\s+)?(?i:reblogged this on)\\s+(.+?)(?:\\s+(?i:and commented)\\s*:?)?\\s*$");

    /**
     * A reply count in a head ("ann 3 points 1 year ago (2 children)"): where no indentation survives the copy, these
     * counts alone give the tree, each comment's children following it in page order.
     */
    private static final Search CHILDREN = Search.compile("\\((\\d{1,4})\\s+(?i:children|child)\\)\\s*$");

    /** A response that can still take {@code remaining} of the children its head counts. */
    private static final class Counted {
        final Draft draft;
        int remaining;
        Counted(Draft draft, int remaining) { this.draft = draft; this.remaining = remaining; }
    }

    private final HeaderClassifier classifier;

    ThreadParser() { this(HeaderClassifier.NONE); }

    /** @param classifier proposes header lines beyond the rules' ({@link HeaderClassifier#NONE}: the rules alone) */
    ThreadParser(HeaderClassifier classifier) { this.classifier = classifier; }

    /** A response while its lines are being collected. */
    private static final class Draft {
        final ResponseKind kind;
        final String label;
        final Header header; // null for a notice or an unheaded paragraph
        final String notice; // the notice line of a pingback or reblog
        final int indent;
        final boolean nested; // its text is indented under it, and deeper lines belong to it
        final int line;
        final Draft parent;
        final List<String> lines = new ArrayList<>();
        final List<Integer> numbers = new ArrayList<>(); // indexes of its text lines in the thread, for explanations
        LocalDate date;
        String target; // whom a nesting cue under its header says it answers ("In reply to Ann"), or null
        boolean quoting; // inside a quote block at the head of its text ("Ann said:", "> …"): gaps there do not end it
        String bar; // the bar its header and text lines open with in a text dump ("| ann wrote:", "| text"), or null
        String head; // what its head says of the writer besides name and date (see Response#head), or null
        Draft(ResponseKind kind, String label, Header header, String notice, int indent, boolean nested, int line, Draft parent) {
            this.kind = kind; this.label = label; this.header = header; this.notice = notice; this.indent = indent;
            this.nested = nested; this.line = line; this.parent = parent; this.date = header == null ? null : header.date();
            this.target = header == null ? null : header.target();
        }
        boolean structured() { return header != null || (label != null && notice == null); }
        String text() { return Text.normalizeSpace(String.join(" ", lines)); }
    }

    /**
     * A real name in brackets between a handle and "says" or "wrote" ("annb ( Ann Bell ) says..."): the header's writer
     * is the handle, and the page names the person behind it.
     */
    private static final Pattern BRACKETED_NAME = Pattern.compile("\\(\\s*([^()]{1,40}?)\\s*\\)\\s+(?i:says|said|wrote)\\b");

    /**
     * What a header says of its writer besides the name and date: the role line under a name ("Leeds, teacher at Acme
     * School"), whose employer the page names; a real name in brackets after a handle. Null when it says nothing more.
     */
    private static String head(Header h, List<Line> lines, int at) {
        if (h.form() == Header.Form.NAME_OVER_ROLE) {
            List<String> detail = new ArrayList<>();
            for (int k = 1; k < h.lines(); k++) if (!lines.get(at + k).isBlank()) detail.add(lines.get(at + k).trimmed());
            return detail.isEmpty() ? null : String.join("\n", detail);
        }
        Matcher m = BRACKETED_NAME.matcher(lines.get(at).trimmed());
        return m.find() ? Text.normalizeSpace(m.group(1)) : null;
    }

    /**
     * @param lines      the thread's lines, after any "N Responses" heading and before "Leave a Reply"
     * @param postAuthor the post's writer if the page states it, else null (then the owner of the blog its
     *                   pingbacks mostly come from stands in); a flat paragraph signed by them that thanks
     *                   the writer of the paragraph before is a reply to it
     */
    List<Response> parse(List<Line> lines, String postAuthor) {
        return parse(lines, postAuthor, false);
    }

    /**
     * @param paragraphs each paragraph (text between blank lines) that no header claims is a response of its own: for a
     *                   thread the page only shows by the space above it and the furniture under its posts
     */
    List<Response> parse(List<Line> lines, String postAuthor, boolean paragraphs) {
        return parse(lines, postAuthor, paragraphs, Marks.NONE);
    }

    /** As {@link #parse(List, String, boolean)}, marking each line's role in {@code marks}. */
    List<Response> parse(List<Line> lines, String postAuthor, boolean paragraphs, Marks marks) {
        return parse(lines, headers(lines), postAuthor, paragraphs, marks);
    }

    /**
     * As {@link #parse(List, String, boolean, Marks)} with the headers already found on the whole page, keyed by line
     * index in {@code lines}: a page's headers are recognised once, in the context of the whole page (a list number
     * continues the list above the thread's first line), and the thread is built from the same ones.
     */
    List<Response> parse(List<Line> lines, Map<Integer, Header> headers, String postAuthor, boolean paragraphs, Marks marks) {
        // A list of comments without names in front (signatures under them aside): each item is a response.
        boolean named = headers.values().stream().anyMatch(h -> !h.trailer() && (h.name() != null || h.form() != Header.Form.LIST_NAME));
        List<Draft> drafts = new ArrayList<>();
        Deque<Draft> open = new ArrayDeque<>(); // structured responses that can still take nested replies
        Map<Integer, Integer> lastNumber = new HashMap<>(); // per indentation: the list number last seen there
        java.util.Set<Integer> headerLists = new java.util.HashSet<>(); // indentations at which numbered headers stand
        java.util.Set<Integer> memberBlocks = memberBlocks(lines, headers);
        Draft current = null;
        boolean closed = false; // a footer or a gap closed the current response
        FlatThread.Cue closedBy = null; // what closed it, the next response's evidence
        // A thread of lines with no header and no blank line between them: a dump that prints one comment per line.
        boolean perLine = headers.isEmpty() && !paragraphs && denseLines(lines);
        // Posts divided by lines of spaces, their paragraphs by empty lines: only the former close a response.
        boolean spaced = headers.isEmpty() && lines.stream().filter(FlatThread::spacer).count() >= 2
                && lines.stream().anyMatch(l -> l.text().isEmpty());
        // On a page whose header shape was learnt from the page, a line it repeats word for word between texts ("Re:")
        // closes the response above, as a known footer does.
        java.util.Set<Integer> delimiters = headers.values().stream().anyMatch(h -> h.form() == Header.Form.REPEATED)
                ? RepeatedShapes.delimiters(lines, headerLines(headers)) : java.util.Set.of();
        // Heads that count their children, all at one indentation: the counts nest the thread (pre-order: a comment's
        // children come right after it, then its next sibling). A head without a count there has no children.
        boolean counted = headers.keySet().stream().anyMatch(k -> CHILDREN.find(lines.get(k).trimmed()))
                && headers.keySet().stream().map(k -> lines.get(k).indent()).distinct().count() == 1;
        Deque<Counted> tree = new ArrayDeque<>();
        // Where a response starts with no header line, by the classifier's reading of the page (none unless one is asked).
        Set<Integer> learnedStarts = classifier.starts(lines, headerLines(headers));
        boolean replySubject = false;
        char listStyle = 0; // how the thread's comment list numbers its items: '.' in "1." or ')' in "1)"
        int blanks = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                if (spaced) {
                    if (FlatThread.spacer(line) && current != null && current.header == null && !current.lines.isEmpty()) {
                        closed = true;
                        closedBy = FlatThread.Cue.SPACER;
                    }
                    continue;
                }
                if (paragraphs && current != null && current.header == null && !current.lines.isEmpty()) {
                    closed = true;
                    closedBy = FlatThread.Cue.PARAGRAPH;
                }
                // Two blank lines or more after a response's text: the page put space between two responses.
                if (++blanks >= 2 && current != null && !current.lines.isEmpty() && !current.nested && current.notice == null
                        && !current.quoting) closed = true;
                continue;
            }
            blanks = 0;
            String t = line.trimmed();
            Matcher numbered = LIST_ITEM.matcher(t);
            Header h = headers.get(i);
            if (h != null && h.trailer()) {
                // A signature under the text: the unsigned text just above is its response.
                boolean pending = current != null && current.header == null && current.notice == null && !current.lines.isEmpty() && !closed;
                Draft signed = new Draft(ResponseKind.COMMENT, pending ? current.label : h.label(), h, null, line.indent(), false,
                        pending ? current.line : line.number(), null);
                if (pending) {
                    signed.lines.addAll(current.lines);
                    signed.numbers.addAll(current.numbers);
                    drafts.set(drafts.size() - 1, signed);
                } else {
                    drafts.add(signed);
                }
                current = signed;
                marks.mark(line, Segment.Role.HEADER, h.shown(), signed);
                if (pending) for (int k : signed.numbers) marks.mark(lines.get(k), Segment.Role.RESPONSE, null, signed);
                closed = true;
                open.clear();
                continue;
            }
            if (h != null) {
                if (h.label() != null) {
                    lastNumber.put(line.indent(), Integer.parseInt(h.label()));
                    headerLists.add(line.indent());
                }
                current = counted ? countedHeader(h, line, tree) : startHeader(h, line, open, replySubject);
                drafts.add(current);
                marks.mark(line, Segment.Role.HEADER, h.shown(), current);
                for (int k = 1; k < h.lines(); k++) marks.mark(lines.get(i + k), Segment.Role.HEADER_DETAIL, null, current);
                current.head = head(h, lines, i);
                Matcher bar = BAR.matcher(t);
                if (!h.trailer() && bar.matches()) current.bar = bar.group(1);
                i += h.lines() - 1;
                // Lines set right under a header belong to it: a date, a badge, member statistics.
                while (i + 1 < lines.size() && !lines.get(i + 1).isBlank() && isHeaderDetail(lines.get(i + 1).trimmed())) {
                    i++;
                    marks.mark(lines.get(i), Segment.Role.HEADER_DETAIL, null, current);
                    if (current.date == null) current.date = Dates.find(lines.get(i).trimmed()).orElse(null);
                }
                closed = false;
                replySubject = false;
                continue;
            }
            if (memberBlocks.contains(i)) {
                marks.mark(line, Segment.Role.FURNITURE);
                continue;
            }
            // Text dumps of threads (a forum or aggregator printed for a terminal, a list archive) set a bar before every
            // line of a post, its header included: the bar is the dump's, not the writer's, and a bar alone is a
            // paragraph break within the post, not a line that closes it.
            if (current != null && current.bar != null && t.startsWith(current.bar)) {
                t = t.substring(current.bar.length()).trim();
                if (t.isEmpty()) continue;
            }
            boolean atThreadLevel = current == null || !current.nested || line.indent() <= current.indent;
            if (atThreadLevel && (PINGBACK.matches(t) || REBLOG.matches(t))) {
                boolean ping = PINGBACK.matches(t);
                Matcher label = NUMBERED.matcher(t);
                current = new Draft(ping ? ResponseKind.PINGBACK : ResponseKind.REBLOG, label.matches() ? label.group(1) : null,
                        null, t.replaceFirst("^\\d{1,5}[.)]\\s+", ""), line.indent(), false, line.number(), null);
                current.lines.add(current.notice);
                drafts.add(current);
                marks.mark(line, Segment.Role.NOTICE, null, current);
                open.clear();
                closed = false;
                continue;
            }
            // A numbered thread without names: "  1. The comment's text…", numbers counting up at each depth. A list
            // numbered in another style under an item ("1) …" under "1. …") is a list in that comment's text.
            // In a thread whose numbered headers name their writers ("  1. Ann says:"), an item at a header's depth that
            // takes the next number is the next comment, its name line lost in the copy ("  2. The text…").
            boolean lostName = named && numbered.matches() && numbered.group(1) != null && line.indent() > 0
                    && headerLists.contains(line.indent()) && lastNumber.get(line.indent()) == Integer.parseInt(numbered.group(1)) - 1;
            if ((!named || lostName) && numbered.matches() && line.indent() > 0
                    && (numbered.group(1) == null || continuesList(lastNumber, line.indent(), Integer.parseInt(numbered.group(1))))
                    && (numbered.group(1) == null || listStyle == 0 || listStyle == marker(t))) {
                if (numbered.group(1) != null) {
                    lastNumber.put(line.indent(), Integer.parseInt(numbered.group(1)));
                    if (listStyle == 0) listStyle = marker(t);
                }
                while (!open.isEmpty() && open.peek().indent >= line.indent()) open.pop();
                Draft parent = open.peek();
                current = new Draft(parent == null ? ResponseKind.COMMENT : ResponseKind.REPLY, numbered.group(1), null, null,
                        line.indent(), true, line.number(), parent);
                // An item that is only a number is its score (link aggregators list votes where a name would stand).
                if (!SCORE.matches(numbered.group(2).trim())) current.lines.add(numbered.group(2).trim());
                current.numbers.add(i);
                marks.mark(line, Segment.Role.RESPONSE, "list item", current);
                open.push(current);
                drafts.add(current);
                closed = false;
                continue;
            }
            if (Furniture.isFooter(t) || delimiters.contains(i)) {
                closed = current != null;
                closedBy = FlatThread.Cue.FOOTER;
                marks.mark(line, Segment.Role.FOOTER, delimiters.contains(i) ? "repeated between texts" : null, null);
                replySubject |= Furniture.isReplySubject(t) || t.matches("(?i)re:");
                continue;
            }
            Matcher replyTo = REPLY_TO.matcher(t);
            if (current != null && current.header != null && current.lines.isEmpty() && replyTo.matches() && Header.nameLike(replyTo.group(1), false)) {
                current.target = replyTo.group(1).replaceFirst("\\.$", "");
                marks.mark(line, Segment.Role.HEADER_DETAIL, "reply to", current);
                continue;
            }
            if (Furniture.is(t)) {
                replySubject |= Furniture.isReplySubject(t);
                marks.mark(line, Segment.Role.FURNITURE);
                continue;
            }
            // A quote block heading a post's text ("Ann said:" over "> …" lines) is the post's: its gaps do not end the post.
            if (current != null && current.header != null && !closed && current.lines.isEmpty() && !current.quoting
                    && QuoteBlock.opens(lines, i)) {
                current.quoting = true;
                marks.mark(line, Segment.Role.HEADER_DETAIL, "quote of " + QuoteBlock.intro(t).get(), current);
                continue;
            }
            if (current != null && current.quoting) {
                if (QuoteBlock.quoted(t)) t = QuoteBlock.unquote(t);
                else if (!current.lines.isEmpty()) current.quoting = false;
            }
            boolean unheaded = current != null && !current.structured() && current.kind != ResponseKind.REBLOG;
            boolean addressed = unheaded && startsNewParagraphResponse(current, t);
            // A date or time alone on its line after a text: the stamp of the next response whose name was lost.
            boolean stamped = !named && isDateLine(t) && Dates.isStamp(t) && (current == null || !current.lines.isEmpty())
                    && i + 1 < lines.size() && nextText(lines, i + 1) >= 0;
            boolean ownLine = unheaded && perLine && current.notice == null && !current.lines.isEmpty();
            String cue = null;
            if (stamped && (current == null || current.header == null)) {
                cue = "start: " + FlatThread.Cue.DATE.label;
                current = new Draft(ResponseKind.COMMENT, null, null, null, line.indent(), false, line.number(), null);
                current.date = Dates.find(t).orElse(null);
                drafts.add(current);
                open.clear();
                closed = false;
                closedBy = null;
                marks.mark(line, Segment.Role.HEADER_DETAIL, cue, current);
                continue;
            }
            boolean learnt = learnedStarts.contains(i) && current != null && current.header == null && current.notice == null
                    && !current.lines.isEmpty();
            if (current == null || closed || learnt || current.kind == ResponseKind.PINGBACK || addressed || ownLine
                    || (current.nested && line.indent() <= current.indent)) {
                // A paragraph no header claims: a comment whose writer the text does not give. The cue that started it
                // is its evidence.
                cue = "start: " + (current == null ? "thread start" : closed && closedBy != null ? closedBy.label
                        : learnt ? "learned start" : addressed ? FlatThread.Cue.ADDRESS.label : ownLine ? FlatThread.Cue.LINE.label
                        : "after a notice or a nested reply");
                current = new Draft(ResponseKind.COMMENT, null, null, null, line.indent(), false, line.number(), null);
                drafts.add(current);
                open.clear();
                closed = false;
                closedBy = null;
            }
            current.lines.add(t);
            current.numbers.add(i);
            marks.mark(line, Segment.Role.RESPONSE, cue, current);
        }
        // Where every response is signed under its text, unsigned text after the last signature is the page's own
        // (an invitation to comment, a moderation notice, a copyright line), not a response whose name was lost.
        if (!headers.isEmpty() && headers.values().stream().allMatch(Header::trailer)) {
            int last = -1;
            for (int k = 0; k < drafts.size(); k++) if (drafts.get(k).header != null) last = k;
            // Unless the page's end cut the last text off before its signature: a response whose writer was lost.
            Draft cut = null;
            if (last >= 0 && drafts.size() > last + 1) {
                Draft tail = drafts.get(drafts.size() - 1);
                List<String> signatures = new ArrayList<>();
                headers.forEach((k, h) -> signatures.add(lines.get(k).trimmed()));
                if (tail.header == null && tail.notice == null && !tail.lines.isEmpty()
                        && FlatThread.cutOff(tail.lines.get(tail.lines.size() - 1), signatures)) {
                    cut = tail;
                    String end = tail.lines.get(tail.lines.size() - 1);
                    // A signature cut short is no part of the text it would have signed.
                    boolean cutSignature = signatures.stream().anyMatch(sig -> sig.length() > end.length() && sig.startsWith(end));
                    if (cutSignature && tail.lines.size() == 1) cut = null;
                    else if (cutSignature) {
                        marks.mark(lines.get(tail.numbers.get(tail.numbers.size() - 1)), Segment.Role.HEADER, "cut off", tail);
                        tail.lines.remove(tail.lines.size() - 1);
                        tail.numbers.remove(tail.numbers.size() - 1);
                    }
                    if (cut != null) {
                        drafts.remove(drafts.size() - 1);
                        marks.mark(lines.get(tail.numbers.get(0)), Segment.Role.RESPONSE, "start: " + FlatThread.Cue.CUT_OFF.label, tail);
                    }
                }
            }
            while (last >= 0 && drafts.size() > last + 1 && drafts.get(drafts.size() - 1).header == null
                    && drafts.get(drafts.size() - 1).notice == null) {
                Draft tail = drafts.remove(drafts.size() - 1);
                for (int k : tail.numbers) marks.mark(lines.get(k), Segment.Role.UNREAD);
            }
            if (cut != null) drafts.add(cut);
        }
        // Where every response so far has a header that names its writer, unheaded text after the last one, past a gap
        // that closed it, is the page's own (a sidebar, a login box), not a response whose header alone was lost.
        int headed = 0;
        while (headed < drafts.size() && drafts.get(headed).header != null && !drafts.get(headed).header.trailer()
                && drafts.get(headed).header.name() != null) headed++;
        if (headed >= 2 && headed < drafts.size() && drafts.subList(headed, drafts.size()).stream()
                .allMatch(d -> d.header == null && d.notice == null && d.label == null && d.parent == null)) {
            while (drafts.size() > headed) {
                Draft tail = drafts.remove(drafts.size() - 1);
                for (int k : tail.numbers) marks.mark(lines.get(k), Segment.Role.UNREAD);
            }
        }
        template(lines, drafts, marks);
        truncatedHeader(lines, headers, drafts, marks);
        List<Response> responses = toResponses(drafts, postAuthor != null ? postAuthor : siteOwner(drafts), marks);
        return responses;
    }

    /**
     * Takes out of each response's text the template the page prints around every response ({@link ResponseTemplate}): a
     * member block, an interface run, the writer's name echoed under the header. A response of which nothing but the
     * template is left (a post the page's end cut off after its member block) said nothing and goes.
     */
    private static void template(List<Line> lines, List<Draft> drafts, Marks marks) {
        List<List<Integer>> texts = new ArrayList<>();
        List<String> writers = new ArrayList<>();
        for (Draft d : drafts) {
            boolean aligned = d.notice == null && d.lines.size() == d.numbers.size();
            texts.add(aligned ? d.numbers : List.of());
            writers.add(aligned && d.header != null && !d.header.trailer() ? d.header.name() : null);
        }
        ResponseTemplate.Reading read = ResponseTemplate.read(lines, texts, writers);
        if (read.template().isEmpty() && read.echoes().isEmpty()) return;
        List<Draft> gone = new ArrayList<>();
        for (int r = 0; r < drafts.size(); r++) {
            Draft d = drafts.get(r);
            for (int k = d.numbers.size() - 1; k >= 0; k--) {
                int i = d.numbers.get(k);
                boolean echo = read.echoes().contains(i);
                if (!echo && !read.template().contains(i)) continue;
                // A stamp in the template ("Posted DATE" over each text) dates its response, as a header's detail line does; a
                // date under a label ("Joined:" over it) is the member's, not the response's.
                boolean labelled = k > 0 && d.lines.get(k - 1).endsWith(":");
                if (d.date == null && !labelled && Dates.isStamp(lines.get(i).trimmed())) d.date = Dates.find(lines.get(i).trimmed()).orElse(null);
                d.numbers.remove(k);
                d.lines.remove(k);
                marks.mark(lines.get(i), echo ? Segment.Role.HEADER_DETAIL : Segment.Role.FURNITURE,
                        echo ? "the writer's name again" : "the page's template", echo ? d : null);
            }
            if (read.emptied().contains(r) && d.lines.isEmpty() && drafts.stream().noneMatch(c -> c.parent == d)) gone.add(d);
        }
        drafts.removeAll(gone);
    }

    /**
     * The headers the thread trusts, by line. Weak forms (a quoted "Ann wrote:", a name alone) count only on a page
     * that shows no strong form; a bare list name ("  3. Zoë") must continue its list's numbering at its depth.
     */
    Map<Integer, Header> headers(List<Line> lines) {
        Map<Integer, Header> all = new TreeMap<>();
        Map<Integer, Integer> lastNumber = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            if (t.isEmpty() || PINGBACK.matches(t) || REBLOG.matches(t) || REPLY_TO.matches(t)) continue;
            Optional<Header> found = Header.at(lines, i);
            if (found.isEmpty()) continue;
            Header h = found.get();
            int indent = lines.get(i).indent();
            if (h.label() != null) {
                if (h.form() == Header.Form.LIST_NAME && !continuesList(lastNumber, indent, Integer.parseInt(h.label()))) continue;
                lastNumber.put(indent, Integer.parseInt(h.label()));
            }
            all.put(i, h);
            i += h.lines() - 1;
        }
        // "Ann Lee avatar" without the possessive is also how an author box or a byline's portrait is captioned: it heads
        // responses only where the page repeats it.
        List<Integer> bare = all.entrySet().stream().filter(e -> e.getValue().form() == Header.Form.PORTRAIT
                && BARE_PORTRAIT.matcher(lines.get(e.getKey()).trimmed()).find()).map(Map.Entry::getKey).toList();
        if (bare.size() == 1) all.remove(bare.get(0));
        echoedNames(lines, all);
        // A page that repeats a name line over its texts, three or more of them user handles, heads its responses with
        // them: a mirror or forum dump that kept only each writer's name. Headings and signatures are not handles.
        if (all.values().stream().filter(h -> h.form() == Header.Form.NAME_LINE && Header.handleShaped(h.name())).count() >= HANDLES) {
            all.replaceAll((k, h) -> h.form() == Header.Form.NAME_LINE && h.name() != null && !h.name().contains(" ")
                    ? new Header(Header.Form.HANDLE_LINE, h.name(), h.date(), h.label(), h.lines(), h.reply()) : h);
        }
        // A name over a role line counts where the page repeats it: over two texts or more.
        if (all.values().stream().filter(h -> h.form() == Header.Form.NAME_OVER_ROLE).count() < ROLES) {
            all.values().removeIf(h -> h.form() == Header.Form.NAME_OVER_ROLE);
        }
        if (all.values().stream().anyMatch(h -> h.form().strength == Header.Strength.STRONG)) {
            all.values().removeIf(h -> h.form().strength == Header.Strength.WEAK);
        }
        // A signature line counts where the page repeats it: under three texts or more.
        if (all.values().stream().filter(h -> h.form() == Header.Form.SIGNED_LINE).count() < SIGNATURES) {
            all.values().removeIf(h -> h.form() == Header.Form.SIGNED_LINE);
        } else {
            all.values().removeIf(h -> h.form() != Header.Form.SIGNED_LINE && h.form().strength == Header.Strength.WEAK);
        }
        // Where the known forms find fewer than two headers, the page's own header shape, if it repeats one over its texts.
        inducedHeaders(lines, all);
        // The classifier's proposals come last. They add to the rules' strong headers and never displace one; a line the
        // rules took only by a weak form (a name alone, which a signature or a quotation also is) it can confirm.
        java.util.Set<Integer> taken = new java.util.HashSet<>(), strong = new java.util.TreeSet<>();
        all.forEach((k, h) -> {
            if (h.form().strength == Header.Strength.WEAK) return;
            strong.add(k);
            for (int j = 0; j < h.lines(); j++) taken.add(k + j);
        });
        List<Integer> fresh = new ArrayList<>();
        for (int i : classifier.headers(lines, java.util.Collections.unmodifiableSet(strong))) {
            String t = lines.get(i).trimmed();
            Header weak = all.get(i);
            // A signature under its text stays one: the classifier says a line names a writer, not which text is theirs.
            if (taken.contains(i) || t.isEmpty() || PINGBACK.matches(t) || REBLOG.matches(t)
                    || (weak != null && weak.trailer())) continue;
            if (weak != null && weak.name() != null) {
                all.put(i, new Header(Header.Form.LEARNED, weak.name(), weak.date(), weak.label(), weak.lines(), weak.reply()));
            } else {
                fresh.add(i);
            }
        }
        // A line no rule took needs company: a thread repeats its header's shape, and a line whose shape no other proposal
        // shares is as likely a heading or a name in the post.
        Map<String, Integer> shapes = new HashMap<>();
        for (int i : fresh) shapes.merge(LineFeatures.coarseShape(lines.get(i).trimmed()), 1, Integer::sum);
        for (int i : fresh) if (shapes.get(LineFeatures.coarseShape(lines.get(i).trimmed())) >= 2) all.put(i, Header.learned(lines, i));
        interfaceRuns(lines, all);
        return all;
    }

    /** A short line of a header's interface run: a word or two, a count, a mark, an age; no sentence. */
    private static final Pattern INTERFACE_LINE = Pattern.compile("^(?!.*\\p{L}[.!?]$)\\S+(?:\\s\\S+){0,2}$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** How many lines of its run a header must share with another header's before the run counts as the header's. */
    private static final int SHARED_INTERFACE = 2;

    /**
     * The short lines set right under each header, with no blank between, where the page prints the same ones under
     * its other headers ("link", "fedilink", "arrow-up", a score, "·", an age; "level 2", "Reply", "Share"): the
     * comment system's interface, part of the header, never a response nor a header of its own. Learnt from the page:
     * the words are whatever the system prints, as long as two headers share two lines of them at least.
     */
    private static void interfaceRuns(List<Line> lines, Map<Integer, Header> all) {
        Map<Integer, List<String>> runs = new LinkedHashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        for (Map.Entry<Integer, Header> e : all.entrySet()) {
            Header h = e.getValue();
            if (h.trailer()) continue;
            List<String> run = new ArrayList<>();
            int j = e.getKey() + h.lines();
            for (; j < lines.size() && !lines.get(j).isBlank() && INTERFACE_LINE.matcher(lines.get(j).trimmed()).matches(); j++) {
                run.add(DIGITS.matcher(lines.get(j).trimmed().toLowerCase(Locale.ROOT)).replaceAll("N"));
            }
            // The run must end at a blank line or the page's end: a short line that runs into text is the text's.
            if (run.size() < SHARED_INTERFACE || (j < lines.size() && !lines.get(j).isBlank())) continue;
            runs.put(e.getKey(), run);
            ends.put(e.getKey(), j);
        }
        java.util.Set<Integer> extend = new java.util.TreeSet<>();
        for (Map.Entry<Integer, List<String>> a : runs.entrySet()) {
            for (Map.Entry<Integer, List<String>> b : runs.entrySet()) {
                if (a.getKey().equals(b.getKey())) continue;
                java.util.Set<String> shared = new java.util.HashSet<>(a.getValue());
                shared.retainAll(b.getValue());
                if (shared.size() >= SHARED_INTERFACE) extend.add(a.getKey());
            }
        }
        for (int k : extend) {
            Header h = all.get(k);
            if (h == null) continue; // absorbed into an earlier header's run
            int end = ends.get(k);
            LocalDate date = h.date();
            for (int j = k + h.lines(); j < end; j++) {
                all.remove(j);
                if (date == null) date = Dates.find(lines.get(j).trimmed()).orElse(null);
            }
            all.put(k, new Header(h.form(), h.name(), date, h.label(), end - k, h.reply(), h.target(), h.evidence()));
        }
    }

    /**
     * A header whose next line names the same writer again ("u/ann Avatar" over "u/ann", a portrait over the name it
     * shows): one header of two lines, not two responses of which the first is empty. Systems that print the portrait's
     * alt text and then the name link do this over every response.
     */
    private static void echoedNames(List<Line> lines, Map<Integer, Header> all) {
        List<Integer> keys = new ArrayList<>(all.keySet());
        for (int n = 0; n + 1 < keys.size(); n++) {
            int k = keys.get(n), j = keys.get(n + 1);
            Header h = all.get(k), echo = all.get(j);
            if (h == null || echo == null || h.trailer() || echo.trailer() || h.name() == null || echo.name() == null) continue;
            int after = k + h.lines();
            if (after < lines.size() && lines.get(after).isBlank()) after++;
            if (j != after || !sameAccount(h.name(), echo.name())) continue;
            all.remove(j);
            all.put(k, new Header(h.form(), h.name(), h.date() != null ? h.date() : echo.date(), h.label() != null ? h.label() : echo.label(),
                    j - k + echo.lines(), h.reply() || echo.reply(), h.target() != null ? h.target() : echo.target(), h.evidence()));
            n++;
        }
    }

    /** The same account written twice, whatever marks of a handle it carries ("u/ann", "@ann", "ann"). */
    private static boolean sameAccount(String a, String b) {
        return HANDLE_MARK.matcher(a).replaceFirst("").equalsIgnoreCase(HANDLE_MARK.matcher(b).replaceFirst(""));
    }

    /**
     * Adds the headers {@link RepeatedShapes} learns from the page where the rules found fewer than two strong ones. They
     * never displace a strong header; a line the rules took only by a weak form becomes the induced header, and the
     * page's other weak headers go (they were only trusted for want of a strong form).
     */
    private static void inducedHeaders(List<Line> lines, Map<Integer, Header> all) {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        int strong = 0;
        for (Map.Entry<Integer, Header> e : all.entrySet()) {
            if (e.getValue().form().strength == Header.Strength.WEAK) continue;
            strong++;
            for (int j = 0; j < e.getValue().lines(); j++) taken.add(e.getKey() + j);
        }
        if (strong >= 2) return;
        boolean cue = strong > 0 || lines.stream().anyMatch(l -> !l.isBlank() && ResponseCount.parse(l.trimmed()).isPresent());
        Optional<RepeatedShapes.Induced> induced = RepeatedShapes.find(lines, taken, cue);
        if (induced.isEmpty()) return;
        all.values().removeIf(h -> h.form().strength == Header.Strength.WEAK);
        induced.get().headers().forEach((k, h) -> {
            for (int j = 1; j < h.lines(); j++) all.remove(k + j);
            all.put(k, h);
        });
    }

    /**
     * Lines of a member block: a run of lines with no blank between them, at least one of them furniture (an avatar,
     * "Posts: 120", a badge) and every other one short and no sentence (a user name, a rank). Forums print one beside
     * each post; none of it is the post's text. A header's own lines are never part of one.
     */
    private static java.util.Set<Integer> memberBlocks(List<Line> lines, Map<Integer, Header> headers) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) { i++; continue; }
            int end = i;
            while (end < lines.size() && !lines.get(end).isBlank()) end++;
            boolean furniture = false, shortOnly = true;
            for (int j = i; j < end && shortOnly; j++) {
                String t = lines.get(j).trimmed();
                if (headers.containsKey(j)) shortOnly = false;
                else if (Furniture.is(t) && !Furniture.isFooter(t)) furniture = true;
                else shortOnly = t.split("\\s+").length <= 4 && !t.matches(".*[.!?,;:]$") && !Furniture.isFooter(t);
            }
            if (furniture && shortOnly && end - i > 1) for (int j = i; j < end; j++) out.add(j);
            i = end;
        }
        return out;
    }

    /** Every line a header takes. */
    private static java.util.Set<Integer> headerLines(Map<Integer, Header> headers) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        headers.forEach((k, h) -> { for (int j = 0; j < h.lines(); j++) out.add(k + j); });
        return out;
    }

    /** The first non-blank line from {@code from} that is text (no furniture), or -1. */
    private static int nextText(List<Line> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            String t = lines.get(k).trimmed();
            if (t.isEmpty()) continue;
            return Furniture.is(t) || Dates.isStamp(t) ? -1 : k;
        }
        return -1;
    }

    /**
     * Whether the thread is text lines alone, two or more, with no blank line, notice or furniture between them: a dump
     * that prints one comment per line. (Where footers or notices stand between, a comment's paragraphs run over
     * several lines.)
     */
    private static boolean denseLines(List<Line> lines) {
        int first = 0, last = lines.size() - 1;
        while (first <= last && lines.get(first).isBlank()) first++;
        while (last >= first && lines.get(last).isBlank()) last--;
        if (last - first < 1) return false;
        for (int k = first; k <= last; k++) {
            String t = lines.get(k).trimmed();
            // Notices and furniture among the lines are a layout of their own, whose comments run over several lines.
            if (t.isEmpty() || PINGBACK.matches(t) || REBLOG.matches(t) || Furniture.is(t)) return false;
            // Each line must read as a comment: a few words of text, not a fragment of markup or a label.
            if (t.split("\\s+").length < 3 || !t.matches(".*\\p{L}{2}.*")) return false;
        }
        return true;
    }

    /**
     * The page's last line as the start of a header cut off by the page's end ("Ann Lee | April 10, 2" under headers
     * "Ann Lee | April 5, 2003"): the name of an earlier header and the same separator after it. Its response has a
     * writer and no text.
     */
    private static void truncatedHeader(List<Line> lines, Map<Integer, Header> headers, List<Draft> drafts, Marks marks) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) last--;
        if (last < 0 || headers.containsKey(last) || drafts.isEmpty()) return;
        Draft owner = drafts.get(drafts.size() - 1);
        if (owner.header == null || owner.lines.isEmpty() || !owner.numbers.contains(last) || owner.numbers.size() < 2) return;
        String t = lines.get(last).trimmed();
        for (Map.Entry<Integer, Header> e : headers.entrySet()) {
            Header h = e.getValue();
            String shown = lines.get(e.getKey()).trimmed();
            if (h.trailer() || h.name() == null || h.lines() != 1 || !shown.startsWith(h.name()) || t.length() >= shown.length() + 4) continue;
            String sep = separator(shown.substring(h.name().length()));
            for (Header other : headers.values()) {
                if (other.name() == null || !t.startsWith(other.name()) || sep.isEmpty()) continue;
                if (!separator(t.substring(other.name().length())).equals(sep)) continue;
                owner.lines.remove(owner.lines.size() - 1);
                owner.numbers.remove(owner.numbers.size() - 1);
                Draft cut = new Draft(ResponseKind.COMMENT, null, new Header(h.form(), other.name(), null, null, 1, false), null,
                        lines.get(last).indent(), false, lines.get(last).number(), null);
                drafts.add(cut);
                marks.mark(lines.get(last), Segment.Role.HEADER, "cut off", cut);
                return;
            }
            return;
        }
    }

    /** The punctuation that opens a header's rest after the name (" | April 5" gives "|"), or "" when a letter does. */
    private static String separator(String rest) {
        String r = rest.strip();
        return r.isEmpty() || Character.isLetterOrDigit(r.codePointAt(0)) ? "" : r.substring(0, 1);
    }

    /** The character after a list item's number: "1." and "1)" are two lists. */
    private static char marker(String item) {
        int k = 0;
        while (k < item.length() && !Character.isDigit(item.charAt(k))) k++;
        while (k < item.length() && Character.isDigit(item.charAt(k))) k++;
        return k < item.length() ? item.charAt(k) : 0;
    }

    private static boolean continuesList(Map<Integer, Integer> lastNumber, int indent, int number) {
        Integer last = lastNumber.get(indent);
        return number == 1 || (last != null && number == last + 1);
    }

    /** A line that belongs to the header above it: its date or time, or furniture such as a badge. */
    private static boolean isHeaderDetail(String t) {
        return Dates.isStamp(t) || (Furniture.is(t) && !Furniture.isFooter(t));
    }

    /** The owner of the blog the page's pingbacks mostly come from, or null (see {@link Addressing#blogOwner}). */
    private static String siteOwner(List<Draft> drafts) {
        List<String> sites = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.kind != ResponseKind.PINGBACK) continue;
            int bar = d.notice.lastIndexOf(" | ");
            sites.add(bar < 0 ? null : d.notice.substring(bar + 3));
        }
        return Addressing.blogOwner(sites).orElse(null);
    }

    /**
     * A header opens a response. Under a list header ("  3. Ann") the text is indented and nested replies are indented
     * deeper still, so indentation decides what it answers; other forms nest the same way when the page indents them,
     * and a forum's "Re:" subject or "| parent |" link makes a response a reply where the page shows no depth.
     */
    /** A head in a thread nested by its heads' child counts: the parent is the nearest earlier head with children left. */
    private static Draft countedHeader(Header h, Line line, Deque<Counted> tree) {
        while (!tree.isEmpty() && tree.peek().remaining == 0) tree.pop();
        Draft parent = tree.isEmpty() ? null : tree.peek().draft;
        if (parent != null) tree.peek().remaining--;
        Draft d = new Draft(parent == null ? ResponseKind.COMMENT : ResponseKind.REPLY, h.label(), h, null, line.indent(), false,
                line.number(), parent);
        Matcher m = CHILDREN.matcher(line.trimmed());
        int children = m.find() ? Integer.parseInt(m.group(1)) : 0;
        if (children > 0) tree.push(new Counted(d, children));
        return d;
    }

    private static Draft startHeader(Header h, Line line, Deque<Draft> open, boolean replySubject) {
        while (!open.isEmpty() && open.peek().indent >= line.indent()) open.pop();
        Draft parent = open.peek();
        boolean nested = h.form() == Header.Form.LIST_NAME || h.label() != null;
        Draft d = new Draft(parent == null ? ResponseKind.COMMENT : ResponseKind.REPLY, h.label(), h, null, line.indent(), nested,
                line.number(), parent);
        open.push(d);
        return d;
    }

    /** In a flat thread, a paragraph that speaks to someone at its opening, or follows a signature, starts anew. */
    private static boolean startsNewParagraphResponse(Draft current, String paragraph) {
        if (current.lines.isEmpty()) return false;
        return Addressing.openingAddressee(paragraph).isPresent() || Addressing.signOff(current.text()).isPresent();
    }

    private static List<Response> toResponses(List<Draft> all, String postAuthor, Marks marks) {
        // A header with neither a name nor any text under it (a portrait cut off by the end of the page) is no response.
        List<Draft> drafts = new ArrayList<>(all);
        drafts.removeIf(d -> d.notice == null && d.text().isEmpty() && (d.header == null || d.header.name() == null)
                && all.stream().noneMatch(c -> c.parent == d));
        // A header over nothing but the same writer's header again ("Comment by ann" over "Comment by ann 4 days ago", a
        // comment page's title line over the comment's own head) is that comment's, not a response of its own.
        for (int i = drafts.size() - 2; i >= 0; i--) {
            Draft d = drafts.get(i), next = drafts.get(i + 1);
            if (d.notice == null && d.text().isEmpty() && d.header != null && d.header.name() != null && next.header != null
                    && d.header.name().equalsIgnoreCase(next.header.name()) && all.stream().noneMatch(c -> c.parent == d)) {
                drafts.remove(i);
            }
        }
        List<Response> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            int position = i + 1;
            String text = d.text();
            ResponseKind kind = d.kind;
            String writer = null;
            LocalDate date = null;
            Integer replyTo = d.parent == null ? null : drafts.indexOf(d.parent) + 1;
            String sourceTitle = null;
            String sourceSite = null;
            switch (kind) {
                case PINGBACK -> {
                    Matcher m = PINGBACK.matcher(d.notice);
                    m.matches();
                    String notice = m.group(1).trim();
                    int bar = notice.lastIndexOf(" | ");
                    sourceTitle = Text.normalizeSpace(bar < 0 ? notice : notice.substring(0, bar));
                    sourceSite = bar < 0 ? null : Text.normalizeSpace(notice.substring(bar + 3));
                }
                case REBLOG -> {
                    Matcher m = REBLOG.matcher(d.notice);
                    m.matches();
                    sourceSite = Text.unquote(m.group(1));
                }
                default -> {
                    Response previous = out.isEmpty() ? null : out.get(out.size() - 1);
                    date = d.date;
                    if (d.target != null) {
                        // A nesting cue names whom it answers: their latest response before it, when the page shows one.
                        kind = ResponseKind.REPLY;
                        for (int k = out.size() - 1; k >= 0 && replyTo == null; k--) {
                            if (out.get(k).writer() != null && samePerson(d.target, out.get(k).writer())) replyTo = out.get(k).position();
                        }
                    }
                    if (d.header != null) {
                        writer = d.header.name();
                        // An unnested comment can still be the post's writer answering the one before by name.
                        if (kind == ResponseKind.COMMENT && answersPrevious(text, writer, previous, postAuthor)) {
                            kind = ResponseKind.REPLY;
                            replyTo = previous.position();
                        }
                    } else {
                        writer = Addressing.signOff(text).orElse(null);
                        if (answersPrevious(text, writer, previous, postAuthor) || answersByHandles(text, previous, out)) {
                            kind = ResponseKind.REPLY;
                            replyTo = previous.position();
                        }
                    }
                    // A date on the first line of the text ("March 3, 2013 at 10:14 am") belongs to the header.
                    if (date == null && !d.lines.isEmpty() && isDateLine(d.lines.get(0))) {
                        date = Dates.find(d.lines.get(0)).orElse(null);
                        text = Text.normalizeSpace(String.join(" ", d.lines.subList(1, d.lines.size())));
                    }
                }
            }
            marks.place(d, position);
            out.add(new Response(position, d.label, kind, writer, replyTo, date, text, sourceTitle, sourceSite, d.line, d.head));
        }
        return out;
    }

    /**
     * Where a page shows no nesting, the post's writer answering the comment right before by name (and signing
     * as the post's writer) is a reply to it. Anything else answers the post.
     */
    private static boolean answersPrevious(String text, String writer, Response previous, String postAuthor) {
        if (previous == null || previous.kind() != ResponseKind.COMMENT || writer == null || postAuthor == null) return false;
        if (!samePerson(writer, postAuthor)) return false;
        var name = Addressing.openingName(text);
        if (name.isEmpty()) return false;
        // The name must be the previous writer's when the page gives it; an unsigned comment can only be guessed.
        return previous.writer() == null ? Addressing.openingAddressee(text).isPresent() : samePerson(name.get(), previous.writer());
    }

    /**
     * A fediverse thread flattened to text, where each post opens with the handles of everyone in the conversation but
     * its own writer: the first response's first handle is the post's writer; a later post that drops exactly that
     * handle from the one before and adds another is the post's writer answering the one before (its writer is the
     * handle added).
     */
    private static boolean answersByHandles(String text, Response previous, List<Response> out) {
        if (previous == null || out.isEmpty() || previous.writer() != null) return false;
        java.util.Set<String> now = FlatThread.openingHandles(text), before = FlatThread.openingHandles(previous.text());
        java.util.Set<String> first = FlatThread.openingHandles(out.get(0).text());
        if (now.isEmpty() || before.isEmpty() || first.isEmpty()) return false;
        String postWriter = first.iterator().next();
        java.util.Set<String> gone = new java.util.HashSet<>(before), added = new java.util.HashSet<>(now);
        gone.removeAll(now);
        added.removeAll(before);
        return gone.equals(java.util.Set.of(postWriter)) && !added.isEmpty();
    }

    /** The same person by full name, or a first name of the full name. */
    private static boolean samePerson(String a, String b) {
        String x = Text.fold(a.replaceAll("^[^\\p{L}]+", "")), y = Text.fold(b.replaceAll("^[^\\p{L}]+", ""));
        return x.equals(y) || y.startsWith(x + " ") || x.startsWith(y + " ");
    }

    private static boolean isDateLine(String line) {
        if (Dates.isStamp(line) && Dates.find(line).isPresent()) return true; // "Posted 02-28-2023 15:05"
        Matcher m = Dates.DATE.matcher(line);
        return m.find() && m.start() <= 2 && line.length() <= 40;
    }
}

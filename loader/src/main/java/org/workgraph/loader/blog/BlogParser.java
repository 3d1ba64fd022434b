package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.model.ThreadEvidence;
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
        return parse(source, lines, warnings, marks, true);
    }

    /** @param alone whether the page may be one response shown alone ({@link LoneResponse}); a quoted message is not */
    private BlogPost parse(Source source, List<Line> lines, Consumer<String> warnings, Marks marks, boolean alone) throws ParseException {
        int first = HeadReader.nextContent(lines, 0);
        if (first >= lines.size()) throw new ParseException(0, "the document is empty");
        // A reply over "-----Original Message-----" and the message it quotes: the message is the document, read as a page.
        Optional<OriginalMessage> original = OriginalMessage.find(lines, first);
        if (original.isPresent()) {
            BlogPost quoted = parse(source, lines.subList(original.get().text(), lines.size()), warnings, marks, false);
            return original.get().read(lines, quoted, marks);
        }
        PageHead head = HeadReader.read(lines, first, marks);
        Byline byline = head.byline();

        final int base = head.next(); // the headers below are keyed by line offset from here
        Map<Integer, Header> headers = new TreeMap<>(threads.headers(lines.subList(base, lines.size())));
        // "Published Wednesday, 7 July 2021" reads like a name and a date, but it dates the post: no response's header.
        headers.keySet().removeIf(k -> HeadReader.isPublishedLine(lines.get(base + k).trimmed()));
        // "Ann said:" over quoted lines opens a quote block inside the post that quotes it: no response of its own.
        headers.keySet().removeIf(k -> QuoteBlock.opens(lines, base + k));
        OpeningPost post = OpeningPost.read(lines, headers, ThreadBounds.find(lines, base, headers, head.title()), head.title(), marks);
        ThreadBounds bounds = post.bounds();
        String title = post.title() != null ? post.title() : head.title();
        int bodyStart = bounds.bodyStart(), bodyEnd = Math.max(bodyStart, bounds.bodyEnd());
        int threadStart = bounds.threadStart(), threadEnd = bounds.threadEnd();
        ResponseCount count = bounds.count();

        String author = HeadReader.author(lines, byline, post.author(), bounds.signature(), bodyStart, bodyEnd);
        // A byline the head area prints away from the head ("252 points by ann on DATE", "by" / "ann" / "on DATE").
        Optional<StrayByline> stray = StrayByline.find(lines, first, Math.max(bodyEnd, head.next()));
        if (author == null && stray.isPresent()) author = stray.get().author();
        if (title == null && stray.isPresent()) title = HeadReader.titleOver(lines, first, stray.get().line()).orElse(null);
        // A signature under the text ("— Ann Lee, Editor") that named the writer signs the text: no part of it.
        int signed = author == null ? -1 : HeadReader.closingSignature(lines, bodyStart, bodyEnd);
        if (signed >= 0 && !HeadReader.signer(lines.get(signed).trimmed()).orElse("").equals(author)) signed = -1;
        String body = Text.normalizeSpace(join(lines.subList(bodyStart, bodyEnd), signed - bodyStart));
        int threadFirst = bounds.threadFirst(lines);
        List<Line> threadLines = threadStart < threadEnd ? lines.subList(threadFirst, threadEnd) : List.of();
        mark(lines, marks, bounds, headers, byline == null && post.author() == null, post.topic());
        if (signed >= 0) marks.mark(lines.get(signed), Segment.Role.BYLINE);
        Map<Integer, Header> threadHeaders = new TreeMap<>();
        for (Map.Entry<Integer, Header> e : headers.entrySet()) {
            int line = base + e.getKey();
            if (line >= threadFirst && line < threadEnd) threadHeaders.put(line - threadFirst, e.getValue());
        }
        List<Response> responses = threads.parse(threadLines, threadHeaders, author, bounds.paragraphs(), marks);
        // Where no rule read a thread, the page's own boundary runs may still cut one, decided block by block.
        int blockStart = -1;
        if (responses.isEmpty() && (count == null || count.count() > 0)) {
            BlockThread.Reading read = blocks(lines, first, bounds, marks);
            if (!read.responses().isEmpty()) {
                responses = read.responses();
                blockStart = read.start();
                threadFirst = blockStart;
                threadHeaders = new TreeMap<>(read.headers());
            }
        }
        // Where neither read the posts, or the rules' posts still open with their writer's name line, the page's own rhythm
        // may: a name line or a gap that recurs with prose between.
        if (blockStart < 0 && (count == null || count.count() > 0)) {
            RhythmThread.Reading rhythm = RhythmThread.read(lines, first, Math.min(lines.size(), bounds.firstForm()), responses, marks);
            if (rhythm.read()) {
                responses = rhythm.responses();
                if (rhythm.start() >= 0) {
                    blockStart = rhythm.start();
                    threadFirst = blockStart;
                    threadHeaders = new TreeMap<>(rhythm.headers());
                }
            }
        }
        if (responses.isEmpty() && count != null && count.count() > 0) {
            warnings.accept("line " + lines.get(threadStart).number() + ": the page claims " + count.count()
                    + " responses, but no response could be told apart in what follows; loaded as a document with its text");
        }

        if (title == null && count != null && count.title() != null) title = count.title();
        Integer claimed = count != null ? Integer.valueOf(count.count()) : byline == null ? null : byline.claimedCount();
        LocalDate date = HeadReader.date(lines, head, byline, post.date(), bounds.signature(), bodyStart, bodyEnd);
        if (date == null && stray.isPresent()) date = stray.get().date();
        boolean commentPage = commentsOwnPage(headers, post, byline, responses);
        if (commentPage) {
            // "Comment by NAME" over the page: the heading names the comment, the thread's first response, so the page has no
            // writer or date of its own, and a count under it ("2 replies") counts that comment's replies: the responses below.
            responses = CommentPage.read(responses, post.author(), post.date(), count == null ? -1 : count.count());
            author = null;
            date = null;
            claimed = null;
        }
        List<String> categories = HeadReader.categories(lines, head, byline, bodyStart, bodyEnd, threadEnd);
        if (claimed == null && !commentPage) claimed = ThreadBounds.closingCount(lines, bodyStart, threadEnd, title);
        if (responses.isEmpty() && count == null && claimed != null && claimed > 0) {
            // The same as a count line over an unreadable thread above, for a count the byline or a closing line states.
            warnings.accept("the page claims " + claimed + " responses, but no response could be told apart; loaded as a document"
                    + " with its text");
        }
        ThreadEvidence thread = ThreadRecognition.weigh(lines, bounds, threadFirst, threadHeaders, responses, claimed, date);
        if (thread.abstained() && blockStart < 0) {
            // The rules' candidates are set aside; the page's own blocks may still hold a thread the page as a whole supports.
            BlockThread.Reading read = blocks(lines, first, bounds, marks);
            if (!read.responses().isEmpty()) {
                ThreadEvidence again = ThreadRecognition.weigh(lines, bounds, read.start(), read.headers(), read.responses(), claimed, date);
                if (again.thread()) {
                    responses = read.responses();
                    thread = again;
                    blockStart = read.start();
                }
            }
        }
        if (blockStart >= 0) {
            int opens = blockStart;
            if (opens <= bodyStart) {
                // The page opens with a block: a response shown with its own boundary, so no writer or date of the page's own.
                author = null;
                date = null;
                body = "";
            } else {
                body = Text.normalizeSpace(join(lines.subList(bodyStart, Math.min(bodyEnd, opens)), signed - bodyStart));
            }
        }
        marks.thread(thread);
        if (thread.abstained()) {
            warnings.accept("no thread was read: " + thread.candidates() + " candidate responses set aside, the page's thread evidence is thin ("
                    + thread.explain() + "); loaded as a document with its text");
            responses = List.of();
            // Nothing is lost: the text set aside is the page's own, so it joins the body (mentions and ideas read it there).
            int to = Math.min(lines.size(), Math.max(bodyEnd, threadEnd));
            body = Text.normalizeSpace(join(lines.subList(bodyStart, to), signed - bodyStart));
        }
        // The head weighed as a whole where the reading in order left the writer, the date or a plausible title unread; over
        // the body, and over the candidates the thread decision set aside (they are the page's own text).
        int textEnd = thread.abstained() ? Math.min(lines.size(), Math.max(bodyEnd, threadEnd)) : bodyEnd;
        HeadWeighing.Weighed weighed = HeadWeighing.weigh(lines, first, textEnd, title, author, date,
                bodyStart > base || post.author() != null || SingleView.comment(lines));
        if (weighed.author() != null) author = weighed.author();
        if (weighed.title() != null) title = weighed.title().isEmpty() ? null : weighed.title();
        if (date == null) date = weighed.date();
        int headEnd = HeadWeighing.headEnd(lines, weighed, bodyStart, textEnd);
        if (headEnd > bodyStart) body = Text.normalizeSpace(join(lines.subList(headEnd, textEnd), signed - headEnd));
        HeadWeighing.mark(lines, weighed, bodyStart, headEnd, marks);
        // Last, the subject and the writer where a forum, social, journal or newsletter page's structure prints them.
        PageSubject.Settled subject = PageSubject.settle(lines, first, title, author,
                bodyStart > base || post.author() != null || SingleView.comment(lines) || blockStart >= 0 && blockStart <= bodyStart);
        if (subject.title() != null) title = subject.title().isEmpty() ? null : subject.title();
        if (subject.author() != null) author = subject.author().isEmpty() ? null : subject.author();
        if (date == null) date = subject.date();
        if (categories.isEmpty()) categories = subject.categories();
        subject.mark(lines, weighed.explanation(), marks);
        // A forum's "Topic started by NAME" / "Thread starter NAME" line names the topic's writer wherever the posts were read.
        Optional<TopicStarter> starter = commentPage ? Optional.empty() : TopicStarter.find(lines, first);
        if (starter.isPresent()) {
            if (author == null) author = starter.get().author();
            if (date == null) date = starter.get().date();
            if (categories.isEmpty() && starter.get().category() != null) categories = List.of(starter.get().category());
        }
        // "Be the first to comment", "• 0 comments •": a page with no count read and no response found that says it has none.
        if (claimed == null && !commentPage && responses.isEmpty() && NoComments.says(lines, first)) claimed = 0;
        // A credit that names no person ("Site Staff", "2025 AFP", "NAME Forum") that no weighed person replaced is no writer.
        if (HeadWeighing.namesNoPerson(author)) author = null;
        responses = repliesToOpening(lines, responses);
        title = PageLabel.withoutRunIn(title); // "Forum Post: TITLE": the page's kind run into the title's line goes
        title = QuotedTitle.unquoted(title); // "“A Headline in Marks”": a theme's quotation marks around a headline go
        BlogPost read = new BlogPost(source, title, author, date, categories, claimed, body, responses, thread);
        // A page with no thread may be one response shown alone, with no post above it: a decision over the whole page.
        return alone ? LoneResponse.read(lines, read, marks) : read;
    }

    /**
     * On a comment's own page whose opening comment counts its replies ("2 replies" under its header), the flat responses
     * that follow it, as many as it counts, answer it.
     */
    private static List<Response> repliesToOpening(List<Line> lines, List<Response> responses) {
        int replies = SingleView.openingReplies(lines);
        return replies <= 0 || responses.size() < 2 ? responses : CommentPage.answerFirst(responses, replies);
    }

    /**
     * Whether the page is a comment's own page whose heading names the comment ("Comment by NAME", a header in a comment's
     * form) and whose thread opens with that writer's comment, or a comment with no header of its own: the heading's writer is
     * a responder, not the page's writer.
     */
    private static boolean commentsOwnPage(Map<Integer, Header> headers, OpeningPost post, Byline byline, List<Response> responses) {
        if (post.author() == null || byline != null && byline.author() != null || headers.isEmpty()) return false;
        Header opening = headers.values().iterator().next();
        return opening.form() == Header.Form.COMMENT_BY && post.author().equals(opening.name()) && !responses.isEmpty()
                && (responses.get(0).writer() == null || post.author().equals(responses.get(0).writer()));
    }

    /**
     * The responses the page's own boundary runs cut, block by block ({@link BlockThread}), between the page's first line and
     * its comment form; empty when no block is read as one. The decision on each block goes to {@code marks}.
     */
    private static BlockThread.Reading blocks(List<Line> lines, int first, ThreadBounds bounds, Marks marks) {
        List<BlockThread.Block> blocks = BlockThread.cut(lines, first, Math.min(lines.size(), bounds.firstForm()));
        if (blocks.isEmpty()) return new BlockThread.Reading(List.of(), -1, Map.of());
        marks.blocks(BlockThread.explain(blocks));
        List<Response> read = BlockThread.responses(lines, blocks, marks);
        int start = blocks.stream().filter(b -> b.evidence().kept()).mapToInt(BlockThread.Block::run).findFirst().orElse(-1);
        return new BlockThread.Reading(read, start, start < 0 ? Map.of() : BlockThread.headers(blocks, start));
    }

    /**
     * Marks the body (an "About Ann Lee" box in it when nothing above named the writer), what follows it (forms, count
     * lines, author boxes; the rest as unread until the thread's reading marks it), and the header a page opens with.
     */
    private static void mark(List<Line> lines, Marks marks, ThreadBounds bounds, Map<Integer, Header> headers, boolean boxes, int topic) {
        int bodyStart = bounds.bodyStart(), bodyEnd = Math.max(bodyStart, bounds.bodyEnd()), base = bounds.base();
        for (int j = bodyStart; j < bodyEnd; j++) {
            boolean box = boxes && HeadReader.isAuthorBox(lines.get(j).trimmed());
            marks.mark(lines.get(j), box ? Segment.Role.AUTHOR_BOX : Segment.Role.BODY);
        }
        for (int j = bodyEnd; j < lines.size(); j++) {
            String t = lines.get(j).trimmed();
            if (ThreadBounds.isForm(t)) marks.mark(lines.get(j), Segment.Role.FORM);
            else if (ResponseCount.parse(t).isPresent()) marks.mark(lines.get(j), Segment.Role.COUNT);
            else if (HeadReader.isAuthorBox(t)) marks.mark(lines.get(j), Segment.Role.AUTHOR_BOX);
            else marks.mark(lines.get(j), Segment.Role.UNREAD);
        }
        if (bodyStart > base) { // the page opened with a header: its writer's own post, or the topic's first post
            int head = topic >= 0 ? topic : base;
            for (int j = base; j < head; j++) marks.mark(lines.get(j), Segment.Role.FURNITURE);
            Header h = headers.get(head - base);
            for (int j = head; j < bodyStart; j++) marks.mark(lines.get(j), j == head ? Segment.Role.HEADER : Segment.Role.HEADER_DETAIL,
                    j == head && h != null ? h.shown() : null, null);
        }
    }

    /** The lines' text, but for the one at offset {@code skip} (none if out of range). */
    private static String join(List<Line> lines, int skip) {
        List<String> parts = new ArrayList<>(lines.size());
        for (int k = 0; k < lines.size(); k++) if (k != skip) parts.add(lines.get(k).text());
        return String.join("\n", parts);
    }

    /**
     * A bare name under the title over a one-line bio: the head reader's test, for the digest reader, whose pages put
     * their writer the same way.
     */
    public static boolean bareNameOverBio(List<Line> lines, int i) {
        return HeadReader.bareNameOverBio(lines, i);
    }

    /** A writer printed after the text (a closing bio, a signature, a signing name) between lines {@code from} and {@code to}. */
    public static java.util.Optional<String> writerAfterText(List<Line> lines, int from, int to) {
        return HeadReader.writerAfterText(lines, from, to);
    }
}

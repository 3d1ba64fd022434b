package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;

/**
 * A page that opens with a post's own header instead of a body: a forum topic's first post, a question under its asker's
 * name, or a thread whose posts are headed by their subject with the replies as "Re: subject". That post is the
 * document: its writer the author, its date the date, its subject (or the question under the header) the title.
 *
 * @param author the opening header's writer, or null when the page does not open with a post's header
 * @param date   the opening header's date, or the date under a topic's subject; null if none
 * @param title  the title the opening post gives (a topic's subject, a question under the header), or null
 * @param topic  the line of a forum topic's subject header, or -1
 * @param bounds the page's bounds, the body moved under the opening header
 */
record OpeningPost(String author, LocalDate date, String title, int topic, ThreadBounds bounds) {

    /** The opening post of a page whose head (title {@code title}, or none) and bounds were read. */
    static OpeningPost read(List<Line> lines, Map<Integer, Header> headers, ThreadBounds bounds, String title, Marks marks) {
        int base = bounds.base();
        int bodyStart = bounds.bodyStart(), bodyEnd = bounds.bodyEnd(), threadStart = bounds.threadStart();
        int threadEnd = bounds.threadEnd();
        ResponseCount count = bounds.count();
        String found = null;
        // A page that opens with a response header and no body is that writer's own post (a forum topic's first post),
        // unless the header says it answers another ("Re:" above it, "| parent |" in it) or numbers it in a list, or the
        // page is a comment's own page ("Viewing a single comment thread"). A name over a place or role line is not such a
        // header: it is printed only where several contributions answer the page's question (readers' answers).
        Header opening = headers.get(threadStart - base);
        String openingAuthor = null;
        LocalDate openingDate = null;
        if (opening != null && !opening.trailer() && threadStart == base && count == null && opening.label() == null && !opening.reply()
                && opening.form() != Header.Form.NAME_OVER_ROLE
                && !replySubjectAbove(lines, threadStart)
                && !SingleView.comment(lines)) {
            openingAuthor = opening.name();
            openingDate = opening.date();
            bodyStart = threadStart + opening.lines();
            while (bodyStart < lines.size() && !lines.get(bodyStart).isBlank() && Dates.isStamp(lines.get(bodyStart).trimmed())) bodyStart++;
            // A question or topic printed under its asker's name (Q&A sites) is the page's title.
            int first = HeadReader.nextContent(lines, bodyStart);
            if (title == null && first < lines.size() && HeadReader.isTitle(lines, first) && HeadReader.nextContent(lines, first + 1) > first + 1) {
                found = lines.get(first).trimmed();
                marks.mark(lines.get(first), Segment.Role.TITLE);
                bodyStart = HeadReader.nextContent(lines, first + 1);
            }
            int next = ThreadBounds.nextHeader(headers, bodyStart - base);
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
            found = subject(lines.get(topic).trimmed());
            bodyStart = topic + headers.get(topic - base).lines();
            while (bodyStart < lines.size() && (lines.get(bodyStart).isBlank() || Dates.isStamp(lines.get(bodyStart).trimmed()))) {
                if (openingDate == null && !lines.get(bodyStart).isBlank()) openingDate = Dates.find(lines.get(bodyStart).trimmed()).orElse(null);
                bodyStart++;
            }
            int next = ThreadBounds.nextHeader(headers, bodyStart - base);
            threadStart = next < 0 ? threadEnd : Math.min(threadEnd, base + next);
            bodyEnd = threadStart;
        }
        return new OpeningPost(openingAuthor, openingDate, found, topic, bounds.withBody(bodyStart, bodyEnd, threadStart, count));
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
}

package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;
import org.workgraph.loader.text.Text;

/**
 * A reply written above the message it answers: the reply's text (signed by a name line), then a mail client's
 * "-----Original Message-----" or "---------- Forwarded message ----------" line and the quoted message's own header
 * ("From:", "Sent:", "To:", "Subject:"), then that message. Mailing-list archives print replies so whatever list software
 * they run, because the mail client wrote it. The quoted message is the document (its sender the author, its subject the
 * title, its date the date) and the reply its one response, signed by the name under its text.
 *
 * @param reply   the reply's first line (0-based), under the page's own message header if it prints one
 * @param replier the reply's writer as the page's own message header gives it, or null
 * @param marker  the "Original Message" line
 * @param text    the quoted message's first line after its header
 * @param sender  the quoted message's writer ("On Behalf Of NAME", else the name in "From:"), or null
 * @param subject the quoted message's subject without "RE:" or "FW:", or null
 * @param sent    the quoted message's date, or null
 */
record OriginalMessage(int reply, String replier, int marker, int text, String sender, String subject, LocalDate sent) {
    /** The line mail clients print between a reply and the message it quotes. */
    private static final Search MARKER = Search.compile("^-{2,}\\s*(?i:original message|forwarded message)\\s*-{2,}$");
    /** A field of the quoted message's header, or a line the client wraps into it ("[mailto:…]On Behalf Of NAME"). */
    private static final Search FIELD = Search.compile("^(?i:(from|sent|date|to|cc|subject)):\\s*(.*)$");
    private static final Search WRAPPED = Search.compile("^\\[mailto:.*$");
    /** "On Behalf Of NAME": a list's address in "From:" with the person who sent through it after. */
    private static final Search ON_BEHALF = Search.compile("(?i:on behalf of)\\s+(\\S.*?)\\s*$");
    /** What a reply or forward puts before a subject: "RE: ", "FW: ", "Fwd: ", repeated. */
    private static final Search SUBJECT_PREFIX = Search.compile("^(?:(?i:re|fw|fwd|aw|sv)\\s*:\\s*)+");
    /** How many lines the quoted header may take. */
    private static final int HEADER_LINES = 8;
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");
    /** How many words the reply above the marker must have before it is one: less is a forward's note. */
    private static final int REPLY_WORDS = 8;

    /** The reply and quoted message on a page that opens with the reply at line {@code first}, if it is such a page. */
    static Optional<OriginalMessage> find(List<Line> lines, int first) {
        int found = -1;
        for (int i = first; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && MARKER.matches(lines.get(i).trimmed())) { found = i; break; }
        }
        if (found < 0) return Optional.empty();
        int marker = found;
        // An archive that prints the reply's own header ("From:", "Subject:") above it: the reply starts under it.
        Optional<MailHeader> own = MailHeader.find(lines, first).filter(h -> h.next() < marker);
        int start = own.map(MailHeader::next).orElse(first);
        int words = 0;
        for (int i = start; i < marker; i++) words += lines.get(i).isBlank() ? 0 : SPACE.split(lines.get(i).trimmed()).length;
        if (words < REPLY_WORDS) return Optional.empty();
        String sender = null, subject = null;
        LocalDate sent = null;
        int fields = 0, end = marker + 1;
        for (int i = marker + 1; i < lines.size() && i <= marker + HEADER_LINES; i++) {
            String t = lines.get(i).trimmed();
            if (t.isEmpty()) {
                if (fields > 0) break;
                continue;
            }
            Matcher f = FIELD.matcher(t);
            if (f.matches()) {
                fields++;
                String name = f.group(1).toLowerCase(java.util.Locale.ROOT), value = f.group(2).trim();
                if (name.equals("from")) sender = senderOf(value, sender);
                else if (name.equals("subject")) subject = SUBJECT_PREFIX.matcher(value).replaceFirst("").trim();
                else if ((name.equals("sent") || name.equals("date")) && sent == null) sent = Dates.find(value).orElse(null);
            } else if (WRAPPED.matches(t) && fields > 0) {
                sender = senderOf(t, sender);
            } else {
                break;
            }
            end = i + 1;
        }
        // "From:" and one more field at least: a quoted header, not a line of dashes in a post.
        if (fields < 2) return Optional.empty();
        while (end < lines.size() && lines.get(end).isBlank()) end++;
        if (end >= lines.size()) return Optional.empty();
        return Optional.of(new OriginalMessage(start, own.map(MailHeader::sender).orElse(null), marker, end, sender, subject == null || subject.isEmpty() ? null : subject, sent));
    }

    /** The sender a "From:" value (or its wrapped line) names: "On Behalf Of NAME" wins, else a display name. */
    private static String senderOf(String value, String before) {
        Matcher behalf = ON_BEHALF.matcher(value);
        if (behalf.find() && Header.nameLike(behalf.group(1))) return behalf.group(1);
        if (before != null) return before;
        return MailHeader.senderName(value);
    }

    /**
     * The page as the quoted message {@code quoted} (read as a page of its own) with the reply as its first response; the
     * reply's last line is its writer where it is a name alone.
     */
    BlogPost read(List<Line> lines, BlogPost quoted, Marks marks) {
        int last = marker - 1;
        while (last > reply && lines.get(last).isBlank()) last--;
        String signer = lines.get(last).trimmed();
        boolean signed = last > reply && Header.nameLike(signer) && signer.contains(" ");
        List<String> parts = new ArrayList<>();
        int to = signed ? last : last + 1;
        for (int i = reply; i < to; i++) if (!lines.get(i).isBlank()) parts.add(lines.get(i).trimmed());
        String writer = signed ? signer : replier;
        Response answer = new Response(1, null, ResponseKind.COMMENT, writer, null, null,
                Text.normalizeSpace(String.join(" ", parts)), null, null, lines.get(reply).number());
        marks.place(answer, 1);
        for (int i = reply; i < to; i++) marks.mark(lines.get(i), Segment.Role.RESPONSE, i == reply ? "start: a reply over the message it quotes" : null, answer);
        if (signed) marks.mark(lines.get(last), Segment.Role.HEADER, "signs the reply", answer);
        for (int i = marker; i < text; i++) marks.mark(lines.get(i), Segment.Role.HEADER_DETAIL, i == marker ? "the quoted message's header" : null, null);
        List<Response> responses = new ArrayList<>();
        responses.add(answer);
        for (Response r : quoted.responses()) {
            responses.add(new Response(r.position() + 1, r.label(), r.kind(), r.writer(), r.replyTo() == null ? null : r.replyTo() + 1,
                    r.date(), r.text(), r.sourceTitle(), r.sourceSite(), r.line()));
        }
        return new BlogPost(quoted.source(), subject != null ? subject : quoted.title(), sender != null ? sender : quoted.author(),
                sent != null ? sent : quoted.published(), quoted.categories(), quoted.claimedResponseCount(), quoted.body(), responses,
                quoted.thread());
    }
}

package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;

/**
 * Reads a page's thread into responses in page order.
 *
 * <p>Two layouts occur and may mix. A structured thread gives each comment a header line ("  3. Zoë")
 * or, when nested, a bullet header ("    • Ann Lee"), with the comment's text indented deeper;
 * indentation decides what a bullet answers. A flat thread has one paragraph per line with no headers:
 * "Pingback: TITLE | SITE" and "Reblogged this on SITE" lines are responses of their own, and the other
 * paragraphs are comments whose writer the text does not give, split where a paragraph opens by
 * speaking to someone by name or where the previous one signed off.
 */
final class ThreadParser {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,5})[.)]\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25E6\u25AA\u2023\u2219\u00B7]\\s*(\\S.*)$");
    private static final Pattern PINGBACK = Pattern.compile("^(?i:pingback|trackback):\\s*(.*)$");
    private static final Pattern REBLOG = Pattern.compile("^(?i:reblogged this on)\\s+(.+?)(?:\\s+(?i:and commented)\\s*:?)?\\s*$");
    private static final Pattern SAYS = Pattern.compile("\\s*(?i:says|said|wrote)\\s*:?\\s*$");
    private static final int MAX_HEADER = 100;

    /** A response while its lines are being collected. */
    private static final class Draft {
        final ResponseKind kind;
        final String label;
        final String header; // the header text, or null for a flat paragraph
        final int indent;
        final int line;
        final Draft parent;
        final List<String> lines = new ArrayList<>();
        Draft(ResponseKind kind, String label, String header, int indent, int line, Draft parent) {
            this.kind = kind; this.label = label; this.header = header; this.indent = indent; this.line = line; this.parent = parent;
        }
        boolean structured() { return header != null && kind != ResponseKind.PINGBACK && kind != ResponseKind.REBLOG; }
        String text() { return Text.normalizeSpace(String.join(" ", lines)); }
    }

    /**
     * @param lines      the thread's lines, after any "N Responses" heading and before "Leave a Reply"
     * @param postAuthor the post's writer if the page states it, else null (then the owner of the blog its
     *                   pingbacks mostly come from stands in); a flat paragraph signed by them that thanks
     *                   the writer of the paragraph before is a reply to it
     */
    List<Response> parse(List<Line> lines, String postAuthor) {
        List<Draft> drafts = new ArrayList<>();
        Deque<Draft> open = new ArrayDeque<>(); // structured responses that can still take nested replies
        Integer lastNumber = null;
        Draft current = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) continue;
            String t = line.trimmed();
            Matcher numbered = NUMBERED.matcher(t);
            Matcher bullet = BULLET.matcher(t);
            boolean deeperBody = nextContentIsDeeper(lines, i);
            if (numbered.matches() && deeperBody && (lastNumber == null || Integer.parseInt(numbered.group(1)) == lastNumber + 1)
                    && isHeader(numbered.group(2))) {
                lastNumber = Integer.parseInt(numbered.group(1));
                current = startHeader(numbered.group(2), numbered.group(1), line, open);
                drafts.add(current);
                continue;
            }
            if (bullet.matches() && deeperBody && isHeader(bullet.group(1))) {
                current = startHeader(bullet.group(1), null, line, open);
                drafts.add(current);
                continue;
            }
            boolean atThreadLevel = current == null || !current.structured() || line.indent() <= current.indent;
            if (atThreadLevel && (PINGBACK.matcher(t).matches() || REBLOG.matcher(t).matches())) {
                current = new Draft(PINGBACK.matcher(t).matches() ? ResponseKind.PINGBACK : ResponseKind.REBLOG,
                        null, t, line.indent(), line.number(), null);
                current.lines.add(t);
                drafts.add(current);
                open.clear();
                continue;
            }
            if (current == null || current.kind == ResponseKind.PINGBACK
                    || (!current.structured() && current.kind != ResponseKind.REBLOG && startsNewParagraphResponse(current, t))
                    || (current.structured() && line.indent() <= current.indent)) {
                // A paragraph no header claims: a comment whose writer the text does not give.
                current = new Draft(ResponseKind.COMMENT, null, null, line.indent(), line.number(), null);
                drafts.add(current);
                open.clear();
            }
            current.lines.add(t);
        }
        return toResponses(drafts, postAuthor != null ? postAuthor : siteOwner(drafts));
    }

    /** The owner of the blog the page's pingbacks mostly come from, or null (see {@link Addressing#blogOwner}). */
    private static String siteOwner(List<Draft> drafts) {
        List<String> sites = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.kind != ResponseKind.PINGBACK) continue;
            int bar = d.header.lastIndexOf(" | ");
            sites.add(bar < 0 ? null : d.header.substring(bar + 3));
        }
        return Addressing.blogOwner(sites).orElse(null);
    }

    private static Draft startHeader(String header, String label, Line line, Deque<Draft> open) {
        while (!open.isEmpty() && open.peek().indent >= line.indent()) open.pop();
        Matcher ping = PINGBACK.matcher(header);
        ResponseKind kind = ping.matches() ? ResponseKind.PINGBACK
                : REBLOG.matcher(header).matches() ? ResponseKind.REBLOG
                : open.isEmpty() ? ResponseKind.COMMENT : ResponseKind.REPLY;
        Draft parent = kind == ResponseKind.REPLY ? open.peek() : null;
        Draft d = new Draft(kind, label, header, line.indent(), line.number(), parent);
        if (kind == ResponseKind.PINGBACK || kind == ResponseKind.REBLOG) d.lines.add(header);
        else open.push(d);
        return d;
    }

    /** Header text is short, like a name, or is a pingback or reblog notice. */
    private static boolean isHeader(String text) {
        if (PINGBACK.matcher(text).matches() || REBLOG.matcher(text).matches()) return true;
        return text.length() <= MAX_HEADER && !text.endsWith(".") && !text.endsWith(",");
    }

    /** The next non-blank line is indented deeper than this one: this line heads a block. */
    private static boolean nextContentIsDeeper(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) return lines.get(j).indent() > lines.get(i).indent();
        }
        return false;
    }

    /** In a flat thread, a paragraph that speaks to someone at its opening, or follows a signature, starts anew. */
    private static boolean startsNewParagraphResponse(Draft current, String paragraph) {
        if (current.lines.isEmpty()) return false;
        return Addressing.openingAddressee(paragraph).isPresent() || Addressing.signOff(current.text()).isPresent();
    }

    private static List<Response> toResponses(List<Draft> drafts, String postAuthor) {
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
                    Matcher m = PINGBACK.matcher(d.header);
                    m.matches();
                    String notice = m.group(1).trim();
                    int bar = notice.lastIndexOf(" | ");
                    sourceTitle = Text.normalizeSpace(bar < 0 ? notice : notice.substring(0, bar));
                    sourceSite = bar < 0 ? null : Text.normalizeSpace(notice.substring(bar + 3));
                }
                case REBLOG -> {
                    Matcher m = REBLOG.matcher(d.header);
                    m.matches();
                    sourceSite = Text.unquote(m.group(1));
                }
                default -> {
                    Response previous = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (d.header != null) {
                        HeaderParts h = HeaderParts.of(d.header);
                        writer = h.name();
                        date = h.date();
                        // An unnested comment can still be the post's writer answering the one before by name.
                        if (kind == ResponseKind.COMMENT && answersPrevious(text, writer, previous, postAuthor)) {
                            kind = ResponseKind.REPLY;
                            replyTo = previous.position();
                        }
                    } else {
                        writer = Addressing.signOff(text).orElse(null);
                        if (answersPrevious(text, writer, previous, postAuthor)) {
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
            out.add(new Response(position, d.label, kind, writer, replyTo, date, text, sourceTitle, sourceSite, d.line));
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

    /** The same person by full name, or a first name of the full name. */
    private static boolean samePerson(String a, String b) {
        String x = Text.fold(a.replaceAll("^[^\\p{L}]+", "")), y = Text.fold(b.replaceAll("^[^\\p{L}]+", ""));
        return x.equals(y) || y.startsWith(x + " ") || x.startsWith(y + " ");
    }

    private static boolean isDateLine(String line) {
        Matcher m = Dates.DATE.matcher(line);
        return m.find() && m.start() <= 2 && line.length() <= 40;
    }

    /** A comment header's name and date: "Ann Lee says: March 3, 2013 at 10:14 am", "Ann Lee | 3 March 2013". */
    record HeaderParts(String name, LocalDate date) {
        static HeaderParts of(String header) {
            String h = header.trim();
            LocalDate date = null;
            Matcher m = Dates.DATE.matcher(h);
            if (m.find() && m.start() > 0) {
                Optional<LocalDate> d = Dates.parse(m.group(1));
                if (d.isPresent()) {
                    date = d.get();
                    h = h.substring(0, m.start());
                    h = h.replaceAll("(?i)\\s*(?:\\bon\\b|\\bat\\b|[|,\u2014\u2013-])\\s*$", "");
                }
            }
            h = SAYS.matcher(h).replaceAll("").trim();
            if (h.isEmpty() || h.toLowerCase(Locale.ROOT).matches("anonymous|unknown|guest|\\(no name\\)")) h = null;
            return new HeaderParts(h, date);
        }
    }
}

package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Text;

/**
 * Reads an essay or blog post: an optional title line, an optional byline, the body, and the thread.
 * The thread starts at the page's count line ("32 Responses to …"), or at the first pingback or reblog
 * notice when the page has no count line, and ends at the comment form ("Leave a Reply").
 */
public final class BlogParser {
    private static final Pattern FORM = Pattern.compile("^(?i:leave a (?:reply|comment|response)|post a comment|add a comment|comments are closed\\.?)\\s*$");
    private static final Pattern NOTICE = Pattern.compile("^(?i:pingback:|trackback:|reblogged this on\\s)");
    private static final Pattern FIRST_COMMENT = Pattern.compile("^1[.)]\\s+\\S.{0,100}$");
    private static final int MAX_TITLE = 200;

    private final ThreadParser threads = new ThreadParser();

    public BlogPost parse(Source source, List<Line> lines) throws ParseException {
        int i = nextContent(lines, 0);
        if (i >= lines.size()) throw new ParseException(0, "the document is empty");

        String title = null;
        Byline byline = null;
        Optional<Byline> first = Byline.parse(lines.get(i).trimmed());
        if (first.isPresent()) {
            byline = first.get();
            i = nextContent(lines, i + 1);
        } else if (isTitle(lines, i)) {
            title = lines.get(i).trimmed();
            i = nextContent(lines, i + 1);
            if (i < lines.size()) {
                Optional<Byline> second = Byline.parse(lines.get(i).trimmed());
                if (second.isPresent()) {
                    byline = second.get();
                    i = nextContent(lines, i + 1);
                }
            }
        }

        int bodyStart = i;
        int threadStart = lines.size();
        int threadEnd = lines.size();
        ResponseCount count = null;
        for (int j = bodyStart; j < lines.size(); j++) {
            String t = lines.get(j).trimmed();
            if (FORM.matcher(t).matches()) {
                threadStart = Math.min(threadStart, j);
                threadEnd = j;
                break;
            }
            if (threadStart < lines.size()) continue;
            Optional<ResponseCount> c = ResponseCount.parse(t);
            if (c.isPresent()) {
                count = c.get();
                threadStart = j;
            } else if (NOTICE.matcher(t).find() || firstCommentHeader(lines, j)) {
                threadStart = j;
            }
        }

        String body = Text.normalizeSpace(join(lines.subList(bodyStart, threadStart)));
        List<Line> threadLines = threadStart < threadEnd
                ? lines.subList(count != null ? threadStart + 1 : threadStart, threadEnd) : List.of();
        String author = byline == null ? null : byline.author();
        List<Response> responses = threads.parse(threadLines, author);

        if (title == null && count != null && count.title() != null) title = count.title();
        Integer claimed = count != null ? Integer.valueOf(count.count()) : byline == null ? null : byline.claimedCount();
        LocalDate date = byline == null ? null : byline.date();
        List<String> categories = byline == null ? List.of() : byline.categories();
        return new BlogPost(source, title, author, date, categories, claimed, body, responses);
    }

    /** A title is one short line standing alone (a blank line or the end after it), not ending like a sentence. */
    private static boolean isTitle(List<Line> lines, int i) {
        String t = lines.get(i).trimmed();
        if (t.length() > MAX_TITLE || t.split("\\s+").length > 25) return false;
        if (t.endsWith(".") || t.endsWith(",") || t.endsWith(";") || t.endsWith(":")) return false;
        if (NOTICE.matcher(t).find() || FORM.matcher(t).matches() || ResponseCount.parse(t).isPresent()) return false;
        return i + 1 >= lines.size() || lines.get(i + 1).isBlank() || Byline.parse(lines.get(i + 1).trimmed()).isPresent();
    }

    /** "  1. Ann Lee" with its text indented deeper below: a thread without a count line starts here. */
    private static boolean firstCommentHeader(List<Line> lines, int j) {
        Line line = lines.get(j);
        if (line.indent() == 0 || !FIRST_COMMENT.matcher(line.trimmed()).matches()) return false;
        int next = nextContent(lines, j + 1);
        return next < lines.size() && lines.get(next).indent() > line.indent();
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

package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.ThreadEvidence;
import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * Decides whether a page has a thread at all, by weighing cues that many comment systems share, after the reader has
 * proposed its responses (as {@code digest/DigestRecognition} weighs a page's kind). The reader's per-form rules find
 * candidates in quoted people, testimonials, author boxes, related-post lists and the paragraphs of an article; what tells
 * a thread from them is the page as a whole: a thread is announced (a count above zero, a "Comments" heading), its
 * responses are headed alike (a comment system's header form, two headers of one shape), closed by reply furniture,
 * dated after the post, written by several people, followed by the comment form. Each cue alone is common; a page needs
 * {@link ThreadEvidence#THRESHOLD} to keep its candidates, and a page that states it has none ("0 comments", "No comments
 * yet", "Be the first to comment") keeps none. Below the threshold the reader abstains: the page loads as a document with
 * its text and the load report says that no thread was read.
 *
 * <p>Weights: a claimed count above zero 3; a pingback or reblog notice 3; a header in a comment system's form ("says:",
 * "Submitted by", a portrait's alt text) 2; a reply nested under another response 2; two headers or more of one form 2; reply furniture ("Reply", "Report", "1 Like")
 * among the responses 2; a thread heading 2; a candidate dated on or after the post 1; two named writers or more 1; the
 * comment form after the candidates 1; responses numbered from one 2 (one numbered 1: 1); most candidates speaking as
 * responses do (first or second person, thanks, agreement, an @handle) 2; the post ending in a question to its readers 1;
 * posts closed by lines of spaces (a forum dump) 2; a name-shaped header (a name with a date, a name alone) 1. Against: the page says it has no responses -4; most candidates opening with a quotation mark (quoted people) -2.
 */
final class ThreadRecognition {
    /** A thread's heading without a count: "Comments", "Responses", "Discussion", "Reader comments", "What readers say" is not one. */
    private static final Search HEADING = Search.compile("^(?i:(?:reader |user |visitor )?(?:comments|responses|replies)|discussion|join the conversation|"
            + "conversation)\\s*:?$");

    /**
     * Header forms worded as a comment system words them ("says:", "Posted by:", "Submitted by", a portrait's alt text,
     * "| parent |", "Comment by", "replied", a handle with its age), learnt from the page's own repeated line shape, or
     * confirmed by a {@link HeaderClassifier} trained on many sites' headers.
     * A name with a date, a name alone, a name in a list are also how a post quotes, lists or credits people: weaker.
     */
    private static final Set<Header.Form> WORDED = java.util.EnumSet.of(Header.Form.POSTED_BY_UNDER, Header.Form.POSTED_BY_AT_UNDER,
            Header.Form.BY_AT_UNDER, Header.Form.SAYS, Header.Form.POST_BY, Header.Form.SUBMITTED_BY, Header.Form.PORTRAIT,
            Header.Form.PARENT_LINKS, Header.Form.COMMENT_BY, Header.Form.BY_NAME_STAMP, Header.Form.ACTED, Header.Form.SOCIAL,
            Header.Form.HANDLE_LINE, Header.Form.REPEATED, Header.Form.LEARNED);
    /**
     * How people speak in a response, near its start: in the first or second person, thanking, agreeing, laughing, or
     * to someone by handle. An article's paragraphs, a quoted leader's words under a credit line or a list of sources
     * mostly speak of others in the third person.
     */
    private static final Search VOICE = Search.compile("\\b(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Yy]ou|[Yy]our|[Yy]ou['\u2019](?:re|ve|ll|d)"
            + "|[Ww]e|[Oo]ur)\\b|(?i:\\bthanks?\\b|\\bthank you\\b|\\bagree\\b|\\blol\\b|\\bhaha\\b)|(?<![\\w.])@\\w");
    /** A text opening with a quotation mark: a quoted person's words, not someone's response. */
    private static final Search QUOTED = Search.compile("^(?:\\d{1,3}[.)]\\s+)?[\u201C\"\u201E\u00AB]|^''");
    /** How much of a response's start the voice is looked for in. */
    private static final int OPENING = 240;

    private ThreadRecognition() {}

    /**
     * @param lines      the page's lines
     * @param bounds     where the reader put the body and the thread
     * @param threadFrom the thread's first response line (after its count line)
     * @param headers    the thread's response headers, keyed by offset from {@code threadFrom}
     * @param candidates the responses the reader found
     * @param claimed    the count the page claims, or null
     * @param posted     the post's date, or null
     */
    static ThreadEvidence weigh(List<Line> lines, ThreadBounds bounds, int threadFrom, Map<Integer, Header> headers,
            List<Response> candidates, Integer claimed, LocalDate posted) {
        List<String> cues = new ArrayList<>();
        int score = 0;
        if (claimed != null && claimed > 0) score += weigh(cues, 3, "the page claims " + claimed + " responses", null);
        String none = saysNone(lines, bounds.bodyStart());
        if (none != null || (claimed != null && claimed == 0)) {
            score += weigh(cues, -4, "the page says it has no responses", none);
        }
        if (candidates.isEmpty()) return new ThreadEvidence(false, 0, score, cues);

        if (candidates.stream().anyMatch(r -> r.kind() == ResponseKind.PINGBACK || r.kind() == ResponseKind.REBLOG)) {
            score += weigh(cues, 3, "a pingback or reblog notice", null);
        }
        if (candidates.stream().anyMatch(r -> r.replyTo() != null)) score += weigh(cues, 2, "a reply nested under another response", null);
        Map<Header.Form, Integer> forms = new EnumMap<>(Header.Form.class);
        Header strong = null;
        for (Header h : headers.values()) {
            forms.merge(h.form(), 1, Integer::sum);
            if (strong == null && WORDED.contains(h.form())) strong = h;
        }
        if (strong != null) score += weigh(cues, 2, "a header in a comment system's form (" + strong.form() + ")", null);
        else if (!headers.isEmpty()) score += weigh(cues, 1, "a name-shaped header (" + headers.values().iterator().next().form() + ")", null);
        forms.entrySet().stream().filter(e -> e.getValue() >= 2).findFirst()
                .ifPresent(e -> cues.add("+2 " + e.getValue() + " headers of one shape (" + e.getKey() + ")"));
        if (forms.values().stream().anyMatch(n -> n >= 2)) score += 2;

        int numbered = 0;
        for (Response r : candidates) if (r.label() != null && r.label().equals(String.valueOf(numbered + 1))) numbered++;
        if (numbered >= 2) score += weigh(cues, 2, "responses numbered 1 to " + numbered, null);
        else if (numbered == 1) score += weigh(cues, 1, "a response numbered 1", null);
        long voiced = candidates.stream().filter(r -> VOICE.find(opening(r.text()))).count();
        if (voiced * 2 >= candidates.size()) score += weigh(cues, 2, voiced + " of " + candidates.size() + " candidates speak as responses do (I, you, thanks, @handle)", null);
        long quoted = candidates.stream().filter(r -> QUOTED.find(r.text())).count();
        if (quoted * 2 > candidates.size()) score += weigh(cues, -2, quoted + " of " + candidates.size() + " candidates open with a quotation mark (quoted people)", null);

        int firstLine = candidates.get(0).line(); // 1-based
        // The post asks its readers ("What do you think?"): what follows its last line is likelier an answer.
        String asks = lastText(lines, bounds.bodyStart(), Math.min(bounds.bodyEnd(), lines.size()));
        if (asks != null && asks.endsWith("?")) score += weigh(cues, 1, "the post ends asking its readers", asks);
        // Posts whose markup left a line of spaces where each ends, paragraphs divided by empty lines: a forum dump's divisions.
        int spaced = 0;
        for (int j = Math.max(0, threadFrom); j < Math.min(bounds.threadEnd(), lines.size()); j++) {
            Line l = lines.get(j);
            if (l.isBlank() && !l.text().isEmpty()) spaced++;
        }
        if (spaced >= 2) score += weigh(cues, 2, spaced + " posts closed by lines of spaces", null);
        int lastLine = candidates.get(candidates.size() - 1).line();
        String footer = null, heading = null;
        for (int j = Math.max(0, threadFrom); j < Math.min(bounds.threadEnd(), lines.size()); j++) {
            String t = lines.get(j).trimmed();
            if (footer == null && lines.get(j).number() > firstLine && Furniture.isFooter(t)) footer = t;
        }
        // The heading stands among the few lines with text above the first candidate (its header, a count, the heading).
        int seen = 0;
        for (int j = lines.size() - 1; j >= Math.max(0, bounds.bodyStart()) && seen < 4; j--) {
            if (lines.get(j).number() >= firstLine || lines.get(j).isBlank()) continue;
            seen++;
            if (HEADING.matches(lines.get(j).trimmed())) { heading = lines.get(j).trimmed(); break; }
        }
        // Bullets with no header, no count and no heading over them: a list in the post (a newsletter's teasers, an
        // article's key points). Comment systems print at least a writer or a count over their comments.
        if (headers.isEmpty() && claimed == null && heading == null) {
            long bulleted = candidates.stream().filter(r -> bulleted(lines, r.line())).count();
            if (bulleted >= 2 && bulleted * 2 > candidates.size()) {
                score += weigh(cues, -2, bulleted + " of " + candidates.size() + " candidates are bullets with no header or count over them", null);
            }
        }
        if (footer != null) score += weigh(cues, 2, "reply furniture among the responses", footer);
        if (heading != null) score += weigh(cues, 2, "a thread heading", heading);
        if (posted != null && candidates.stream().anyMatch(r -> r.date() != null && !r.date().isBefore(posted))) {
            score += weigh(cues, 1, "a response dated on or after the post", null);
        }
        Set<String> writers = new HashSet<>();
        for (Response r : candidates) if (r.writer() != null) writers.add(r.writer().toLowerCase(java.util.Locale.ROOT));
        if (writers.size() >= 2) score += weigh(cues, 1, writers.size() + " named writers", null);
        if (bounds.firstForm() < lines.size() && lines.get(bounds.firstForm()).number() > lastLine) {
            score += weigh(cues, 1, "the comment form follows the responses", lines.get(bounds.firstForm()).trimmed());
        }
        return new ThreadEvidence(score >= ThreadEvidence.THRESHOLD, candidates.size(), score, cues);
    }

    /** A bullet before a line's text ("• …", "◦ …", "▪ …"): an item of a list. */
    private static final Search BULLET = Search.compile("^[\u2022\u25E6\u25AA\u2023\u2219]\\s");

    /** Whether the line numbered {@code number} (1-based, as a response records it) opens with a bullet. */
    private static boolean bulleted(List<Line> lines, int number) {
        for (Line l : lines) if (l.number() == number) return BULLET.find(l.trimmed());
        return false;
    }

    private static String opening(String text) {
        return text.length() <= OPENING ? text : text.substring(0, OPENING);
    }

    /** The last line with text in [from, to), or null. */
    private static String lastText(List<Line> lines, int from, int to) {
        for (int j = to - 1; j >= Math.max(0, from); j--) if (!lines.get(j).isBlank()) return lines.get(j).trimmed();
        return null;
    }

    /** The first line from the body on that says the page has no responses, or null ({@link NoComments}). */
    static String saysNone(List<Line> lines, int from) {
        return NoComments.first(lines, from);
    }

    private static int weigh(List<String> cues, int weight, String cue, String line) {
        cues.add((weight > 0 ? "+" : "") + weight + " " + cue + (line == null ? "" : ": '" + line + "'"));
        return weight;
    }
}

package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;

/**
 * The thread of a comment's own page, whose heading names the comment ("Comment by NAME", as link aggregators and their
 * front-ends print a comment's permalink) and whose count under it ("2 replies") counts that comment's replies: the first
 * response is the heading's writer's comment, and when exactly as many responses as the count follow it, they are its
 * replies (the page shows one comment and what answers it). Stateless.
 */
final class CommentPage {
    private CommentPage() {}

    /**
     * The responses with the first given the heading's {@code writer} (and {@code date} where it has none), and those after it
     * made its replies when {@code replies} (the count under the heading, -1 if none) equals their number.
     */
    static List<Response> read(List<Response> responses, String writer, LocalDate date, int replies) {
        List<Response> out = new ArrayList<>(responses.size());
        Response first = responses.get(0);
        out.add(new Response(first.position(), first.label(), first.kind(), writer, first.replyTo(), first.date() != null ? first.date() : date,
                first.text(), first.sourceTitle(), first.sourceSite(), first.line()));
        for (int k = 1; k < responses.size(); k++) out.add(responses.get(k));
        return replies > 0 && replies == responses.size() - 1 ? answerFirst(out, replies) : out;
    }

    /**
     * The responses with the first {@code replies} top-level comments after the first response made its replies: what a
     * count of the opening comment's replies ("2 replies") says of the responses under it. The one place that turns such a
     * count into reply links, for a "Comment by NAME" page and for any opening comment that counts its replies.
     */
    static List<Response> answerFirst(List<Response> responses, int replies) {
        List<Response> out = new ArrayList<>(responses.size());
        Response first = responses.get(0);
        out.add(first);
        for (int k = 1; k < responses.size(); k++) {
            Response r = responses.get(k);
            boolean reply = k <= replies && r.replyTo() == null && r.kind() == ResponseKind.COMMENT;
            out.add(reply ? new Response(r.position(), r.label(), ResponseKind.REPLY, r.writer(), first.position(), r.date(), r.text(),
                    r.sourceTitle(), r.sourceSite(), r.line()) : r);
        }
        return out;
    }
}

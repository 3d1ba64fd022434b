package org.workgraph.server.explorer;

import java.util.List;

import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.AnalystViews;

/** The unanswered questions: responses whose main act is a question that nothing replies to or answers. Two queries. */
final class UnansweredQuestionsPage {
    private final QueryRunner queries;
    private final AnalystViews views;
    private final Links links;

    UnansweredQuestionsPage(QueryRunner queries, AnalystViews views, Links links) {
        this.queries = queries;
        this.views = views;
        this.links = links;
    }

    String render(Pager pager) {
        return queries.read(() -> {
            long total = views.unansweredQuestionCount();
            List<AnalystViews.Question> questions = views.unansweredQuestions(Pager.SIZE, pager.offset());
            return Frame.page("Unanswered questions", h -> {
                h.element("p", "Analyst view", "class", "kind");
                h.element("h1", "Unanswered questions (" + total + ")");
                h.element("p", "Responses whose main act is a question, to which no response replies and none is read as an answer.",
                        "class", "meta");
                if (total == 0) h.element("p", "Every question in this corpus has a reply or an answer.");
                h.open("ul", "class", "items");
                for (AnalystViews.Question q : questions) {
                    h.open("li", "class", "work").link(links.page(q.iri()), q.position() == null ? "a response" : "response #" + q.position());
                    if (q.creator() != null) h.text(" by ").link(links.page(q.creator().iri()), DocumentPage.or(q.creator().label(), q.creator().iri()));
                    if (q.document() != null) h.text(" on ").link(links.inDocument(q.document().iri(), q.position()),
                            DocumentPage.or(q.document().label(), q.document().iri()), "class", "in-document");
                    if (q.created() != null) h.element("span", " " + q.created(), "class", "meta");
                    if (q.content() != null) h.element("blockquote", PersonPage.excerpt(q.content()));
                    h.close("li");
                }
                h.close("ul");
                pager.links(h, ExplorerServlet.UNANSWERED, questions.size(), total);
            });
        });
    }
}

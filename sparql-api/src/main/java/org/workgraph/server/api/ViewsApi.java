package org.workgraph.server.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Node;
import org.workgraph.server.linkeddata.IriSpace;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.AnalystViews;
import org.workgraph.server.read.ReadModel;

/**
 * The analyst's views as JSON: {@code /api/people/KEY/acts}, {@code /api/ideas/KEY/timeline},
 * {@code /api/unanswered-questions}, {@code /api/disputed-posts} and {@code /api/discussed-signals}. The explorer
 * shows the same {@link AnalystViews}, so the two cannot disagree.
 */
final class ViewsApi {
    private final QueryRunner queries;
    private final ReadModel reads;
    private final AnalystViews views;
    private final IriSpace iris;

    ViewsApi(QueryRunner queries, ReadModel reads, IriSpace iris) {
        this.queries = queries;
        this.reads = reads;
        this.views = new AnalystViews(queries);
        this.iris = iris;
    }

    Json.PersonActs personActs(String key) {
        Node p = iris.person(key);
        if (p == null) throw ApiException.notFound("No person " + key);
        return queries.read(() -> {
            ReadModel.Person who = reads.person(p).orElseThrow(() -> ApiException.notFound("No person " + key));
            List<AnalystViews.ActTally> tallies = views.personActs(p);
            long responses = tallies.stream().flatMap(t -> t.uses().stream()).map(AnalystViews.ActUse::response).distinct().count();
            return new Json.PersonActs(who.iri(), key, who.name(), responses, tallies.stream().map(t -> new Json.ActCount(t.notation(),
                    t.act(), t.main(), t.all(), t.uses().stream().map(u -> new Json.ActResponse(u.response(), u.position(), u.main(),
                            Json.Ref.of(u.document()), u.target(), Json.Ref.of(u.targetCreator()))).toList())).toList());
        });
    }

    Json.IdeaTimeline ideaTimeline(String key) {
        Node idea = iris.idea(key);
        if (idea == null) throw ApiException.notFound("No idea " + key);
        AnalystViews.IdeaTimeline t = views.ideaTimeline(idea).orElseThrow(() -> ApiException.notFound("No idea " + key));
        AnalystViews.FirstSeen f = t.firstSeen();
        return new Json.IdeaTimeline(t.iri(), key, t.label(), f == null ? null : new Json.FirstSeen(Json.Ref.of(f.document()), f.date(), f.basis()),
                t.items().stream().map(i -> new Json.TimelineItem(i.iri(), i.kind(), i.created(), i.date(), Json.Ref.of(i.document()),
                        i.position(), Json.Ref.of(i.creator()), i.first())).toList());
    }

    Json.Page<Json.Question> unansweredQuestions(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> paging.page(views.unansweredQuestions(paging.limit(), paging.offset()).stream()
                .map(q -> new Json.Question(q.iri(), q.position(), Json.Ref.of(q.document()), Json.Ref.of(q.creator()), q.label(),
                        q.content(), q.created())).toList(), views.unansweredQuestionCount(), req));
    }

    Json.Page<Json.DisputedPost> disputedPosts(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> paging.page(views.disputedPosts(paging.limit(), paging.offset()).stream()
                .map(d -> new Json.DisputedPost(d.iri(), iris.documentKey(d.iri()), d.title(), Json.Ref.of(d.creator()), d.responses(),
                        d.disagreements(), d.negativeReactions(), d.disputes(), d.disputing().stream()
                                .map(r -> new Json.Disputing(r.iri(), r.position(), Json.Ref.of(r.creator()), r.acts())).toList())).toList(),
                views.disputedPostCount(), req));
    }

    Json.Page<Json.DiscussedSignal> discussedSignals(HttpServletRequest req) {
        Paging paging = Paging.of(req);
        return queries.read(() -> paging.page(views.discussedSignals(paging.limit(), paging.offset()).stream()
                .map(s -> new Json.DiscussedSignal(s.iri(), s.kind(), s.label(), Json.Ref.of(s.digest()), s.discussions(), s.documents(),
                        s.responses(), s.bestScore(), s.discussedIn().stream().map(x -> new Json.Discussion(x.iri(), x.kind(), x.score(),
                                Json.Ref.of(x.document()), x.position(), Json.Ref.of(x.creator()))).toList())).toList(),
                views.discussedSignalCount(), req));
    }
}
